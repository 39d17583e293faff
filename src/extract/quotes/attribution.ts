import { ARTICLES, AUXILIARIES, EXPERIENCER_PASSIVES, PLATFORMS, VERB_FRAME } from './lexicon.js';
import type { Unit } from './units.js';
import { perspectiveOpener } from './perspective.js';
import { closingPoll } from './closing-record.js';
import { joinerBefore } from './coordinated-predicate.js';
import { ASIDE_PREPOSITIONS, CLAUSE_BOUNDARIES, RELATIVES, OBJECT_RELATIVES, NP_OPENERS, STOPS, ADJUNCT_OPENERS, SENTENCE_CONNECTIVES, SUBORDINATORS, BARE_PASSIVE_FRAMES, PARTICIPLE_LEADS, POSSESSIVE_PRONOUNS, NAMES_LISTENER_AFTER, FINITE_AUXILIARIES, PERSONAL_SUBJECTS, RELATIVE_WORDS, PREPOSITIONS, DASHES } from './word-classes.js';
import type { Attribution, Cue } from './attribution-types.js';
import { RecordFormReader } from './record-forms.js';

function consumedEndsAt(found: Attribution[], token: number): boolean {
  const last = found[found.length - 1];
  return last.contents.some(([, e]) => e === token || e === token - 1);
}

/** Reads every attribution of a unit, trying the fixed forms first and then the verbal reading of each cue. */
export class UnitReader extends RecordFormReader {
  /** Every attribution in the unit, left to right; cues inside an earlier content are left alone. */
  read(unit: Unit): Attribution[] {
    const found: Attribution[] = [];
    const floorOf = new Map<Attribution, number>(); // where the clause an attribution was read from starts
    let consumedTo = this.datelineEnd(unit); // content before this token already belongs to an attribution
    const overall = this.trailingAccording(unit);
    if (overall) return [overall];
    const headline = this.colonLine(unit);
    if (headline) {
      found.push(headline);
      consumedTo = headline.contents[0][1];
    }
    const perspective = headline ? undefined : perspectiveOpener(this.tokens, this.lower, this.quoted, unit.firstToken, unit.endToken);
    if (perspective && !this.hasCueBetween(perspective.clauseStart, unit.endToken)) {
      const end = this.trimEnd(unit.endToken, perspective.clauseStart);
      found.push({ cue: [perspective.cue, perspective.cue + 1], speaker: [perspective.holder], contents: [[perspective.clauseStart, end]], inherit: false, channelRange: [perspective.cue, perspective.cue] });
      consumedTo = end;
    }
    for (let i = unit.firstToken; i < unit.endToken; i++) {
      if (this.quoted[i] || (this.tokens[i].kind !== 'word' && this.tokens[i].text !== ':')) continue;
      const host = found.find((a) => a.contents.some(([s, e]) => i >= s && i < e));
      if (host) {
        const nested = this.nestedAttribution(i, unit, host);
        if (nested) {
          found.push(nested);
          i = nested.cue[1] - 1;
        }
        continue;
      }
      const record = i === consumedTo || i === unit.firstToken ? this.inRecord(i, unit) : undefined;
      if (record) {
        found.push(record);
        consumedTo = Math.max(consumedTo, record.contents[0][1]);
        i = record.contents[0][0] - 1;
        continue;
      }
      const signed = this.signedQuotation(i, unit, consumedTo);
      if (signed) {
        found.push(signed);
        consumedTo = unit.endToken;
        break;
      }
      const spoken = this.quoteThenSpeaker(i, unit, consumedTo);
      if (spoken) {
        found.push(spoken);
        consumedTo = Math.max(consumedTo, spoken.cue[1], ...spoken.contents.map(([, e]) => e));
        i = consumedTo - 1;
        continue;
      }
      const colonQuote = this.colonQuote(i, unit, consumedTo);
      if (colonQuote) {
        found.push(colonQuote);
        consumedTo = colonQuote.contents[0][1];
        i = consumedTo - 1;
        continue;
      }
      const backing = this.receivedBacking(i, unit, consumedTo);
      if (backing) {
        found.push(backing);
        consumedTo = Math.max(consumedTo, backing.speaker![0][1]);
        i = backing.speaker![0][1] - 1;
        continue;
      }
      const reported = this.nounClause(i, unit);
      if (reported) {
        floorOf.set(reported, consumedTo);
        found.push(reported);
        consumedTo = Math.max(consumedTo, reported.contents[0][1]);
        i = reported.contents[0][1] - 1;
        continue;
      }
      const question = this.questionPut(i, unit);
      if (question) {
        found.push(question);
        consumedTo = Math.max(consumedTo, question.contents[0][1]);
        i = question.contents[0][1] - 1;
        continue;
      }
      const passive = this.passiveWithAgent(i, unit, consumedTo);
      if (passive) {
        found.push(passive);
        const [[subjectStart, subjectEnd]] = passive.contents;
        const relative = subjectEnd - subjectStart === 1 && RELATIVES.has(this.lower[subjectStart]); // "X, who is reviled by progressives, said …": X stays the next verb's subject
        if (!relative) consumedTo = Math.max(consumedTo, passive.speaker![0][1]);
        i = passive.speaker![0][1] - 1;
        continue;
      }
      const cue = this.cueAt(i, unit);
      if (!cue) continue;
      const outer = this.reportsClauseBefore(cue, unit, found, consumedTo, floorOf);
      if (outer) {
        found.splice(found.findIndex((a) => floorOf.has(a) && a.cue[0] >= outer.contents[0][0]));
        found.push(outer);
        consumedTo = cue.end;
        i = cue.end - 1;
        continue;
      }
      const attribution = cue.frame === 'according' ? this.according(cue, unit, consumedTo) : this.verbal(cue, unit, consumedTo, found);
      if (!attribution) continue;
      const aside = this.participleAside(attribution);
      if (aside) found.push(aside);
      floorOf.set(attribution, consumedTo);
      found.push(attribution);
      consumedTo = Math.max(consumedTo, attribution.cue[1], ...attribution.contents.map(([, e]) => e));
      i = cue.end - 1;
    }
    if (found.length === 0) {
      const hearsay = this.hearsayClause(unit, this.datelineEnd(unit));
      if (hearsay) return [hearsay];
      const poll = closingPoll(this.tokens, this.lower, this.quoted, unit.firstToken, unit.endToken);
      if (poll && !this.hasCueBetween(unit.firstToken, poll.cue)) found.push({ cue: [poll.cue, poll.cue + 1], speaker: [[poll.cue + 1, poll.recordEnd]], contents: [[unit.firstToken, poll.cue]], inherit: false, channelRange: [poll.cue, poll.cue] });
    }
    return found;
  }

