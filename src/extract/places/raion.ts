import { normalizeName } from '../../gazetteer/index.js';
import raionRenames from '../../lexicon/places/ua-raion-renames.json' with { type: 'json' };

const TYPE_WORD = / (raion|rayon|district|region|municipality|urban raion|city municipality)$/;
/** Adjectival endings of district names in Ukrainian, Russian and English spellings: Yasynuvatskyi, Yasinovatsky, Novoaydarsky. */
const ADJECTIVE = /(s?kyi|s?kiy|s?kii|s?kyy|s?kij|s?ky|s?ka|s?ke|s?koe|s?koye|s?k)$/;
const MIN_PREFIX = 4;

const RENAMES = new Map(Object.entries(raionRenames.renames).map(([from, to]) => [stem(from), stem(to)]));

function stem(name: string): string {
  return normalizeName(name).replace(TYPE_WORD, '').replace(ADJECTIVE, '');
}

/**
 * The consonants of a district's stem, with kh/h/g made one: Yasinovatsky and Yasynuvatskyi, Bahmutskiy
 * and Bakhmut, Amvrosievsky and Amvrosiivka differ in vowels and those letters only.
 */
function skeleton(s: string): string {
  return s.replace(/kh/g, 'h').replace(/g/g, 'h').replace(/[aeiouy\s]/g, '').replace(/(.)\1+/g, '$1');
}

/** The keys a district name in a text may match: its own, and its current name when it was renamed. */
export function raionKeys(name: string): string[] {
  const s = stem(name);
  const keys = [skeleton(s)];
  const renamed = RENAMES.get(s);
  if (renamed) keys.push(skeleton(renamed));
  return keys.filter((k) => k.length >= 2);
}

/**
 * Whether a place's second-level division is the one a text names: its current raion or, in Ukraine,
 * the raion it was in before the 2020 reform (as the gazetteer names them).
 */
export function inRaion(place: { admin2?: string; formerAdmin2?: string }, keys: readonly string[]): boolean {
  if (!keys.length) return false;
  const own = [place.admin2, place.formerAdmin2].flatMap((name) => (name ? raionKeys(name) : []));
  return keys.some((k) => own.some((o) => sameRaion(k, o)));
}

function sameRaion(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= MIN_PREFIX && long.startsWith(short) && long.length - short.length <= 2;
}
