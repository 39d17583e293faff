import seated from '../../lexicon/places/seated-bodies.json' with { type: 'json' };
import type { Entity } from '../contract.js';
import type { Doc } from '../document.js';
import { placeGazetteer } from './lookup.js';

const SECTORS = new Set(seated.sectors);
const FOREIGN_HEADS = new RegExp(`\\b(?:${seated.foreignHeads.join('|')})\\b`);
const IN_BETWEEN = /^ in $/;

/** The ISO3 country of a placed capital. */
function capitalCountry(place: Entity): string | undefined {
  const id = place.geo?.geonameId;
  if (id === undefined) return undefined;
  const found = placeGazetteer().byId(`gn:${id}`);
  return found?.featureCode === 'PPLC' ? placeGazetteer().countryByCode(found.country)?.iso3 : undefined;
}

/**
 * "the Ministry of Defence in London said": a state body named without its country and then placed
 * "in" a capital is that capital's country's body; an embassy or a mission there is another country's.
 */
export function placeBodiesInCapitals(doc: Doc): void {
  const placesByStart = new Map<number, Entity>();
  for (const e of doc.entities) if (e.kind === 'place') for (const m of e.mentions) if (m.sense === undefined) placesByStart.set(m.start, e);
  for (const body of doc.entities) {
    if (body.kind !== 'organization' || body.country || !SECTORS.has(body.sector ?? '') || FOREIGN_HEADS.test(body.name)) continue;
    for (const m of body.mentions) {
      const place = placesByStart.get(m.end + 4);
      if (!place || !IN_BETWEEN.test(doc.text.slice(m.end, m.end + 4))) continue;
      const country = capitalCountry(place);
      if (country) {
        body.country = country;
        break;
      }
    }
  }
}