  /**
   * "Putin ordered the creation of a commission, Peskov told the RIA Novosti news agency.", "Sanders plans to remain a
   * Democrat, Devine said.": a cue closing the sentence after a comma reports the whole clause before it, the cues
   * read inside that clause included; PolNeAR gives those tokens to the closing attribution alone.
   */
  protected reportsClauseBefore(cue: Cue, unit: Unit, found: Attribution[], floor: number, floorOf: Map<Attribution, number>): Attribution | undefined {
    if ((cue.frame !== 'say' && cue.frame !== 'that') || cue.passive || this.lower[cue.verb].endsWith('ing')) return undefined;
    const last = found[found.length - 1];
    const clauseStart = last && floorOf.get(last);
    if (clauseStart === undefined) return undefined;
    const inner = found.slice(found.findIndex((a) => floorOf.get(a) === clauseStart));
    if (inner.some((a) => a.inherit || VERB_FRAME.get(this.lower[a.cue[1] - 1]) === 'say')) return undefined; // "Experts said …, experts added": each cue reports its own clause
    const subject = this.subjectBefore(cue.start, floor);
    if (!subject) return undefined;
    const comma = subject.before;
    if (comma <= clauseStart || this.tokens[comma].text !== ',' || this.quoted[comma] || !last.contents.some(([, e]) => e === comma)) return undefined;
    if (this.clauseFollows(cue, unit) || this.contentAfter(cue, unit)) return undefined; // "…, Adelson said that he may wait": the cue reports what follows
    const content = this.contentEndingAt(comma, clauseStart);
    if (!content) return undefined;
    return this.trailing(cue, subject.segments, content, unit);
  }

  /**
   * "Mr. Leenders, who estimated that a third of the workers backed Trump, said he voted for Obama": the relative
   * clause's content ends at the comma before the main verb, whose speaker is the relative's antecedent.
   */
  protected relativeSpeakerGoesOn(cue: Cue, unit: Unit, host: Attribution, s: number, e: number): Attribution | undefined {
    const speaker = host.speaker;
    if (!speaker || !speaker.some(([a, b]) => b - a === 1 && this.lower[a] === 'who')) return undefined;
    const comma = cue.start - 1;
    if (cue.start !== cue.verb || comma <= s + 2 || this.tokens[comma].text !== ',' || this.quoted[comma] || this.lower[cue.verb].endsWith('ing')) return undefined;
    if (this.invertedSpeakerFollows(cue, unit)) return undefined;
    const content = this.contentAfter(cue, { ...unit, endToken: Math.min(unit.endToken, e) });
    if (!content || content[1] <= content[0]) return undefined;
    const index = host.contents.findIndex(([a, b]) => a === s && b === e);
    host.contents[index] = [s, this.trimEnd(comma, s)];
    return { cue: [cue.start, cue.end], speaker, contents: [content], inherit: false, channelRange: [cue.start, content[0]] };
  }

