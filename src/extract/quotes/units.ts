import type { Doc } from '../document.js';
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
  for (const region of regions) regionEnd.fill(region.endToken, region.firstToken, region.endToken);
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
    units.push({ firstToken, endToken, paragraphStart });
    previousEnd = tokens[endToken - 1].end;
  }
  return units;
}
