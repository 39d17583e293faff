import lexicon from '../../lexicon/events/quantities.json' with { type: 'json' };
import type { Quantity } from '../contract.js';
import type { Doc } from '../document.js';
import { asideClose, containsAny, matchAt, phraseStartsWithin, type SentenceView } from './sentence-view.js';
import { stem, stemPhrase, stemSet } from './stem.js';

const UNITS = new Map<string, string>();
for (const [noun, unit] of Object.entries(lexicon.units)) UNITS.set(stemPhrase(noun).join(' '), unit);
const NUMBER_WORDS = new Map<string, number>(Object.entries(lexicon.numberWords).map(([w, n]) => [w, n]));
const NUMBER_FIRST_WORDS = new Set([...NUMBER_WORDS.keys()].map((w) => w.split(' ')[0]));
const NUMBER_FIRST_STEMS = new Set([...NUMBER_FIRST_WORDS].map((w) => stem(w)));
const MULTIPLIERS: Record<string, number> = lexicon.multipliers;
const VAGUE = Object.entries(lexicon.vagueFatalities).map(([phrase, value]) => ({ parts: stemPhrase(phrase), value }));
const VAGUE_FIRST = new Set(VAGUE.map((v) => v.parts[0]));
const CASUALTY_AFTER = lexicon.casualtyAfter.map(stemPhrase);
const CASUALTY_BEFORE = lexicon.casualtyBefore.map(stemPhrase);
const CASUALTY_BEFORE_PEOPLE = lexicon.casualtyBeforePeople.map(stemPhrase);
const PRONOUN_VICTIMS = lexicon.singularPronounVictims.map(stemPhrase);
const INJURED = new Set(lexicon.injuredWords.map((w) => stem(w)));
const CASUALTY_FIRST = new Set(CASUALTY_AFTER.map((parts) => parts[0]));
/** Words a count's noun is never behind: "four killed in Ukrainian shelling" counts no Ukrainians. */
const NOT_MODIFIERS = stemSet(['in', 'of', 'at', 'on', 'by', 'and', 'or', 'to', 'from', 'were', 'was', 'be', 'have', 'had', 'has', 'as', 'for', 'with', 'after', 'during', 'near']);
const SUBSET = lexicon.subsetCues.map(stemPhrase);
const LIMITERS = stemSet(['at', 'least', 'about', 'around', 'nearly', 'almost', 'some', 'over', 'more', 'than', 'up', 'to', 'approximately', 'roughly']);
const PEOPLE_UNITS = new Set(['people', 'families']);
const PUNCTUATION = /^[^\p{L}\p{N}#]+$/u;
const PLURAL = /(?:[^s]s|men|people|personnel|troops|police|children|staff)$/i;
/** "1-Thirty", "RPT-One": a wire headline's tag glued to the first word. */
const WIRE_TAG = /^(?:[A-Z]{2,}|\d+)-(?=\p{L})/u;
const bareWord = (text: string) => text.replace(WIRE_TAG, '').toLowerCase();

interface Count {
  value: number;
  first: number; // tokens [first, end) hold the number
  end: number;
}

/** A number written at token i: digits ("1,200", "41"), words ("twelve", "two and a half", "three hundred"). */
function countAt(view: SentenceView, i: number): Count | undefined {
  const token = view.tokens[i];
  if (token.kind === 'number') {
    const value = Number(token.text.replace(/,/g, ''));
    if (!Number.isFinite(value) || /^\d{1,2}:\d\d/.test(token.text)) return undefined;
    let end = i + 1;
    let total = value;
    const multiplier = MULTIPLIERS[view.stems[end]];
    if (multiplier) {
      total *= multiplier;
      end++;
    }
    return { value: total, first: i, end };
  }
  if (token.kind !== 'word' || !NUMBER_FIRST_STEMS.has(view.stems[i])) return undefined;
  const lower = bareWord(token.text);
  if (!NUMBER_FIRST_WORDS.has(lower)) return undefined;
  for (const words of [3, 2]) {
    const phrase = view.tokens.slice(i, i + words).map((t, k) => (k === 0 ? lower : t.text.toLowerCase())).join(' ');
    const value = NUMBER_WORDS.get(phrase);
    if (value !== undefined) return { value, first: i, end: i + words };
  }
  let value = NUMBER_WORDS.get(lower);
  if (value === undefined || lower === 'a' || lower === 'an') return undefined;
  let end = i + 1;
  const next = view.tokens[end]?.text.toLowerCase();
  if (next && NUMBER_WORDS.has(next) && value >= 20 && value % 10 === 0 && NUMBER_WORDS.get(next)! < 10) value += NUMBER_WORDS.get(view.tokens[end++].text.toLowerCase())!;
  const multiplier = MULTIPLIERS[view.stems[end]];
  if (multiplier) {
    value *= multiplier;
    end++;
  }
  if (view.stems[end] === 'and' && view.stems[end + 1] === 'a' && view.stems[end + 2] === 'half') {
    value += 0.5;
    end += 3;
  }
  return { value, first: i, end };
}

/** The unit of the noun right after a count (one or two words, skipping up to two modifiers). */
function unitAfter(view: SentenceView, end: number): { unit: string; end: number } | undefined {
  for (let skip = 0; skip <= 2; skip++) {
    const at = end + skip;
    for (const n of [2, 1]) {
      if (at + n > view.stems.length) continue;
      const unit = UNITS.get(view.stems.slice(at, at + n).join(' '));
      if (unit) return { unit, end: at + n };
    }
    if (view.tokens[at]?.kind !== 'word' || NOT_MODIFIERS.has(view.stems[at]) || INJURED.has(view.stems[at]) || CASUALTY_FIRST.has(view.stems[at])) return undefined;
  }
  return undefined;
}

export interface SentenceCounts {
  quantities: (Quantity & { first: number; end: number })[];
  fatalities?: number;
  injured: boolean;
}

/** The counts of a sentence ("twelve towns" → 12 settlements) and its death toll by ACLED's conventions. */
export function sentenceCounts(doc: Doc, view: SentenceView): SentenceCounts {
  const quantities: SentenceCounts['quantities'] = [];
  const deaths: { value: number; subset: boolean }[] = [];
  let injured = false;
  /** Tokens before this index, after a count, are its aside: the counts there are part of it ("7 people (5 soldiers and 2 civilians)"). */
  let asideUntil = -1;
  /** The token after the last count of the dead, to add a group joined to it by "and". */
  let lastDeathEnd = -1;
  const { tokens, stems } = view;
  for (let i = 0; i < tokens.length; i++) {
    let count = countAt(view, i);
    let vague = false;
    if (!count) {
      if (!VAGUE_FIRST.has(stems[i])) continue;
      for (const v of VAGUE) {
        const end = stems[i] === v.parts[0] ? matchAt(stems, v.parts, i) : -1;
        if (end >= 0) {
          count = { value: v.value, first: i, end };
          vague = true;
          break;
        }
      }
      if (!count) continue;
    }
    const unit = unitAfter(view, count.end);
    let first = count.first;
    while (first > 0 && LIMITERS.has(stems[first - 1])) first--;
    const last = unit ? unit.end : count.end;
    if (unit && !vague) quantities.push({ value: count.value, unit: unit.unit, span: doc.span(tokens[first].start, tokens[last - 1].end), first, end: last });
    // Twelve (settlements) after "including" counts too, with the unit of the count it is part of.
    else if (!unit && !vague && SUBSET.some((parts) => matchAt(stems, parts, Math.max(0, count!.first - parts.length)) === count!.first)) {
      const whole = quantities[quantities.length - 1];
      if (whole) quantities.push({ value: count.value, unit: whole.unit, span: doc.span(tokens[first].start, tokens[count.end - 1].end), first, end: count.end });
    }
    const people = unit ? PEOPLE_UNITS.has(unit.unit) : vague || count.end < tokens.length;
    if (!people || (unit && !PEOPLE_UNITS.has(unit.unit))) {
      i = last - 1;
      continue;
    }
    const tail = asideEnd(view, last);
    const insideAside = first < asideUntil;
    if (tail > last) asideUntil = tail;
    const after = stems.slice(tail, tail + 4);
    const before = stems.slice(Math.max(0, first - 4), first);
    const injuredHere = clauseHead(after, 3).some((s) => INJURED.has(s)) || before.slice(-2).some((s) => INJURED.has(s));
    const deadHere = CASUALTY_AFTER.some((parts) => [0, 1, 2].some((k) => matchAt(stems, parts, tail + k) === tail + k + parts.length && !(k > 0 && INJURED.has(stems[tail])))) ||
      cueBefore(stems, CASUALTY_BEFORE, first) || (unit !== undefined && cueBefore(stems, CASUALTY_BEFORE_PEOPLE, first));
    if (deadHere && !(injuredHere && !after.slice(0, 2).some((s) => s === 'kill' || s === 'dead' || s === 'di'))) {
      // "five of them children": a count followed by "of them" / "of whom" is part of one before it.
      const partOfEarlier = SUBSET.some((parts) => parts[0] === 'of' && matchAt(stems, parts, count!.end) === count!.end + parts.length);
      const subset = insideAside || partOfEarlier || SUBSET.some((parts) => [1, 2, 3].some((k) => first - k >= 0 && matchAt(stems, parts, first - k) === first - k + parts.length));
      deaths.push({ value: count.value, subset });
      lastDeathEnd = last;
    } else if (!injuredHere && unit && lastDeathEnd >= 0 && stems[first - 1] === 'and' && (first - 1 === lastDeathEnd || (first - 2 === lastDeathEnd && tokens[lastDeathEnd].kind === 'word')) && deaths.length > 0) {
      // "killed at least 60 Afghans and 13 U.S. service members": a second group of the same toll adds to it (its count's noun may be one the units lack).
      deaths[deaths.length - 1].value += count.value;
      lastDeathEnd = last;
    } else if (injuredHere) injured = true;
    i = last - 1;
  }
  if (deaths.length === 0 && containsAny(view, CASUALTY_AFTER)) deaths.push(...singularVictims(view));
  if (deaths.length === 0 && containsAny(view, CASUALTY_AFTER)) deaths.push(...namedOrSingleVictims(doc, view));
  if (deaths.length === 0 && containsAny(view, PRONOUN_VICTIMS)) deaths.push({ value: 1, subset: false });
  const wholes = deaths.filter((d) => !d.subset);
  const fatalities = wholes.length > 0 ? Math.min(...wholes.map((d) => d.value)) : undefined;
  return { quantities, fatalities, injured };
}

/** Token index after an aside that opens at token i (", including …,", ", five of them children," or "(…)"), else i: what is said of the count follows it. */
function asideEnd(view: SentenceView, i: number): number {
  const close = asideClose(view, i);
  if (close < 0) return i;
  return view.tokens[i].text === '(' || phraseStartsWithin(view, SUBSET, i + 1, close) ? close + 1 : i;
}

/** Whether one of the phrases ends one or two tokens before token `first` ("killing [at least] 6"). */
function cueBefore(stems: string[], phrases: string[][], first: number): boolean {
  return phrases.some((parts) => [1, 2].some((k) => first - k - parts.length + 1 >= 0 && matchAt(stems, parts, first - k - parts.length + 1) === first - k + 1));
}

/**
 * The first n stems, up to a comma or other punctuation or "and" ("kills one, injures two", "killing 30
 * civilians and injuring 88": the first count is of the dead).
 */
function clauseHead(stems: string[], n: number): string[] {
  const head: string[] = [];
  for (const s of stems.slice(0, n)) {
    if (PUNCTUATION.test(s) || s === 'and') break;
    head.push(s);
  }
  return head;
}

/** "A man was killed", "Ukrainian soldier killed", "civilian dies": one death per singular person noun. */
function singularVictims(view: SentenceView): { value: number; subset: boolean }[] {
  const found: { value: number; subset: boolean }[] = [];
  const { tokens, stems } = view;
  for (let i = 0; i < tokens.length; i++) {
    if (UNITS.get(stems[i]) !== 'people' || tokens[i].kind !== 'word' || PLURAL.test(tokens[i].text)) continue;
    if (countedBefore(view, i)) continue;
    let at = i + 1;
    while (at < tokens.length && ['be', 'wa', 'was', 'ha', 'been', 'reportedly', 'later', 'also'].includes(stems[at])) at++;
    if (INJURED.has(stems[at])) continue;
    // "a man was killed", "civilian dies"; "shelling kills LPR militiaman".
    // "killing a Russian-appointed official": the cue may stand before an article and one modifier.
    const cued = cueBefore(stems, CASUALTY_BEFORE, i) || (i > 1 && tokens[i - 1].kind === 'word' && cueBefore(stems, CASUALTY_BEFORE, i - 1));
    if (CASUALTY_AFTER.some((parts) => matchAt(stems, parts, at) === at + parts.length) || cued) found.push({ value: 1, subset: false });
  }
  return found;
}

/** Words after "a" that open a count, not one victim ("killing a number of soldiers", "a dozen"). */
const NOT_ONE = new Set(lexicon.notOneVictim);
const MAX_VICTIM_WORDS = 3;

/**
 * "shot dead a cyclist", "killing the military blogger Vladlen Tatarsky": right after a cue of killing,
 * one person named, or a singular noun after "a"/"an", is one death, whatever the noun.
 */
function namedOrSingleVictims(doc: Doc, view: SentenceView): { value: number; subset: boolean }[] {
  const { tokens, stems } = view;
  for (let i = 0; i < tokens.length; i++) {
    const cue = CASUALTY_BEFORE.find((parts) => parts[0] === stems[i] && matchAt(stems, parts, i) === i + parts.length);
    if (!cue) continue;
    const k = i + cue.length;
    const article = stems[k];
    if (article !== 'a' && article !== 'an' && article !== 'the') continue;
    for (let j = k + 1; j <= k + MAX_VICTIM_WORDS && j < tokens.length; j++) {
      const token = tokens[j];
      if (token.kind !== 'word' || NOT_ONE.has(stems[j])) break;
      if (article === 'the') {
        if (doc.entityAt(token.start, token.end)?.kind === 'person') return [{ value: 1, subset: false }];
        continue;
      }
      const next = tokens[j + 1];
      const headEnds = !next || next.kind !== 'word' || NOT_MODIFIERS.has(stems[j + 1]);
      if (headEnds && !PLURAL.test(token.text) && /^\p{Ll}/u.test(token.text)) return [{ value: 1, subset: false }];
    }
  }
  return [];
}

/** Whether a count stands in the three words before token i, in the same phrase ("3 wounded civilians"; not "On 2 April 2022, a civilian"). */
function countedBefore(view: SentenceView, i: number): boolean {
  const { tokens } = view;
  for (let k = 1; k <= 3 && i - k >= 0; k++) {
    const token = tokens[i - k];
    if (PUNCTUATION.test(token.text)) return false;
    const word = bareWord(token.text);
    if ((token.kind === 'number' || NUMBER_WORDS.has(word)) && word !== 'a' && word !== 'an') return true;
  }
  return false;
}

/** Whether the sentence speaks of deaths at all (killed, dead) without a count we could read. */
export function mentionsDeaths(view: SentenceView): boolean {
  return containsAny(view, CASUALTY_AFTER);
}
