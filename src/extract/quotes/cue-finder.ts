import { PERSONAL_OBJECTS, ACCORDING_CUES, AFTER_AUXILIARY, AUXILIARIES, COLON_LABELS, PHRASE_CUES, PRONOUNS, TAKES_LISTENER, VERB_FRAME, ORGANIZATION_NOUNS, PERSON_NOUNS, SOURCE_NOUNS, NOUN_LIKE_CUES, THAT_NOUNS, TO_NOUNS, PREP_NOUNS, ARTICLES, STRICT_NOUN_LIKE, ISSUE_VERBS, ISSUED_RECORDS, type CueFrame } from './lexicon.js';
import type { Unit } from './units.js';
import { CLAUSE_BOUNDARIES, CONTRACTED_SUBJECTS, PASSIVE, NP_OPENERS, STOPS, PHRASE_TARGET_ENDINGS, PHRASE_DEGREE_WORDS, DASHES_AND_HYPHEN, CONTROL_VERBS, BARE_PASSIVE_FRAMES, VERB_ADVERBS, SUBJECT_PRONOUNS, BARE_DAY_WORDS, MONTHS, TIME_MODIFIERS } from './word-classes.js';
import { isMannerAdverb } from './token-view.js';
import type { Cue } from './attribution-types.js';
import { ContentReader } from './content-span.js';

/** Reporting cues: a verb of saying (with its auxiliaries) or a multi-word cue, when the context makes it a verb. */
export class CueReader extends ContentReader {
  protected cueAt(i: number, unit: Unit): Cue | undefined {
    const word = this.lower[i];
    const according = this.matchPhrase(ACCORDING_CUES.get(word), i, unit);
    if (according) return { start: i, verb: i, end: according, frame: 'according' };
    const phraseEnd = this.phraseAcrossTime(i, this.matchPhrase(PHRASE_CUES.get(word), i, unit), unit) ?? this.phraseAcrossAdverb(i, unit) ?? this.issuedRecordEnd(i, unit);
    let frame: CueFrame | undefined;
    let end = i + 1;
    if (phraseEnd) {
      end = phraseEnd;
      const last = this.lower[phraseEnd - 1];
      frame = PHRASE_TARGET_ENDINGS.has(last) ? 'target' : 'say';
    } else {
      frame = VERB_FRAME.get(word);
    }
    if (!frame) return undefined;
    if (word === 'said' && this.lower[i - 1] === 'that' && this.tokens[i + 1]?.text === ',') return undefined; // "That said,"
    if (this.aliasAsideEnd(i) !== undefined) return undefined; // "Dagalo, known as Hemedti, said": another name, no attribution
    let start = i;
    while (start > unit.firstToken && !this.quoted[start - 1] && (AUXILIARIES.has(this.lower[start - 1]) || (AFTER_AUXILIARY.has(this.lower[start - 1]) && AUXILIARIES.has(this.lower[start - 2])) || (isMannerAdverb(this.lower[start - 1]) && this.tokens[start - 1].text === this.lower[start - 1]) || (VERB_ADVERBS.has(this.lower[start - 1]) && this.tokens[start - 1].text === this.lower[start - 1] && start - 2 >= unit.firstToken && this.tokens[start - 2].kind === 'word'))) start--;
    let passive = false;
    if (!phraseEnd && !word.endsWith('ing')) for (let k = start; k < i; k++) passive ||= PASSIVE.has(this.lower[k]);
    const bare = passive && (this.lower[i + 1] !== 'that' || this.quoted[i + 1]);
    if (bare && !BARE_PASSIVE_FRAMES.has(frame) && !this.passiveTakesComplement(frame, i + 1)) return undefined; // "was found" (but "is declaring", "was reported that …", "was expected to …")
    const infinitival = start > unit.firstToken && this.lower[start - 1] === 'to' && !this.quoted[start - 1];
    if (infinitival && (phraseEnd || frame === 'seem' || frame === 'naming' || (!this.controlledInfinitive(start - 1, unit) && !this.purposeInfinitive(start - 1, unit)))) return undefined; // "to help defend …"
    if (i > unit.firstToken && NP_OPENERS.has(this.lower[i - 1]) && start === i && !this.verbAfterPronounLike(i)) return undefined; // "the report", "a statement" (but "Several said")
    if (!phraseEnd && this.isCapitalizedInside(i, unit)) return undefined; // "the United States", "Editor’s Note"
    if (!phraseEnd && start === i && NOUN_LIKE_CUES.has(word) && !this.verbContext(i, unit)) return undefined; // "won overwhelming support", "bounce back"
    if (!phraseEnd && start === i && (NOUN_LIKE_CUES.has(word) || THAT_NOUNS.has(word) || TO_NOUNS.has(word)) && i > unit.firstToken && this.isPossessive(i - 1) && !CONTRACTED_SUBJECTS.has(this.lower[i - 1])) return undefined; // "Editor’s note:", "Trump’s claims"
    return { start, verb: i, end, frame, passive };
  }

