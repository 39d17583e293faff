import extent from '../../lexicon/places/extent.json' with { type: 'json' };
import nominals from '../../lexicon/places/nominals.json' with { type: 'json' };
import type { Entity, FeatureType } from '../contract.js';
import type { Doc, Stage } from '../document.js';
import { isPossessive, withoutPossessive } from '../possessive.js';

const DETERMINERS = new Set(nominals.determiners);
const HEADS = new Map<string, ReadonlySet<FeatureType> | null>(
  Object.entries(nominals.heads).map(([head, types]) => [head, types ? new Set(types as FeatureType[]) : null]),
);
const WORDS_AFTER_HEAD = new Set(extent.wordsAfterHead);
const OWN_PLACE_HEADS = new Set(nominals.ownPlaceHeads);

interface Named {
  start: number;
  entity: Entity;
}

/**
 * "the town", "this city", "the besieged town" with no name of its own: a nominal mention of the
 * place named last before it that is of a fitting kind (a town takes up a populated place, "the
 * country" a country, "the area" any place). Marked `reference: 'nominal'`: it is no toponym. With no fitting place
 * named before, a head of `ownPlaceHeads` ("the city", "the region") is an unnamed place of its own.
 */
export function resolvePlaceNominals(doc: Doc): void {
  const named: Named[] = doc.entities
    .filter((e) => e.kind === 'place' && e.geo)
    .flatMap((e) => e.mentions.filter((m) => m.sense === undefined && m.reference === undefined).map((m) => ({ start: m.start, entity: e })))
    .sort((a, b) => a.start - b.start);
  const { tokens } = doc;
  const lowers = doc.tokensInLowerCase();
  const added = new Set<Entity>();
  for (let i = 0; i < tokens.length; i++) {
    if (!DETERMINERS.has(lowers[i])) continue;
    let head = i + 1;
    while (head < tokens.length && head - i - 1 < nominals.maxAdjectives && !HEADS.has(withoutPossessive(lowers[head])) && isAdjective(tokens[head].text)) head++;
    const word = head < tokens.length ? withoutPossessive(lowers[head]) : '';
    if (!HEADS.has(word) || !/^\p{Ll}/u.test(tokens[head].text)) continue;
    const possessive = isPossessive(tokens[head].text);
    const next = tokens[head + 1];
    if (!possessive && next && next.kind === 'word' && (next.text === 'of' || (/^\p{Ll}/u.test(next.text) && !WORDS_AFTER_HEAD.has(next.text)))) continue;
    const start = tokens[i].start;
    const end = possessive ? tokens[head].end - 2 : tokens[head].end;
    if (doc.entities.some((e) => e.mentions.some((m) => m.start < end && start < m.end))) continue;
    const place = latestFitting(named, start, HEADS.get(word) ?? null);
    if (!place) {
      // "retake the city", "Syria and the region": with nothing fitting named before, the place is one of its own.
      if (OWN_PLACE_HEADS.has(word)) doc.addEntity({ kind: 'place', name: doc.text.slice(tokens[head].start, end), mentions: [doc.span(start, end)] });
      i = head;
      continue;
    }
    place.mentions.push({ ...doc.span(start, end), reference: 'nominal' });
    added.add(place);
    i = head;
  }
  for (const entity of added) entity.mentions.sort((a, b) => a.start - b.start);
}

/** A lower-case word that may stand between the determiner and the head ("besieged", "same"), no function word. */
function isAdjective(text: string): boolean {
  return /^\p{Ll}/u.test(text) && !DETERMINERS.has(text) && !WORDS_AFTER_HEAD.has(text);
}

function latestFitting(named: readonly Named[], before: number, types: ReadonlySet<FeatureType> | null): Entity | undefined {
  let lo = 0;
  let hi = named.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (named[mid].start < before) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0; k--) {
    const { entity } = named[k];
    if (!types || types.has(entity.geo!.featureType)) return entity;
  }
  return undefined;
}

/** Runs after the events stage: a nominal takes up a place the report named, it does not place an event. */
export const placeNominalsStage: Stage = {
  name: 'place-nominals',
  run: resolvePlaceNominals,
};
