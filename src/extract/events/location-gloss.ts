import type { Doc } from '../document.js';
import { entityOfToken } from './entity-index.js';
import type { SentenceView } from './sentence-view.js';

/** Words between a place and its gloss: "Kharkiv city (Kharkiv, Kharkiv)". */
const PLACE_CLASS_WORDS = new Set(['city', 'town', 'village', 'settlement', 'region', 'oblast', 'district', 'raion', 'area', 'port']);
const MAX_GLOSS_TOKENS = 8;

/**
 * ACLED's location gloss: a place followed by its admin areas in parentheses, "Nikopol (Nikopol,
 * Dnipropetrovsk)", "Slavutych (Vyshhorod, Kyiv)". The glossed place is the event's location; the
 * names inside the parentheses are its districts and regions, never the scene.
 * `glossed`: sentence token indices of glossed places; `inside`: token indices within a gloss.
 */
export interface LocationGlosses {
  glossed: Set<number>;
  inside: Set<number>;
}

const NONE: LocationGlosses = { glossed: new Set(), inside: new Set() };

export function locationGlosses(doc: Doc, view: SentenceView): LocationGlosses {
  const { tokens } = view;
  const offset = view.sentence.firstToken;
  let found: LocationGlosses | undefined;
  for (let open = 1; open < tokens.length; open++) {
    if (tokens[open].text !== '(') continue;
    const close = glossEnd(view, open);
    if (close < 0) continue;
    let place = open - 1;
    if (PLACE_CLASS_WORDS.has(tokens[place].text.toLowerCase()) && place > 0) place--;
    const entity = entityOfToken(doc, offset + place);
    if (!entity || entity.kind !== 'place') continue;
    found ??= { glossed: new Set(), inside: new Set() };
    found.glossed.add(place);
    for (let i = open + 1; i < close; i++) found.inside.add(i);
  }
  return found ?? NONE;
}

/** The index of the ")" closing a gloss opened at `open`: capitalised names and commas only, else -1. */
function glossEnd(view: SentenceView, open: number): number {
  const { tokens } = view;
  for (let i = open + 1; i < tokens.length && i <= open + MAX_GLOSS_TOKENS + 1; i++) {
    const text = tokens[i].text;
    if (text === ')') return i > open + 1 ? i : -1;
    if (text === ',' || text === '-' || text === "'") continue;
    if (tokens[i].kind !== 'word' || !/^\p{Lu}/u.test(text)) return -1;
  }
  return -1;
}
