import { AUXILIARIES, PRONOUNS, TAKES_LISTENER, VERB_FRAME, ARTICLES, PERSONAL_OBJECTS, MEDIA_NOUNS } from './lexicon.js';
import type { Unit } from './units.js';
import { clauseAfterAdjunct } from './adjunct-content.js';
import { coordinatedPredicateStart } from './coordinated-predicate.js';
import { CLAUSE_BOUNDARIES, PREPOSITIONS, TIME_MODIFIERS, TIME_SPAN_WORDS, RELATIVES, NP_OPENERS, DASHES, STOPS, ADJUNCT_OPENERS, EXPLICIT_OPENERS, TIME_PREPOSITIONS, DATE_WORDS, ASIDE_PREPOSITIONS, WH_OPENERS, PRO_FORM_CONTENTS, STANCE_PREPOSITIONS, NP_PREPOSITIONS, NAMED_OBJECTS, CLAUSE_JOINERS, SUBJECT_PRONOUNS, FINITE_AUXILIARIES, COORDINATORS, OBJECT_PRONOUNS } from './word-classes.js';
import type { Attribution, Cue } from './attribution-types.js';
import { SubjectReader } from './subject-phrase.js';

/** Contents of reporting cues: the clause or quotation after a cue, or before a trailing one, and where it ends. */
export class ContentReader extends SubjectReader {
  /** Where the noun phrase opening at `start` ends: before a verb, a comma or a clause boundary. */
  protected nounPhraseEnd(start: number, end: number): number {
    for (let t = start + 1; t < end; t++) {
      if (this.quoted[t]) continue;
      const lower = this.lower[t];
      if (this.tokens[t].text === ',' || STOPS.has(this.tokens[t].text) || FINITE_AUXILIARIES.has(lower) || AUXILIARIES.has(lower) || VERB_FRAME.has(lower)) return this.trimEnd(t, start);
      if (CLAUSE_BOUNDARIES.has(lower) && !NP_PREPOSITIONS.has(lower)) return this.trimEnd(t, start);
    }
    return end;
  }

  /** Nothing but an adjunct ("in a statement", "on Tuesday") lies between `k` and the end of the unit. */
  protected endsUnit(k: number, unit: Unit): boolean {
    if (k >= unit.endToken || STOPS.has(this.tokens[k].text)) return true;
    if (!this.opensAdjunct(k)) return false;
    for (let t = k; t < unit.endToken; t++) if (this.quoted[t] || this.tokens[t].text === ',') return false;
    return unit.endToken - k <= 10;
  }

  /** Whether a clause (not just an adjunct like "in a statement", "on Tuesday") follows the cue. */
  protected clauseFollows(cue: Cue, unit: Unit): boolean {
    let k = cue.end;
    if (TAKES_LISTENER.has(this.lower[cue.verb]) && this.mediumToEnd(k, unit.endToken)) return false; // "told the RIA Novosti news agency.
    if (TAKES_LISTENER.has(this.lower[cue.verb])) while (k < unit.endToken && k - cue.end < 4 && this.isWordLike(k) && !ADJUNCT_OPENERS.has(this.lower[k])) k++;
    if (k >= unit.endToken || !this.isWordLike(k) || this.timeOnlyToEnd(k, unit)) return false;
    return !this.opensAdjunct(k);
  }

  /** A naming ("called him a liar", "called it “absurd”") names something: a quotation or an "a"/"an" phrase. */
  protected names([s, e]: [number, number]): boolean {
    for (let t = s; t < e; t++) if (this.quoted[t] || (t > s && (this.lower[t] === 'a' || this.lower[t] === 'an'))) return true;
    for (let t = s + 1; t < e - 1; t++) if (this.lower[t] === 'as' && !this.quoted[t] && this.isWordLike(t + 1) && this.lower[t + 1] !== 'well' && this.lower[t - 1] !== 'such') return true; // "sees the calendar ahead as increasingly favorable"
    // "called him divisive", "calls Clinton unqualified": an object, then what it is called.
    let k = s;
    if (NAMED_OBJECTS.has(this.lower[k])) k++;
    else while (k < e && k - s < 4 && /^[\p{Lu}]/u.test(this.tokens[k].text) && this.tokens[k].kind === 'word') k++;
    if (k === s || k >= e || this.tokens[k].kind !== 'word' || this.quoted[k]) return false;
    const next = this.lower[k];
    return !ADJUNCT_OPENERS.has(next) && !CLAUSE_BOUNDARIES.has(next) && !AUXILIARIES.has(next) && next !== 'back' && next !== 'up' && next !== 'off' && next !== 'out';
  }