  /**
   * "Clinton, who called Sanders after the count, told her supporters, “…”": a verb of saying right after the
   * comma that closes a relative clause's content has the relative's antecedent as its speaker.
   */
  protected afterRelativeClause(cue: Cue, unit: Unit, found: Attribution[]): Attribution | undefined {
    const host = found[found.length - 1];
    const comma = cue.start - 1;
    if (!host?.speaker || cue.passive || cue.frame === 'seem' || comma <= unit.firstToken || this.tokens[comma].text !== ',' || this.quoted[comma]) return undefined;
    if (!host.speaker.some(([a, b]) => b - a === 1 && this.lower[a] === 'who') || !consumedEndsAt(found, comma) || this.lower[cue.verb].endsWith('ing')) return undefined;
    if (this.invertedSpeakerFollows(cue, unit)) return undefined;
    const content = this.contentAfter(cue, unit);
    if (!content || content[1] <= content[0]) return undefined;
    return { cue: [cue.start, cue.end], speaker: host.speaker, contents: [content], inherit: false, channelRange: [cue.start, content[0]] };
  }

  /**
   * "Pence said in politics it takes time …" inside another content: PolNeAR gives every token to one
   * attribution, so an attribution with its own subject and cue ends the content that holds it there.
   */
  protected nestedAttribution(i: number, unit: Unit, host: Attribution): Attribution | undefined {
    const index = host.contents.findIndex(([s, e]) => i >= s && i < e);
    const [s, e] = host.contents[index];
    if (this.quoted[s] || index !== host.contents.length - 1) return undefined;
    const cue = this.cueAt(i, unit);
    if (!cue || (cue.frame !== 'say' && cue.frame !== 'that') || cue.passive || cue.start <= s || cue.end > cue.verb + 1) return undefined;
    const relativeGoesOn = this.relativeSpeakerGoesOn(cue, unit, host, s, e);
    if (relativeGoesOn) return relativeGoesOn;
    const subject = this.subjectBefore(cue.start, s);
    if (!subject || subject.segments.length !== 1) return undefined;
    const [a, b] = subject.segments[0];
    const named = (b - a === 1 && /^(he|she|they|i|we)$/.test(this.lower[a])) || (this.isName(a) && this.isName(b - 1)) || this.countsPeople(a, b);
    if (!named) return undefined;
    const subjectStart = subject.segments[0][0];
    const content = this.contentAfter(cue, { ...unit, endToken: Math.min(unit.endToken, e) });
    if (!content || content[1] <= content[0]) return undefined;
    let cut = subjectStart; // "a new ad in which Clinton says …" → "a new ad"
    while (cut > s && !this.quoted[cut - 1] && (CLAUSE_BOUNDARIES.has(this.lower[cut - 1]) || this.tokens[cut - 1].text === ',')) cut--;
    let words = 0;
    for (let t = s; t < cut; t++) if (this.tokens[t].kind === 'word' || this.tokens[t].kind === 'number') words++;
    if (words < 3) return undefined;
    host.contents[index] = [s, cut];
    return { cue: [cue.start, cue.end], speaker: subject.segments, contents: [content], inherit: false, channelRange: [subjectStart, content[0]] };
  }

