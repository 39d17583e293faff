import { distanceKm, type Candidate } from '../../gazetteer/index.js';
import heads from '../../lexicon/places/embedded-heads.json' with { type: 'json' };
import type { Entity } from '../contract.js';
import type { Doc } from '../document.js';
import { exactCandidates } from './lookup.js';
import { priorScore } from './prior.js';
import { isProminent } from './prominence.js';
import type { TokenView } from './token-view.js';

const INSTITUTIONS = new Set(heads.institutions);
const OFFICES = new Set(heads.offices);
const BASED = new RegExp(`^(.+)-(?:${heads.basedSuffixes.join('|')})$`);
const MAX_WORDS = 4;
const COUNTRY_FOCUS = 3;
const ADMIN1_FOCUS = 2.5;
const PROXIMITY: readonly [number, number][] = [[25, 2.5], [60, 2], [120, 1.2], [250, 0.6]];
const MIN_MARGIN = 1;
const ALTERNATIVE_KM = 100;
const ACTOR_KINDS = new Set<Entity['kind']>(['organization', 'armed_group', 'person']);

/** "Sheriff", "Courthouse", "Mayor": a word after a place name that makes it the place of an institution or an office. */
export function isInstitutionOrOffice(word: string): boolean {
  const bare = word.replace(/['’]s$/, '');
  return INSTITUTIONS.has(bare) || OFFICES.has(bare) || /^(Court|Sheriff|Police|Fire|School|County)/.test(bare);
}

/** A place name found inside an actor's mention, with the tokens it spans. */
export interface EmbeddedName {
  first: number;
  last: number;
  start: number;
  end: number;
  surface: string;
  candidates: Candidate[];
}

/** Token ranges [first, last] of actor mentions, where a place may locate the actor. */
function actorRanges(doc: Doc, view: TokenView): [number, number][] {
  const ranges: [number, number][] = [];
  const tokenAt = (offset: number) => {
    let lo = 0;
    let hi = view.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (view.tokens[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo < view.length ? lo : -1;
  };
  for (const entity of doc.entities) {
    if (!ACTOR_KINDS.has(entity.kind)) continue;
    for (const m of entity.mentions) {
      const end = m.end;
      const first = tokenAt(m.start);
      if (first < 0) continue;
      let last = first;
      while (last + 1 < view.length && view.tokens[last + 1].end <= end) last++;
      if (view.tokens[last].end <= end) ranges.push([first, last]);
    }
  }
  return ranges;
}

/** The longest gazetteer name at token i that stays inside the range, or the place before "-based". */
function nameAt(view: TokenView, i: number, last: number): EmbeddedName | undefined {
  for (let n = Math.min(MAX_WORDS, last - i + 1); n >= 1; n--) {
    const j = i + n - 1;
    if (!view.adjacent(i, j) || !view.isCapitalised(j)) continue;
    const based = BASED.exec(view.text(j));
    const start = view.tokens[i].start;
    let end = view.isPossessive(j) ? view.tokens[j].end - 2 : view.tokens[j].end;
    if (based) end = view.tokens[j].start + based[1].length;
    else if (view.text(j).includes('-')) continue;
    const surface = view.doc.text.slice(start, end);
    const candidates = exactCandidates(surface).filter((c) => c.nameSource !== 'derived');
    if (candidates.length) return { first: i, last: j, start, end, surface, candidates };
  }
  return undefined;
}

/** Whether the words after the name make it the place the actor belongs to. */
function locatesActor(view: TokenView, name: EmbeddedName, last: number, person: boolean): boolean {
  if (BASED.test(view.text(name.last))) return true;
  const next = view.text(name.last + 1);
  // A person's mention may hold an office of the place ("Tillsonburg Mayor Stephen Molnar"), or be an institution misread as a person.
  if (person && name.last < last && OFFICES.has(next.replace(/,$/, ''))) return true;
  // "University of Pennsylvania": the institution before "of".
  if (view.lower(name.first - 1) === 'of' && INSTITUTIONS.has(view.text(name.first - 2))) return true;
  for (let k = name.last + 1; k <= last; k++) if (INSTITUTIONS.has(view.text(k))) return true;
  return false;
}

/** Place names that locate an actor: "Ohio Department of Transportation", "Madison County Sheriff", "Tillsonburg Mayor Stephen Molnar", "St. Louis-based". */
export function embeddedNames(doc: Doc, view: TokenView, taken: (i: number) => boolean): EmbeddedName[] {
  const persons = new Set(doc.entities.filter((e) => e.kind === 'person').flatMap((e) => e.mentions.map((m) => m.start)));
  const found: EmbeddedName[] = [];
  const seen = new Set<number>();
  for (const [first, last] of actorRanges(doc, view)) {
    const person = persons.has(view.tokens[first].start);
    for (let i = first; i <= last; i++) {
      if (seen.has(i) || taken(i) || !view.isCapitalised(i) || view.lower(i) === 'the') continue;
      const name = nameAt(view, i, last);
      if (!name) continue;
      if (locatesActor(view, name, last, person)) {
        found.push(name);
        for (let k = name.first; k <= name.last; k++) seen.add(k);
      }
      i = name.last;
    }
  }
  return found;
}

/** Which countries and divisions the report's placed names are in, and where they lie. */
export interface PlaceContext {
  places: Entity[];
  countries: Map<string, number>;
  admin1s: Map<string, number>;
  total: number;
}

export function placeContext(entities: readonly Entity[]): PlaceContext {
  const context: PlaceContext = { places: [], countries: new Map(), admin1s: new Map(), total: 0 };
  for (const e of entities) {
    if (e.kind !== 'place' || !e.geo || !e.geo.country) continue;
    const literal = e.mentions.filter((m) => m.sense === undefined).length;
    if (!literal) continue;
    context.places.push(e);
    context.countries.set(e.geo.country, (context.countries.get(e.geo.country) ?? 0) + literal);
    if (e.geo.admin1 && e.geo.featureType !== 'country') context.admin1s.set(e.geo.admin1, (context.admin1s.get(e.geo.admin1) ?? 0) + literal);
    context.total += literal;
  }
  return context;
}

function support(c: Candidate, context: PlaceContext): { focus: number; near: number } {
  const total = context.total || 1;
  let focus = (COUNTRY_FOCUS * (context.countries.get(c.country) ?? 0)) / total;
  if (c.featureType !== 'country' && c.admin1) focus += (ADMIN1_FOCUS * (context.admin1s.get(c.admin1) ?? 0)) / total;
  let near = 0;
  if (c.featureType !== 'country' && c.featureType !== 'admin1') {
    for (const p of context.places) {
      if (p.geo!.featureType === 'country' || p.geo!.featureType === 'admin1') continue;
      const d = distanceKm(c, p.geo!);
      const step = PROXIMITY.find(([km]) => d < km);
      if (step && step[1] > near) near = step[1];
    }
  }
  return { focus, near };
}

/**
 * The place an embedded name stands for, read against the report's placed names: a big place on its
 * own, a small one only where the report's other places are (a "Madison County Sheriff" in a report
 * about Georgia is Georgia's Madison County).
 */
export function resolveEmbedded(name: EmbeddedName, context: PlaceContext): Candidate | undefined {
  let list = name.candidates;
  if (/\b(County|Parish|Oblast|Province|Region)$/.test(name.surface)) {
    const divisions = list.filter((c) => c.featureType === 'admin2' || c.featureType === 'admin1');
    if (divisions.length) list = divisions;
  }
  const scored = list.map((c) => {
    const s = support(c, context);
    return { c, s, score: priorScore(c) + s.focus + s.near };
  });
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best) return undefined;
  const rival = scored.find((r) => r !== best && distanceKm(r.c, best.c) > ALTERNATIVE_KM);
  if (rival && best.score - rival.score < MIN_MARGIN) return undefined;
  const backed = best.s.near > 0 || (best.c.featureType !== 'country' && best.c.admin1 !== undefined && (context.admin1s.get(best.c.admin1) ?? 0) > 0);
  return isProminent(best.c) || backed ? best.c : undefined;
}
