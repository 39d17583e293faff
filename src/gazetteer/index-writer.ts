import { trigrams, MIN_FUZZY_LENGTH } from './fuzzy.js';
import { writeIndexFile } from './index-file.js';
import { normalizeName } from './normalize.js';
import type { BuiltGazetteer } from './build.js';
import type { Country, CoordQuality, FeatureType } from './types.js';

export const FEATURE_TYPES: readonly FeatureType[] = ['country', 'admin1', 'admin2', 'populated_place', 'river', 'landmark', 'other'];
export const COORD_QUALITIES: readonly CoordQuality[] = ['exact', 'approximate', 'rough', 'computed', 'representative'];
export const NONE = 0xffffffff;

export interface GazetteerIndexHeader {
  stamp: string;
  stats: Record<string, number>;
  countries: Country[];
  trigrams: string[];
  /** Normalised words that are never matched loosely (demonyms: "Ukrainian" is no misspelt village). */
  notFuzzy: string[];
}

/**
 * Strings as one UTF-8 text plus the start of each in UTF-16 units, so that loading decodes one
 * text and slices strings out only when they are asked for.
 */
function packStrings(list: string[]): { text: Uint8Array; offsets: Uint32Array } {
  const offsets = new Uint32Array(list.length + 1);
  let at = 0;
  list.forEach((s, i) => {
    offsets[i] = at;
    at += s.length;
  });
  offsets[list.length] = at;
  return { text: new TextEncoder().encode(list.join('')), offsets };
}

/** May this name → place posting be reached by a misspelling? Foreign exonyms of far-off towns may not. */
function fuzzyEligible(level: number, country: string, featureType: FeatureType): boolean {
  if (level > 2) return false;
  return level === 0 || country === 'UA' || featureType !== 'populated_place';
}

export function writeGazetteerIndex(path: string, built: BuiltGazetteer, stamp: string): void {
  const { table, countries } = built;
  const places = table.places;
  const n = places.length;
  const strings: string[] = [];
  const stringIds = new Map<string, number>();
  const str = (s: string | undefined) => {
    if (s === undefined) return NONE;
    let id = stringIds.get(s);
    if (id === undefined) stringIds.set(s, (id = strings.push(s) - 1));
    return id;
  };
  const columns = {
    lat: new Float64Array(n), lon: new Float64Array(n), population: new Uint32Array(n), geonameId: new Uint32Array(n),
    id: new Uint32Array(n), name: new Uint32Array(n), country: new Uint32Array(n), admin1: new Uint32Array(n),
    admin1Code: new Uint32Array(n), admin2: new Uint32Array(n), formerAdmin2: new Uint32Array(n), featureCode: new Uint32Array(n), settlement: new Uint32Array(n),
    featureType: new Uint8Array(n), coordQuality: new Uint8Array(n),
  };
  places.forEach((p, i) => {
    columns.lat[i] = p.lat;
    columns.lon[i] = p.lon;
    columns.population[i] = p.population ?? 0;
    columns.geonameId[i] = p.geonameId ?? 0;
    columns.id[i] = str(p.id);
    columns.name[i] = str(p.name);
    columns.country[i] = str(p.country);
    columns.admin1[i] = str(p.admin1);
    columns.admin1Code[i] = str(p.admin1Code);
    columns.admin2[i] = str(p.admin2);
    columns.formerAdmin2[i] = str(p.formerAdmin2);
    columns.featureCode[i] = str(p.featureCode);
    columns.settlement[i] = str(p.settlement);
    columns.featureType[i] = FEATURE_TYPES.indexOf(p.featureType);
    columns.coordQuality[i] = COORD_QUALITIES.indexOf(p.coordQuality);
  });

  const postingsByKey = new Map<string, number[]>();
  places.forEach((p, i) => {
    for (const [key, level] of p.names) {
      const list = postingsByKey.get(key) ?? postingsByKey.set(key, []).get(key)!;
      list.push(i * 4 + level);
    }
  });
  const keys = [...postingsByKey.keys()].sort();
  const keyOffsets = new Uint32Array(keys.length + 1);
  const postings = new Uint32Array(keys.reduce((s, k) => s + postingsByKey.get(k)!.length, 0));
  let at = 0;
  const gramLists = new Map<string, number[]>();
  keys.forEach((key, k) => {
    keyOffsets[k] = at;
    const list = postingsByKey.get(key)!;
    for (const posting of list) postings[at++] = posting;
    if (key.length < MIN_FUZZY_LENGTH - 1) return;
    const eligible = list.some((posting) => {
      const p = places[posting >>> 2];
      return fuzzyEligible(posting & 3, p.country, p.featureType);
    });
    if (!eligible) return;
    for (const gram of trigrams(key)) (gramLists.get(gram) ?? gramLists.set(gram, []).get(gram)!).push(k);
  });
  keyOffsets[keys.length] = at;

  const grams = [...gramLists.keys()].sort();
  const gramOffsets = new Uint32Array(grams.length + 1);
  const gramPostings = new Uint32Array(grams.reduce((s, g) => s + gramLists.get(g)!.length, 0));
  at = 0;
  grams.forEach((g, i) => {
    gramOffsets[i] = at;
    for (const k of gramLists.get(g)!) gramPostings[at++] = k;
  });
  gramOffsets[grams.length] = at;

  const notFuzzy = [...new Set(countries.flatMap((c) => c.demonyms).map(normalizeName))];
  const header: GazetteerIndexHeader = {
    stamp, stats: { ...built.stats, keys: keys.length, postings: postings.length, trigramPostings: gramPostings.length },
    countries, trigrams: grams, notFuzzy,
  };
  const packedStrings = packStrings(strings);
  const packedKeys = packStrings(keys);
  writeIndexFile(path, header, {
    ...columns,
    stringsText: packedStrings.text, stringOffsets: packedStrings.offsets,
    keysText: packedKeys.text, keyTextOffsets: packedKeys.offsets,
    keyOffsets, postings, gramOffsets, gramPostings,
  });
}
