import type { Place } from '../../gazetteer/index.js';
import actorDemonyms from '../../lexicon/actors/demonyms.json' with { type: 'json' };
import nonLiteral from '../../lexicon/places/non-literal.json' with { type: 'json' };
import type { Entity, Mention, MentionSense } from '../contract.js';
import type { Doc, Stage } from '../document.js';
import { namesBusiness } from './business.js';
import { markNameModifiers } from './name-modifiers.js';
import { exactCandidates, placeGazetteer } from './lookup.js';
import { mentionPlace } from './stage.js';
import { TokenView } from './token-view.js';

const MAX_WORDS = 3;
const TERRITORY_NOUNS = new Set(nonLiteral.territoryNouns);
const ACTOR_KINDS = new Set<Entity['kind']>(['organization', 'armed_group']);
const LOCATIVE = new Set(['in', 'at', 'outside', 'inside', 'near', 'into', 'to', 'from', 'around', 'toward', 'towards']);

interface Reference {
  /** The place entity the report already made for this name, or the gazetteer place to make one for. */
  entity?: Entity;
  place?: Place;
  sense: MentionSense;
}

let demonymPlaces: Map<string, Place> | undefined;

/**
 * "Russian" → Russia, "European" → Europe: the adjectives of countries and regions. Plural nouns
 * ("Americans") name people, not a place, and are left alone. The lexicons come first; a gazetteer demonym counts only when
 * one country alone bears it ("American" is also said of Guam and Samoa).
 */
