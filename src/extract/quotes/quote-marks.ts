import type { Doc } from '../document.js';
import type { Token } from '../tokens.js';

/** A stretch of quoted text: from its opening mark to after its closing mark (or to the paragraph end). */
export interface QuoteRegion {
  start: number;
  end: number;
  firstToken: number;
  endToken: number; // exclusive
}

const CLOSING_FOR: Record<string, string> = {
  '“': '”"', '"': '"”', '«': '»', '„': '“”', '‘': '’', "'": "'", '‹': '›', '‚': '’‘',
};

/** Double opening marks of the two styles that share a closing mark: one nested in the other pairs inside it. */
const DOUBLE_OPENERS = new Set(['“', '"']);

function isOpeningPosition(text: string, token: Token): boolean {
  if (token.start === 0) return true;
  const before = text.charCodeAt(token.start - 1);
  const after = text.charCodeAt(token.end);
  const spaceBefore = before === 32 || before === 10 || before === 13 || before === 9 || before === 0xa0 || before === 0x28 || before === 0x5b || before === 0x2014 || before === 0x2013;
  const spaceAfter = Number.isNaN(after) || after === 32 || after === 10 || after === 13;
  return spaceBefore && !spaceAfter;
}

/** A mark glued to the word or punctuation before it and followed by a space or the end: where quotations close. */
function isClosingPosition(text: string, token: Token): boolean {
  if (token.start === 0) return false;
  const before = text[token.start - 1];
  const after = text.charCodeAt(token.end);
  return /[\p{L}\p{N}.,!?…]/u.test(before) && (Number.isNaN(after) || after === 32 || after === 10 || after === 13);
}

function isDoubledApostrophe(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i].text === "'" && next !== undefined && next.text === "'" && next.start === tokens[i].end;
}

/** "PENCE:": a word in capitals and a colon, the way a transcript names who speaks. */
function opensWithSpeakerLabel(tokens: Token[], i: number): boolean {
  const word = tokens[i];
  return word !== undefined && word.kind === 'word' && word.text.length > 1 && word.text === word.text.toUpperCase() && word.text !== word.text.toLowerCase() && tokens[i + 1]?.text === ':';
}

function paragraphBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/**
 * Pairs quotation marks into regions, in every style (“…”, "…", «…», „…“, ‘…’, '…'). Marks nested inside
 * an open region belong to it; a “…” pair nested in "…" (or the reverse) is counted, so its closing mark
 * does not close the outer quotation. A quotation left open at a paragraph's end continues when the next
 * paragraph opens with a quotation mark (the newspaper convention for multi-paragraph quotes), else it
 * ends with its paragraph. A paragraph opening with a quotation mark and a speaker label (\"PENCE: …) is
 * a new transcript line, not the continuation.
 */
export function findQuoteRegions(doc: Doc): QuoteRegion[] {
  const { text, tokens } = doc;
  const regions: QuoteRegion[] = [];
  let open: { token: number; mark: string; closers: string; nested: number } | undefined;
  let lastTokenOfOpen = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (open && lastTokenOfOpen >= 0 && paragraphBreakBetween(text, tokens[i - 1].end, token.start)) {
      const continues = token.kind === 'quote' && CLOSING_FOR[token.text] !== undefined && isOpeningPosition(text, token) && !opensWithSpeakerLabel(tokens, i + 1);
      if (continues) {
        lastTokenOfOpen = i;
        continue;
      }
      regions.push({ start: tokens[open.token].start, end: tokens[i - 1].end, firstToken: open.token, endToken: i });
      open = undefined;
    }
    if (token.kind !== 'quote') {
      if (open) lastTokenOfOpen = i;
      continue;
    }
    // Two apostrophes in a row ('') are one double quotation mark (the convention of some newspapers' archives).
    // Three closing an open one (…'Kosovo is a special case,''') are a nested single mark, then the double one.
    if (open && open.mark === '"' && token.text === "'" && isDoubledApostrophe(tokens, i) && isDoubledApostrophe(tokens, i + 1)) {
      lastTokenOfOpen = i;
      continue;
    }
    const doubled = isDoubledApostrophe(tokens, i);
    const mark = doubled ? '"' : token.text;
    const last = doubled ? i + 1 : i;
    const markToken = doubled ? { ...token, end: tokens[i + 1].end } : token;
    if (open) {
      if (mark !== open.mark && DOUBLE_OPENERS.has(mark) && DOUBLE_OPENERS.has(open.mark) && isOpeningPosition(text, markToken)) {
        open.nested++; // "PENCE: … an episode of “Shark Tank.” But …": the inner pair closes first
        lastTokenOfOpen = last;
      } else if (open.closers.includes(mark) && open.nested > 0 && !isOpeningPosition(text, markToken)) {
        open.nested--;
        lastTokenOfOpen = last;
      } else if ((open.closers.includes(mark) && !(isOpeningPosition(text, markToken) && (mark === '"' || mark === "'"))) || (mark === open.mark && isClosingPosition(text, markToken))) {
        // The second clause: an opening mark typed where the closing one belongs ("… for her here,“ said Clyburn").
        regions.push({ start: tokens[open.token].start, end: markToken.end, firstToken: open.token, endToken: last + 1 });
        open = undefined;
      } else {
        lastTokenOfOpen = last;
      }
      i = last;
      continue;
    }
    const closers = CLOSING_FOR[mark];
    if (closers === undefined) continue;
    if ((mark === '"' || mark === "'") && !isOpeningPosition(text, markToken)) continue;
    if ((mark === "'" || mark === '‘') && !isOpeningPosition(text, markToken)) continue;
    open = { token: i, mark, closers, nested: 0 };
    lastTokenOfOpen = last;
    i = last;
  }
  if (open) regions.push({ start: tokens[open.token].start, end: tokens[tokens.length - 1].end, firstToken: open.token, endToken: tokens.length });
  return regions;
}

/** 1 for each token inside a quotation (its marks included), else 0. */
export function quotedTokenMask(tokenCount: number, regions: QuoteRegion[]): Uint8Array {
  const mask = new Uint8Array(tokenCount);
  for (const region of regions) mask.fill(1, region.firstToken, region.endToken);
  return mask;
}
