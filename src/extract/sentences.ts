import { isSentenceOpener, listedAbbreviation } from './abbreviations.js';
import type { Stage } from './document.js';
import { tokenize, type Token } from './tokens.js';

export interface Sentence {
  start: number; // text.slice(start, end) === sentence.text
  end: number;
  text: string;
  firstToken: number; // tokens[firstToken] … tokens[endToken - 1]
  endToken: number;
}

/**
 * Sentences from tokens. A sentence ends at . ! ? (with the closing quotes and brackets right after
 * them), at an ellipsis or a sentence-ending abbreviation (etc., U.S.) when a new sentence visibly
 * starts after it, and always at a line break.
 */
export function splitSentences(text: string, tokens: Token[] = tokenize(text)): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (endToken: number) => {
    if (endToken <= first) return;
    const start = tokens[first].start;
    const end = tokens[endToken - 1].end;
    sentences.push({ start, end, text: text.slice(start, end), firstToken: first, endToken });
    first = endToken;
  };

  for (let i = 0; i < tokens.length; i++) {
    if (i > first && lineBreakBetween(text, tokens[i - 1].end, tokens[i].start)) close(i);
    const token = tokens[i];
    let ending = endingKind(token);
    if (ending === undefined) continue;
    if (ending === 'stop' && tokens[i + 1]?.text === '.') continue; // inside a spaced ellipsis ". . ."
    if (ending === 'stop' && tokens[i - 1]?.text === '.') ending = 'ellipsis';
    let last = i;
    while (last + 1 < tokens.length && tokens[last + 1].start === tokens[last].end && isCloserOrTerminal(tokens[last + 1])) last++;
    const next = tokens[last + 1];
    if (next === undefined || startsNewSentence(ending, token, tokens[last], next, text)) {
      close(last + 1);
      i = last;
    }
  }
  close(tokens.length);
  return sentences;
}

const CONTINUING = new Set([0x2c, 0x3b, 0x3a, 0x2014, 0x2013, 0x2d]); // , ; : — – -

type Ending = 'stop' | 'strong' | 'ellipsis' | 'abbreviation';

function endingKind(token: Token): Ending | undefined {
  const t = token.text;
  if (token.kind === 'punct') {
    if (t === '.') return 'stop';
    const c = t.charCodeAt(0);
    if (c === 0x21 || c === 0x3f) return 'strong'; // ! ? and runs of them
    if (t === '…' || (c === 0x2e && t.length > 1)) return 'ellipsis';
    return undefined;
  }
  if (token.kind === 'word' && t.charCodeAt(t.length - 1) === 0x2e) {
    const listed = listedAbbreviation(t.slice(0, -1));
    return listed === 'prefix' || listed === 'number' ? undefined : 'abbreviation';
  }
  return undefined;
}

function startsNewSentence(ending: Ending, terminal: Token, last: Token, next: Token, text: string): boolean {
  if (lineBreakBetween(text, last.end, next.start)) return true;
  if (next.kind === 'punct' && CONTINUING.has(next.text.charCodeAt(0))) return false; // “Why?” — he asked; (Ariz.), said
  const adjacent = next.start === last.end;
  switch (ending) {
    case 'stop':
      return !(adjacent && (next.kind === 'word' || next.kind === 'number')); // "t.me", "Ukrinform.ua"
    case 'strong':
      return !(last !== terminal && startsLowercase(next)); // “Why?” he asked.
    case 'ellipsis':
      return startsUppercase(next) || (next.kind === 'quote' && !adjacent);
    case 'abbreviation':
      return isSentenceOpener(next.text) || (next.kind === 'quote' && !adjacent);
  }
}

/** Closing quotes and brackets, and more terminal punctuation: they stay with the sentence they close ("(I-Vt.).", "?”."). */
function isCloserOrTerminal(token: Token): boolean {
  return isCloser(token) || (token.kind === 'punct' && endingKind(token) !== undefined);
}

function isCloser(token: Token): boolean {
  if (token.kind === 'quote') {
    const c = token.text.charCodeAt(0);
    return c !== 0x201c && c !== 0x2018 && c !== 0xab && c !== 0x201e; // not an opening curly quote or «
  }
  return token.kind === 'punct' && (token.text === ')' || token.text === ']' || token.text === '}');
}

function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

function startsUppercase(token: Token): boolean {
  const first = token.text[0];
  return first !== first.toLowerCase();
}

function startsLowercase(token: Token): boolean {
  const first = token.text[0];
  return first !== first.toUpperCase();
}

export const sentenceStage: Stage = {
  name: 'sentences',
  run(doc) {
    doc.sentences = splitSentences(doc.text, doc.tokens);
  },
};
