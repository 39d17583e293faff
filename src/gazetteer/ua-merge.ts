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

  let rough = 0;
  const placeIndex = postal.map((p, i) => {
    const match = matchOf.get(i);
    if (match !== undefined) {
      const place = table.places[match];
      table.addName(match, place.name, 'alternate');
      place.name = p.name;
      table.addName(match, p.name, 'canonical');
      table.addName(match, p.nameUk, 'alternate');
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
      admin2: p.raion ? `${p.raion} Raion` : undefined,
      coordQuality,
    });
    table.addName(index, p.nameUk, 'alternate');
    return index;
  });
  return { matched: matchOf.size, added: postal.length - matchOf.size, rough, placeIndex };
}
