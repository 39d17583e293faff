import type { Doc } from '../document.js';
import type { Token } from '../tokens.js';
import { ACCORDING_CUES, AUXILIARIES, COLON_LABELS, PHRASE_CUES, PRONOUNS, TAKES_LISTENER, TITLES, VERB_FRAME, ORGANIZATION_NOUNS, PERSON_NOUNS, type CueFrame } from './lexicon.js';
import type { Unit } from './units.js';

/** One attribution found in a unit, in token indexes: [start, end) ranges. */
export interface Attribution {
  cue: [number, number];
  speaker: [number, number][] | null; // comma-separated segments of the speaker phrase
  contents: [number, number][]; // one, or two for a quotation split by its attribution
  inherit: boolean; // the speaker is the previous attribution's ("…, adding that …")
  channelRange: [number, number];
}

interface Cue {
  start: number; // first token, auxiliaries included
  verb: number;
  end: number;
  frame: CueFrame | 'according';
}

const CLAUSE_BOUNDARIES = new Set([
  'and', 'but', 'or', 'while', 'because', 'as', 'when', 'after', 'before', 'if', 'though', 'although', 'since', 'so', 'that',
  'where', 'whereas', 'until', 'than', 'whether', 'what', 'how', 'why', 'then', 'however', 'meanwhile', 'also', 'yet', 'still',
  'instead', 'indeed', 'who', 'whom', 'whose', 'which', 'in', 'on', 'at', 'for', 'with', 'by', 'to', 'of', 'from', 'about', 'during', 'into', 'over', 'under',
]);
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);
const RELATIVES = new Set(['who', 'which']);
const NP_OPENERS = new Set(['a', 'an', 'the', 'another', 'one', 'his', 'her', 'its', 'their', 'our', 'my', 'two', 'three', 'several', 'some', 'many', 'other', 'senior', 'top', 'former', 'u.s.', 'state', 'local']);
const STOPS = new Set([';', ':', '(', ')', '[', ']', '—', '–', '--', '.', '!', '?', '…']);
const MAX_SUBJECT_WORDS = 9;
const ADJUNCT_OPENERS = new Set(['in', 'on', 'at', 'during', 'to', 'last', 'this', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'after', 'before', 'while', 'when', 'as', 'of', 'about', 'with', 'from', 'through', 'via', 'by', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'recently', 'afterward', 'afterwards', 'repeatedly', 'again', 'too', 'also', 'then', 'here', 'there', 'privately', 'publicly', 'ago', 'over', 'following', 'and', 'but', 'adding', 'referring', 'according', 'speaking', 'noting', 'citing', 'explaining', 'pointing', 'calling', 'describing', 'arguing', 'saying', 'because', 'although', 'though', 'if', 'until', 'since', 'amid', 'despite', 'without', 'among', 'under', 'outside', 'inside', 'near', 'for']);
const EXPLICIT_OPENERS = new Set(['that', 'whether', 'if']);
const PHRASE_TARGET_ENDINGS = new Set(['for', 'on', 'to', 'about', 'at', 'of']);
const TIME_PREPOSITIONS = new Set(['at', 'in', 'on', 'during', 'over', 'last', 'this', 'earlier', 'later']);
const DETERMINERS_AND_TIME = new Set(['the', 'a', 'that', 'this', 'his', 'her', 'their', 'its', 'one', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'year', 'time', 'first', 'times']);
const COORDINATED_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i']);
const DATE_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.', 'earlier', 'later', 'meanwhile', 'still', 'instead', 'first', 'second', 'finally', 'separately', 'again']);
const SENTENCE_CONNECTIVES = new Set(['but', 'and', 'so', 'yet', 'still', 'then', 'now', 'also']);
const DASHES = new Set(['—', '–', '--']);
const ASIDE_ADVERBS = new Set(['however', 'too', 'meanwhile', 'though', 'also', 'instead', 'moreover', 'furthermore', 'nevertheless', 'then', 'now', 'again', 'in', 'indeed']);
const ASIDE_PREPOSITIONS = new Set(['in', 'at', 'on', 'during', 'after', 'before', 'with', 'like', 'unlike', 'for', 'speaking', 'asked', 'when', 'while', 'through', 'via', 'under', 'over', 'since', 'as']);

