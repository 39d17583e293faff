import { boundedEditDistance, maxEditDistance, trigrams } from './fuzzy.js';
import type { IndexFile } from './index-file.js';
import { COORD_QUALITIES, FEATURE_TYPES, NONE, type GazetteerIndexHeader } from './index-writer.js';
import { NAME_SOURCES } from './name-levels.js';
import { normalizeName } from './normalize.js';
import type { Candidate, Country, FeatureType, LatLon, LookupOptions, MatchKind, Place } from './types.js';

const DEFAULT_LIMIT = 50;
const LEVEL_SCORE = [1, 0.95, 0.9, 0.8];
const FEATURE_RANK: Record<FeatureType, number> = {
  country: 0, populated_place: 1, landmark: 1, river: 1, other: 1, admin1: 2, admin2: 3,
};

/** Canonical and attested names weigh alike: "Odessa" is Odesa, Ukraine, before Odessa, Texas. */
const tier = (level: number) => Math.max(0, level - 1);

interface Match {
  place: number;
  level: number;
  key: string;
  kind: MatchKind;
  distance?: number;
}

/** The loaded gazetteer: places in columns, a sorted name index, and a trigram index for misspellings. */
export class Gazetteer {
  private readonly stringsText: string;
  private readonly keysText: string;
  private readonly keyCount: number;
  private readonly a: Record<string, Float64Array | Uint32Array | Uint8Array>;
  private readonly gramIndex: Map<string, number>;
  private readonly notFuzzy: Set<string>;
  private readonly countriesByIso2 = new Map<string, Country>();
  private readonly countriesByIso3 = new Map<string, Country>();
  private readonly placeById = new Map<string, number>();
  private counts?: Uint8Array;
  readonly stats: Record<string, number>;
  readonly countries: readonly Country[];

  constructor(index: IndexFile<GazetteerIndexHeader>) {
    const { header, arrays } = index;
    this.a = arrays;
    this.stats = header.stats;
    this.countries = header.countries;
    const decoder = new TextDecoder();
    this.stringsText = decoder.decode(arrays.stringsText);
    this.keysText = decoder.decode(arrays.keysText);
    this.keyCount = arrays.keyTextOffsets.length - 1;
    this.gramIndex = new Map(header.trigrams.map((g, i) => [g, i]));
    this.notFuzzy = new Set(header.notFuzzy);
    for (const c of header.countries) {
      this.countriesByIso2.set(c.iso2, c);
      this.countriesByIso3.set(c.iso3, c);
    }
  }

  get size(): number {
    return this.a.lat.length;
  }

  /** Places known by this name, best match first. */
  lookup(name: string, options: LookupOptions = {}): Candidate[] {
    let key = normalizeName(name);
    let matches = this.exactMatches(key);
    if (!matches.length && key.startsWith('the ')) matches = this.exactMatches((key = key.slice(4)));
    let candidates = this.filter(matches, options);
    if (!candidates.length && options.fuzzy) {
      // Only the nearest misspellings: one letter off beats two.
      const fuzzy = this.filter(this.fuzzyMatches(key), options);
      const nearest = Math.min(...fuzzy.map((m) => m.distance ?? 0));
      candidates = fuzzy.filter((m) => m.distance === nearest);
    }
    return candidates
      .sort((x, y) => this.compare(x, y))
      .slice(0, options.limit ?? DEFAULT_LIMIT)
      .map((m) => this.candidate(m));
  }

  /** A country by its English name or a usual variant ("Russia", "Russian Federation"), or by ISO2/ISO3 code. */
  countryByName(name: string): Country | undefined {
    const code = name.trim().toUpperCase();
    const byCode = this.countriesByIso2.get(code) ?? this.countriesByIso3.get(code);
    if (byCode && /^[A-Z]{2,3}$/.test(name.trim())) return byCode;
    const hit = this.exactMatches(normalizeName(name)).find((m) => this.featureType(m.place) === 'country');
    return hit ? this.countriesByIso2.get(this.str(this.a.country[hit.place])) : undefined;
  }

  countryByCode(code: string): Country | undefined {
    const c = code.toUpperCase();
    return this.countriesByIso2.get(c) ?? this.countriesByIso3.get(c);
  }

  /** First-level divisions by any of their forms ("Kherson region", "Khersonska oblast"), optionally in one country. */
  admin1ByName(name: string, country?: string): Candidate[] {
    return this.lookup(name, { featureTypes: ['admin1'], country });
  }

  /** The centre of a first-level division, by its GeoNames code ("UA.08") or any of its names. */
  admin1Centre(nameOrCode: string, country?: string): LatLon | undefined {
    const place = this.byId(`admin1:${nameOrCode}`) ?? this.admin1ByName(nameOrCode, country)[0];
    return place ? { lat: place.lat, lon: place.lon } : undefined;
  }

  /** A country's approximate geographic centre, by name or code. */
  countryCentre(nameOrCode: string): LatLon | undefined {
    const c = this.countryByCode(nameOrCode) ?? this.countryByName(nameOrCode);
    return c ? { lat: c.lat, lon: c.lon } : undefined;
  }

  /** A place by its id ("gn:706448", "admin1:UA.08", "country:UA", "curated:freedom-square-kherson"). */
  byId(id: string): Place | undefined {
    if (!this.placeById.size) {
      const ids = this.a.id;
      for (let i = 0; i < ids.length; i++) this.placeById.set(this.str(ids[i]), i);
    }
    const index = this.placeById.get(id);
    return index === undefined ? undefined : this.place(index);
  }

  private str(id: number): string {
    const offsets = this.a.stringOffsets;
    return this.stringsText.slice(offsets[id], offsets[id + 1]);
  }

