import { listedAbbreviation } from './abbreviations.js';
import type { Stage } from './document.js';

/**
 * word: letters, digits, hyphens and inner apostrophes ("Russia's", "Commander-in-Chief", "F-16"), and
 *       abbreviations with their period ("Gen.", "U.S.");
 * number: digits with thousands and decimals ("1,000.5", "05:00", "1990s", "41st");
 * quote: one quotation mark (straight, curly, guillemet);
 * punct: anything else, ellipses and runs of ?! kept whole;
 * url, handle (@name), hashtag (#name).
 * Whitespace is never part of a token.
 */
export type TokenKind = 'word' | 'number' | 'punct' | 'quote' | 'url' | 'handle' | 'hashtag';

export interface Token {
  start: number; // UTF-16 offsets: text.slice(start, end) === token.text
  end: number;
  kind: TokenKind;
  text: string;
}

const SPACE = 1;
const LETTER = 2;
const DIGIT = 3;
const OTHER = 4;

// Character class per UTF-16 code unit, filled on first sight (0 = not yet classified).
const charClass = new Uint8Array(65536);
const LETTER_LIKE = /[\p{L}\p{M}\p{N}\u00AD\u200C\u200D]/u;
/** Whitespace, and the invisible format marks text copied from the web carries between words (zero-width space, direction marks, word joiner, BOM, bidi controls). */
const WHITE = /[\s\u200B\u200E\u200F\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/u;

function classify(code: number): number {
  let cls = charClass[code];
  if (cls === 0) {
    const ch = String.fromCharCode(code);
    if (code >= 48 && code <= 57) cls = DIGIT;
    else if (WHITE.test(ch)) cls = SPACE;
    else if (LETTER_LIKE.test(ch)) cls = LETTER;
    else cls = OTHER;
    charClass[code] = cls;
  }
  return cls;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Length (1 or 2) of a letter or digit at i, or 0. Letters outside the BMP count too. */
function alnumLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (Number.isNaN(code)) return 0;
  const cls = classify(code);
  if (cls === LETTER || cls === DIGIT) return 1;
  if (isHighSurrogate(code)) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff && LETTER_LIKE.test(String.fromCodePoint(cp))) return 2;
  }
  return 0;
}

const isDigit = (code: number) => code >= 48 && code <= 57;
const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isUpper = (code: number) => code >= 65 && code <= 90;

const APOSTROPHE = 0x27;
const RIGHT_SINGLE = 0x2019;
const LEFT_SINGLE = 0x2018;
const QUOTES = new Set([0x22, 0x27, 0x2018, 0x2019, 0x201a, 0x201b, 0x201c, 0x201d, 0x201e, 0x201f, 0xab, 0xbb, 0x2039, 0x203a, 0x60]);
const OPENING_BEFORE = new Set([0x28, 0x5b, 0x7b, 0x2014, 0x2013, 0x201c, 0x22, 0xab]); // ( [ { — – “ " «