/** "publicly", "typically": an adverb between the auxiliary and the verb. */
function isMannerAdverb(word: string): boolean {
  return word.length > 4 && word.endsWith('ly') && word !== 'only' && word !== 'family' && word !== 'rally' && word !== 'italy';
}

function consumedEndsAt(found: Attribution[], token: number): boolean {
  const last = found[found.length - 1];
  return last.contents.some(([, e]) => e === token || e === token - 1);
}

export class UnitReader {
  private readonly tokens: Token[];
  private readonly lower: string[];

  constructor(
    doc: Doc,
    private readonly quoted: Uint8Array,
    private readonly regionStartAt: Int32Array, // token index → first token of its region, -1 outside
    private readonly regionEndAt: Int32Array, // token index → end token of its region
  ) {
    this.tokens = doc.tokens;
    this.lower = doc.tokens.map((t) => (t.kind === 'word' ? t.text.toLowerCase() : t.text));
  }

  /** Every attribution in the unit, left to right; cues inside an earlier content are left alone. */
  read(unit: Unit): Attribution[] {
    const found: Attribution[] = [];
    let consumedTo = unit.firstToken; // content before this token already belongs to an attribution
    const headline = this.colonLine(unit);
    if (headline) {
      found.push(headline);
      consumedTo = headline.contents[0][1];
    }
    for (let i = unit.firstToken; i < unit.endToken; i++) {
      if (this.quoted[i] || this.tokens[i].kind !== 'word') continue;
      if (found.some((a) => a.contents.some(([s, e]) => i >= s && i < e))) continue;
      const cue = this.cueAt(i, unit);
      if (!cue) continue;
      const attribution = cue.frame === 'according' ? this.according(cue, unit, consumedTo) : this.verbal(cue, unit, consumedTo, found);
      if (!attribution) continue;
      found.push(attribution);
      consumedTo = Math.max(consumedTo, attribution.cue[1], ...attribution.contents.map(([, e]) => e));
      i = cue.end - 1;
    }
    return found;
  }

  /** "Bernie Sanders: ‘It Is Not A Radical Idea’" — a headline or transcript line opening with a name and a colon. */
  private colonLine(unit: Unit): Attribution | undefined {
    if (!unit.paragraphStart) return undefined;
    const first = unit.firstToken;
    let colon = first;
    while (colon < unit.endToken && colon - first < 6 && this.isWordLike(colon)) colon++;
    if (colon === first || colon >= unit.endToken || this.tokens[colon].text !== ':' || !this.isNameLike(first, colon)) return undefined;
    const label = this.lower.slice(first, colon).join(' ');
    if (COLON_LABELS.has(label) || (colon - first === 1 && this.tokens[first].text.length > 3 && this.tokens[first].text === this.tokens[first].text.toUpperCase())) return undefined; // "WASHINGTON:"
    const end = this.trimEnd(unit.endToken, colon + 1);
    let words = 0;
    for (let t = colon + 1; t < end; t++) if (this.tokens[t].kind === 'word' || this.tokens[t].kind === 'number') words++;
    if (words < 3) return undefined;
    return { cue: [colon, colon + 1], speaker: [[first, colon]], contents: [[colon + 1, end]], inherit: false, channelRange: [first, first] };
  }

  private cueAt(i: number, unit: Unit): Cue | undefined {
    const word = this.lower[i];
    const according = this.matchPhrase(ACCORDING_CUES.get(word), i, unit);
    if (according) return { start: i, verb: i, end: according, frame: 'according' };
    const phraseEnd = this.matchPhrase(PHRASE_CUES.get(word), i, unit);
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
    let start = i;
    while (start > unit.firstToken && !this.quoted[start - 1] && (AUXILIARIES.has(this.lower[start - 1]) || isMannerAdverb(this.lower[start - 1]))) start--;
    for (let k = start; k < i; k++) if (PASSIVE.has(this.lower[k]) && !phraseEnd) return undefined;
    if (start > unit.firstToken && this.lower[start - 1] === 'to' && !this.quoted[start - 1]) return undefined; // "to help defend …" // "was found", "is expected"
    if (i > unit.firstToken && NP_OPENERS.has(this.lower[i - 1]) && start === i) return undefined; // "the report", "a statement"
    return { start, verb: i, end, frame };
  }