  /**
   * "called on Sunday for a ceasefire": a phrase cue whose preposition opens a time phrase is no phrase there; the
   * verb's other phrase may follow the time ("called … for"). Where the cue ends, else undefined.
   */
  protected phraseAcrossTime(i: number, phraseEnd: number | undefined, unit: Unit): number | undefined {
    const isMonth = (t: number) => MONTHS.has(this.lower[t]) && /^\p{Lu}/u.test(this.tokens[t].text);
    const isDay = (t: number) => BARE_DAY_WORDS.has(this.lower[t]) || isMonth(t);
    if (phraseEnd === undefined || phraseEnd >= unit.endToken) return phraseEnd;
    // "on Sunday", "on March 3", "in March" open a time phrase; "weighed in Friday" does not.
    const preposition = this.lower[phraseEnd - 1];
    if (!(preposition === 'on' && isDay(phraseEnd)) && !(preposition === 'in' && isMonth(phraseEnd))) return phraseEnd;
    let t = phraseEnd;
    while (t < unit.endToken && t - phraseEnd < 4 && !this.quoted[t] && (isDay(t) || TIME_MODIFIERS.has(this.lower[t]) || this.tokens[t].kind === 'number')) t++;
    const candidates = PHRASE_CUES.get(this.lower[i]) ?? [];
    for (const words of candidates) if (words.length === 2 && this.lower[t] === words[1] && !this.quoted[t]) return t + 1;
    // "weighed in on Tuesday": the shorter phrase before the preposition.
    const shorter = candidates.find((words) => i + words.length === phraseEnd - 1 && words.every((w, k) => this.lower[i + k] === w));
    return shorter ? phraseEnd - 1 : undefined;
  }

  /**
   * "spoke briefly of", "talked more about", "complained bitterly about": a two-word cue ending in a preposition, with
   * a manner adverb or a word of degree between the verb and the preposition. Where the cue ends, else undefined.
   */
  protected phraseAcrossAdverb(i: number, unit: Unit): number | undefined {
    const phrases = PHRASE_CUES.get(this.lower[i]);
    if (!phrases) return undefined;
    const between = i + 1;
    if (between + 1 >= unit.endToken || this.quoted[between] || this.quoted[between + 1] || this.tokens[between].text !== this.lower[between]) return undefined;
    if (!isMannerAdverb(this.lower[between]) && !PHRASE_DEGREE_WORDS.has(this.lower[between])) return undefined;
    for (const words of phrases) if (words.length === 2 && PHRASE_TARGET_ENDINGS.has(words[1]) && this.lower[between + 1] === words[1]) return between + 2;
    return undefined;
  }

  /** "issued a statement", "put out a two-page memo": a verb of issuing and the record it issues, within four words; where the cue ends. */
  protected issuedRecordEnd(i: number, unit: Unit): number | undefined {
    const verbEnd = this.matchPhrase(ISSUE_VERBS.get(this.lower[i]), i, unit);
    if (verbEnd === undefined) return undefined;
    for (let t = verbEnd; t < unit.endToken && t - verbEnd < 4 && this.isWordLike(t); t++) {
      if (ISSUED_RECORDS.has(this.lower[t])) return t + 1;
      if (CLAUSE_BOUNDARIES.has(this.lower[t]) && this.lower[t] !== 'that') return undefined;
    }
    return undefined;
  }

  /** "Several said", "each state say": a noun-phrase opener that is no article, then a cue form that is no noun. */
  protected verbAfterPronounLike(i: number): boolean {
    const word = this.lower[i];
    if (ARTICLES.has(this.lower[i - 1]) || word.endsWith('ing')) return false;
    const capitalizedOpener = this.tokens[i - 1].text !== this.lower[i - 1]; // "Islamic State said", "the U.S. says": the name ends there, the verb follows
    if (!capitalizedOpener && i - 2 >= 0 && this.tokens[i - 2].kind === 'word' && /^[\p{Lu}]/u.test(this.tokens[i - 2].text)) return false; // "Chapter two describes": the opener ends a name
    return !NOUN_LIKE_CUES.has(word) && !THAT_NOUNS.has(word) && !TO_NOUNS.has(word) && !PREP_NOUNS.has(word) && !SOURCE_NOUNS.has(word) && !COLON_LABELS.has(word);
  }

  protected isCapitalizedInside(i: number, unit: Unit): boolean {
    if (i === unit.firstToken || !/^[\p{Lu}]/u.test(this.tokens[i].text) || this.isTitleCase(unit)) return false;
    const previous = this.tokens[i - 1];
    return previous.kind !== 'quote' && !STOPS.has(previous.text) && !DASHES_AND_HYPHEN.has(previous.text);
  }

  /**
   * "Democratic voters are more likely to say that …", "Comey did go out of his way to criticize …": the
   * infinitive's subject is the clause's, when only verbs, adjectives and adverbs (no noun phrase) lie between.
   */
  protected controlledInfinitive(to: number, unit: Unit): boolean {
    let k = to - 1;
    while (k > unit.firstToken && to - k <= 6 && this.tokens[k].kind === 'word' && !this.quoted[k] && /^[\p{Ll}]/u.test(this.tokens[k].text) && !NP_OPENERS.has(this.lower[k]) && !PERSON_NOUNS.has(this.lower[k]) && !ORGANIZATION_NOUNS.has(this.lower[k])) {
      if (AUXILIARIES.has(this.lower[k]) || CONTROL_VERBS.has(this.lower[k])) return true;
      k--;
    }
    return false;
  }