  protected verbal(cue: Cue, unit: Unit, floor: number, found: Attribution[]): Attribution | undefined {
    if (cue.passive) return this.passiveClause(cue, unit, floor);
    const joiner = found.length > 0 ? joinerBefore(this.tokens, this.lower, this.quoted, cue.start, unit.firstToken) : -1;
    if (joiner >= 0 && consumedEndsAt(found, joiner)) {
      const content = this.contentAfter(cue, unit);
      if (content && content[1] > content[0]) return { cue: [cue.start, cue.end], speaker: null, contents: [content], inherit: true, channelRange: [cue.start, content[0]] };
    }
    const afterRelative = this.afterRelativeClause(cue, unit, found);
    if (afterRelative) return afterRelative;
    const infinitival = cue.start > unit.firstToken && this.lower[cue.start - 1] === 'to';
    let subject = infinitival ? this.clauseSubject(unit, floor, cue.start - 1) : this.subjectBefore(cue.start, floor, this.invertedSpeakerFollows(cue, unit)) ?? this.sharedSubject(cue, unit, floor) ?? this.subjectBeforeCueAside(cue, unit, found);
    if (infinitival) {
      const content = subject && this.contentAfter(cue, unit);
      if (!subject || !content) return undefined;
      return { cue: [cue.start, cue.end], speaker: subject.segments, contents: [content], inherit: false, channelRange: [subject.segments[0][0], content[0]] };
    }
    // "posted a message on X saying …": the platform after "on" is where, and the participle continues the clause's subject.
    if (subject && subject.segments.length === 1 && this.onPlatform(subject.segments[0])) subject = undefined;
    if (subject && cue.start === cue.verb && cue.end <= cue.verb + 2 && subject.segments.length === 1 && subject.segments[0][1] === cue.start && this.modifiesNounInPhrase(cue.verb, unit.firstToken)) return undefined;
    if (subject) this.subjectOfRelative(subject, floor);
    if (subject && subject.segments[0][1] - subject.segments[0][0] > 1 && AUXILIARIES.has(this.lower[subject.segments[0][0]]) && !FINITE_AUXILIARIES.has(this.lower[subject.segments[0][0]]) && !NP_OPENERS.has(this.lower[subject.segments[0][0]])) subject.segments[0][0]++; // "Even Mr. Slinker says": an adverb, then the subject
    if (subject && AUXILIARIES.has(this.lower[subject.segments[0][0]]) && !NP_OPENERS.has(this.lower[subject.segments[0][0]])) return undefined; // "did you discuss Aleppo?": a question, no subject
    if (cue.frame === 'seem') return this.impression(cue, subject?.segments[0][0] ?? floor, unit, subject?.segments);
    if (subject && !this.isCommaOrQuoteBoundary(subject.before, floor) && this.endsUnit(cue.end, unit)) subject = this.modifiedSubjectAfterComma(cue.start, floor) ?? subject;
    const before = subject ? subject.before : cue.start - 1;
    const boundaryIsComma = this.isCommaOrQuoteBoundary(before, floor);
    const contentBefore = boundaryIsComma ? this.contentEndingAt(before, floor) : undefined;
    const participleFollows = this.tokens[cue.end]?.text === ',' && cue.end + 1 < unit.endToken && !this.quoted[cue.end + 1] && this.opensOtherClause(cue.end + 1); // "“…,” he vowed, adding …"
    const clauseAfterComma = cue.frame === 'target' && this.tokens[cue.end]?.text === ',' && !this.quoted[cue.end] && this.bareClauseAt(cue.end + 1, unit); // "During the same stretch, records show, the Cessna has flown …"
    const trailingFrame = cue.frame === 'say' || cue.frame === 'that' || (cue.frame !== 'naming' && !this.clauseFollows(cue, unit) && (this.endsUnit(cue.end, unit) || participleFollows || clauseAfterComma)); // "…, records show.

    if (subject && boundaryIsComma && this.tokens[before].text === ',' && trailingFrame) {
      const split = this.parenthetical(cue, subject.segments, before, unit, floor);
      if (split) return split;
    }
    const relativeSubject = subject !== undefined && subject.segments.length === 1 && subject.segments[0][1] - subject.segments[0][0] === 1 && RELATIVES.has(this.lower[subject.segments[0][0]]);
    if (subject && relativeSubject) {
      // "Franklin Graham, who has vowed …": the relative pronoun stands for the phrase before it.
      const who = subject.segments[0][0];
      const end = who - 1 > floor && this.tokens[who - 1].text === ',' ? who - 1 : who;
      let antecedent = end;
      while (antecedent > floor && end - antecedent < 5 && this.isWordLike(antecedent - 1) && !CLAUSE_BOUNDARIES.has(this.lower[antecedent - 1]) && !AUXILIARIES.has(this.lower[antecedent - 1]) && !this.lower[antecedent - 1].endsWith('ing')) antecedent--;
      let owned = false; // "the Board of Inquiry’s report, which found": a thing someone owns is not who speaks
      for (let t = antecedent; t < end - 1 && !owned; t++) owned = this.isPossessive(t) && !POSSESSIVE_PRONOUNS.has(this.lower[t]);
      if (antecedent < end && !owned) subject.segments.unshift([antecedent, end]);
    }
    const explicit = subject ? this.contentAfter(cue, unit, true) : undefined;
    const introduced = explicit !== undefined && (!this.isOpeningQuote(explicit[0]) || this.tokens[explicit[0] - 1]?.text === ':');
    const quotationBefore = contentBefore !== undefined && this.isClosingQuote(before) && this.isOpeningQuote(contentBefore[0]) && this.regionEndAt[contentBefore[0]] === before + 1; // "“…,” he said introducing Clinton"
    const subordinateAfterQuotation = quotationBefore && explicit !== undefined && SUBORDINATORS.has(this.lower[explicit[0]]) && !this.quoted[explicit[0]]; // "“You bet I would,” Christie said when asked …"
    if (subject && explicit && !subordinateAfterQuotation && (introduced || !contentBefore || !trailingFrame || relativeSubject)) {
      return { cue: [cue.start, cue.end], speaker: subject.segments, contents: [explicit], inherit: false, channelRange: [subject.segments[0][0], explicit[0]] };
    }
    if (subject && contentBefore && trailingFrame && !relativeSubject && (quotationBefore || !this.clauseFollows(cue, unit))) {
      return this.trailing(cue, subject.segments, contentBefore, unit);
    }
    if (!subject && contentBefore && trailingFrame && !this.lower[cue.verb].endsWith('ing') && !NAMES_LISTENER_AFTER.has(this.lower[cue.verb])) { // "…, told The Huffington Post": a listener, not a speaker
      const b = this.phraseAfter(cue.end, unit);
      if (b === cue.end) return undefined;
      if (b < unit.endToken && this.isWordLike(b) && !this.quoted[b] && (AUXILIARIES.has(this.lower[b]) || FINITE_AUXILIARIES.has(this.lower[b]))) return undefined; // "…, said the chamber will vote": a clause, not an inverted speaker
      return this.trailing({ ...cue, end: cue.end }, [[cue.end, b]], contentBefore, unit, b);
    }
    if (!subject) {
      const opening = this.verbFirst(cue, unit, floor) ?? this.frontedParticiple(cue, unit, floor);
      if (opening) return opening;
    }
    const content = this.contentAfter(cue, unit);
    if (!content) return subject ? this.objectRelative(cue, subject.segments, unit) : undefined;
    if (cue.frame === 'naming' && !this.names(content)) return undefined;
    const subjectStart = subject ? subject.segments[0][0] : cue.start;
    if (!subject) {
      // "…, adding that …": a participle continues the previous attribution's speaker, or the clause's subject.
      const participle = this.lower[cue.verb].endsWith('ing') && before >= unit.firstToken && (this.onPlatform([before, before + 1]) || this.tokens[before].text === ',' || (DASHES.has(this.tokens[before].text) && !this.quoted[before]) || this.closesQuoteAfterComma(before, unit.firstToken) || (PARTICIPLE_LEADS.has(this.lower[before]) && !this.quoted[before])); // "…, adding", "by saying", "after noting"
      if (!participle) return undefined;
      if (found.length > 0) return { cue: [cue.start, cue.end], speaker: null, contents: [content], inherit: true, channelRange: [cue.start, content[0]] };
      const clauseSubject = this.clauseSubject(unit, floor, before);
      if (!clauseSubject) return undefined;
      return { cue: [cue.start, cue.end], speaker: clauseSubject.segments, contents: [content], inherit: false, channelRange: [clauseSubject.segments[0][1], content[0]] }; // "wrote on Telegram, saying": the clause says where
    }
    return { cue: [cue.start, cue.end], speaker: subject.segments, contents: [content], inherit: false, channelRange: [subjectStart, content[0]] };
  }

