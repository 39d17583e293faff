import { BACKING_NOUNS, BACKING_PREPOSITIONS, BACKING_RECEIVERS, DOCUMENT_NOUNS, AUXILIARIES, VERB_FRAME, SOURCE_NOUNS, THAT_NOUNS, TO_NOUNS, PREP_NOUNS, PRONOUNS, HEARSAY_ADVERBS } from './lexicon.js';
import type { Unit } from './units.js';
import { CLAUSE_BOUNDARIES, PASSIVE, NP_OPENERS, STOPS, QUESTION_LEADS, QUESTION_WORDS, OWNING_PREPOSITIONS } from './word-classes.js';
import type { Attribution, Cue } from './attribution-types.js';
import { LabelReader } from './label-forms.js';
import { capitalisedElsewhere } from './speakers.js';

/** Attributions without a finite verb of saying: "according to", records ("In a poll, …"), nouns of saying, agentive passives and questions put. */
export class RecordFormReader extends LabelReader {
  /**
   * "The registration issue was first reported by The Washington Post", "Trump, meanwhile, is supported by far
   * fewer publications": a passive reporting verb with its agent; the agent speaks, and the subject is what it
   * said or backed.
   */
  protected passiveWithAgent(i: number, unit: Unit, floor: number): Attribution | undefined {
    const frame = VERB_FRAME.get(this.lower[i]);
    if (!frame || frame === 'seem' || this.lower[i + 1] !== 'by' || this.quoted[i + 1] || !this.isWordLike(i + 2)) return undefined;
    let start = i;
    while (start > floor && !this.quoted[start - 1] && AUXILIARIES.has(this.lower[start - 1])) start--;
    let passive = false;
    for (let k = start; k < i && !passive; k++) passive = PASSIVE.has(this.lower[k]);
    if (!passive) return undefined;
    const agentEnd = this.sourcePhraseAfter(i + 2, unit, false);
    if (agentEnd === i + 2) return undefined;
    const subjectEnd = this.skipInsertions(start, floor);
    const subjectStart = this.phraseBefore(subjectEnd, floor);
    if (subjectStart === subjectEnd) return undefined;
    const boundary = subjectStart - 1;
    if (boundary >= floor && boundary >= unit.firstToken && this.tokens[boundary].text !== ',' && !STOPS.has(this.tokens[boundary].text)) return undefined;
    return { cue: [start, i + 2], speaker: [[i + 2, agentEnd]], contents: [[subjectStart, subjectEnd]], inherit: false, channelRange: [i + 2, agentEnd] };
  }

  /**
   * "Clinton has the support of women", "Rubio has won overwhelming support from members of Congress": backing the
   * subject receives; who follows the preposition backs, and the clause's subject is what they back.
   */
  protected receivedBacking(i: number, unit: Unit, floor: number): Attribution | undefined {
    if (!BACKING_NOUNS.has(this.lower[i]) || !BACKING_PREPOSITIONS.has(this.lower[i + 1]) || this.quoted[i + 1] || !this.isWordLike(i + 2)) return undefined;
    let receiver = i - 1;
    while (receiver > floor && i - receiver <= 3 && this.isWordLike(receiver) && !BACKING_RECEIVERS.has(this.lower[receiver]) && !CLAUSE_BOUNDARIES.has(this.lower[receiver]) && !VERB_FRAME.has(this.lower[receiver])) receiver--;
    if (receiver < floor || receiver < unit.firstToken || this.quoted[receiver] || !BACKING_RECEIVERS.has(this.lower[receiver])) return undefined;
    const backerEnd = this.sourcePhraseAfter(i + 2, unit, false);
    if (backerEnd === i + 2) return undefined;
    let verbStart = receiver;
    while (verbStart > floor && !this.quoted[verbStart - 1] && AUXILIARIES.has(this.lower[verbStart - 1])) verbStart--;
    const subject = this.lower[receiver] === 'with' ? this.clauseSubject(unit, floor, receiver) : this.subjectBefore(verbStart, floor);
    if (!subject || subject.segments.length !== 1) return undefined;
    return { cue: [receiver, i + 2], speaker: [[i + 2, backerEnd]], contents: [subject.segments[0]], inherit: false, channelRange: [i + 2, backerEnd] };
  }

