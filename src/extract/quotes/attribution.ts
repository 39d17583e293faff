import type { Doc } from '../document.js';
import type { Token } from '../tokens.js';
import { ACCORDING_CUES, AUXILIARIES, PHRASE_CUES, PRONOUNS, TAKES_LISTENER, TITLES, VERB_FRAME, ORGANIZATION_NOUNS, PERSON_NOUNS, type CueFrame } from './lexicon.js';
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
const NP_OPENERS = new Set(['a', 'an', 'the', 'another', 'one', 'his', 'her', 'its', 'their', 'two', 'three', 'several', 'some', 'many', 'other', 'senior', 'top', 'former', 'u.s.', 'state', 'local']);
const STOPS = new Set([';', ':', '(', ')', '[', ']', '—', '–', '--', '.', '!', '?', '…']);
const MAX_SUBJECT_WORDS = 9;

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
      frame = last === 'for' || last === 'on' ? 'target' : last === 'to' ? 'infinitive' : 'say';
    } else {
      frame = VERB_FRAME.get(word);
    }
    if (!frame) return undefined;
    if (word === 'said' && this.lower[i - 1] === 'that' && this.tokens[i + 1]?.text === ',') return undefined; // "That said,"
    let start = i;
    while (start > unit.firstToken && !this.quoted[start - 1] && AUXILIARIES.has(this.lower[start - 1])) start--;
    for (let k = start; k < i; k++) if (PASSIVE.has(this.lower[k]) && !phraseEnd) return undefined; // "was found", "is expected"
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
    let end = cueStart;
    if (cueStart - 1 > floor && this.tokens[cueStart - 1].text === ',') {
      const a = this.phraseBefore(cueStart - 1, floor); // "Valeri Zaluzhni, has indicated": the comma closes an apposition
      if (a < cueStart - 1 && /^[\p{Lu}]/u.test(this.tokens[a].text)) end = cueStart - 1;
    }
    const segments: [number, number][] = [];
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

  /** A comma at `comma` opens an apposition when the phrase before it is a name or a title and reaches the clause start. */
  private appositionAhead(comma: number, floor: number): boolean {
    const a = this.phraseBefore(comma, floor);
    if (a === comma) return false;
    const boundary = a - 1;
    const startsClause = boundary < floor || this.tokens[boundary].text === ',' || this.isClosingQuote(boundary) || CLAUSE_BOUNDARIES.has(this.lower[boundary]);
    if (!startsClause || !/^[\p{Lu}]/u.test(this.tokens[a].text) || CLAUSE_BOUNDARIES.has(this.lower[a])) return false;
    for (let t = a; t < comma; t++) {
      const lower = this.lower[t];
      const nounLike = /^[\p{Lu}\d]/u.test(this.tokens[t].text) || NP_OPENERS.has(lower) || TITLES.has(lower) || PERSON_NOUNS.has(lower) || ORGANIZATION_NOUNS.has(lower);
      if (!nounLike || AUXILIARIES.has(lower)) return false;
    }
    return true;
  }

  /** "said Kremlin spokesman Dmitri Peskov": the phrase after an inverted cue, stopping at a comma or a lowercase non-noun. */
  private phraseAfter(start: number, unit: Unit): number {
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
    const subject = this.subjectBefore(cue.start, floor);
    const before = subject ? subject.before : cue.start - 1;
    const boundaryIsComma = before >= floor && (this.tokens[before].text === ',' || this.isClosingQuote(before));
    const contentBefore = boundaryIsComma ? this.contentEndingAt(before, floor) : undefined;
    const trailingFrame = cue.frame === 'say' || cue.frame === 'that';

    const relativeSubject = subject !== undefined && subject.segments.length === 1 && subject.segments[0][1] - subject.segments[0][0] === 1 && RELATIVES.has(this.lower[subject.segments[0][0]]);
    const explicit = subject ? this.contentAfter(cue, unit, true) : undefined;
    const introduced = explicit !== undefined && (!this.isOpeningQuote(explicit[0]) || this.tokens[explicit[0] - 1]?.text === ':');
    if (subject && explicit && (introduced || !contentBefore || !trailingFrame || relativeSubject)) {
      return { cue: [cue.start, cue.end], speaker: subject.segments, contents: [explicit], inherit: false, channelRange: [subject.segments[0][0], explicit[0]] };
    }
    if (subject && contentBefore && trailingFrame && !relativeSubject) {
      return this.trailing(cue, subject.segments, contentBefore, unit);
    }
    if (!subject && contentBefore && trailingFrame && !this.lower[cue.verb].endsWith('ing')) {
      const b = this.phraseAfter(cue.end, unit);
      if (b === cue.end) return undefined;
      return this.trailing({ ...cue, end: cue.end }, [[cue.end, b]], contentBefore, unit, b);
    }
    const content = this.contentAfter(cue, unit);
    if (!content) return undefined;
    const subjectStart = subject ? subject.segments[0][0] : cue.start;
    if (!subject) {
      // "…, adding that …": a participle continues the previous attribution's speaker.
      const participle = this.lower[cue.verb].endsWith('ing') && before >= unit.firstToken && this.tokens[before].text === ',';
      if (!participle || found.length === 0) return undefined;
      return { cue: [cue.start, cue.end], speaker: null, contents: [content], inherit: true, channelRange: [cue.start, content[0]] };
    }
    return { cue: [cue.start, cue.end], speaker: subject.segments, contents: [content], inherit: false, channelRange: [subjectStart, content[0]] };
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
    return words >= 3 ? [floor, end] : undefined;
  }

  /** The content after a cue: from "that", a colon or an opening quote, or the clause right after a verb of saying. */
  private contentAfter(cue: Cue, unit: Unit, explicitOnly = false): [number, number] | undefined {
    const limit = Math.min(unit.endToken, cue.end + 14);
    let start = -1;
    for (let k = cue.end; k < limit; k++) {
      const text = this.tokens[k].text;
      if (this.isOpeningQuote(k)) {
        start = k;
        break;
      }
      if (this.quoted[k] || (k > cue.end && (RELATIVES.has(this.lower[k]) || VERB_FRAME.has(this.lower[k])))) break;
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
    const end = this.trimEnd(unit.endToken, start);
    let words = 0;
    for (let t = start; t < end; t++) if (this.tokens[t].kind === 'word' || this.tokens[t].kind === 'number') words++;
    return words >= 2 ? [start, end] : undefined;
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