  /** "…, X said (in a statement)": the content before, and a second half of a split quotation after. */
  protected trailing(cue: Cue, speaker: [number, number][], contentBefore: [number, number], unit: Unit, after = cue.end): Attribution {
    const contents: [number, number][] = [contentBefore];
    let k = after;
    while (k < unit.endToken && !this.quoted[k] && this.tokens[k].text !== ',' && !STOPS.has(this.tokens[k].text)) k++;
    let channelEnd = k;
    if (k < unit.endToken && this.tokens[k].text === ',' && this.isOpeningQuote(k + 1)) {
      const end = this.trimEnd(unit.endToken, k + 1);
      contents.push([k + 1, end]);
      channelEnd = k;
    } else {
      channelEnd = unit.endToken;
    }
    return { cue: [cue.start, cue.end], speaker, contents, inherit: false, channelRange: [speaker[0][0], channelEnd] };
  }

  /**
   * "In his state, Christie said, nonviolent offenders are sent …": an attribution set between commas inside
   * the content it reports; the content is both halves.
   */
  protected parenthetical(cue: Cue, speaker: [number, number][], comma: number, unit: Unit, floor: number): Attribution | undefined {
    let k = cue.end;
    while (k < unit.endToken && k - cue.end < 3 && this.isWordLike(k) && DATE_WORDS.has(this.lower[k])) k++;
    if (k + 1 >= unit.endToken || this.tokens[k].text !== ',' || this.quoted[k]) return undefined;
    const next = k + 1;
    if (!this.isWordLike(next) || this.opensOtherClause(next) || VERB_FRAME.has(this.lower[next]) || this.opensAdjunct(next) && this.lower[next] !== 'in' && this.lower[next] !== 'at') return undefined;
    const end = this.trimEnd(this.nextCoordinatedCue(next, unit.endToken), next);
    let wordsAfter = 0;
    for (let t = next; t < end; t++) if (this.tokens[t].kind === 'word' || this.tokens[t].kind === 'number') wordsAfter++;
    if (wordsAfter < 3 || comma <= floor) return undefined;
    for (let t = floor; t < comma; t++) if (this.quoted[t] || STOPS.has(this.tokens[t].text)) return undefined;
    return { cue: [cue.start, cue.end], speaker, contents: [[floor, comma], [next, end]], inherit: false, channelRange: [speaker[0][0], k] };
  }

  /** The content before a comma or closing quote at `boundary`: from the clause start (or `floor`). */
  protected contentEndingAt(boundary: number, floor: number): [number, number] | undefined {
    const end = this.tokens[boundary].text === ',' ? boundary : boundary + 1;
    let words = 0;
    for (let t = floor; t < end; t++) if (this.tokens[t].kind === 'word' || this.tokens[t].kind === 'number') words++;
    const wholeQuotation = this.isOpeningQuote(floor) && this.regionEndAt[floor] >= end && this.regionEndAt[floor] <= end + 1;
    if (words < (wholeQuotation ? 1 : 3) || (words <= 7 && !this.quoted[floor] && ASIDE_PREPOSITIONS.has(this.lower[floor]))) return undefined; // "At one point, …"
    return [floor, end];
  }

  /** Tokens from `k` to the end of the unit are one noun phrase naming a medium ("the RIA Novosti news agency."): a listener, no content. */
  protected mediumToEnd(k: number, end: number): boolean {
    let last = end - 1;
    while (last > k && this.tokens[last].kind !== 'word') last--;
    for (let t = k; t <= last; t++) if (this.tokens[t].kind !== 'word' || this.quoted[t]) return false;
    return last - k < 6 && MEDIA_NOUNS.has(this.lower[last]);
  }