  /** "Trump’s claim that …", "his decision to …": a noun of saying or intending and its clause; its possessor speaks. */
  protected nounClause(i: number, unit: Unit): Attribution | undefined {
    const next = this.lower[i + 1];
    const word = this.lower[i];
    const prepositional = PREP_NOUNS.get(word)?.has(next) === true;
    if (!((next === 'that' && THAT_NOUNS.has(word)) || (next === 'to' && TO_NOUNS.has(word)) || prepositional) || this.quoted[i + 1] || i + 2 >= unit.endToken) return undefined;
    if (!this.isWordLike(i + 2) && !(prepositional && this.isOpeningQuote(i + 2))) return undefined;
    if (next === 'that' && (AUXILIARIES.has(this.lower[i + 2]) || VERB_FRAME.has(this.lower[i + 2]))) return undefined; // "the claim that was made": a relative clause
    const start = prepositional ? i + 2 : i + 1;
    let end = this.trimEnd(this.nextCoordinatedCue(start, unit.endToken), start);
    if (prepositional) end = this.nounPhraseEnd(start, end); // "criticism of Trump was sharp" → Trump
    let words = 0;
    for (let t = start; t < end; t++) if (this.tokens[t].kind === 'word' || this.tokens[t].kind === 'number') words++;
    if (words < (prepositional ? 1 : 3)) return undefined;
    let owner = i - 1;
    while (owner > unit.firstToken && i - owner <= 2 && this.tokens[owner].kind === 'word' && !this.isPossessive(owner) && /^[\p{Ll}]/u.test(this.tokens[owner].text) && !NP_OPENERS.has(this.lower[owner])) owner--;
    let speaker: [number, number][] = [[owner, owner + 1]];
    if (owner < unit.firstToken || !this.isPossessive(owner) || this.quoted[owner]) {
      if (words < 3) return undefined; // "their criticism of Trump" names its holder; a bare "criticism of Trump" needs a clause around it
      const subject = this.clauseSubject(unit, unit.firstToken, i); // "Trump made no mention of Bush", "raised $58 million in support of Rubio"
      if (!subject) return undefined;
      const near = next !== 'that' && this.ownsNoun(subject.segments[0][1], i);
      // "Brainard has emerged as a leading advocate for patience", "he made the suggestion that …", "Rhonda Hughes, 43, is a
      // fervent supporter of Donald J. Trump": further off, the clause's subject still holds it, unless the noun is read as a verb
      if (!near && this.cueAt(i, unit)) return undefined;
      if (this.sayingAfter(start, unit)) return undefined; // "… efforts to wound Trump, disclosures filed on Sunday night revealed": the clause is someone's content
      if (!near && this.sentenceOpenerOnly(subject.segments[0], unit)) return { cue: [i, prepositional ? i + 2 : i + 1], speaker: null, contents: [[start, end]], inherit: false, channelRange: [i, i] }; // "The idea that …": nobody in particular
      speaker = subject.segments;
    }
    return { cue: [i, prepositional ? i + 2 : i + 1], speaker, contents: [[start, end]], inherit: false, channelRange: [i, i] };
  }

  /** "The idea that …", "Elsewhere, …", "Answer: …": a lone capitalised word opening the sentence that the text never capitalises inside one is no name. */
  protected sentenceOpenerOnly([a, b]: [number, number], unit: Unit): boolean {
    return b - a === 1 && a === unit.firstToken && !PRONOUNS.has(this.lower[a]) && !capitalisedElsewhere(this.doc, this.tokens[a].text);
  }

  /** From `start` to the end of the unit, a verb of saying outside quotation marks, or one of knowing that ends the sentence ("…, a study found."). */
  protected sayingAfter(start: number, unit: Unit): boolean {
    for (let t = start; t < unit.endToken; t++) if (!this.quoted[t] && (VERB_FRAME.get(this.lower[t]) === 'say' || (VERB_FRAME.get(this.lower[t]) === 'that' && (t + 1 >= unit.endToken || STOPS.has(this.tokens[t + 1].text))))) return true;
    return false;
  }

  /** Between a clause's subject (ending at `from`) and a noun of saying at `noun` lie only a verb phrase and the noun's own determiners: no clause boundary. */
  protected ownsNoun(from: number, noun: number): boolean {
    if (noun - from > 7) return false;
    for (let t = from; t < noun; t++) {
      if (this.quoted[t] || this.tokens[t].kind !== 'word' || (CLAUSE_BOUNDARIES.has(this.lower[t]) && !OWNING_PREPOSITIONS.has(this.lower[t])) || VERB_FRAME.has(this.lower[t])) return false;
    }
    return true;
  }

  /** "The FBI is reportedly making arrangements to interview Hillary Clinton.": a hearsay adverb in a sentence with no other cue reports the sentence, said by nobody named. */
  protected hearsayClause(unit: Unit, from: number): Attribution | undefined {
    const end = this.trimEnd(unit.endToken, from);
    for (let i = from + 1; i < end - 1; i++) {
      if (this.quoted[i] || !HEARSAY_ADVERBS.has(this.lower[i])) continue;
      if (this.hasCueBetween(from, end) || this.tokens[i - 1].text === ',' || this.tokens[i + 1].text === ',') return undefined;
      return { cue: [i, i + 1], speaker: null, contents: [[from, i], [i + 1, end]], inherit: false, channelRange: [i, i] };
    }
    return undefined;
  }

