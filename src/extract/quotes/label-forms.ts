import type { Doc } from '../document.js';
import { AUXILIARIES, COLON_LABELS, TITLES, VERB_FRAME, ORGANIZATION_NOUNS, PERSON_NOUNS } from './lexicon.js';
import type { Unit } from './units.js';
import { NP_OPENERS, DASHES, STOPS, DASHES_AND_HYPHEN, LABEL_CONNECTORS, QUOTE_CLOSING_MARKS, MANNER_PARTICLES, SUBJECT_PRONOUNS } from './word-classes.js';
import type { Attribution, Cue } from './attribution-types.js';
import { CueReader } from './cue-finder.js';

const PARAGRAPH_LABEL = /(?:^|\n)["“]?([A-Z][A-Z'’.-]{2,}):/g;

/** Capitalized labels opening two or more paragraphs ("PENCE: …", "WALLACE: …"): the speakers of a transcript. */
function transcriptLabels(text: string): Set<string> {
  const seen = new Set<string>();
  const labels = new Set<string>();
  for (const match of text.matchAll(PARAGRAPH_LABEL)) {
    if (seen.has(match[1])) labels.add(match[1]);
    seen.add(match[1]);
  }
  return labels;
}

/** Attributions set off by punctuation: datelines, colon labels, quotations signed with a dash, and a quotation followed by its speaker. */
export class LabelReader extends CueReader {
  protected readonly transcriptLabels: Set<string>;

  constructor(doc: Doc, quoted: Uint8Array, regionStartAt: Int32Array, regionEndAt: Int32Array) {
    super(doc, quoted, regionStartAt, regionEndAt);
    this.transcriptLabels = transcriptLabels(doc.text);
  }

  /**
   * "“Go back to Univision,” Trump barked.", "“This is fantastic!” beamed Donald Hartley": a quotation closing on
   * a comma, "?" or "!" and then a speaker and a verb of any manner of speaking (either order).
   */
  protected quoteThenSpeaker(i: number, unit: Unit, floor: number): Attribution | undefined {
    const close = i - 1;
    if (close < unit.firstToken || !this.isClosingQuote(close) || this.tokens[i].kind !== 'word') return undefined;
    let mark = close;
    while (mark > unit.firstToken && this.tokens[mark].kind === 'quote') mark--;
    if (!QUOTE_CLOSING_MARKS.has(this.tokens[mark].text)) return undefined;
    const open = this.regionStartAt[close];
    if (open < floor || open < unit.firstToken) return undefined;
    let verb: number;
    let speaker: [number, number];
    const subjectEnd = SUBJECT_PRONOUNS.has(this.lower[i]) && this.lower[i] !== 'there' ? i + 1 : /^[\p{Lu}]/u.test(this.tokens[i].text) ? this.phraseAfter(i, unit) : i;
    if (subjectEnd > i && this.isMannerVerb(subjectEnd, unit)) {
      verb = subjectEnd;
      speaker = [i, subjectEnd];
    } else if (this.isMannerVerb(i, unit, true)) {
      verb = i;
      const b = this.phraseAfter(i + (MANNER_PARTICLES.has(this.lower[i + 1]) ? 2 : 1), unit);
      speaker = [i + (MANNER_PARTICLES.has(this.lower[i + 1]) ? 2 : 1), b];
      if (speaker[1] === speaker[0] || !/^[\p{Lu}]/u.test(this.tokens[speaker[0]].text) && !NP_OPENERS.has(this.lower[speaker[0]])) return undefined;
    } else {
      return undefined;
    }
    const verbEnd = verb + (MANNER_PARTICLES.has(this.lower[verb + 1]) ? 2 : 1);
    if (VERB_FRAME.has(this.lower[verb])) return undefined; // the ordinary reading handles reporting verbs
    const cue: Cue = { start: verb, verb, end: verbEnd, frame: 'say' };
    return this.trailing(cue, [speaker], [open, close + 1], unit, Math.max(verbEnd, speaker[1]));
  }

  /** "“Maybe we can build a wall around him.” ― Steve Quinlan": a quotation signed with a dash and a name. */
  protected signedQuotation(i: number, unit: Unit, floor: number): Attribution | undefined {
    const dash = i - 1;
    const close = i - 2;
    if (close < unit.firstToken || !DASHES.has(this.tokens[dash].text) || this.quoted[dash] || !this.isClosingQuote(close) || !/^[\p{Lu}]/u.test(this.tokens[i].text)) return undefined;
    const open = this.regionStartAt[close];
    if (open < floor || open < unit.firstToken) return undefined;
    const end = this.phraseAfter(i, unit);
    if (end === i || (end < unit.endToken && this.tokens[end].text !== ',' && !STOPS.has(this.tokens[end].text))) return undefined;
    return { cue: [dash, dash + 1], speaker: [[i, end]], contents: [[open, close + 1]], inherit: false, channelRange: [i, i] };
  }

  /** "ORLANDO, Fla. (Reuters) - President Barack Obama met …": where the text after a dateline starts, else the unit's start. */
  protected datelineEnd(unit: Unit): number {
    const first = unit.firstToken;
    if (!unit.paragraphStart) return first;
    if (!this.isAllCapsTag(first)) return this.creditedDatelineEnd(unit);
    for (let t = first + 1; t < unit.endToken && t - first <= 12; t++) {
      const text = this.tokens[t].text;
      if (DASHES_AND_HYPHEN.has(text)) return t + 1 < unit.endToken ? t + 1 : first;
      if (this.quoted[t] || text === '.' || text === ':' || (this.tokens[t].kind === 'word' && /^[\p{Ll}]/u.test(text))) return first;
    }
    return first;
  }

  /** "Washington (AFP) – …", "New York (AFP) – …": a capitalised place, a credit in parentheses and a dash; where the text after it starts, else the unit's start. */
  private creditedDatelineEnd(unit: Unit): number {
    const first = unit.firstToken;
    let t = first;
    while (t < unit.endToken && t - first < 5 && this.tokens[t].kind === 'word' && /^[\p{Lu}]/u.test(this.tokens[t].text) && !this.quoted[t]) t++;
    if (t === first || this.tokens[t]?.text !== '(' || this.tokens[t + 2]?.text !== ')') return first;
    if (this.tokens[t + 1].kind !== 'word' || !/^[\p{Lu}]/u.test(this.tokens[t + 1].text)) return first;
    const dash = t + 3;
    return dash + 1 < unit.endToken && DASHES_AND_HYPHEN.has(this.tokens[dash].text) ? dash + 1 : first;
  }

  /** "Bernie Sanders: ‘It Is Not A Radical Idea’" — a headline or transcript line opening with a name and a colon. */
  protected colonLine(unit: Unit): Attribution | undefined {
    if (!unit.paragraphStart) return undefined;
    let first = unit.firstToken;
    if (this.isAllCapsTag(first) && DASHES_AND_HYPHEN.has(this.tokens[first + 1]?.text)) first += 2; // "EXCLUSIVE – Roger Stone: …"
    const quotedLabel = this.tokens[first].kind === 'quote' && this.transcriptLabels.has(this.tokens[first + 1]?.text); // "\"PENCE: Well, …"
    if (quotedLabel) first++;
    let colon = quotedLabel ? first + 1 : first;
    while (colon < unit.endToken && colon - first < 7 && this.isWordLike(colon)) colon++;
    if (colon === first || colon >= unit.endToken || this.tokens[colon].text !== ':' || !this.isLabel(first, colon)) return undefined;
    const label = this.lower.slice(first, colon).join(' ');
    const capsWord = colon - first === 1 && this.tokens[first].text.length > 3 && this.tokens[first].text === this.tokens[first].text.toUpperCase();
    if (COLON_LABELS.has(label) || (capsWord && !this.transcriptLabels.has(this.tokens[first].text))) return undefined; // "WASHINGTON:" (but "PENCE:" in a transcript)
    const end = this.trimEnd(unit.endToken, colon + 1);
    let words = 0;
    for (let t = colon + 1; t < end; t++) if (this.tokens[t].kind === 'word' || this.tokens[t].kind === 'number') words++;
    if (words < 3) return undefined;
    let speakerEnd = first;
    while (speakerEnd < colon && !LABEL_CONNECTORS.has(this.lower[speakerEnd])) speakerEnd++; // "Clinton to Planned Parenthood:" → Clinton
    return { cue: [colon, colon + 1], speaker: [[first, speakerEnd]], contents: [[colon + 1, end]], inherit: false, channelRange: [first, first] };
  }

  /** A headline or transcript label: a name, maybe with a title and a connective ("Former AG Mukasey at RNC", "Clinton camp"). */
  protected isLabel(a: number, end: number): boolean {
    if (!/^[\p{Lu}]/u.test(this.tokens[a].text) || LABEL_CONNECTORS.has(this.lower[a])) return false;
    if (this.isNameLike(a, end)) return true;
    for (let t = a; t < end; t++) {
      const lower = this.lower[t];
      const fits = /^[\p{Lu}\d]/u.test(this.tokens[t].text) || TITLES.has(lower) || PERSON_NOUNS.has(lower) || ORGANIZATION_NOUNS.has(lower) || lower === "'s" || lower === '’s' || (LABEL_CONNECTORS.has(lower) && t > a && t < end - 1);
      if (!fits) return false;
    }
    return true;
  }

  /**
   * "… - Mark Blumenthal and Jon Cohen: “Although the polls …”", "More from the report: “…”": a name and a
   * colon introducing a quotation inside a paragraph.
   */
  protected colonQuote(colon: number, unit: Unit, floor: number): Attribution | undefined {
    if (this.tokens[colon].text !== ':' || this.quoted[colon] || !this.isOpeningQuote(colon + 1)) return undefined;
    let a = colon;
    while (a > floor && colon - a < 8 && this.isWordLike(a - 1)) a--;
    if (a === colon) return undefined;
    const boundary = a - 1;
    if (!(boundary < unit.firstToken || boundary < floor || DASHES_AND_HYPHEN.has(this.tokens[boundary].text))) return undefined;
    let speakerStart = a;
    if (this.lower[a] === 'from') speakerStart = a + 1;
    else if (this.lower[a] === 'more' && this.lower[a + 1] === 'from') speakerStart = a + 2;
    else if ((this.lower[a] === 'here’s' || this.lower[a] === "here's") && a + 1 < colon) speakerStart = a + 1;
    if (speakerStart >= colon) return undefined;
    for (let t = speakerStart; t < colon; t++) if (VERB_FRAME.has(this.lower[t]) || AUXILIARIES.has(this.lower[t])) return undefined;
    const named = speakerStart > a ? true : this.isLabel(speakerStart, colon);
    if (!named) return undefined;
    let speakerEnd = speakerStart;
    while (speakerEnd < colon && !(LABEL_CONNECTORS.has(this.lower[speakerEnd]) && this.lower[speakerEnd] !== 'and') && this.lower[speakerEnd] !== 'in') speakerEnd++;
    const end = this.trimEnd(unit.endToken, colon + 1);
    return { cue: [colon, colon + 1], speaker: [[speakerStart, speakerEnd]], contents: [[colon + 1, end]], inherit: false, channelRange: [speakerStart, speakerStart] };
  }
}