  /**
   * "Mr. Manafort, citing ''the unique magic of Trump,'' said …", "The Journal, citing internal documents, reported …": a
   * participle cue in an aside between the subject and its verb is an attribution of the same speaker.
   */
  private participleAside(attribution: Attribution): Attribution | undefined {
    if (!attribution.speaker || attribution.inherit) return undefined;
    const open = attribution.speaker[attribution.speaker.length - 1][1];
    const verb = open + 1;
    const close = attribution.cue[0] - 1;
    if (this.tokens[open]?.text !== ',' || this.quoted[open] || verb >= close || this.quoted[verb] || !this.lower[verb].endsWith('ing') || !VERB_FRAME.has(this.lower[verb])) return undefined;
    if (this.tokens[close].text !== ',' && !this.closesQuoteAfterComma(close, verb)) return undefined;
    if (!this.quoted[verb + 1] && this.opensAdjunct(verb + 1)) return undefined; // "McKeague, writing for the majority, said": how, not what
    const end = this.tokens[close].text === ',' && !this.quoted[close] ? this.trimEnd(close, verb + 1) : close + 1;
    for (let t = verb + 1; t < end; t++) if (!this.quoted[t] && (this.tokens[t].text === ',' || STOPS.has(this.tokens[t].text))) return undefined;
    if (end <= verb + 1) return undefined;
    return { cue: [verb, verb + 1], speaker: attribution.speaker, contents: [[verb + 1, end]], inherit: false, channelRange: [verb, verb] };
  }