/** Split text into tokens whose spans slice the text exactly; fast enough for several MB/s. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let singleQuoteOpen = false; // an opening single quote awaits its closing one: "the ‘crazy systems’ were"
  const push = (start: number, end: number, kind: TokenKind) => {
    tokens.push({ start, end, kind, text: text.slice(start, end) });
  };

  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = classify(code);
    if (cls === SPACE) {
      if (code === 10) singleQuoteOpen = false;
      i++;
      continue;
    }
    if (cls === LETTER || cls === DIGIT || alnumLength(text, i) > 0) {
      const url = urlEnd(text, i);
      if (url > i) {
        push(i, url, 'url');
        i = url;
        continue;
      }
      const word = scanWord(text, i, singleQuoteOpen);
      push(i, word.end, word.kind);
      i = word.end;
      continue;
    }
    if (QUOTES.has(code)) {
      const decade = code === APOSTROPHE || code === RIGHT_SINGLE ? decadeEnd(text, i) : 0;
      if (decade > 0) {
        push(i, decade, 'number');
        i = decade;
        continue;
      }
      if (code === APOSTROPHE || code === LEFT_SINGLE || code === RIGHT_SINGLE) {
        const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
        const opening = code === LEFT_SINGLE || (code === APOSTROPHE && (classify(prev) === SPACE || OPENING_BEFORE.has(prev)));
        singleQuoteOpen = opening;
      }
      push(i, i + 1, 'quote');
      i++;
      continue;
    }
    const end = punctEnd(text, i, code);
    push(i, end, end - i > 1 && (code === 0x40 || code === 0x23) ? (code === 0x40 ? 'handle' : 'hashtag') : 'punct');
    i = end;
  }
  return tokens;
}

interface WordScan {
  end: number;
  kind: TokenKind;
}

/** A run of letters and digits with the joiners that belong inside a word or number. */
function scanWord(text: string, start: number, singleQuoteOpen: boolean): WordScan {
  const n = text.length;
  let i = start;
  let numeric = isDigit(text.charCodeAt(start));
  let letters = 0; // letters (not digits) seen so far: a one-letter word before a period may be an initial
  let segmentStart = start;
  for (;;) {
    let len: number;
    while ((len = alnumLength(text, i)) > 0) {
      if (numeric && !isDigit(text.charCodeAt(i))) {
        const suffix = ordinalSuffixEnd(text, i);
        if (suffix > 0) return { end: suffix, kind: 'number' };
        numeric = false;
      }
      if (len === 2 || !isDigit(text.charCodeAt(i))) letters++;
      i += len;
    }
    if (i >= n) break;
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (numeric) {
      // 1,000,000 and 1,000.5; 05:00
      if (c === 0x2c && isDigit(next) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 3)) && !isDigit(text.charCodeAt(i + 4))) {
        i += 4;
        continue;
      }
      if (c === 0x2e && isDigit(next)) {
        i += 2;
        continue;
      }
      if (c === 0x3a && i - segmentStart <= 2 && isDigit(next) && isDigit(text.charCodeAt(i + 2)) && !isDigit(text.charCodeAt(i + 3))) {
        i += 3;
        continue;
      }
    }
    if ((c === 0x2d || c === 0x2011) && alnumLength(text, i + 1) > 0) {
      // Hyphens join words (Commander-in-Chief, F-16, 24-hour) but not number ranges (2014-2022).
      const nextIsDigit = isDigit(next);
      if (!(numeric && nextIsDigit)) {
        numeric = false;
        i += 1;
        segmentStart = i;
        continue;
      }
    }
    if ((c === APOSTROPHE || c === RIGHT_SINGLE) && !numeric) {
      if (alnumLength(text, i + 1) > 0) {
        i += 1; // don't, Russia's, Kherson’s, O'Brien
        continue;
      }
      const prev = text.charCodeAt(i - 1);
      const doubledMark = text.charCodeAt(i + 1) === APOSTROPHE; // ''the process'': a closing double mark, no possessive
      if ((prev === 0x73 || prev === 0x53) && i - start > 1 && !singleQuoteOpen && !doubledMark) {
        return { end: i + 1, kind: 'word' }; // plural possessive: the troops' positions
      }
    }
    if (c === 0x2e) {
      const abbreviationEnd = abbreviationPeriodEnd(text, start, i, letters);
      if (abbreviationEnd > i) return { end: abbreviationEnd, kind: 'word' };
    }
    break;
  }
  return { end: i, kind: numeric ? 'number' : 'word' };
}

/** 1990s, 41st, 2nd, 3rd, 24th: the end of the suffix when one follows the digits, else 0. */
function ordinalSuffixEnd(text: string, i: number): number {
  const a = text.charCodeAt(i) | 0x20;
  const b = text.charCodeAt(i + 1) | 0x20;
  let end = 0;
  if ((a === 0x73 && b === 0x74) || (a === 0x6e && b === 0x64) || (a === 0x72 && b === 0x64) || (a === 0x74 && b === 0x68)) end = i + 2;
  else if (a === 0x73) end = i + 1; // 1990s
  if (end === 0 || alnumLength(text, end) > 0) return 0;
  return end;
}

/** '90s: the end of a decade written with a leading apostrophe, else 0. */
function decadeEnd(text: string, i: number): number {
  if (i > 0 && alnumLength(text, i - 1) > 0) return 0;
  if (!isDigit(text.charCodeAt(i + 1)) || !isDigit(text.charCodeAt(i + 2)) || text.charCodeAt(i + 3) !== 0x73) return 0;
  return alnumLength(text, i + 4) > 0 ? 0 : i + 4;
}

/**
 * The word [start, dot) is followed by a period at `dot`. If the period belongs to the word
 * (an initialism like U.S. or a.m., an initial like J., a listed abbreviation), return where the
 * abbreviation ends; else return dot.
 */
