import { createRequire } from 'node:module';
import actors from '../../lexicon/events/actors.json' with { type: 'json' };
import nameDemonyms from '../../lexicon/actors/demonyms.json' with { type: 'json' };
import { wordPrefixes } from '../word-prefixes.js';

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  altSpellings?: string[];
  demonyms?: { eng?: { f: string; m: string } };
}

const world = createRequire(import.meta.url)('world-countries/countries.json') as WorldCountry[];

/** Lower-cased country names, demonyms and metonyms ("Kremlin") → ISO 3166-1 alpha-3. */
const COUNTRY_WORDS = new Map<string, string>();
const ALPHA3_BY_ALPHA2 = new Map<string, string>();
const NAME_BY_ALPHA3 = new Map<string, string>();
for (const country of world) {
  ALPHA3_BY_ALPHA2.set(country.cca2, country.cca3);
  NAME_BY_ALPHA3.set(country.cca3, country.name.common);
  COUNTRY_WORDS.set(country.name.common.toLowerCase(), country.cca3);
  COUNTRY_WORDS.set(country.name.official.toLowerCase(), country.cca3);
  const demonyms = country.demonyms?.eng;
  if (demonyms) {
    COUNTRY_WORDS.set(demonyms.m.toLowerCase(), country.cca3);
    COUNTRY_WORDS.set(demonyms.f.toLowerCase(), country.cca3);
  }
}
/** Other English spellings of a country's name ("Burma", "Holland", "Democratic People's Republic of Korea"); not codes or other scripts. */
const ENGLISH_SPELLING = /^[A-Z][A-Za-z' -]{3,}$/;
const altSpellings = (country: WorldCountry) => (country.altSpellings ?? []).filter((s) => ENGLISH_SPELLING.test(s) && s !== s.toUpperCase()).map((s) => s.toLowerCase());
for (const country of world) for (const spelling of altSpellings(country)) if (!COUNTRY_WORDS.has(spelling)) COUNTRY_WORDS.set(spelling, country.cca3);
for (const [word, code] of Object.entries({ ...actors.extraDemonyms, ...actors.metonyms, ...actors.extraCountryNames })) COUNTRY_WORDS.set(word, code);
// The names stage's demonyms the gazetteer lacks ('Kampuchean', 'Azeri'): one list for every stage; an identity with no state names no country.
for (const [word, code] of Object.entries(nameDemonyms.demonyms)) if (code && !COUNTRY_WORDS.has(word.toLowerCase())) COUNTRY_WORDS.set(word.toLowerCase(), code);
/** Words that name a country or its government by themselves (not adjectives): "Russia", "the Kremlin", "Russians". */
const COUNTRY_NAMES = new Set<string>([
  ...world.flatMap((c) => [c.name.common.toLowerCase(), c.name.official.toLowerCase(), ...altSpellings(c)]),
  ...Object.keys(actors.metonyms),
  ...Object.keys(actors.extraCountryNames),
]);
// A plural demonym names the people or the side: "the Russians", "Ukrainians".
for (const [word, code] of [...COUNTRY_WORDS]) {
  if (/[a-z]an$/.test(word)) {
    COUNTRY_WORDS.set(word + 's', code);
    COUNTRY_NAMES.add(word + 's');
  }
}

export function isCountryName(words: string): boolean {
  return COUNTRY_NAMES.has(words.toLowerCase());
}

/** The common English name of a country by its ISO 3166-1 alpha-3 code. */
export function countryName(alpha3Code: string): string | undefined {
  return NAME_BY_ALPHA3.get(alpha3Code);
}

export const MAX_COUNTRY_WORDS = 4;

/** The ISO3 country a phrase names or stands for ("Ukrainian", "Russia", "the Kremlin"), if any. */
export function countryOfWords(words: string): string | undefined {
  return COUNTRY_WORDS.get(words.toLowerCase().replace(/^the /, ''));
}

let countryWordPrefixes: Set<string> | undefined;

/** "united", "united states": the opening words of longer country words. */
function isCountryWordPrefix(words: string): boolean {
  countryWordPrefixes ??= wordPrefixes(COUNTRY_WORDS.keys());
  return countryWordPrefixes.has(words);
}

/**
 * The longest run of words from `first` (lower-cased, at most MAX_COUNTRY_WORDS, before `end`) that
 * `countryOfWords` knows, as its country and its number of words; with `words`, only a run of that length.
 */
export function longestCountryWords(lowerWords: readonly string[], first: number, end: number, words?: number): [string, number] | undefined {
  let found: [string, number] | undefined;
  let joined = '';
  for (let n = 1; n <= MAX_COUNTRY_WORDS && first + n <= end; n++) {
    joined = n === 1 ? lowerWords[first] : `${joined} ${lowerWords[first + n - 1]}`;
    const key = joined.startsWith('the ') ? joined.slice(4) : joined;
    const code = COUNTRY_WORDS.get(key);
    if (code && (words === undefined || n === words)) found = [code, n];
    if (joined !== 'the' && !isCountryWordPrefix(key)) break;
  }
  return found;
}

export function alpha3(alpha2: string | undefined): string | undefined {
  return alpha2 ? ALPHA3_BY_ALPHA2.get(alpha2.toUpperCase()) : undefined;
}

/** Countries named in a stretch of text, word by word (up to four-word names). */
export function countriesIn(text: string): string[] {
  const words = text.match(/[\p{L}.'-]+/gu) ?? [];
  const found: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(MAX_COUNTRY_WORDS, words.length - i); n >= 1; n--) {
      const code = countryOfWords(words.slice(i, i + n).join(' '));
      if (code) {
        found.push(code);
        i += n - 1;
        break;
      }
    }
  }
  return found;
}
