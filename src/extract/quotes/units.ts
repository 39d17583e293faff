import type { Doc } from '../document.js';
import { VERB_FRAME } from './lexicon.js';
import type { QuoteRegion } from './quote-marks.js';

/** Tokens [firstToken, endToken): one sentence, or several when a quotation runs across them. */
export interface Unit {
  firstToken: number;
  endToken: number;
  paragraphStart: boolean; // the unit opens a paragraph
}

export function attributionUnits(doc: Doc, regions: QuoteRegion[]): Unit[] {
  const { tokens, sentences, text } = doc;
  const regionEnd = new Int32Array(tokens.length);
  const regionStart = new Int32Array(tokens.length);
  for (const region of regions) {
    regionEnd.fill(region.endToken, region.firstToken, region.endToken);
    regionStart.fill(region.firstToken, region.firstToken, region.endToken);
  }
  const units: Unit[] = [];
  let previousEnd = 0;
  for (let s = 0; s < sentences.length; s++) {
    const firstToken = sentences[s].firstToken;
    let endToken = sentences[s].endToken;
    let reach = 0;
    for (let t = firstToken; t < endToken; t++) reach = Math.max(reach, regionEnd[t]);
    while (reach > endToken && s + 1 < sentences.length) {
      s++;
      for (let t = endToken; t < sentences[s].endToken; t++) reach = Math.max(reach, regionEnd[t]);
      endToken = sentences[s].endToken;
    }
    const start = tokens[firstToken].start;
    const paragraphStart = firstToken === 0 || text.lastIndexOf('\n', start) >= previousEnd;
    const previous = units[units.length - 1];
    if (previous && !paragraphStart && endsWithQuestionOrExclamationQuote(doc, previous, regionEnd) && !saysBeforeQuote(doc, previous, regionStart) && isShortAttribution(doc, firstToken, endToken)) {
      previous.endToken = endToken; // “Does he not understand?” Biden said.
    } else if (previous && !paragraphStart && endsWithQuote(doc, previous, regionEnd) && isDashedByline(doc, firstToken, endToken)) {
      previous.endToken = endToken; // “We can build a wall around him.” ― Steve Quinlan
    } else {
      units.push({ firstToken, endToken, paragraphStart });
    }
    previousEnd = tokens[endToken - 1].end;
  }
  return units;
}

function endsWithQuote(doc: Doc, unit: Unit, regionEnd: Int32Array): boolean {
  const last = unit.endToken - 1;
  return doc.tokens[last].kind === 'quote' && regionEnd[last] === last + 1;
}

/** The unit ends with a quotation closing on "?", "!" or "." — where a sentence splitter cuts before its attribution. */
function endsWithQuestionOrExclamationQuote(doc: Doc, unit: Unit, regionEnd: Int32Array): boolean {
  const last = unit.endToken - 1;
  if (!endsWithQuote(doc, unit, regionEnd)) return false;
  let k = last;
  while (k > unit.firstToken && doc.tokens[k].kind === 'quote') k--;
  const mark = doc.tokens[k].text;
  return mark === '?' || mark === '!' || mark === '.';
}

/**
 * 'Priebus said, “Probably.”': words stand before the closing quotation of the unit, so it has its attribution
 * already and the next sentence ("Christie agreed.") is not its attribution.
 */
function saysBeforeQuote(doc: Doc, unit: Unit, regionStart: Int32Array): boolean {
  const opening = regionStart[unit.endToken - 1];
  for (let t = unit.firstToken; t < opening; t++) if (doc.tokens[t].kind === 'word' && VERB_FRAME.has(doc.tokens[t].text.toLowerCase())) return true;
  return false;
}

const BYLINE_DASHES = new Set(['—', '–', '―']);
const MAX_BYLINE_TOKENS = 12;

/** "― Steve Quinlan.": a dash and a few words, the way a quotation is signed. */
function isDashedByline(doc: Doc, firstToken: number, endToken: number): boolean {
  return BYLINE_DASHES.has(doc.tokens[firstToken].text) && endToken - firstToken <= MAX_BYLINE_TOKENS;
}

/** "Biden said.", "Renteria told reporters during the call.": a short sentence with a reporting verb near its start, or a longer one whose verb a comma ends ("Trump asked, repeating …"). */
function isShortAttribution(doc: Doc, firstToken: number, endToken: number): boolean {
  if (doc.tokens[firstToken].kind === 'quote') return false;
  const long = endToken - firstToken > 16;
  for (let t = firstToken; t < Math.min(endToken, firstToken + 8); t++) {
    if (doc.tokens[t].kind !== 'word' || !VERB_FRAME.has(doc.tokens[t].text.toLowerCase())) continue;
    for (let k = t + 1; k < endToken; k++) if (doc.tokens[k].kind === 'quote') return false; // "Bernie Sanders called Trump a “pathological liar.”": a content of its own
    return !long || (doc.tokens[t + 1]?.text === ',' && doc.tokens[t + 2]?.kind !== 'quote'); // "Mr. Trump asked, repeating a broadside …", not "She adds, “…”"
  }
  return false;
}