  /**
   * "Priebus, in the wake of a new poll showing Trump losing ground, told reporters that …": an aside between commas
   * holds an attribution of its own; the verb after the aside has the phrase before it as its subject.
   */
  private subjectBeforeCueAside(cue: Cue, unit: Unit, found: Attribution[]): { segments: [number, number][]; before: number } | undefined {
    const last = found[found.length - 1];
    const close = cue.start - 1;
    if (!last || cue.start !== cue.verb || close <= unit.firstToken || this.tokens[close].text !== ',' || this.quoted[close] || !consumedEndsAt(found, close)) return undefined;
    let open = Math.min(last.cue[0], last.contents[0][0]) - 1;
    while (open > unit.firstToken && close - open < 40 && this.tokens[open].text !== ',' && !STOPS.has(this.tokens[open].text) && !this.quoted[open]) open--;
    if (open <= unit.firstToken || this.tokens[open].text !== ',' || open >= last.cue[0]) return undefined;
    const first = this.lower[open + 1];
    if (!(ASIDE_PREPOSITIONS.has(first) || SUBORDINATORS.has(first) || this.opensOtherClause(open + 1))) return undefined;
    const subject = this.subjectBefore(open, unit.firstToken);
    if (!subject || subject.segments.length !== 1) return undefined;
    const [a, b] = subject.segments[0];
    const opensClause = a === unit.firstToken || (a === unit.firstToken + 1 && SENTENCE_CONNECTIVES.has(this.lower[unit.firstToken]));
    const named = (b - a === 1 && PERSONAL_SUBJECTS.has(this.lower[a])) || (this.isName(a) && this.isName(b - 1));
    return opensClause && named ? subject : undefined;
  }

  /** Tokens [a, b) are one platform's name right after "on": "on X", "on Telegram". */
  private onPlatform([a, b]: [number, number]): boolean {
    return b - a === 1 && a > 0 && this.lower[a - 1] === 'on' && PLATFORMS.has(this.lower[a]);
  }

  private isCommaOrQuoteBoundary(t: number, floor: number): boolean {
    return t >= floor && (this.tokens[t].text === ',' || this.isClosingQuote(t));
  }

  /**
   * "…, disclosures filed on Sunday night revealed.", "…, a study by the Council of the Great City Schools found.": a
   * subject with its modifiers between the comma that closes the content and a verb ending the sentence.
   */
  private modifiedSubjectAfterComma(cueStart: number, floor: number): { segments: [number, number][]; before: number } | undefined {
    let k = cueStart - 1;
    while (k > floor && cueStart - k <= 12 && this.isWordLike(k) && !VERB_FRAME.has(this.lower[k]) && !FINITE_AUXILIARIES.has(this.lower[k]) && !RELATIVE_WORDS.has(this.lower[k])) k--;
    if (k <= floor || this.tokens[k].text !== ',' || this.quoted[k] || k + 2 >= cueStart) return undefined;
    const first = k + 1;
    const word = this.lower[first];
    const plural = word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && this.tokens[first].text === word;
    if (!(NP_OPENERS.has(word) || ARTICLES.has(word) || this.isName(first) || plural) || PREPOSITIONS.has(word)) return undefined;
    let modified = false; // "filed on Sunday night", "by the Council …": a modifier, not a clause of its own ("the agreement bolsters reforms")
    for (let t = first + 1; t < cueStart && !modified; t++) modified = PREPOSITIONS.has(this.lower[t]) || (this.lower[t].endsWith('ed') && this.tokens[t].text === this.lower[t]);
    if (!modified) return undefined;
    return { segments: [[first, cueStart]], before: k };
  }