function demonyms(): Map<string, Place> {
  if (demonymPlaces) return demonymPlaces;
  const gazetteer = placeGazetteer();
  const map = new Map<string, Place>();
  const add = (word: string, place: Place | undefined) => {
    if (!place) return;
    if (!map.has(word)) map.set(word, place);
  };
  for (const [word, iso3] of Object.entries(actorDemonyms.demonyms)) {
    if (!iso3 || /['’]s$/.test(word) || word.toUpperCase() === word) continue;
    const country = gazetteer.countryByCode(iso3);
    if (country) add(word, gazetteer.byId(`country:${country.iso2}`));
  }
  for (const [word, name] of Object.entries(nonLiteral.demonyms)) add(word, areaNamed(name));
  const bearers = new Map<string, string[]>();
  for (const country of gazetteer.countries) for (const d of country.demonyms) bearers.set(d, [...(bearers.get(d) ?? []), country.iso2]);
  for (const [word, codes] of bearers) if (codes.length === 1) add(word, gazetteer.byId(`country:${codes[0]}`));
  return (demonymPlaces = map);
}

/** "Kurdish", "Yazidi", "Arab": the adjective of a people with no state of its own, never a place's name either. */
export function isStatelessDemonym(word: string): boolean {
  return (actorDemonyms.demonyms as Record<string, string | null>)[word] === null;
}

/** "Syrian", "Jordanian": the adjective of a country or region, never a place's own name. */
export function isDemonym(word: string): boolean {
  return demonyms().has(word);
}

function areaNamed(name: string): Place | undefined {
  return exactCandidates(name).find((c) => c.featureType === 'country' || c.coordQuality === 'representative');
}

/** A country, a capital, a continent or sea, or a curated landmark (a seat of government), named inside an organization's name or standing for it. */
function placeNamedInActor(name: string): Place | undefined {
  const organization = (nonLiteral.organizations as Record<string, string>)[name];
  if (organization) return areaNamed(organization);
  return exactCandidates(name).find(
    (c) =>
      c.featureType === 'country' ||
      c.featureCode === 'PPLC' ||
      (c.featureType === 'other' && c.coordQuality === 'representative' && !c.country) ||
      // A seat of government standing for it ("the Kremlin said"), from the hand-curated layer.
      (c.featureType === 'landmark' && c.id.startsWith('curated:')),
  );
}

/**
 * "the Georgia Bureau of Investigation" in a report whose places are mostly in the United States: the
 * state, not the country; the country or capital stands where the report's places do not say otherwise.
 */
function localNamesake(words: string, named: Place, countries: ReadonlyMap<string, number>): Place | undefined {
  if (!countries.size || countries.has(named.country)) return undefined;
  const main = [...countries].sort((a, b) => b[1] - a[1])[0][0];
  return exactCandidates(words).find((c) => c.nameSource === 'canonical' && c.featureType === 'admin1' && c.country === main);
}

/** How many literal mentions of placed names each country has in the report. */
function mentionsByCountry(entities: readonly Entity[]): Map<string, number> {
  const countries = new Map<string, number>();
  for (const e of entities) {
    const country = e.kind === 'place' ? e.geo?.country : undefined;
    if (!country) continue;
    const literal = e.mentions.filter((m) => m.sense === undefined).length;
    if (literal) countries.set(country, (countries.get(country) ?? 0) + literal);
  }
  return countries;
}

/** Which non-place entity mention, if any, covers each token. */
function actorTokens(doc: Doc): boolean[] {
  const inActor = new Array<boolean>(doc.tokens.length).fill(false);
  const starts = doc.tokens.map((t) => t.start);
  for (const entity of doc.entities) {
    if (!ACTOR_KINDS.has(entity.kind)) continue;
    for (const m of entity.mentions) {
      for (let t = lowerBound(starts, m.start); t < doc.tokens.length && doc.tokens[t].start < m.end; t++) inActor[t] = true;
    }
  }
  return inActor;
}

function placeTokens(doc: Doc): boolean[] {
  const covered = new Array<boolean>(doc.tokens.length).fill(false);
  const starts = doc.tokens.map((t) => t.start);
  for (const entity of doc.entities) {
    if (entity.kind !== 'place') continue;
    for (const m of entity.mentions) {
      for (let t = Math.max(0, lowerBound(starts, m.start) - 1); t < doc.tokens.length && doc.tokens[t].start < m.end; t++) {
        if (doc.tokens[t].end > m.start) covered[t] = true;
      }
    }
  }
  return covered;
}

function lowerBound(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where the words ending at token `last` end, without a possessive "'s". */
function wordsEnd(view: TokenView, last: number): number {
  return view.isPossessive(last) ? view.tokens[last].end - 2 : view.tokens[last].end;
}

/** The reference that starts at token i, and its last token. */
function referenceAt(
  view: TokenView, i: number, inActor: readonly boolean[], isPlace: readonly boolean[], literalNames: ReadonlyMap<string, Entity>, countries: ReadonlyMap<string, number>,
): { ref: Reference; last: number } | undefined {
  const table = demonyms();
  if (view.lower(i) === 'the') return undefined;
  for (let n = Math.min(MAX_WORDS, view.length - i); n >= 1; n--) {
    const last = i + n - 1;
    if (isPlace.slice(i, last + 1).some(Boolean) || !view.adjacent(i, last)) continue;
    const words = view.doc.text.slice(view.tokens[i].start, wordsEnd(view, last));
    const demonymPlace = table.get(words);
    // "Italian Grill": a cuisine or a style in a shop's name, not a people.
    if (demonymPlace) return namesBusiness(view, last) ? undefined : { ref: { place: demonymPlace, sense: 'demonym' }, last };
    if (inActor.slice(i, last + 1).every(Boolean)) {
      // One sense per report: a name the report uses for a place it has placed stands for that place.
      const entity = literalNames.get(words);
      if (entity) return { ref: { entity, sense: 'metonym' }, last };
      const named = placeNamedInActor(words);
      if (named) return { ref: { place: localNamesake(words, named, countries) ?? named, sense: 'metonym' }, last };
    }
  }
  return undefined;
}

/**
 * Non-literal place mentions, after every other stage: a demonym ("Russian forces") or a country,
 * capital or continent named inside or as an actor ("Moscow said", "the U.S. Army", "the EU") becomes
 * a mention of that place marked with its `sense`, beside the actor it names. Literal mentions and
 * what the stages before made are left as they are; no later stage reads these mentions.
 */
export const placeSensesStage: Stage = {
  name: 'place-senses',
  run(doc: Doc): void {
    markNameModifiers(doc);
    const view = TokenView.of(doc);
    const inActor = actorTokens(doc);
    const isPlace = placeTokens(doc);
    const countries = mentionsByCountry(doc.entities);
    const literalNames = new Map<string, Entity>();
    for (const entity of doc.entities) if (entity.kind === 'place' && entity.geo) for (const m of entity.mentions) literalNames.set(m.text, entity);
    for (let i = 0; i < view.length; i++) {
      if (view.text(i).includes('-') && !isPlace[i]) {
        for (const part of demonymParts(view, i, inActor[i])) mentionPlace(doc, part.place, { ...doc.span(part.start, part.end), sense: part.sense });
        continue;
      }
      if (!view.isCapitalised(i)) continue;
      const found = referenceAt(view, i, inActor, isPlace, literalNames, countries);
      if (!found) continue;
      const { entity, place } = found.ref;
      // "Protesters outside the White House": a seat named after a locative preposition is the building itself.
      const literal = place?.featureType === 'landmark' && LOCATIVE.has(view.lower(view.lower(i - 1) === 'the' ? i - 2 : i - 1));
      const sense = literal ? undefined : found.ref.sense;
      // "from Lebanese airspace", "near the Turkish border": the demonym and the country's ground it qualifies name the country itself.
      const ground = sense === 'demonym' && !view.isPossessive(found.last) && view.adjacent(found.last, found.last + 1) && TERRITORY_NOUNS.has(view.text(found.last + 1)) && !isPlace[found.last + 1];
      if (ground) {
        const start = view.lower(i - 1) === 'the' && view.adjacent(i - 1, i) ? view.tokens[i - 1].start : view.tokens[i].start;
        if (place) mentionPlace(doc, place, doc.span(start, view.tokens[found.last + 1].end));
        else entity?.mentions.push(doc.span(start, view.tokens[found.last + 1].end));
        i = found.last + 1;
        continue;
      }
      const mention: Mention = { ...doc.span(view.tokens[i].start, wordsEnd(view, found.last)), ...(sense ? { sense } : {}) };
      if (entity) entity.mentions.push(mention);
      else if (place) mentionPlace(doc, place, mention);
      i = found.last;
    }
  },
};

/**
 * "Syrian-Turkish border", "Egyptian-US relations", "Russian-backed", "anti-Russian": the demonyms inside
 * a hyphenated word; inside an actor's mention, countries too ("UK-France co-operation").
 */
function demonymParts(view: TokenView, i: number, inActor: boolean): { start: number; end: number; place: Place; sense: MentionSense }[] {
  const token = view.tokens[i];
  const table = demonyms();
  const out: { start: number; end: number; place: Place; sense: MentionSense }[] = [];
  let offset = token.start;
  for (const part of token.text.split('-')) {
    const demonym = table.get(part);
    const named = demonym || !inActor ? undefined : placeNamedInActor(part);
    const place = demonym ?? named;
    if (place) out.push({ start: offset, end: offset + part.length, place, sense: demonym ? 'demonym' : 'metonym' });
    offset += part.length + 1;
  }
  return out;
}