  /** "About four in 10 said …, according to the survey.": a closing "according to" attributes the whole sentence. */
  protected trailingAccording(unit: Unit): Attribution | undefined {
    const end = this.trimEnd(unit.endToken, unit.firstToken);
    for (let i = end - 2; i > unit.firstToken + 3 && end - i <= 14; i--) {
      if (this.lower[i] !== 'according' || this.lower[i + 1] !== 'to' || this.tokens[i - 1].text !== ',' || this.quoted[i]) continue;
      let b = i + 2;
      while (b < end && this.isWordLike(b)) b++;
      if (b !== end || b === i + 2) return undefined;
      if (this.isOpeningQuote(unit.firstToken) && this.regionEndAt[unit.firstToken] >= i - 1) return undefined;
      let hasCue = false;
      for (let t = unit.firstToken; t < i - 1 && !hasCue; t++) hasCue = !this.quoted[t] && VERB_FRAME.get(this.lower[t]) === 'say';
      if (!hasCue) return undefined; // the ordinary reading finds "X, according to Y" itself
      return { cue: [i, i + 2], speaker: [[i + 2, b]], contents: [[unit.firstToken, i - 1]], inherit: false, channelRange: [i, b] };
    }
    return undefined;
  }

  /** "In an NBC News/Wall Street Journal poll released Monday, 50 percent chose Clinton": a record that reports the clause. */
  protected inRecord(i: number, unit: Unit): Attribution | undefined {
    if (this.lower[i] !== 'in') return undefined;
    let comma = i + 1;
    let noun = false;
    while (comma < unit.endToken && comma - i <= 14 && (this.isWordLike(comma) || this.tokens[comma].text === '’s' || this.tokens[comma].text === "'s" || this.tokens[comma].text === '/')) {
      noun ||= SOURCE_NOUNS.has(this.lower[comma]);
      comma++;
    }
    if (!noun || comma >= unit.endToken || this.tokens[comma].text !== ',' || comma === i + 1) return undefined;
    const end = this.trimEnd(unit.endToken, comma + 1);
    let words = 0;
    for (let t = comma + 1; t < end; t++) {
      if (this.tokens[t].kind === 'word' || this.tokens[t].kind === 'number') words++;
      if (t - comma <= 8 && !this.quoted[t] && VERB_FRAME.get(this.lower[t]) === 'say') return undefined; // "In a statement, the campaign said …"
    }
    if (words < 3) return undefined;
    return { cue: [i, i + 1], speaker: [[i + 1, comma]], contents: [[comma + 1, end]], inherit: false, channelRange: [i, comma] };
  }

  /**
   * "Asked whether he would run, …", "when asked about his daughter's work": the question put to someone,
   * with nobody named as its source.
   */
  protected questionPut(i: number, unit: Unit): Attribution | undefined {
    if (this.lower[i] !== 'asked') return undefined;
    const previous = i > unit.firstToken ? this.lower[i - 1] : undefined;
    if (previous !== undefined && !QUESTION_LEADS.has(previous)) return undefined;
    let k = i + 1;
    while (k < unit.endToken && k - i <= 8 && this.isWordLike(k) && !QUESTION_WORDS.has(this.lower[k])) k++;
    if (k >= unit.endToken || !QUESTION_WORDS.has(this.lower[k]) || this.quoted[k]) return undefined;
    const start = this.lower[k] === 'about' ? k + 1 : k;
    let end = start;
    while (end < unit.endToken && (this.quoted[end] || (this.tokens[end].text !== ',' && !STOPS.has(this.tokens[end].text)))) end++;
    end = this.trimEnd(end, start);
    let words = 0;
    for (let t = start; t < end; t++) if (this.tokens[t].kind === 'word' || this.tokens[t].kind === 'number') words++;
    if (words < 2) return undefined;
    return { cue: [i, i + 1], speaker: null, contents: [[start, end]], inherit: false, channelRange: [i, start] };
  }

  protected according(cue: Cue, unit: Unit, floor: number): Attribution | undefined {
    const opening = cue.start === unit.firstToken || cue.start === floor || (cue.start - 1 >= floor && this.lower[cue.start - 1] === 'but');
    const b = this.sourcePhraseAfter(cue.end, unit, opening);
    if (b === cue.end) return undefined;
    const speaker: [number, number][] = [[cue.end, this.withoutDocumentNoun(cue.end, b)]];
    const before = cue.start - 1;
    if (before >= floor && before > unit.firstToken && (this.tokens[before].text === ',' || this.isClosingQuote(before) || this.isWordLike(before))) {
      const end = this.tokens[before].text === ',' ? before : cue.start;
      const content = this.contentEndingAt(end === before ? before : cue.start - 1, floor);
      if (content) return { cue: [cue.start, cue.end], speaker, contents: [[content[0], end]], inherit: false, channelRange: [cue.start, this.trimEnd(unit.endToken, b)] };
    }
    if (b < unit.endToken && (this.tokens[b].text === ',' || this.tokens[b].text === ':')) {
      const end = this.trimEnd(unit.endToken, b + 1);
      if (end - (b + 1) >= 3) return { cue: [cue.start, cue.end], speaker, contents: [[b + 1, end]], inherit: false, channelRange: [cue.start, b] };
    }
    return undefined;
  }

  /** "a Florida Highway Patrol report", "a Reuters/Ipsos poll": the author who published the document speaks; "the survey" stays the survey. */
  protected withoutDocumentNoun(start: number, end: number): number {
    const last = end - 1;
    if (last <= start || !DOCUMENT_NOUNS.has(this.lower[last]) || !/^\p{Lu}/u.test(this.tokens[last - 1].text)) return end;
    return last;
  }
}