  private optStr(id: number): string | undefined {
    return id === NONE ? undefined : this.str(id);
  }

  private keyAt(k: number): string {
    const offsets = this.a.keyTextOffsets;
    return this.keysText.slice(offsets[k], offsets[k + 1]);
  }

  private keyLength(k: number): number {
    const offsets = this.a.keyTextOffsets;
    return offsets[k + 1] - offsets[k];
  }

  private featureType(place: number): FeatureType {
    return FEATURE_TYPES[this.a.featureType[place]];
  }

  private findKey(key: string): number {
    let lo = 0;
    let hi = this.keyCount - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const k = this.keyAt(mid);
      if (k === key) return mid;
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  private postingsOf(k: number, key: string, kind: (level: number) => MatchKind, distance?: number): Match[] {
    const { keyOffsets, postings } = this.a;
    const out: Match[] = [];
    for (let i = keyOffsets[k]; i < keyOffsets[k + 1]; i++) {
      const level = postings[i] & 3;
      out.push({ place: postings[i] >>> 2, level, key, kind: kind(level), distance });
    }
    return out;
  }

  private exactMatches(key: string): Match[] {
    const k = this.findKey(key);
    return k < 0 ? [] : this.postingsOf(k, key, (level) => (level === 0 ? 'exact' : 'variant'));
  }

  private fuzzyMatches(key: string): Match[] {
    const max = maxEditDistance(key.replace(/ /g, '').length);
    if (max === 0 || this.notFuzzy.has(key)) return [];
    const grams = trigrams(key);
    // One edit changes at most 3 padded trigrams, a transposition 4.
    const needed = Math.max(1, grams.length - 4 * max);
    const counts = (this.counts ??= new Uint8Array(this.keyCount));
    const touched: number[] = [];
    const { gramOffsets, gramPostings } = this.a;
    for (const g of grams) {
      const gi = this.gramIndex.get(g);
      if (gi === undefined) continue;
      for (let i = gramOffsets[gi]; i < gramOffsets[gi + 1]; i++) {
        const k = gramPostings[i];
        if (counts[k] === 0) touched.push(k);
        if (counts[k] < 255) counts[k]++;
      }
    }
    const out: Match[] = [];
    for (const k of touched) {
      const enough = counts[k] >= needed && Math.abs(this.keyLength(k) - key.length) <= max;
      counts[k] = 0;
      if (!enough) continue;
      const candidate = this.keyAt(k);
      // A misspelling keeps its first letter: "Ptropavlivka" is Petropavlivka, "Ukrainian" no village.
      if (candidate[0] !== key[0]) continue;
      const d = boundedEditDistance(key, candidate, max);
      if (d > max || d === 0) continue;
      for (const m of this.postingsOf(k, candidate, () => 'fuzzy', d)) {
        if (this.fuzzyEligible(m)) out.push(m);
      }
    }
    return out;
  }

  private fuzzyEligible(m: Match): boolean {
    if (m.level > 2) return false;
    return m.level === 0 || this.str(this.a.country[m.place]) === 'UA' || this.featureType(m.place) !== 'populated_place';
  }

  /** One match per place (its best name), restricted as the options say. */
  private filter(matches: Match[], options: LookupOptions): Match[] {
    const best = new Map<number, Match>();
    for (const m of matches) {
      if (options.country && this.str(this.a.country[m.place]) !== options.country.toUpperCase()) continue;
      if (options.featureTypes && !options.featureTypes.includes(this.featureType(m.place))) continue;
      if (options.admin1Code && this.optStr(this.a.admin1Code[m.place]) !== options.admin1Code) continue;
      const known = best.get(m.place);
      if (!known || this.compare(m, known) < 0) best.set(m.place, m);
    }
    return [...best.values()];
  }

  private compare(x: Match, y: Match): number {
    return (
      (x.distance ?? 0) - (y.distance ?? 0) ||
      tier(x.level) - tier(y.level) ||
      FEATURE_RANK[this.featureType(x.place)] - FEATURE_RANK[this.featureType(y.place)] ||
      this.a.population[y.place] - this.a.population[x.place] ||
      x.place - y.place
    );
  }

  place(i: number): Place {
    const a = this.a;
    const place: Place = {
      id: this.str(a.id[i]),
      name: this.str(a.name[i]),
      lat: a.lat[i],
      lon: a.lon[i],
      featureType: FEATURE_TYPES[a.featureType[i]],
      country: this.str(a.country[i]),
      coordQuality: COORD_QUALITIES[a.coordQuality[i]],
    };
    const optional: Partial<Place> = {
      featureCode: this.optStr(a.featureCode[i]),
      geonameId: a.geonameId[i] || undefined,
      admin1: this.optStr(a.admin1[i]),
      admin1Code: this.optStr(a.admin1Code[i]),
      admin2: this.optStr(a.admin2[i]),
      formerAdmin2: this.optStr(a.formerAdmin2[i]),
      population: a.population[i] || undefined,
      settlement: this.optStr(a.settlement[i]),
    };
    for (const [k, v] of Object.entries(optional)) if (v !== undefined) (place as unknown as Record<string, unknown>)[k] = v;
    return place;
  }

  private candidate(m: Match): Candidate {
    const fuzzyScore = m.distance ? Math.max(0.3, 0.8 - (0.5 * m.distance) / Math.max(m.key.length, 1) - 0.1 * (m.distance - 1)) : 0;
    return {
      ...this.place(m.place),
      matchedName: m.key,
      matchKind: m.kind,
      nameSource: NAME_SOURCES[m.level],
      ...(m.distance !== undefined ? { editDistance: m.distance } : {}),
      matchScore: m.kind === 'fuzzy' ? fuzzyScore : LEVEL_SCORE[m.level],
    };
  }
}