  /**
   * "said in a video posted on Telegram", "during a portion of the debate focused on …": an -ed form at `k` right after a
   * common noun inside a prepositional phrase, a preposition after it, modifies that noun; it is no cue.
   */
  protected modifiesNounInPhrase(k: number, floor: number): boolean {
    if (!this.lower[k].endsWith('ed') || this.tokens[k].text !== this.lower[k] || !PREPOSITIONS.has(this.lower[k + 1] ?? '') || this.quoted[k + 1]) return false;
    let article = k - 1;
    while (article > floor && k - article <= 3 && this.tokens[article].kind === 'word' && this.tokens[article].text === this.lower[article] && !this.quoted[article] && !ARTICLES.has(this.lower[article])) article--;
    if (article <= floor || article === k - 1 || !ARTICLES.has(this.lower[article])) return false;
    return PREPOSITIONS.has(this.lower[article - 1]) && !this.quoted[article - 1];
  }

  /** The content after a cue: from "that", a colon or an opening quote, or the clause right after a verb of saying. */
  protected contentAfter(cue: Cue, unit: Unit, explicitOnly = false): [number, number] | undefined {
    const limit = Math.min(unit.endToken, cue.end + 14);
    let start = -1;
    const first = cue.end;
    const clauseRightAfter = (cue.frame === 'say' || cue.frame === 'target' || cue.frame === 'naming') && first < unit.endToken && this.isWordLike(first)
      && !TAKES_LISTENER.has(this.lower[cue.verb]) && !this.opensAdjunct(first) && !EXPLICIT_OPENERS.has(this.lower[first]) && !this.timeBeforeThat(first, unit);
    if (clauseRightAfter && explicitOnly) return undefined;
    for (let k = cue.end; k < limit && !clauseRightAfter; k++) {
      if (k === cue.end && DASHES.has(this.tokens[k].text) && !this.quoted[k]) { // "said — on Twitter, as it happens — that …"
        let close = k + 1;
        while (close < unit.endToken && close - k <= 12 && !DASHES.has(this.tokens[close].text) && !this.quoted[close] && !STOPS.has(this.tokens[close].text)) close++;
        if (close < unit.endToken && DASHES.has(this.tokens[close].text) && close - k > 1) {
          k = close;
          continue;
        }
      }
      const text = this.tokens[k].text;
      if (this.isOpeningQuote(k)) {
        start = k;
        break;
      }
      if (this.quoted[k] || (k > cue.end && (RELATIVES.has(this.lower[k]) || (VERB_FRAME.has(this.lower[k]) && !NP_OPENERS.has(this.lower[k - 1]) && !MEDIA_NOUNS.has(this.lower[k + 1]) && !this.modifiesNounInPhrase(k, cue.end))))) break;
      if (k > cue.end && this.tokens[k - 1].text === ',' && (this.opensOtherClause(k) || COORDINATORS.has(this.lower[k]))) break; // "said, before clarifying that …", "finds states shifting …, but that …"
      if (this.lower[k] === 'that' || this.lower[k] === 'whether' || this.lower[k] === 'if' && cue.frame !== 'target' || (k === cue.end && WH_OPENERS.has(this.lower[k]) && cue.frame !== 'target')) {
        start = k;
        break;
      }
      if (text === ':') {
        start = k + 1;
        break;
      }
      if (this.lower[k] === 'to' && cue.frame === 'infinitive' && k <= cue.end + 4 && this.lower[k - 1] !== 'according') {
        start = k;
        break;
      }
      if (STOPS.has(text)) break;
    }
    if (start < 0 && !explicitOnly && (cue.frame === 'that' || cue.frame === 'infinitive') && this.bareClauseAt(cue.end, unit)) start = cue.end; // "agreed there are …", "hopes his endorsement will …"
    if (start < 0) {
      if (explicitOnly) return undefined;
      if (cue.frame === 'that' && STANCE_PREPOSITIONS.has(this.lower[cue.end]) && !this.quoted[cue.end]) return this.contentAfter({ ...cue, end: cue.end + 1, frame: 'target' }, unit); // "agreed with the analysis"
      if (cue.frame === 'infinitive' || cue.frame === 'that') return this.modifiesNoun(cue) ? undefined : this.contentAfter({ ...cue, frame: 'target' }, unit); // "urged a strong stand", "knew Ali for decades"
      let next = cue.end;
      if (cue.frame === 'say' && this.tokens[next]?.text === ',' && this.isWordLike(next + 1) && !ADJUNCT_OPENERS.has(this.lower[next + 1]) && !this.opensOtherClause(next + 1) && !VERB_FRAME.has(this.lower[next + 1]) && !this.trailingSayerAt(next + 1, unit)) next++; // "Rubio says, win or lose, he’s staying"
      if (WH_OPENERS.has(this.lower[next]) && cue.frame === 'say') {
        start = next;
      } else {
      if (next >= unit.endToken || !(this.tokens[next].kind === 'word' || this.tokens[next].kind === 'number')) return undefined;
      if (TAKES_LISTENER.has(this.lower[cue.verb]) && this.mediumToEnd(next, unit.endToken)) return undefined; // "…, Peskov told the RIA Novosti news agency."
      if (TAKES_LISTENER.has(this.lower[cue.verb])) next = this.clauseAfterListener(next, unit);
      const afterAdjunct = cue.frame === 'say' && !TAKES_LISTENER.has(this.lower[cue.verb]) ? clauseAfterAdjunct(this.tokens, this.lower, this.quoted, next, unit.endToken) : -1;
      if (afterAdjunct >= 0) next = afterAdjunct;
      else if (cue.frame === 'say' && !TAKES_LISTENER.has(this.lower[cue.verb]) && CLAUSE_BOUNDARIES.has(this.lower[next]) && !PRONOUNS.has(this.lower[next])) return undefined;
      start = next;
      }
    }
    if (start >= unit.endToken) return start === unit.endToken ? [start, start] : undefined;
    let end = this.trimEnd(this.nextCoordinatedCue(start, unit.endToken), start);
    if (cue.frame === 'target' || cue.frame === 'naming') end = this.trimEnd(this.relativeClauseStart(start, end), start);
    if (cue.frame === 'target' && !EXPLICIT_OPENERS.has(this.lower[start])) end = this.trimEnd(coordinatedPredicateStart(this.tokens, this.lower, this.quoted, start, end), start);
    if ((cue.frame === 'target' || cue.frame === 'naming' || cue.frame === 'infinitive') && !EXPLICIT_OPENERS.has(this.lower[start])) end = this.trimEnd(this.otherClauseAfterComma(start, end), start);
    let words = 0;
    for (let t = start; t < end; t++) if (this.tokens[t].kind === 'word' || this.tokens[t].kind === 'number') words++;
    const namedObject = words === 1 && cue.frame === 'target' && end - start === 1 && (this.isName(start) || PERSONAL_OBJECTS.has(this.lower[start])); // "backed Clinton", "praised him"
    const proForm = words === 1 && end - start === 1 && cue.frame === 'say' && PRO_FORM_CONTENTS.has(this.lower[start]); // "said so", "said no"
    const wholeQuotation = words === 1 && this.isOpeningQuote(start) && this.regionEndAt[start] === end; // 'Priebus said, “Probably.”'
    if (cue.frame === 'say' && !wholeQuotation && this.timeOnlyToEnd(start, { ...unit, endToken: end })) return undefined; // "He said a day later." (but "endorsed one in July")
    return words >= 2 || namedObject || proForm || wholeQuotation ? [start, end] : undefined;
  }

