import type { Doc, Stage } from '../document.js';

// "33°47′N 44°30′E", "59°10′25″N 18°10′05″E", "33.783°N 44.500°E": a latitude and longitude in degrees.
const DEGREES = String.raw`\d{1,3}(?:\.\d+)?°(?:\s?\d{1,2}(?:\.\d+)?[′'])?(?:\s?\d{1,2}(?:\.\d+)?[″"])?\s?[NS]`;
const DEGREE_PAIR = new RegExp(String.raw`${DEGREES}[ ,]+${DEGREES.replace('[NS]', '[EW]')}`, 'gu');
// "33.783; 44.500" only as the decimal form written after a pair in degrees ("… 44.500°E / 33.783; 44.500").
const DECIMAL_PAIR = /^\s*\/\s*(-?\d{1,2}\.\d+;\s?-?\d{1,3}\.\d+)/u;

/**
 * A point given by its coordinates ("Coordinates: 33°47′N 44°30′E / 33.783°N 44.500°E / 33.783; 44.500"):
 * each written form of the pair is a location mention of its own, as re3d marks it. Places without a
 * gazetteer entry; the text another entity holds is left alone.
 */
export function findCoordinates(doc: Doc): void {
  const { text } = doc;
  for (const match of text.matchAll(DEGREE_PAIR)) {
    const start = match.index;
    const end = start + match[0].length;
    add(doc, start, end);
    const decimal = DECIMAL_PAIR.exec(text.slice(end));
    if (decimal) {
      const at = end + decimal[0].length - decimal[1].length;
      add(doc, at, at + decimal[1].length);
    }
  }
}

function add(doc: Doc, start: number, end: number): void {
  if (doc.entityAt(start, end)) return;
  doc.addEntity({ kind: 'place', name: doc.text.slice(start, end), mentions: [doc.span(start, end)] });
}

/** Runs after the events stage: coordinates mark a point, they do not name a place an event happened at. */
export const coordinatesStage: Stage = {
  name: 'coordinates',
  run: findCoordinates,
};
