import extent from '../../lexicon/places/extent.json' with { type: 'json' };
import parts from '../../lexicon/places/place-parts.json' with { type: 'json' };
import type { Mention } from '../contract.js';
import type { Doc, Stage } from '../document.js';

const HEADS = new Set(parts.heads);
const RELATIONAL_HEADS = new Set(parts.relationalHeads);
const COORDINATORS = new Set(parts.coordinators);
const PREPOSITIONS = new Set(parts.prepositions);
const DETERMINERS = new Set(parts.determiners);
const PREDETERMINERS = new Set(parts.predeterminers);
const QUANTIFIERS = new Set(parts.quantifiers);
const WORDS_AFTER_HEAD = new Set(extent.wordsAfterHead);
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;

/**
 * "terrain surrounding Raqqah", "the northern part of the country": a noun of a part or stretch of land before a
 * preposition and a place makes the whole phrase a place of its own, without coordinates; the place inside keeps its
 * own mention. Runs after the nominal and unnamed places, whose mentions may end such a phrase.
 */
export function findPlaceParts(doc: Doc): void {
  const { tokens } = doc;
  const lowers = doc.tokensInLowerCase();
  const tokenAt = new Map(tokens.map((t, i) => [t.start, i]));
  // A named place or a nominal taking one up; an unnamed site ("the front line") is a place of another kind.
  const places: Mention[] = doc.entities
    .filter((e) => e.kind === 'place' && e.geo)
    .flatMap((e) => e.mentions.filter((m) => m.sense === undefined))
    .sort((a, b) => a.start - b.start);
  const taken = (start: number, end: number) => doc.entities.some((e) => e.mentions.some((m) => m.start < end && start < m.end));
  let madeUpTo = -1;
  for (const place of places) {
    if (place.start < madeUpTo) continue;
    const first = tokenAt.get(place.start);
    if (first === undefined || first < 2) continue;
    const preposition = first - 1;
    const head = first - 2;
    const relational = RELATIONAL_HEADS.has(tokens[head].text);
    if (!PREPOSITIONS.has(lowers[preposition]) || !(HEADS.has(tokens[head].text) || relational)) continue;
    if (taken(tokens[head].start, tokens[preposition].end)) continue;
    const opening = openingOf(doc, lowers, head);
    if (relational && opening === head) continue;
    if (opening > 1 && COORDINATORS.has(lowers[opening - 1]) && LOWER_WORD.test(tokens[opening - 2].text)) continue;
    if (taken(tokens[opening].start, tokens[head].start)) continue;
    const span = doc.span(tokens[opening].start, place.end);
    doc.addEntity({ kind: 'place', name: span.text, mentions: [span] });
    madeUpTo = place.end;
  }
}

/** The first token of the phrase ending at `head`: the head alone, or a determiner and its modifiers. */
function openingOf(doc: Doc, lowers: readonly string[], head: number): number {
  const { tokens } = doc;
  for (let k = head - 1; k >= 0 && head - k <= parts.maxModifiers + 1; k--) {
    if (tokens[k].kind !== 'word') break;
    if (DETERMINERS.has(lowers[k])) {
      if (k > 0 && QUANTIFIERS.has(lowers[k - 1])) return head;
      return k > 0 && PREDETERMINERS.has(lowers[k - 1]) ? k - 1 : k;
    }
    if (!LOWER_WORD.test(tokens[k].text) || WORDS_AFTER_HEAD.has(lowers[k])) break;
  }
  return head;
}

/** Runs after the unnamed places: a part of a place is a place of its own, the whole phrase its span. */
export const placePartsStage: Stage = {
  name: 'place-parts',
  run: findPlaceParts,
};
