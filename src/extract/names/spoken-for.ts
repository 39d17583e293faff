import type { Entity } from '../contract.js';
import type { Doc } from '../document.js';
import { countryIndex } from './countries.js';
import { governmentName } from './country-actor-pass.js';
import type { Voice } from './first-person.js';

/** How far past a speaker's name its apposition may run ("Gen. Joseph Votel, commander of U.S. Central Command"). */
const APPOSITION_CHARS = 60;

/**
 * The body a person speaks for when they say "we": the organization named in their apposition
 * ("Gen. Joseph Votel, commander of U.S. Central Command, said: We …"), else, for a government
 * official, their country's government ("Foreign Secretary Boris Johnson said: We …").
 */
export class SpokenFor {
  private readonly found = new Map<Voice, Entity | undefined>();

  constructor(private readonly doc: Doc) {}

  of(voice: Voice): Entity | undefined {
    if (!this.found.has(voice)) this.found.set(voice, this.apposed(voice) ?? this.government(voice.speaker));
    return this.found.get(voice);
  }

  private apposed(voice: Voice): Entity | undefined {
    const { doc } = this;
    let best: { entity: Entity; start: number } | undefined;
    for (const m of voice.speaker.mentions) {
      const before = m.end <= voice.start;
      const after = m.start >= voice.end;
      if (!before && !after) continue;
      const from = m.end;
      const to = before ? Math.min(voice.start, m.end + APPOSITION_CHARS) : m.end + APPOSITION_CHARS;
      if (to <= from || /[.!?]/.test(doc.text.slice(from, to).replace(/[A-Z]\.|\.[A-Z]/g, ''))) continue;
      for (const entity of doc.entities) {
        if (entity.kind !== 'organization' && entity.kind !== 'armed_group') continue;
        for (const o of entity.mentions) if (o.start >= from && o.end <= to && (!best || o.start < best.start)) best = { entity, start: o.start };
      }
      if (best) return best.entity;
    }
    return undefined;
  }

  private government(person: Entity): Entity | undefined {
    if (person.sector !== 'GOV' || !person.country) return undefined;
    const country = countryIndex().nameOf(person.country);
    if (!country) return undefined;
    const name = governmentName(country);
    return this.doc.entities.find((e) => e.kind === 'organization' && e.name === name) ?? this.doc.addEntity({ kind: 'organization', name, mentions: [], country: person.country, sector: 'GOV' });
  }
}
