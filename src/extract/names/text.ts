import type { Doc } from '../document.js';
import type { Token } from '../tokens.js';
import { NOT_NAMES } from './lexicon.js';

/** Per-token facts every pass reads, computed once per document. */
export interface TokenFacts {
  doc: Doc;
  tokens: Token[];
  lower: string[];
  capitalised: Uint8Array; // a word starting with an upper-case letter
  sentenceInitial: Uint8Array; // the first word of its sentence (after opening quotes or brackets)
  sentenceOf: Int32Array; // index into doc.sentences
}

export function tokenFacts(doc: Doc): TokenFacts {
  const tokens = doc.tokens;
  const n = tokens.length;
  const lower = doc.tokensInLowerCase();
  const capitalised = new Uint8Array(n);
  const sentenceInitial = new Uint8Array(n);
  const sentenceOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (t.kind === 'word') {
      const c = t.text[0];
      capitalised[i] = c !== lower[i][0] ? 1 : 0;
    }
  }
  doc.sentences.forEach((s, index) => {
    let first = true;
    for (let i = s.firstToken; i < s.endToken; i++) {
      sentenceOf[i] = index;
      if (first && tokens[i].kind === 'word') {
        sentenceInitial[i] = 1;
        first = false;
      } else if (tokens[i].kind !== 'quote' && tokens[i].text !== '(' && tokens[i].text !== '[' && tokens[i].text !== '—' && tokens[i].text !== '-') {
        first = false;
      }
    }
  });
  return { doc, tokens, lower, capitalised, sentenceInitial, sentenceOf };
}

/** A word in capitals throughout, two letters or more ("ISIL", "U.S."). */
export function isAllCaps(text: string): boolean {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters >= 2 && text === text.toUpperCase();
}

export { isPossessive, withoutPossessive } from '../possessive.js';

export function isDeterminer(lower: string): boolean {
  return lower === 'the';
}

export function isNotName(text: string): boolean {
  return NOT_NAMES.has(text);
}

/** Title case for roles: "foreign minister" → "Foreign Minister", "commander-in-chief" → "Commander-in-Chief". */
export function titleCase(words: readonly string[]): string {
  const small = new Set(['of', 'the', 'for', 'and', 'in', 'on', 'to']);
  return words
    .map((word, index) =>
      word
        .split('-')
        .map((part, k) => ((index > 0 || k > 0) && small.has(part) ? part : part.charAt(0).toUpperCase() + part.slice(1)))
        .join('-'),
    )
    .join(' ');
}
