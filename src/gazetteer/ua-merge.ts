import { distanceKm } from './distance.js';
import { normalizeName } from './normalize.js';
import type { PlaceTable } from './place-table.js';
import type { UaPostalPlace } from './ua-places.js';
import type { CoordQuality } from './types.js';

/** How far a postal point may lie from the GeoNames point of the same name in the same oblast. */
const MATCH_KM_GOOD = 25;
const MATCH_KM_ROUGH = 100;
/** A rough postal point this far from its raion's centre belongs to a namesake elsewhere. */
const STRAY_KM = 80;
const MIN_RAION_MEMBERS = 3;

export interface UaMergeResult {
  matched: number;
  added: number;
  rough: number;
  /** Rough points whose GeoNames namesake lies in another current raion than their former raion's villages: left unmatched. */
  inconsistent: number;
  /** Table index of each postal place, in input order. */
  placeIndex: number[];
}

/**
 * A name's consonants, with kh/h/g, ts/c and the soft sign made one: the Ukrainian and Russian
 * romanisations of one village (Svitlodarsk/Svetlodarsk, Opytne/Opytnoye, Zaitseve/Zaytsevo) differ
 * in vowels and those letters only.
 */
function consonantSkeleton(name: string): string {
  return normalizeName(name)
    .replace(/kh/g, 'h')
    .replace(/g/g, 'h')
    .replace(/zh/g, 'j')
    .replace(/ts/g, 'c')
    .replace(/[aeiouy'\s-]/g, '')
    .replace(/(.)\1+/g, '$1');
}
const MIN_SKELETON = 4;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Adds the postal gazetteer's villages to the table: a village GeoNames also has (same name, same
 * oblast, near enough) takes the GeoNames point and gains the postal names; the others are added
 * with their postal point, flagged 'rough' where that point is a fallback, and moved to their raion's
 * centre (or the oblast's) where the point is shared by several places or strays far from it.
 */
export function mergeUaPostalPlaces(
  table: PlaceTable,
  postal: UaPostalPlace[],
  admin1Name: (code: string) => string,
): UaMergeResult {
  const byKey = new Map<string, number[]>();
  table.places.forEach((p, index) => {
    if (p.country !== 'UA' || p.featureType !== 'populated_place' || !p.admin1Code) return;
    for (const [key, level] of p.names) {
      if (level > 1) continue;
      const k = `${p.admin1Code}|${key}`;
      const list = byKey.get(k);
      if (list) list.push(index);
      else byKey.set(k, [index]);
    }
  });

  const namesAtPoint = new Map<string, Set<string>>();
  for (const p of postal) {
    const k = `${p.lat},${p.lon}`;
    (namesAtPoint.get(k) ?? namesAtPoint.set(k, new Set()).get(k)!).add(p.nameUk);
  }
  const shared = (p: UaPostalPlace) => namesAtPoint.get(`${p.lat},${p.lon}`)!.size > 1;
  const isRough = (p: UaPostalPlace) => p.accuracy === 4 || p.accuracy === 0 || shared(p);

  // Centres from points that belong to one place only (a shared point is a fallback, not a village).
  const raionPoints = new Map<string, { lat: number[]; lon: number[] }>();
  for (const p of postal) {
    if (shared(p)) continue;
    for (const k of [`${p.admin1}|${p.raion}`, p.admin1]) {
      const pts = raionPoints.get(k) ?? raionPoints.set(k, { lat: [], lon: [] }).get(k)!;
      pts.lat.push(p.lat);
      pts.lon.push(p.lon);
    }
  }
  const centres = new Map<string, { lat: number; lon: number }>();
  for (const [k, pts] of raionPoints) {
    if (pts.lat.length >= MIN_RAION_MEMBERS) centres.set(k, { lat: median(pts.lat), lon: median(pts.lon) });
  }
  const centreOf = (p: UaPostalPlace) => centres.get(`${p.admin1}|${p.raion}`) ?? centres.get(p.admin1);

  const pairs: { postal: number; place: number; km: number }[] = [];
  postal.forEach((p, i) => {
    const limit = isRough(p) ? MATCH_KM_ROUGH : MATCH_KM_GOOD;
    const seen = new Set<number>();
    for (const name of [p.name, p.nameUk]) {
      for (const index of byKey.get(`UA.${p.admin1}|${normalizeName(name)}`) ?? []) {
        if (seen.has(index)) continue;
        seen.add(index);
        const km = distanceKm(p, table.places[index]);
        if (km <= limit) pairs.push({ postal: i, place: index, km });
      }
    }
  });
  pairs.sort((a, b) => a.km - b.km);
  const matchOf = new Map<number, number>();
  const taken = new Set<number>();
  const takePairs = (list: typeof pairs) => {
    for (const pair of list) {
      if (matchOf.has(pair.postal) || taken.has(pair.place)) continue;
      matchOf.set(pair.postal, pair.place);
      taken.add(pair.place);
    }
  };
  takePairs(pairs);

  // Then the same village spelt the other way (GeoNames often keeps the Russian form): same oblast, same consonants, near.
  const bySkeleton = new Map<string, number[]>();
  table.places.forEach((p, index) => {
    if (p.country !== 'UA' || p.featureType !== 'populated_place' || !p.admin1Code || taken.has(index)) return;
    // Its own name only: GeoNames' alternate names hold foreign forms loose enough to match a neighbour ("Donske").
    for (const [key, level] of p.names) {
      if (level > 0 || !/^[a-z' -]+$/.test(key)) continue;
      const skeleton = consonantSkeleton(key);
      if (skeleton.length < MIN_SKELETON) continue;
      const k = `${p.admin1Code}|${skeleton}`;
      const list = bySkeleton.get(k) ?? bySkeleton.set(k, []).get(k)!;
      if (!list.includes(index)) list.push(index);
    }
  });
  const loosePairs: typeof pairs = [];
  postal.forEach((p, i) => {
    if (matchOf.has(i)) return;
    const limit = isRough(p) ? MATCH_KM_ROUGH : MATCH_KM_GOOD;
    for (const index of bySkeleton.get(`UA.${p.admin1}|${consonantSkeleton(p.name)}`) ?? []) {
      const km = distanceKm(p, table.places[index]);
      if (km <= limit) loosePairs.push({ postal: i, place: index, km });
    }
  });
  takePairs(loosePairs.sort((a, b) => a.km - b.km));

  const currentRaion = currentRaions(postal, matchOf, table, centres);
  // A rough point matched a namesake far off: GeoNames puts it in another current raion than its former raion's villages.
  let inconsistent = 0;
  for (const [i, index] of matchOf) {
    const p = postal[i];
    const current = currentRaion.get(`${p.admin1}|${p.raion}`);
    const placed = table.places[index].admin2;
    if (isRough(p) && current && placed && placed !== current) {
      matchOf.delete(i);
      inconsistent++;
    }
  }
  let rough = 0;
  const placeIndex = postal.map((p, i) => {
    const match = matchOf.get(i);
    if (match !== undefined) {
      const place = table.places[match];
      table.addName(match, place.name, 'alternate');
      place.name = p.name;
      table.addName(match, p.name, 'canonical');
      table.addName(match, p.nameUk, 'alternate');
      if (p.raion) place.formerAdmin2 = formerRaionName(p.raion);
      return match;
    }
    let { lat, lon } = p;
    let coordQuality: CoordQuality = 'approximate';
    if (isRough(p)) {
      coordQuality = 'rough';
      rough++;
      const centre = centreOf(p);
      if (centre && (shared(p) || distanceKm(p, centre) > STRAY_KM)) ({ lat, lon } = centre);
    }
    const admin1Code = `UA.${p.admin1}`;
    const index = table.add({
      id: `ua:${admin1Code}:${i}`,
      name: p.name,
      lat,
      lon,
      featureType: 'populated_place',
      country: 'UA',
      admin1: admin1Name(admin1Code),
      admin1Code,
      admin2: currentRaion.get(`${p.admin1}|${p.raion}`),
      formerAdmin2: p.raion ? formerRaionName(p.raion) : undefined,
      coordQuality,
    });
    table.addName(index, p.nameUk, 'alternate');
    return index;
  });
  return { matched: matchOf.size, added: postal.length - matchOf.size, rough, inconsistent, placeIndex };
}

function formerRaionName(raion: string): string {
  return `${raion} Raion`;
}

/** Share of a former raion's villages GeoNames places in one current raion for the rest to be placed there too. */
const CURRENT_RAION_SHARE = 0.75;
const MIN_CURRENT_RAION_VOTES = 2;
/** Without such votes: GeoNames' towns this close to the former raion's centre, all in one current raion. */
const CENTRE_TOWNS_KM = 20;

/**
 * The current (2020) raion of each former postal raion, where the villages matched closely to
 * GeoNames (which places them in current raions) nearly all lie in one, or else the towns around the
 * former raion's centre do: most former raions were merged whole. Keyed `admin1|raion` as the
 * postal gazetteer names them.
 */
function currentRaions(
  postal: UaPostalPlace[],
  matchOf: Map<number, number>,
  table: PlaceTable,
  centres: Map<string, { lat: number; lon: number }>,
): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const [i, index] of matchOf) {
    const p = postal[i];
    const place = table.places[index];
    if (!p.raion || !place.admin2 || distanceKm(p, place) > MATCH_KM_GOOD) continue;
    const k = `${p.admin1}|${p.raion}`;
    const tally = votes.get(k) ?? votes.set(k, new Map()).get(k)!;
    tally.set(place.admin2, (tally.get(place.admin2) ?? 0) + 1);
  }
  const out = new Map<string, string>();
  for (const [k, tally] of votes) {
    const total = [...tally.values()].reduce((a, b) => a + b, 0);
    const [best, n] = [...tally].sort((a, b) => b[1] - a[1])[0];
    if (n >= MIN_CURRENT_RAION_VOTES && n / total >= CURRENT_RAION_SHARE) out.set(k, best);
  }
  const towns = table.places.filter((p) => p.country === 'UA' && p.featureType === 'populated_place' && p.admin2 && p.geonameId);
  for (const p of postal) {
    const k = `${p.admin1}|${p.raion}`;
    const centre = centres.get(k);
    if (!p.raion || out.has(k) || votes.has(k) || !centre) continue;
    const around = new Set(towns.filter((t) => t.admin1Code === `UA.${p.admin1}` && distanceKm(t, centre) <= CENTRE_TOWNS_KM).map((t) => t.admin2));
    if (around.size === 1) out.set(k, [...around][0]!);
    votes.set(k, new Map());
  }
  return out;
}
