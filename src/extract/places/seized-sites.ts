import seized from '../../lexicon/places/seized-sites.json' with { type: 'json' };
import type { Entity } from '../contract.js';
import type { Doc, Stage } from '../document.js';

const HEADS = new Set(seized.heads);
const CUES = seized.cues.map((cue) => cue.split(' '));
const ARTICLE = 'the';

/**
 * "seized full control of Mosul University": an institution's name that a force takes names its site, a place
 * without coordinates. The mention moves to a place; an organisation left with no mention becomes that place.
 */
export function findSeizedSites(doc: Doc): void {
  const { tokens } = doc;
  const lowers = doc.tokensInLowerCase();
  const tokenAt = new Map(tokens.map((t, i) => [t.start, i]));
  const tokenEnding = new Map(tokens.map((t, i) => [t.end, i]));
  for (const entity of [...doc.entities]) {
    if (entity.kind !== 'organization') continue;
    const sites = entity.mentions.filter((m) => {
      const first = tokenAt.get(m.start);
      const last = tokenEnding.get(m.end);
      if (first === undefined || last === undefined) return false;
      const nameStart = lowers[first] === ARTICLE ? first + 1 : first;
      return (HEADS.has(tokens[nameStart].text) || HEADS.has(tokens[last].text)) && cueBefore(lowers, first);
    });
    if (!sites.length) continue;
    if (sites.length === entity.mentions.length) {
      toPlace(entity);
      continue;
    }
    entity.mentions = entity.mentions.filter((m) => !sites.includes(m));
    for (const site of sites) doc.addEntity({ kind: 'place', name: site.text, mentions: [site] });
  }
}

function cueBefore(lowers: readonly string[], first: number): boolean {
  return CUES.some((cue) => first >= cue.length && cue.every((word, k) => lowers[first - cue.length + k] === word));
}

function toPlace(entity: Entity): void {
  entity.kind = 'place';
  delete entity.country;
  delete entity.sector;
  delete entity.role;
}

/** Runs after the events stage, which reads the institution as an actor where it acts. */
export const seizedSitesStage: Stage = {
  name: 'seized-sites',
  run: findSeizedSites,
};