  /**
   * "After thanking the raucous crowd, …, he", "Conceding that there would likely be a deal, he", "Recognizing this, Mr.
   * Rubio": a participle clause opening the sentence reports what the subject after its comma says or thinks.
   */
  private frontedParticiple(cue: Cue, unit: Unit, floor: number): Attribution | undefined {
    let a = Math.max(floor, unit.firstToken);
    if (SENTENCE_CONNECTIVES.has(this.lower[a])) a++;
    if (PARTICIPLE_LEADS.has(this.lower[a]) || SUBORDINATORS.has(this.lower[a])) a++;
    else if (this.lower[a] === 'instead' && this.lower[a + 1] === 'of') a += 2;
    const opening = a === Math.max(floor, unit.firstToken);
    if (cue.start !== a || !(this.lower[cue.verb].endsWith('ing') || (opening && this.lower[cue.verb].endsWith('ed'))) || this.quoted[a]) return undefined;
    let comma = cue.end;
    while (comma < unit.endToken && comma - cue.end < 30 && (this.quoted[comma] || (this.tokens[comma].text !== ',' && !STOPS.has(this.tokens[comma].text)))) comma++;
    if (comma >= unit.endToken || this.tokens[comma].text !== ',') return undefined;
    let subjectStart = comma + 1;
    if (RELATIVE_WORDS.has(this.lower[subjectStart])) { // "After thanking the raucous crowd, which periodically chanted his name, he"
      let next = subjectStart + 1;
      while (next < unit.endToken && next - subjectStart < 20 && !this.quoted[next] && this.tokens[next].text !== ',' && !STOPS.has(this.tokens[next].text)) next++;
      if (next >= unit.endToken || this.tokens[next].text !== ',') return undefined;
      subjectStart = next + 1;
    }
    const subjectEnd = PERSONAL_SUBJECTS.has(this.lower[subjectStart]) ? subjectStart + 1 : this.phraseAfter(subjectStart, unit);
    if (subjectEnd === subjectStart || subjectEnd >= unit.endToken || !this.isWordLike(subjectEnd) || !/^[\p{Ll}]/u.test(this.tokens[subjectEnd].text)) return undefined;
    if (!PERSONAL_SUBJECTS.has(this.lower[subjectStart]) && !this.isName(subjectStart) && !NP_OPENERS.has(this.lower[subjectStart])) return undefined;
    const content = this.contentAfter(cue, { ...unit, endToken: comma }) ?? (comma > cue.end ? ([cue.end, comma] as [number, number]) : undefined);
    if (!content || content[1] <= content[0]) return undefined;
    return { cue: [cue.start, cue.end], speaker: [[subjectStart, subjectEnd]], contents: [content], inherit: false, channelRange: [cue.start, content[0]] };
  }

  /**
   * "the trade pact, which she once supported, …": a relative pronoun before the subject stands for what the
   * cue, ending its clause, reports.
   */
  protected objectRelative(cue: Cue, speaker: [number, number][], unit: Unit): Attribution | undefined {
    const relative = speaker[0][0] - 1;
    if (relative < unit.firstToken || this.quoted[relative] || !OBJECT_RELATIVES.has(this.lower[relative]) || cue.frame === 'seem') return undefined;
    const after = cue.end;
    if (after < unit.endToken && this.tokens[after].text !== ',' && !STOPS.has(this.tokens[after].text)) return undefined;
    return { cue: [cue.start, cue.end], speaker, contents: [[relative, relative + 1]], inherit: false, channelRange: [speaker[0][0], cue.end] };
  }

  /**
   * "Said Dorothy Poynter, who grew up with Ali, “We were all so proud of him.”", "But, said Solovey, “…”": a
   * verb of saying opens the sentence, its speaker (and any aside) follows, then a comma and the quotation.
   */
  protected verbFirst(cue: Cue, unit: Unit, floor: number): Attribution | undefined {
    let first = Math.max(floor, unit.firstToken);
    if (SENTENCE_CONNECTIVES.has(this.lower[first])) first++;
    if (this.tokens[first]?.text === ',') first++;
    if (cue.start !== first || cue.frame !== 'say' || cue.end >= unit.endToken || (first === unit.firstToken && !/^[\p{Lu}]/u.test(this.tokens[cue.verb].text)) || !this.isName(cue.end)) return undefined;
    const b = this.phraseAfter(cue.end, unit);
    if (b === cue.end) return undefined;
    for (let k = b; k < unit.endToken && k - b <= 30; k++) {
      if (this.isOpeningQuote(k)) {
        if (this.tokens[k - 1].text !== ',' && this.tokens[k - 1].text !== ':') return undefined;
        return { cue: [cue.start, cue.end], speaker: [[cue.end, b]], contents: [[k, this.trimEnd(unit.endToken, k + 1)]], inherit: false, channelRange: [cue.end, k] };
      }
      if (this.quoted[k] || STOPS.has(this.tokens[k].text)) return undefined;
    }
    return undefined;
  }

