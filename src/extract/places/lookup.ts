import { boundedEditDistance } from '../../gazetteer/fuzzy.js';
import { loadGazetteer, normalizeName, type Candidate, type Gazetteer } from '../../gazetteer/index.js';

const CANDIDATE_LIMIT = 40;
const MIN_ALIAS_LETTERS = 5;
/** A spelling differs from the name by at most 2 letters, or 30% of them in a long name ("Al Huwayjah" for Al Ḩawījah). */
const MIN_ALIAS_EDITS = 2;
const ALIAS_EDIT_SHARE = 0.3;
const CACHE_LIMIT = 200_000;

let gazetteer: Gazetteer | undefined;
const exactCache = new Map<string, Candidate[]>();
const fuzzyCache = new Map<string, Candidate[]>();

export function placeGazetteer(): Gazetteer {
  return (gazetteer ??= loadGazetteer());
}

function cached(cache: Map<string, Candidate[]>, name: string, find: () => Candidate[]): Candidate[] {
  let hit = cache.get(name);
  if (hit === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    hit = find();
    cache.set(name, hit);
  }
  return hit;
}

/** Places known by exactly this name (or a recorded variant of it); memoised, the gazetteer being read-only. */
export function exactCandidates(name: string): Candidate[] {
  return cached(exactCache, name, () => {
    const key = normalizeName(name).replace(/^the /, '');
    return placeGazetteer()
      .lookup(name, { limit: CANDIDATE_LIMIT })
      .filter((c) => c.matchKind !== 'fuzzy' && !isStrayAlias(key, c));
  });
}

/**
 * An alternate name unlike the place's own ("Lake" for Uniontown, "Berea" for Aleppo): GeoNames
 * alternate names hold historic and local names that news almost never means. Kept only for
 * prominent places whose own name starts alike ("Kiev" for Kyiv).
 */
function isStrayAlias(key: string, c: Candidate): boolean {
  // Countries, divisions and the hand-curated layer carry only names checked to be theirs.
  if (c.nameSource === 'canonical' || c.featureType === 'country' || c.featureType === 'admin1' || c.id.startsWith('curated:')) return false;
  const own = normalizeName(c.name);
  // "Grove" for Grove City: a small place's name cut to its first word is another word or another place.
  if (/^[ -]/.test(own.slice(key.length)) && own.startsWith(key)) return (c.population ?? 0) < 100_000;
  if (own.startsWith(key) || key.startsWith(own)) return false;
  // "Raqqa" for Ar Raqqah, "Hilla" for Al Ḩillah: the name without its Arabic article.
  if (/^(?:a[lrsdntz]|ash|adh|ath|e[lsdn]) /.test(own) && own.slice(own.indexOf(' ') + 1).startsWith(key)) return false;
  // Ukraine's alternates come from the curated layer (renamed places, Russian-style spellings).
  if (c.nameSource !== 'alternate' || c.country === 'UA') return false;
  if (own[0] !== key[0]) return true;
  if (expandAbbreviations(key) === expandAbbreviations(own)) return false;
  // Short alternates are other languages' words ("Ben" for Bern, "Make" for Mackay, "Roma").
  if (key.replace(/ /g, '').length < MIN_ALIAS_LETTERS) return true;
  // A small town's alternate must be a spelling of its name ("Valday" for Valdai), not another word ("Market" for Marquette).
  const edits = Math.max(MIN_ALIAS_EDITS, Math.floor(ALIAS_EDIT_SHARE * key.length));
  if ((c.population ?? 0) < 100_000 && boundedEditDistance(key, own, edits) > edits) return true;
  return (c.population ?? 0) < 100_000 && !own.includes(key) && own.slice(0, 2) !== key.slice(0, 2);
}

/**
 * The places of a name in one division, for a name glossed with its division ("Andreyevka village,
 * Donetsk oblast"): a common name's namesakes elsewhere may fill the first candidates.
 */
export function candidatesIn(name: string, admin1Code: string, fuzzy = false): Candidate[] {
  return cached(fuzzy ? fuzzyCache : exactCache, `${admin1Code}|${name}`, () => {
    const key = normalizeName(name).replace(/^the /, '');
    return placeGazetteer()
      .lookup(name, { limit: CANDIDATE_LIMIT, admin1Code, fuzzy })
      .filter((c) => (fuzzy ? c.matchKind === 'fuzzy' : c.matchKind !== 'fuzzy' && !isStrayAlias(key, c)));
  });
}

/** "St. Cloud" is Saint Cloud, "Ft. Worth" Fort Worth, "Mt. Vernon" Mount Vernon. */
function expandAbbreviations(name: string): string {
  return name.replace(/\bste?\b\.?/g, (m) => (m.startsWith('ste') ? 'sainte' : 'saint')).replace(/\bft\b\.?/g, 'fort').replace(/\bmt\b\.?/g, 'mount');
}

/** Misspelling matches, for names that context already marks as places. */
export function fuzzyCandidates(name: string): Candidate[] {
  return cached(fuzzyCache, name, () => placeGazetteer().lookup(name, { fuzzy: true, limit: CANDIDATE_LIMIT }).filter((c) => c.matchKind === 'fuzzy'));
}