  /**
   * "went on Twitter to applaud …", "used his speech to call for …": an infinitive of purpose whose subject is
   * the clause's, when no noun that could own it ("a plan to", "the right to") stands right before "to".
   */
  protected purposeInfinitive(to: number, unit: Unit): boolean {
    const previous = to - 1;
    if (previous < unit.firstToken || this.quoted[previous]) return false;
    const lower = this.lower[previous];
    return !(TO_NOUNS.has(lower) || THAT_NOUNS.has(lower) || NP_OPENERS.has(lower) || ARTICLES.has(lower) || lower === 'right' || lower === 'how' || lower === 'what' || lower === 'whether');
  }

  /** A word that may be a noun is a verb here: a subject pronoun, a name or a record noun before it, or a clause opener after it. */
  /** "Clinton has been asked to release …", "was told to …": a passive verb of saying with the infinitive it asks for. */
  protected passiveTakesComplement(frame: string, next: number): boolean {
    if (this.quoted[next]) return false;
    if (frame === 'say' && this.lower[next] === 'to') return true;
    return (frame === 'say' || frame === 'that') && this.lower[next] === 'the' && !TAKES_LISTENER.has(this.lower[next - 1]); // "was declared the winner", "was projected the winner"
  }

  /** A word that can open a verb's object or clause: a determiner, a pronoun or a name, not a verb or punctuation ("claims his net worth", not "claims were"). */
  protected opensComplement(k: number, unit: Unit): boolean {
    if (k >= unit.endToken || this.quoted[k] || this.tokens[k].kind !== 'word') return false;
    const lower = this.lower[k];
    return NP_OPENERS.has(lower) || ARTICLES.has(lower) || PRONOUNS.has(lower) || SUBJECT_PRONOUNS.has(lower) || /^[\p{Lu}]/u.test(this.tokens[k].text);
  }

  protected verbContext(i: number, unit: Unit): boolean {
    const next = this.lower[i + 1];
    if (STRICT_NOUN_LIKE.has(this.lower[i])) {
      const previous = i > unit.firstToken ? this.lower[i - 1] : '';
      return PRONOUNS.has(previous) || SUBJECT_PRONOUNS.has(previous) || previous === 'who' || SOURCE_NOUNS.has(previous); // "the document states that"
    }
    if (next === 'that' || next === ':' || this.isOpeningQuote(i + 1)) return true;
    if (PERSONAL_OBJECTS.has(next) && !this.quoted[i + 1] && this.lower[i].endsWith('s')) return true; // "Video of the incident shows him …": no noun takes an object pronoun
    if (i === unit.firstToken) return false;
    const previous = this.lower[i - 1];
    if (PRONOUNS.has(previous) || SUBJECT_PRONOUNS.has(previous) || previous === 'who' || previous === 'you' || SOURCE_NOUNS.has(previous)) return true;
    if (previous === 'to' && !this.quoted[i - 1] && this.opensComplement(i + 1, unit)) return true; // "used to support fellow Kentuckian Rand Paul"
    const word = this.lower[i];
    const pluralSubject = previous.length > 3 && previous.endsWith('s') && !previous.endsWith('ss') && !previous.endsWith('’s') && !previous.endsWith("'s");
    if (!word.endsWith('s') && (pluralSubject || previous === 'percent' || this.tokens[i - 1].kind === 'number' || this.tokens[i - 1].text === '%')) return true; // "Men under 35 support", "senators back"
    if (word.endsWith('s') && !previous.endsWith('s') && (PERSON_NOUNS.has(previous) || ORGANIZATION_NOUNS.has(previous)) && this.opensComplement(i + 1, unit)) return true; // "The candidate claims his net worth …", "Gowdy’s office calls the whole thing …"
    return this.tokens[i - 1].kind === 'word' && /^[\p{Lu}]/u.test(this.tokens[i - 1].text) && !NP_OPENERS.has(previous) && !CLAUSE_BOUNDARIES.has(previous);
  }

  /**
   * "…, said Democratic strategist Hank Sheinkopf.": a bare verb of saying after a comma, then a speaker phrase that
   * ends the unit or meets a comma, is inverted; the name before the comma belongs to the content.
   */
  protected invertedSpeakerFollows(cue: Cue, unit: Unit): boolean {
    if (cue.start !== cue.verb || cue.end !== cue.verb + 1 || VERB_FRAME.get(this.lower[cue.verb]) !== 'say' || this.lower[cue.verb].endsWith('ing') || TAKES_LISTENER.has(this.lower[cue.verb])) return false;
    if (cue.start - 1 < unit.firstToken || this.tokens[cue.start - 1].text !== ',') return false;
    const b = this.phraseAfter(cue.end, unit);
    if (b === cue.end) return false;
    return b >= unit.endToken || this.tokens[b].text === ',' || STOPS.has(this.tokens[b].text);
  }
}