  /**
   * "Mr. Ackman is convinced that …": the subject of a passive of conviction holds the view; "It was widely
   * reported that …", "Sanders had been told that …": nobody named says it.
   */
  protected passiveClause(cue: Cue, unit: Unit, floor: number): Attribution | undefined {
    const content = this.contentAfter(cue, unit, true);
    if (!content) return this.barePassive(cue, unit, floor);
    const subject = EXPERIENCER_PASSIVES.has(this.lower[cue.verb]) ? this.subjectBefore(cue.start, floor) : undefined;
    return { cue: [cue.start, cue.end], speaker: subject?.segments ?? null, contents: [content], inherit: false, channelRange: [cue.start, content[0]] };
  }

  /**
   * "Trump is expected to win", "Biden is considered an asset", "she was asked to resign": a passive cue with no
   * "that"; what is said is about its subject, so the subject and whatever complements the verb are the content.
   */
  protected barePassive(cue: Cue, unit: Unit, floor: number): Attribution | undefined {
    const frame = VERB_FRAME.get(this.lower[cue.verb]) ?? 'say';
    if (!BARE_PASSIVE_FRAMES.has(frame) && !this.passiveTakesComplement(frame, cue.end)) return undefined;
    for (let t = cue.end; t < unit.endToken; t++) if (!this.quoted[t] && (VERB_FRAME.get(this.lower[t]) === 'say' || this.lower[t] === 'according')) return undefined; // "… were decided …, Epstein said": the clause is someone's content
    const subject = this.subjectBefore(cue.start, floor);
    if (!subject) return undefined;
    const [a, b] = subject.segments[subject.segments.length - 1];
    if (b !== cue.start || (b - a === 1 && RELATIVES.has(this.lower[a]) === false && this.tokens[a].kind !== 'word')) return undefined;
    const contents: [number, number][] = [[a, b]];
    let speaker: [number, number][] | null = EXPERIENCER_PASSIVES.has(this.lower[cue.verb]) ? subject.segments : null;
    const next = cue.end;
    if (next < unit.endToken && (this.isWordLike(next) || this.isOpeningQuote(next)) && !this.opensAdjunct(next) || this.lower[next] === 'to' || this.lower[next] === 'as') {
      let end = this.trimEnd(this.otherClauseAfterComma(next, this.nextCoordinatedCue(next, unit.endToken)), next);
      for (let t = next + 1; t < end - 1; t++) {
        if (this.lower[t] !== 'by' || this.quoted[t]) continue; // "is considered unclean by Muslims": the agent speaks
        const agentEnd = this.sourcePhraseAfter(t + 1, unit, false);
        if (agentEnd > t + 1) {
          speaker = [[t + 1, agentEnd]];
          end = this.trimEnd(t, next);
        }
        break;
      }
      if (end > next) contents.push([next, end]);
    }
    return { cue: [cue.start, cue.end], speaker, contents, inherit: false, channelRange: [cue.start, cue.end] };
  }

  /** "The plan seemed to work": the whole clause is the content; its source is the subject only when that is a person (see holdsImpression). */
  protected impression(cue: Cue, clauseStart: number, unit: Unit, subject?: [number, number][]): Attribution | undefined {
    const next = this.lower[cue.end];
    const state = next !== undefined && this.tokens[cue.end].kind === 'word' && this.tokens[cue.end].text === next && !this.quoted[cue.end]
      && !ADJUNCT_OPENERS.has(next) && !CLAUSE_BOUNDARIES.has(next) && !NP_OPENERS.has(next) && !AUXILIARIES.has(next); // "appeared paralyzed", "seem intent on"
    if (next !== 'to' && next !== 'that' && !state) return undefined;
    const end = this.trimEnd(this.nextCoordinatedCue(cue.end, unit.endToken), cue.end); // "appeared to oppose the effort, saying …": the participle is an attribution of its own
    if (end - clauseStart < 4 || this.quoted[clauseStart]) return undefined;
    return { cue: [cue.start, cue.end], speaker: this.holdsImpression(subject) ? subject! : null, contents: [[clauseStart, end]], inherit: false, channelRange: [cue.start, cue.start] };
  }

  /** "She appeared to imply …", "Obama himself seemed to recognize …": a person's seeming is their own stance; a thing's ("The plan seemed to work") is nobody's. */
  private holdsImpression(subject: [number, number][] | undefined): boolean {
    if (!subject || subject.length !== 1) return false;
    const [a, b] = subject[0];
    return (b - a === 1 && PERSONAL_SUBJECTS.has(this.lower[a])) || (this.isName(a) && this.isName(b - 1));
  }
}