  /**
   * "told AFP they feared …", "told the BBC on Monday the talks had failed": after a verb that takes a listener, a
   * named or reporting listener then a bare clause; where the clause starts, else `k`.
   */
  protected clauseAfterListener(k: number, unit: Unit): number {
    let t = k;
    if (ARTICLES.has(this.lower[t])) t++;
    const first = t;
    while (t < unit.endToken && t - first < 4 && this.isWordLike(t) && !this.quoted[t] && (/^\p{Lu}/u.test(this.tokens[t].text) || OBJECT_PRONOUNS.has(this.lower[t]))) t++;
    if (t === first) return k;
    if (TIME_PREPOSITIONS.has(this.lower[t]) && DATE_WORDS.has(this.lower[t + 1] ?? '')) t += 2; // "on Monday"
    return t < unit.endToken && this.bareClauseAt(t, unit) ? t : k;
  }

  /** "The strikes continued, the Pentagon said.": a short subject and a verb of saying ending the unit start at `k`; they report the clause before, not the cue's content. */
  protected trailingSayerAt(k: number, unit: Unit): boolean {
    for (let t = k + 1; t < unit.endToken && t - k <= 8; t++) {
      if (this.quoted[t] || !this.isWordLike(t)) return false;
      const previous = this.lower[t - 1];
      if (VERB_FRAME.get(this.lower[t]) === 'say' && this.tokens[t - 1].kind === 'word' && !PREPOSITIONS.has(previous) && !ARTICLES.has(previous) && !NP_OPENERS.has(previous)) return this.endsUnit(t + 1, unit); // a verb, not the noun of "in 30 states"
    }
    return false;
  }

