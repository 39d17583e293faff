import type { Doc } from '../document.js';
import type { Sentence } from '../sentences.js';
import type { Token } from '../tokens.js';
import { stem } from './stem.js';

/** One sentence as the event rules read it: its tokens, their stems, and a " a b c " string for phrase tests. */
export interface SentenceView {
  index: number;
  sentence: Sentence;
  tokens: Token[];
  stems: string[];
  joined: string;
  /** Its stems as a set, built on first use (see `hasStem`). */
  stemSet?: Set<string>;
}

function hasStem(view: SentenceView, stem: string): boolean {
  view.stemSet ??= new Set(view.stems);
  return view.stemSet.has(stem);
}

export function sentenceView(doc: Doc, index: number): SentenceView {
  const sentence = doc.sentences[index];
  const tokens = doc.tokens.slice(sentence.firstToken, sentence.endToken);
  const stems = tokens.map((token) => (token.kind === 'word' ? stem(withoutWireTag(token.text)) : token.kind === 'number' ? '#' : token.text));
  return { index, sentence, tokens, stems, joined: ' ' + stems.join(' ') + ' ' };
}

/** "UPDATE 1-Shelling", "RPT-One": a wire headline's tag glued to the first word is not part of it. */
const WIRE_TAG = /^(?:[A-Z]{2,}|\d+)-(?=\p{L})/u;

function withoutWireTag(word: string): string {
  return word.includes('-') ? word.replace(WIRE_TAG, '') : word;
}

const GAP = 3;

/** Token index where a stemmed phrase matches at i (its last token + 1), or -1. */
export function matchAt(stems: string[], parts: string[], i: number, p = 0): number {
  if (p === parts.length) return i;
  const part = parts[p];
  if (part === '*') {
    for (let gap = 0; gap <= GAP && i + gap <= stems.length; gap++) {
      const end = matchAt(stems, parts, i + gap, p + 1);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (i >= stems.length || stems[i] !== part) return -1;
  return matchAt(stems, parts, i + 1, p + 1);
}

/** A gapless phrase as " a b " for a substring test of `joined`; '' for a phrase with a gap. Lexicon phrases are read-only. */
const spacedPhrases = new WeakMap<string[], string>();

function spaced(parts: string[]): string {
  let text = spacedPhrases.get(parts);
  if (text === undefined) spacedPhrases.set(parts, (text = parts.includes('*') ? '' : ' ' + parts.join(' ') + ' '));
  return text;
}

/** Whether a stemmed phrase occurs anywhere in the sentence (gaps allowed). */
export function containsPhrase(view: SentenceView, parts: string[]): boolean {
  if (!hasStem(view, parts[0])) return false;
  const text = spaced(parts);
  if (text) return view.joined.includes(text);
  for (let i = 0; i < view.stems.length; i++) if (view.stems[i] === parts[0] && matchAt(view.stems, parts, i) >= 0) return true;
  return false;
}

export function containsAny(view: SentenceView, phrases: string[][] | undefined): boolean {
  return phrases !== undefined && phrases.some((parts) => containsPhrase(view, parts));
}

/** How many tokens a short aside may hold ("50 people, five of them children, were killed"). */
const MAX_ASIDE_TOKENS = 8;

/** The token closing an aside that opens at token `open` ("," … "," or "(" … ")"), at most MAX_ASIDE_TOKENS on; -1 when none. */
export function asideClose(view: SentenceView, open: number): number {
  const opener = view.tokens[open]?.text;
  if (opener !== ',' && opener !== '(') return -1;
  const closer = opener === '(' ? ')' : ',';
  for (let k = open + 1; k <= open + 1 + MAX_ASIDE_TOKENS && k < view.tokens.length; k++) if (view.tokens[k].text === closer) return k;
  return -1;
}

/** Whether one of the stemmed phrases starts at a token in [from, to). */
export function phraseStartsWithin(view: SentenceView, phrases: string[][], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (phrases.some((parts) => parts[0] === view.stems[k] && matchAt(view.stems, parts, k) === k + parts.length)) return true;
  return false;
}
