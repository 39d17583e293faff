import appositive from '../../lexicon/places/appositive-places.json' with { type: 'json' };
import type { Doc, Stage } from '../document.js';
import { isPossessive } from '../possessive.js';

const HEADS = new Set(appositive.heads);
const MODIFIER = /^\p{Ll}[\p{Ll}-]*$/u;
const CLOSING = new Set([',', '.', ';', ':', ')']);

/**
 * "Raqqah, ISIL’s self-proclaimed capital,": a possessive description after a place's name between commas is a
 * nominal mention of that place (no toponym of its own).
 */
export function findAppositivePlaces(doc: Doc): void {
  const { tokens } = doc;
  const lowers = doc.tokensInLowerCase();
  const tokenEnding = new Map(tokens.map((t, i) => [t.end, i]));
  const names = doc.entities
    .filter((e) => e.kind === 'place' && e.geo)
    .flatMap((entity) => entity.mentions.filter((m) => m.sense === undefined && m.reference === undefined).map((name) => ({ entity, name })));
  for (const { entity, name } of names) {
    const last = tokenEnding.get(name.end);
    if (last === undefined || tokens[last + 1]?.text !== ',') continue;
    const first = last + 2;
    let k = lowers[first] === 'the' ? first + 1 : first;
    if (!tokens[k] || !isPossessive(tokens[k].text)) continue;
    k++;
    const modifiersEnd = k + appositive.maxModifiers;
    while (k < tokens.length && k < modifiersEnd && !HEADS.has(lowers[k]) && MODIFIER.test(tokens[k].text)) k++;
    if (!tokens[k] || !HEADS.has(tokens[k].text) || !CLOSING.has(tokens[k + 1]?.text ?? '.')) continue;
    const start = tokens[first].start;
    const end = tokens[k].end;
    // A mention running across the description's edge makes it part of something else.
    if (doc.entities.some((e) => e.mentions.some((m) => m.start < end && start < m.end && (m.start < start || m.end > end)))) continue;
    entity.mentions.push({ ...doc.span(start, end), reference: 'nominal' });
    entity.mentions.sort((a, b) => a.start - b.start);
  }
}

/** Runs with the other unnamed places, after the events stage. */
export const appositivePlacesStage: Stage = {
  name: 'appositive-places',
  run: findAppositivePlaces,
};