  /** "271 pledged delegates", "the convention’s pledged delegates": a bare cue form after a number, a determiner, a preposition or a possessor is an adjective. */
  protected modifiesNoun(cue: Cue): boolean {
    const previous = cue.start - 1;
    if (cue.start !== cue.verb || previous < 0 || this.quoted[previous]) return false;
    return this.tokens[previous].kind === 'number' || NP_OPENERS.has(this.lower[previous]) || ARTICLES.has(this.lower[previous]) || PREPOSITIONS.has(this.lower[previous]) || this.isPossessive(previous);
  }

  /** "said late Wednesday that …": only words of time lie between `k` and a "that". */
  protected timeBeforeThat(k: number, unit: Unit): boolean {
    for (let t = k; t < unit.endToken && t - k <= 4; t++) {
      if (this.lower[t] === 'that' && t > k) return true;
      if (!this.isWordLike(t) || !this.isTimeWord(t)) return false;
    }
    return false;
  }

  private isTimeWord(t: number): boolean {
    const lower = this.lower[t];
    return DATE_WORDS.has(lower) || TIME_PREPOSITIONS.has(lower) || TIME_MODIFIERS.has(lower) || TIME_SPAN_WORDS.has(lower) || this.tokens[t].kind === 'number';
  }

  /** "…, the syndicate said a day later.", "said late on Monday": only a time from `k` to the unit's end, no clause. */
  protected timeOnlyToEnd(k: number, unit: Unit): boolean {
    let end = unit.endToken;
    while (end > k && !this.isWordLike(end - 1)) end--;
    if (end === k || end - k > 5) return false;
    for (let t = k; t < end; t++) if (!this.isWordLike(t) || this.quoted[t] || !this.isTimeWord(t)) return false;
    return true;
  }

  /**
   * A finite clause without "that" starts at `k`: a subject pronoun ("he", "there"), or a short noun phrase
   * followed by an auxiliary ("his latest endorsement … will give").
   */
  protected bareClauseAt(k: number, unit: Unit): boolean {
    if (k >= unit.endToken || this.quoted[k] || this.tokens[k].kind !== 'word') return false;
    const first = this.lower[k];
    if (SUBJECT_PRONOUNS.has(first)) return k + 1 < unit.endToken && this.tokens[k + 1].kind === 'word' && !CLAUSE_BOUNDARIES.has(this.lower[k + 1]);
    if (!NP_OPENERS.has(first) && !/^[\p{Lu}]/u.test(this.tokens[k].text) && first !== 'it' && first !== 'you') return false;
    for (let t = k + 1; t < unit.endToken && t - k <= 9; t++) {
      if (this.quoted[t] || this.tokens[t].kind !== 'word') return false;
      const lower = this.lower[t];
      if (FINITE_AUXILIARIES.has(lower)) return true;
      if (CLAUSE_BOUNDARIES.has(lower) && lower !== 'of' && lower !== 'in' && lower !== 'for' && lower !== 'on' && lower !== 'at' && lower !== 'with' && lower !== 'from' && lower !== 'to') return false;
    }
    return false;
  }

