import type { Article, Home } from '../../article.js';
import { loadGazetteer, type Candidate } from '../../gazetteer/index.js';
import type { Extraction, Geo } from '../contract.js';

/** A source's home is learned only from this many of its reports that place something local. */
const MIN_REPORTS = 2;
/** …and only where one first-level division is named, or holds places, in at least this share of them. */
const MIN_SHARE = 0.5;

const LOCAL = new Set<Geo['featureType']>(['populated_place', 'admin2']);

/** The shortest town name read at the start of a source's name. */
const MIN_TOWN_LETTERS = 5;

/**
 * Towns a source is named after, read at the start of its title or of its host name's parts:
 * "columbuslocalnews.com" is a Columbus paper, "The Paris Beacon" a Paris one. Which Columbus, its reports tell.
 */
export function townsInSourceName(source: string): Candidate[] {
  const gazetteer = loadGazetteer();
  const towns = (name: string) => gazetteer.lookup(name, { featureTypes: ['populated_place'] }).filter((c) => c.nameSource === 'canonical');
  // A feed's title: "Columbus Local News", "The Paris Beacon".
  if (/\s/.test(source.trim())) {
    const words = source.trim().replace(/^the\s+/i, '').split(/\s+/);
    for (let count = Math.min(3, words.length - 1); count >= 1; count--) {
      const name = words.slice(0, count).join(' ');
      if (name.length < MIN_TOWN_LETTERS || !/^\p{Lu}/u.test(name)) continue;
      const found = towns(name);
      if (found.length) return found;
    }
    return [];
  }
  const host = source.toLowerCase().replace(/^[a-z]+:\/\//, '').split('/')[0].replace(/^www\./, '');
  for (const part of host.split('.').slice(0, -1).flatMap((label) => label.split('-'))) {
    for (let length = part.length; length >= MIN_TOWN_LETTERS; length--) {
      const found = towns(part.slice(0, length));
      if (found.length) return found;
    }
  }
  return [];
}

const divisionOf = (geo: { country?: string; admin1?: string }) => `${geo.country}|${geo.admin1}`;

/**
 * Where a source publishes from, read off its own reports: the first-level division that most of its
 * reports name, itself or by its towns, at the town the source is named after or else the one its reports name most
 * often. A local paper's reports then read a bare "Alexandria" at home. Where the source is named after
 * a town the division holds none of ("Dublin" read as Ireland in a Columbus paper), the division of
 * that town its reports name most is home instead; a source whose reports agree on no division has none.
 */
export function learnHome(extractions: readonly Extraction[], source?: string): Home | undefined {
  const reportsByDivision = new Map<string, number>();
  const reportsNaming = new Map<string, number>();
  const towns = new Map<string, { geo: Geo; reports: number }>();
  let reports = 0;
  for (const extraction of extractions) {
    const divisions = new Set<string>();
    const named = new Set<string>();
    const seen = new Set<string>();
    for (const entity of extraction.entities) {
      const geo = entity.geo;
      if (entity.kind !== 'place' || !geo?.country || !geo.admin1) continue;
      const division = divisionOf(geo);
      named.add(division);
      if (!LOCAL.has(geo.featureType)) continue;
      divisions.add(division);
      const town = `${division}|${entity.name}`;
      if (seen.has(town)) continue;
      seen.add(town);
      const known = towns.get(town);
      if (known) known.reports++;
      else towns.set(town, { geo, reports: 1 });
    }
    for (const division of named) reportsNaming.set(division, (reportsNaming.get(division) ?? 0) + 1);
    if (!divisions.size) continue;
    reports++;
    // A report votes for the divisions of its towns and for those it names outright ("central Ontario").
    for (const division of named) reportsByDivision.set(division, (reportsByDivision.get(division) ?? 0) + 1);
  }
  const namesakes = source ? townsInSourceName(source) : [];
  let division: string | undefined;
  let best = 0;
  for (const [key, count] of reportsByDivision) if (count > best) [division, best] = [key, count];
  if (reports < MIN_REPORTS || best < MIN_REPORTS || best / reports < MIN_SHARE) division = undefined;
  if (namesakes.length && !namesakes.some((c) => divisionOf(c) === division)) {
    const named = bestNamesake(namesakes, reportsNaming);
    if (named) return homeAt(named);
  }
  if (!division) return undefined;
  const namesake = namesakes.find((c) => divisionOf(c) === division);
  if (namesake) return homeAt(namesake);
  let town: { geo: Geo; reports: number } | undefined;
  for (const [key, entry] of towns) if (key.startsWith(division + '|') && (!town || entry.reports > town.reports)) town = entry;
  return town ? homeAt(town.geo) : undefined;
}

/** The town of the source's name in the division most of its reports name, if at least two do. */
function bestNamesake(namesakes: readonly Candidate[], reportsNaming: ReadonlyMap<string, number>): Candidate | undefined {
  let best: Candidate | undefined;
  let votes = MIN_REPORTS - 1;
  for (const c of namesakes) {
    const count = reportsNaming.get(divisionOf(c)) ?? 0;
    if (count > votes) [best, votes] = [c, count];
  }
  return best;
}

/** A home at a place: a gazetteer candidate carries its division's code; a contract `geo` only its name, looked up. */
function homeAt(place: { country?: string; admin1?: string; admin1Code?: string; lat: number; lon: number }): Home | undefined {
  const { country, admin1, lat, lon } = place;
  if (!country) return undefined;
  const admin1Code = place.admin1Code ?? (admin1 ? loadGazetteer().lookup(admin1, { country, featureTypes: ['admin1'], limit: 1 })[0]?.admin1Code : undefined);
  return { country, ...(admin1Code ? { admin1Code } : {}), lat, lon };
}

/**
 * Extracts a corpus in two readings: each source's reports once on their own, then, where the
 * source's home can be learned from them, again with that home.
 */
export function extractWithHomes(articles: readonly Article[], extractOne: (article: Article) => Extraction): Extraction[] {
  const first = articles.map((article) => extractOne(article));
  const bySource = new Map<string, number[]>();
  articles.forEach((article, i) => {
    if (!article.source || article.home) return;
    const list = bySource.get(article.source);
    if (list) list.push(i);
    else bySource.set(article.source, [i]);
  });
  const out = [...first];
  for (const indices of bySource.values()) {
    const home = learnHome(indices.map((i) => first[i]), articles[indices[0]].source);
    if (!home) continue;
    for (const i of indices) out[i] = extractOne({ ...articles[i], home });
  }
  return out;
}