function abbreviationPeriodEnd(text: string, start: number, dot: number, letters: number): number {
  const length = dot - start;
  if (length === 1 && letters === 1) {
    // U.S., U.N., e.g., a.m.: single letters separated by periods.
    let k = dot;
    while (text.charCodeAt(k) === 0x2e && alnumLength(text, k + 1) === 1 && classify(text.charCodeAt(k + 1)) === LETTER && alnumLength(text, k + 2) === 0) {
      k += 2;
    }
    if (k > dot) return text.charCodeAt(k) === 0x2e ? k + 1 : k;
    if (isUpper(text.charCodeAt(start))) return dot + 1; // an initial: Donald J. Trump
  }
  if (length > 6) return dot;
  const word = text.slice(start, dot);
  const cls = listedAbbreviation(word) ?? listedAbbreviation(word.slice(word.lastIndexOf('-') + 1)); // (D-Mass.)
  if (cls === undefined) return dot;
  if (cls === 'number' && !digitFollows(text, dot + 1)) return dot;
  if (alnumLength(text, dot + 1) > 0) return dot; // "kyiv.ua", not an abbreviation
  return dot + 1;
}

function digitFollows(text: string, i: number): boolean {
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0)) i++;
  return isDigit(text.charCodeAt(i));
}

/** http://…, https://…, www.…, t.me/…: the end of the URL (trailing sentence punctuation left out), else start. */
function urlEnd(text: string, start: number): number {
  const c = text.charCodeAt(start);
  if (c !== 0x68 && c !== 0x77 && c !== 0x74) return start; // h, w, t
  let bodyStart: number;
  if (text.startsWith('https://', start)) bodyStart = start + 8;
  else if (text.startsWith('http://', start)) bodyStart = start + 7;
  else if (text.startsWith('www.', start)) bodyStart = start + 4;
  else if (text.startsWith('t.me/', start)) bodyStart = start + 5;
  else return start;
  if (alnumLength(text, bodyStart) === 0) return start;
  let i = start;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (classify(code) === SPACE || code === 0x22 || code === 0x3c || code === 0x3e || code === 0x201c || code === 0x201d || code === 0xab || code === 0xbb) break;
    i++;
  }
  while (i > start && /[.,;:!?)\]'’}]/.test(text[i - 1])) {
    if (text[i - 1] === ')' && text.lastIndexOf('(', i - 1) >= start) break; // wikipedia.org/wiki/X_(y)
    i--;
  }
  return i;
}

const DOT = 0x2e;
const BANG = 0x21;
const QUESTION = 0x3f;
const HYPHEN = 0x2d;

/** The end of a punctuation token starting at i: ellipses, ?! runs, -- and emoji sequences stay whole. */
function punctEnd(text: string, i: number, code: number): number {
  const n = text.length;
  if (code === DOT) {
    let k = i + 1;
    while (k < n && text.charCodeAt(k) === DOT) k++;
    return k; // "." or an ellipsis "..."
  }
  if (code === BANG || code === QUESTION) {
    let k = i + 1;
    while (k < n && (text.charCodeAt(k) === BANG || text.charCodeAt(k) === QUESTION || text.charCodeAt(k) === 0x2026)) k++;
    return k;
  }
  if (code === HYPHEN) {
    let k = i + 1;
    while (k < n && text.charCodeAt(k) === HYPHEN) k++;
    return k;
  }
  if (code === 0x40 || code === 0x23) {
    // @handle (Telegram/Twitter: letters, digits, underscore), #hashtag (any letters)
    let k = i + 1;
    for (;;) {
      const c = text.charCodeAt(k);
      if (c === 0x5f || isDigit(c) || isAsciiLetter(c)) k++;
      else if (code === 0x23 && alnumLength(text, k) > 0) k += alnumLength(text, k);
      else break;
    }
    if (k > i + 1 && (i === 0 || alnumLength(text, i - 1) === 0)) return k;
    return i + 1;
  }
  if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1))) return emojiSequenceEnd(text, i + 2);
  return i + 1;
}

/** Variation selectors, skin tones and zero-width-joined parts belong to the emoji before them. */
function emojiSequenceEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0xfe0f || c === 0xfe0e || c === 0x20e3) i++;
    else if (c === 0xd83c && text.charCodeAt(i + 1) >= 0xdffb && text.charCodeAt(i + 1) <= 0xdfff) i += 2;
    else if (c === 0x200d && i + 1 < n) i += isHighSurrogate(text.charCodeAt(i + 1)) && isLowSurrogate(text.charCodeAt(i + 2)) ? 3 : 2;
    else break;
  }
  return i;
}

export const tokenStage: Stage = {
  name: 'tokens',
  run(doc) {
    doc.tokens = tokenize(doc.text);
  },
};