  /**
   * "attacked Trump, saying …", "deny any links …, but critics point …", "reported no arrests …, although …": the
   * object of a cue ends at a comma before a participle, a subordinate clause or a coordinated clause; a comma
   * before it marks a list ("endorsed A, B, and C"), which goes on.
   */
  protected otherClauseAfterComma(start: number, end: number): number {
    let commas = 0;
    for (let k = start + 1; k < end - 1; k++) {
      if (this.quoted[k] || this.tokens[k].text !== ',') continue;
      const next = this.lower[k + 1];
      if (this.quoted[k + 1]) continue;
      if (this.opensOtherClause(k + 1) || CLAUSE_JOINERS.has(next) && next !== ';') return k;
      if ((next === 'and' || next === 'but' || next === 'or') && commas === 0 && end - k > 4) return k;
      commas++;
    }
    return end;
  }

  /** "praised Franklin Graham, who has vowed …": where a relative clause after a comma starts, else `end`. */
  protected relativeClauseStart(start: number, end: number): number {
    for (let k = start + 1; k < end - 1; k++) if (!this.quoted[k] && this.tokens[k].text === ',' && RELATIVES.has(this.lower[k + 1])) return k;
    return end;
  }

  /**
   * Where another attribution starts inside a content, else `end`: a coordinated reporting verb ("says A and
   * says B"), or a new subject and its verb after a comma or a contrast ("…, while 9 percent found …",
   * "…, he replied", "which I said was …"), or a participle cue after a comma ("…, adding that …").
   */
  protected nextCoordinatedCue(start: number, end: number): number {
    for (let k = start + (this.isWordLike(start) && (this.lower[start + 1] === 'and' || this.lower[start + 1] === 'but') ? 1 : 2); k < end - 1; k++) {
      const quoteComma = this.closesQuoteAfterComma(k, start); // "… this race,” adding that …"
      if (this.quoted[k] && !quoteComma) continue;
      const joiner = quoteComma ? ',' : this.lower[k];
      const cut = quoteComma ? k + 1 : k;
      const coordinating = joiner === 'and' || joiner === 'but';
      if (!coordinating && joiner !== ',' && !CLAUSE_JOINERS.has(joiner)) continue;
      if (joiner === ',' && this.isWordLike(k + 1) && this.lower[k + 1].endsWith('ing') && this.opensOtherClause(k + 1)) return cut; // "…, appearing to rely on …": the reporter's own participle clause
      let v = k + 1;
      while (v < end && v - k <= 5 && !this.quoted[v] && (this.isSubjectWord(v) || (v > k + 1 && this.lower[v] === 'of' && this.isSubjectWord(v + 1)))) v++; // "…, 75 percent of Democrats said"
      const hasSubject = v > k + 1;
      while (v < end && v - k < 8 && AUXILIARIES.has(this.lower[v])) v++;
      if (v >= end || this.quoted[v] || !(VERB_FRAME.has(this.lower[v]) || (hasSubject && this.phraseCueAt(v, end)))) continue; // "…, and he railed against …"
      const participle = this.lower[v].endsWith('ing');
      if (coordinating && !participle) return cut;
      if (coordinating && participle && v === k + 1) return cut; // "saying A and suggesting that B": a second attribution of the same speaker
      if (hasSubject && !participle && this.lower[v - 1] !== 'to') return cut;
      if (joiner === ',' && v === k + 1 && participle && VERB_FRAME.get(this.lower[v]) === 'say') return cut;
      if (joiner === ',' && v === k + 1 && !participle && VERB_FRAME.get(this.lower[v]) === 'say' && (v + 1 >= end || !this.isWordLike(v + 1) || TAKES_LISTENER.has(this.lower[v]))) return cut; // "X, who has not endorsed anyone, told reporters"
    }
    return end;
  }
}