  private matchPhrase(candidates: string[][] | undefined, i: number, unit: Unit): number | undefined {
    if (!candidates) return undefined;
    for (const words of candidates) {
      if (i + words.length > unit.endToken) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) ok = this.lower[i + k] === words[k] && !this.quoted[i + k];
      if (ok) return i + words.length;
    }
    return undefined;
  }

  private isWordLike(t: number): boolean {
    const token = this.tokens[t];
    return !this.quoted[t] && (token.kind === 'word' || token.kind === 'number' || token.kind === 'handle' || token.text === '-' || token.text === '&');
  }

  private isClosingQuote(t: number): boolean {
    return this.tokens[t]?.kind === 'quote' && this.quoted[t] === 1 && this.regionEndAt[t] === t + 1;
  }

  private isOpeningQuote(t: number): boolean {
    return this.tokens[t]?.kind === 'quote' && this.regionStartAt[t] === t;
  }

  /** Word tokens of a noun phrase ending just before `end`, scanning left to a clause boundary. */
  private phraseBefore(end: number, floor: number): number {
    let a = end;
    while (a > floor && end - a < MAX_SUBJECT_WORDS && this.isWordLike(a - 1) && !CLAUSE_BOUNDARIES.has(this.lower[a - 1])) a--;
    if (a > floor && end - a < MAX_SUBJECT_WORDS && RELATIVES.has(this.lower[a - 1]) && a === end) a--;
    return a;
  }

  /** The subject before a cue, with appositions ("X, a spokesman for Y, said"): segments, and the token before it. */
  private subjectBefore(cueStart: number, floor: number): { segments: [number, number][]; before: number } | undefined {
    let end = this.skipInsertions(cueStart, floor);
    if (end - 1 > floor && this.tokens[end - 1].text === ',') {
      const named = this.nameBeforeAppositions(end - 1, floor);
      if (named) return named;
      const a = this.phraseBefore(end - 1, floor); // "Valeri Zaluzhni, has indicated": the comma closes an apposition
      if (a < end - 1 && this.isNameLike(a, end - 1) && !this.lower[cueStart].endsWith('ing')) end = end - 1;
    }
    const segments: [number, number][] = [];
    end = this.skipTimePhrase(end, floor);
    for (let round = 0; round < 3; round++) {
      const a = this.phraseBefore(end, floor);
      if (a === end) break;
      segments.unshift([a, end]);
      const relative = end - a === 1 && RELATIVES.has(this.lower[a]);
      if (!relative && a - 1 > floor && this.tokens[a - 1].text === ',' && round < 2 && this.appositionAhead(a - 1, floor)) {
        end = a - 1;
        continue;
      }
      return { segments, before: a - 1 };
    }
    if (segments.length === 0) return undefined;
    return { segments, before: segments[0][0] - 1 };
  }

  /**
   * Steps back over what may stand between a subject and its verb: a parenthesis ("Warren (D-MA) said"),
   * a dash-enclosed aside, an adverb or prepositional phrase between commas ("Stranch, in her dissent, said").
   */
  private skipInsertions(end: number, floor: number): number {
    for (let round = 0; round < 3; round++) {
      const before = end - 1;
      if (before <= floor) return end;
      const text = this.tokens[before].text;
      if (text === ')') {
        let k = before - 1;
        while (k > floor && before - k < 12 && this.tokens[k].text !== '(') k--;
        if (k <= floor || this.tokens[k].text !== '(') return end;
        end = k;
      } else if (DASHES.has(text)) {
        let k = before - 1;
        while (k > floor && before - k < 16 && !DASHES.has(this.tokens[k].text) && !this.quoted[k]) k--;
        if (k <= floor || !DASHES.has(this.tokens[k].text)) return end;
        end = k;
      } else if (text === ',') {
        let k = before - 1;
        while (k > floor && before - k < 14 && this.tokens[k].text !== ',' && this.isWordLike(k)) k--;
        if (k <= floor || this.tokens[k].text !== ',' || k === before - 1) return end;
        const first = this.lower[k + 1];
        const adverb = before - k === 2 && (ASIDE_ADVERBS.has(first) || first.endsWith('ly'));
        if (!adverb && !ASIDE_PREPOSITIONS.has(first)) return end;
        end = k;
      } else {
        return end;
      }
    }
    return end;
  }

  /**
   * "Scott Goodstein, its chief executive officer, said", "Paris, who used to work on Capitol Hill, said",
   * "Clinton, 35, the daughter of …, said": a name, then up to three asides between commas ending at `comma`.
   */
  private nameBeforeAppositions(comma: number, floor: number): { segments: [number, number][]; before: number } | undefined {
    let end = comma;
    for (let round = 0; round < 3; round++) {
      let k = end - 1;
      while (k > floor && end - k < 30 && this.tokens[k].text !== ',' && !this.quoted[k] && !STOPS.has(this.tokens[k].text)) k--;
      if (k <= floor || this.tokens[k].text !== ',' || k === end - 1) return undefined;
      const first = this.lower[k + 1];
      const aside = this.isAppositionPhrase(k + 1, end) || RELATIVES.has(first) || (end - k === 2 && this.tokens[k + 1].kind === 'number');
      if (!aside) return undefined;
      const head = this.phraseBefore(k, floor);
      if (head < k && this.appositionAhead(k, floor)) return { segments: [[head, k]], before: head - 1 };
      end = k;
    }
    return undefined;
  }

  /** "Trump at the time said": steps back over a short time or place phrase between a name and its verb. */
  private skipTimePhrase(end: number, floor: number): number {
    const a = this.phraseBefore(end, floor);
    if (a === end || end - a > 4 || !DETERMINERS_AND_TIME.has(this.lower[a]) || a - 1 <= floor || !TIME_PREPOSITIONS.has(this.lower[a - 1])) return end;
    const b = this.phraseBefore(a - 1, floor);
    if (b === a - 1) return end;
    const head = this.lower[a - 2];
    return /^[\p{Lu}]/u.test(this.tokens[a - 2].text) || PERSON_NOUNS.has(head) || ORGANIZATION_NOUNS.has(head) || PRONOUNS.has(head) ? a - 1 : end;
  }

  /** Every word capitalized, a title or a determiner: "Kremlin spokesman Dmitri Peskov", "the Pentagon". */
  private isNameLike(a: number, end: number): boolean {
    if (!/^[\p{Lu}]/u.test(this.tokens[a].text)) return false;
    for (let t = a; t < end; t++) {
      const lower = this.lower[t];
      if (!/^[\p{Lu}\d]/u.test(this.tokens[t].text) && !TITLES.has(lower) && !NP_OPENERS.has(lower) && !PERSON_NOUNS.has(lower) && lower !== "'s" && lower !== '’s' && lower !== 'of') return false;
    }
    return true;
  }

  /** A lowercase noun phrase that can stand in apposition: "its chief executive officer", "a spokesman for …". */
  private isAppositionPhrase(a: number, end: number): boolean {
    const first = this.lower[a];
    if (!(NP_OPENERS.has(first) || TITLES.has(first) || PERSON_NOUNS.has(first))) return false;
    for (let t = a; t < end; t++) if (AUXILIARIES.has(this.lower[t]) && !NP_OPENERS.has(this.lower[t])) return false;
    return true;
  }

  /** A comma at `comma` opens an apposition when the phrase before it is a name or a title and reaches the clause start. */
  private appositionAhead(comma: number, floor: number): boolean {
    const a = this.phraseBefore(comma, floor);
    if (a === comma) return false;
    const boundary = a - 1;
    const startsClause = boundary < floor || this.tokens[boundary].text === ',' || this.isClosingQuote(boundary) || CLAUSE_BOUNDARIES.has(this.lower[boundary]);
    if (!startsClause || !/^[\p{Lu}]/u.test(this.tokens[a].text) || CLAUSE_BOUNDARIES.has(this.lower[a])) return false;
    if (comma - a === 1 && (isMannerAdverb(this.lower[a]) || DATE_WORDS.has(this.lower[a]) || ASIDE_ADVERBS.has(this.lower[a]))) return false; // "Significantly, the judge said"
    if (ASIDE_PREPOSITIONS.has(this.lower[a]) || this.lower[a] === 'although' || this.lower[a] === 'asked') return false;
    for (let t = a; t < comma; t++) {
      const lower = this.lower[t];
      const nounLike = /^[\p{Lu}\d]/u.test(this.tokens[t].text) || NP_OPENERS.has(lower) || TITLES.has(lower) || PERSON_NOUNS.has(lower) || ORGANIZATION_NOUNS.has(lower);
      if (!nounLike || AUXILIARIES.has(lower)) return false;
    }
    return true;
  }

  /** "said Kremlin spokesman Dmitri Peskov": the phrase after an inverted cue, stopping at a comma or a lowercase non-noun. */
  private phraseAfter(start: number, unit: Unit): number {
    if (DATE_WORDS.has(this.lower[start])) return start;
    let b = start;
    while (b < unit.endToken && b - start < MAX_SUBJECT_WORDS && this.isWordLike(b)) {
      const word = this.tokens[b].text;
      const lower = this.lower[b];
      const fits = /^[\p{Lu}\d]/u.test(word) || NP_OPENERS.has(lower) || TITLES.has(lower) || PERSON_NOUNS.has(lower) || ORGANIZATION_NOUNS.has(lower) || lower === "'s" || lower === '’s';
      if (!fits) break;
      b++;
    }
    return b;
  }

  private verbal(cue: Cue, unit: Unit, floor: number, found: Attribution[]): Attribution | undefined {
    if (found.length > 0 && (this.lower[cue.start - 1] === 'and' || this.lower[cue.start - 1] === 'but') && consumedEndsAt(found, cue.start - 1)) {
      const content = this.contentAfter(cue, unit);
      if (content && content[1] > content[0]) return { cue: [cue.start, cue.end], speaker: null, contents: [content], inherit: true, channelRange: [cue.start, content[0]] };
    }
    const subject = this.subjectBefore(cue.start, floor) ?? this.sharedSubject(cue, unit, floor);
    if (cue.frame === 'seem') return this.impression(cue, subject?.segments[0][0] ?? floor, unit);
    const before = subject ? subject.before : cue.start - 1;
    const boundaryIsComma = before >= floor && (this.tokens[before].text === ',' || this.isClosingQuote(before));
    const contentBefore = boundaryIsComma ? this.contentEndingAt(before, floor) : undefined;
    const trailingFrame = cue.frame === 'say' || cue.frame === 'that' || (cue.frame !== 'naming' && !this.clauseFollows(cue, unit) && this.endsUnit(cue.end, unit)); // "…, records show.

    const relativeSubject = subject !== undefined && subject.segments.length === 1 && subject.segments[0][1] - subject.segments[0][0] === 1 && RELATIVES.has(this.lower[subject.segments[0][0]]);
    if (subject && relativeSubject) {
      // "Franklin Graham, who has vowed …": the relative pronoun stands for the phrase before it.
      const who = subject.segments[0][0];
      const end = who - 1 > floor && this.tokens[who - 1].text === ',' ? who - 1 : who;
      let antecedent = end;
      while (antecedent > floor && end - antecedent < 5 && this.isWordLike(antecedent - 1) && !CLAUSE_BOUNDARIES.has(this.lower[antecedent - 1]) && !AUXILIARIES.has(this.lower[antecedent - 1]) && !this.lower[antecedent - 1].endsWith('ing')) antecedent--;
      if (antecedent < end) subject.segments.unshift([antecedent, end]);
    }
    const explicit = subject ? this.contentAfter(cue, unit, true) : undefined;
    const introduced = explicit !== undefined && (!this.isOpeningQuote(explicit[0]) || this.tokens[explicit[0] - 1]?.text === ':');
    if (subject && explicit && (introduced || !contentBefore || !trailingFrame || relativeSubject)) {
      return { cue: [cue.start, cue.end], speaker: subject.segments, contents: [explicit], inherit: false, channelRange: [subject.segments[0][0], explicit[0]] };
    }
    if (subject && contentBefore && trailingFrame && !relativeSubject && !this.clauseFollows(cue, unit)) {
      return this.trailing(cue, subject.segments, contentBefore, unit);
    }
    if (!subject && contentBefore && trailingFrame && !this.lower[cue.verb].endsWith('ing')) {
      const b = this.phraseAfter(cue.end, unit);
      if (b === cue.end) return undefined;
      return this.trailing({ ...cue, end: cue.end }, [[cue.end, b]], contentBefore, unit, b);
    }
    const content = this.contentAfter(cue, unit);
    if (!content) return undefined;
    if (cue.frame === 'naming' && !this.names(content)) return undefined;
    const subjectStart = subject ? subject.segments[0][0] : cue.start;
    if (!subject) {
      // "…, adding that …": a participle continues the previous attribution's speaker, or the clause's subject.
      const participle = this.lower[cue.verb].endsWith('ing') && before >= unit.firstToken && this.tokens[before].text === ',';
      if (!participle) return undefined;
      if (found.length > 0) return { cue: [cue.start, cue.end], speaker: null, contents: [content], inherit: true, channelRange: [cue.start, content[0]] };
      const clauseSubject = this.clauseSubject(unit, floor, before);
      if (!clauseSubject) return undefined;
      return { cue: [cue.start, cue.end], speaker: clauseSubject.segments, contents: [content], inherit: false, channelRange: [cue.start, content[0]] };
    }
    return { cue: [cue.start, cue.end], speaker: subject.segments, contents: [content], inherit: false, channelRange: [subjectStart, content[0]] };
  }

  /** Nothing but an adjunct ("in a statement", "on Tuesday") lies between `k` and the end of the unit. */
  private endsUnit(k: number, unit: Unit): boolean {
    if (k >= unit.endToken || STOPS.has(this.tokens[k].text)) return true;
    if (!ADJUNCT_OPENERS.has(this.lower[k])) return false;
    for (let t = k; t < unit.endToken; t++) if (this.quoted[t] || this.tokens[t].text === ',') return false;
    return unit.endToken - k <= 10;
  }

  /** Whether a clause (not just an adjunct like "in a statement", "on Tuesday") follows the cue. */
  private clauseFollows(cue: Cue, unit: Unit): boolean {
    let k = cue.end;
    if (TAKES_LISTENER.has(this.lower[cue.verb])) while (k < unit.endToken && k - cue.end < 4 && this.isWordLike(k) && !ADJUNCT_OPENERS.has(this.lower[k])) k++;
    if (k >= unit.endToken || !this.isWordLike(k)) return false;
    return !ADJUNCT_OPENERS.has(this.lower[k]);
  }

  /** "McConnell embraced the mogul and said …": the subject of the clause a coordinated cue shares. */
  private sharedSubject(cue: Cue, unit: Unit, floor: number): { segments: [number, number][]; before: number } | undefined {
    if (cue.start - 1 <= floor || this.lower[cue.start - 1] !== 'and' || this.quoted[cue.start - 1]) return undefined;
    return this.clauseSubject(unit, floor, cue.start - 1);
  }

  /** "The plan seemed to work": the whole clause is the content, and nobody in particular its source. */
  private impression(cue: Cue, clauseStart: number, unit: Unit): Attribution | undefined {
    const next = this.lower[cue.end];
    if (next !== 'to' && next !== 'that' && next !== 'likely' && next !== 'poised' && next !== 'unlikely') return undefined;
    const end = this.trimEnd(unit.endToken, cue.end);
    if (end - clauseStart < 4 || this.quoted[clauseStart]) return undefined;
    return { cue: [cue.start, cue.end], speaker: null, contents: [[clauseStart, end]], inherit: false, channelRange: [cue.start, cue.start] };
  }

  /** A naming ("called him a liar", "called it “absurd”") names something: a quotation or an "a"/"an" phrase. */
  private names([s, e]: [number, number]): boolean {
    for (let t = s; t < e; t++) if (this.quoted[t] || (t > s && (this.lower[t] === 'a' || this.lower[t] === 'an'))) return true;
    return false;
  }

  /** The noun phrase opening the clause that ends before `limit`, after a connective or a fronted adjunct. */
  private clauseSubject(unit: Unit, floor: number, limit: number): { segments: [number, number][]; before: number } | undefined {
    let a = Math.max(floor, unit.firstToken);
    if (a > unit.firstToken && this.tokens[a - 1].text !== ',' && !STOPS.has(this.tokens[a - 1].text)) return undefined;
    if (SENTENCE_CONNECTIVES.has(this.lower[a])) a++;
    if (a < limit && ASIDE_PREPOSITIONS.has(this.lower[a])) {
      let k = a;
      while (k < limit && this.tokens[k].text !== ',' && k - a < 14) k++;
      if (this.tokens[k]?.text !== ',') return undefined;
      a = k + 1;
    }
    const b = this.phraseAfter(a, unit);
    if (b === a || b >= limit) return undefined;
    let nounLike = PRONOUNS.has(this.lower[a]);
    for (let t = a; t < b && !nounLike; t++) nounLike = /^[\p{Lu}]/u.test(this.tokens[t].text) || PERSON_NOUNS.has(this.lower[t]) || ORGANIZATION_NOUNS.has(this.lower[t]);
    if (!nounLike) return undefined;
    if (b - a === 1 && PRONOUNS.has(this.lower[a]) && !/^(he|she|they)$/.test(this.lower[a])) return undefined;
    return { segments: [[a, b]], before: a - 1 };
  }

  /** "…, X said (in a statement)": the content before, and a second half of a split quotation after. */
  private trailing(cue: Cue, speaker: [number, number][], contentBefore: [number, number], unit: Unit, after = cue.end): Attribution {
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

  /** The content before a comma or closing quote at `boundary`: from the clause start (or `floor`). */
  private contentEndingAt(boundary: number, floor: number): [number, number] | undefined {
    const end = this.tokens[boundary].text === ',' ? boundary : boundary + 1;
    let words = 0;
    for (let t = floor; t < end; t++) if (this.tokens[t].kind === 'word' || this.tokens[t].kind === 'number') words++;
    if (words < 3 || (words <= 7 && !this.quoted[floor] && ASIDE_PREPOSITIONS.has(this.lower[floor]))) return undefined; // "At one point, …"
    return [floor, end];
  }

  /** The content after a cue: from "that", a colon or an opening quote, or the clause right after a verb of saying. */
  private contentAfter(cue: Cue, unit: Unit, explicitOnly = false): [number, number] | undefined {
    const limit = Math.min(unit.endToken, cue.end + 14);
    let start = -1;
    const first = cue.end;
    const clauseRightAfter = (cue.frame === 'say' || cue.frame === 'target' || cue.frame === 'naming') && first < unit.endToken && this.isWordLike(first)
      && !TAKES_LISTENER.has(this.lower[cue.verb]) && !ADJUNCT_OPENERS.has(this.lower[first]) && !EXPLICIT_OPENERS.has(this.lower[first]);
    if (clauseRightAfter && explicitOnly) return undefined;
    for (let k = cue.end; k < limit && !clauseRightAfter; k++) {
      const text = this.tokens[k].text;
      if (this.isOpeningQuote(k)) {
        start = k;
        break;
      }
      if (this.quoted[k] || (k > cue.end && (RELATIVES.has(this.lower[k]) || (VERB_FRAME.has(this.lower[k]) && !NP_OPENERS.has(this.lower[k - 1]))))) break;
      if (this.lower[k] === 'that' || this.lower[k] === 'whether' || this.lower[k] === 'if' && cue.frame !== 'target') {
        start = k;
        break;
      }
      if (text === ':') {
        start = k + 1;
        break;
      }
      if (this.lower[k] === 'to' && cue.frame === 'infinitive' && k <= cue.end + 4) {
        start = k;
        break;
      }
      if (STOPS.has(text)) break;
    }
    if (start < 0) {
      if (explicitOnly || cue.frame === 'that' || cue.frame === 'infinitive') return undefined;
      const next = cue.end;
      if (next >= unit.endToken || !(this.tokens[next].kind === 'word' || this.tokens[next].kind === 'number')) return undefined;
      if (cue.frame === 'say' && !TAKES_LISTENER.has(this.lower[cue.verb]) && CLAUSE_BOUNDARIES.has(this.lower[next]) && !PRONOUNS.has(this.lower[next])) return undefined;
      start = next;
    }
    if (start >= unit.endToken) return start === unit.endToken ? [start, start] : undefined;
    let end = this.trimEnd(this.nextCoordinatedCue(start, unit.endToken), start);
    if (cue.frame === 'target' || cue.frame === 'naming') end = this.trimEnd(this.relativeClauseStart(start, end), start);
    let words = 0;
    for (let t = start; t < end; t++) if (this.tokens[t].kind === 'word' || this.tokens[t].kind === 'number') words++;
    return words >= 2 ? [start, end] : undefined;
  }

  /** "praised Franklin Graham, who has vowed …": where a relative clause after a comma starts, else `end`. */
  private relativeClauseStart(start: number, end: number): number {
    for (let k = start + 1; k < end - 1; k++) if (!this.quoted[k] && this.tokens[k].text === ',' && RELATIVES.has(this.lower[k + 1])) return k;
    return end;
  }

  /** "says A and says B": where a coordinated reporting verb starts another attribution, else `end`. */
  private nextCoordinatedCue(start: number, end: number): number {
    for (let k = start + 2; k < end - 1; k++) {
      if (this.quoted[k] || (this.lower[k] !== 'and' && this.lower[k] !== 'but')) continue;
      let v = k + 1;
      while (v < end && v - k <= 4 && !this.quoted[v] && (/^[\p{Lu}]/u.test(this.tokens[v].text) || COORDINATED_SUBJECTS.has(this.lower[v]))) v++;
      while (v < end && v - k < 7 && AUXILIARIES.has(this.lower[v])) v++;
      if (v < end && !this.quoted[v] && VERB_FRAME.has(this.lower[v]) && !this.lower[v].endsWith('ing')) return k;
    }
    return end;
  }

  private trimEnd(end: number, floor: number): number {
    while (end > floor && !this.quoted[end - 1] && (STOPS.has(this.tokens[end - 1].text) || this.tokens[end - 1].text === ',')) end--;
    return end;
  }

  private according(cue: Cue, unit: Unit, floor: number): Attribution | undefined {
    const b = this.phraseAfterAccording(cue.end, unit);
    if (b === cue.end) return undefined;
    const speaker: [number, number][] = [[cue.end, b]];
    const before = cue.start - 1;
    if (before >= floor && before > unit.firstToken && (this.tokens[before].text === ',' || this.isClosingQuote(before) || this.isWordLike(before))) {
      const end = this.tokens[before].text === ',' ? before : cue.start;
      const content = this.contentEndingAt(end === before ? before : cue.start - 1, floor);
      if (content) return { cue: [cue.start, cue.end], speaker, contents: [[content[0], end]], inherit: false, channelRange: [cue.start, this.trimEnd(unit.endToken, b)] };
    }
    if (b < unit.endToken && this.tokens[b].text === ',') {
      const end = this.trimEnd(unit.endToken, b + 1);
      if (end - (b + 1) >= 3) return { cue: [cue.start, cue.end], speaker, contents: [[b + 1, end]], inherit: false, channelRange: [cue.start, b] };
    }
    return undefined;
  }

  private phraseAfterAccording(start: number, unit: Unit): number {
    let b = start;
    while (b < unit.endToken && b - start < 12 && this.isWordLike(b) && !(b > start && (this.lower[b] === 'that' || this.lower[b] === 'and'))) b++;
    return b;
  }
}
