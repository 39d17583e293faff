import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Romanisation {
  vowels: string;
  wordFinal: Record<string, string[]>;
  sequences: Record<string, string[]>;
  wordInitial: Record<string, string[]>;
  afterVowel: Record<string, string[]>;
  letters: Record<string, string[]>;
}

interface TransliterationTables {
  ukrainian: Romanisation;
  russian: Romanisation;
  ukrainianToRussian: [string, string][];
  ukrainianToRussianAlternatives: [string, string][];
  ukrainianDerived: [string, string][];
}

/** Beyond this many combinations a name keeps only its per-system spellings. */
const MAX_COMBINATIONS = 64;

export function loadTransliterationTables(dataDir: string): TransliterationTables {
  return JSON.parse(readFileSync(join(dataDir, 'transliteration.json'), 'utf8')) as TransliterationTables;
}

function wordUnits(word: string, table: Romanisation): string[][] {
  const units: string[][] = [];
  let i = 0;
  while (i < word.length) {
    const rest = word.slice(i);
    const final = Object.keys(table.wordFinal).find((k) => rest === k);
    if (final) {
      units.push(table.wordFinal[final]);
      break;
    }
    const seq = Object.keys(table.sequences).find((k) => rest.startsWith(k));
    if (seq) {
      units.push(table.sequences[seq]);
      i += seq.length;
      continue;
    }
    const ch = word[i];
    const prev = i > 0 ? word[i - 1] : '';
    const options =
      (i === 0 ? table.wordInitial[ch] : undefined) ??
      (prev && table.vowels.includes(prev) ? table.afterVowel[ch] : undefined) ??
      table.letters[ch] ??
      [ch];
    units.push(options);
    i += 1;
  }
  return units;
}

function combine(units: string[][]): string[] {
  const count = units.reduce((n, u) => n * u.length, 1);
  if (count <= MAX_COMBINATIONS) {
    let out = [''];
    for (const unit of units) out = out.flatMap((prefix) => unit.map((option) => prefix + option));
    return out;
  }
  // Too many: one spelling per system, the n-th rendering of every letter (or its last one).
  const widest = Math.max(...units.map((u) => u.length));
  const out: string[] = [];
  for (let n = 0; n < widest; n++) out.push(units.map((u) => u[Math.min(n, u.length - 1)]).join(''));
  return out;
}

/** Every romanisation of a lower-case Cyrillic name under one table, the first being the official one. */
export function romanise(cyrillic: string, table: Romanisation): string[] {
  const words = cyrillic.toLowerCase().split(/\s+/).filter(Boolean);
  let out = [''];
  for (const word of words) {
    const spellings = combine(wordUnits(word, table));
    out = out.flatMap((prefix) => spellings.map((s) => (prefix ? `${prefix} ${s}` : s)));
    if (out.length > MAX_COMBINATIONS) out = out.slice(0, MAX_COMBINATIONS);
  }
  return out;
}

function rewriteWords(name: string, rules: [string, string][]): string {
  return name
    .toLowerCase()
    .split(/\s+/)
    .map((word) => rules.reduce((w, [pattern, replacement]) => w.replace(new RegExp(pattern, 'g'), replacement), word))
    .join(' ');
}

export interface CyrillicSpellings {
  /** Romanisations of the name as written. */
  transliterations: string[];
  /** Romanisations of forms derived from it (Russian-style, long/short forms): weaker evidence. */
  derived: string[];
}

/** The Latin spellings of a Ukrainian Cyrillic place name. */
export function ukrainianSpellings(name: string, tables: TransliterationTables): CyrillicSpellings {
  const transliterations = romanise(name, tables.ukrainian);
  const derived = new Set<string>();
  const russianForms = new Set([rewriteWords(name, tables.ukrainianToRussian)]);
  for (const rule of tables.ukrainianToRussianAlternatives) {
    const first = rewriteWords(name, [rule]);
    if (first !== name.toLowerCase()) russianForms.add(rewriteWords(first, tables.ukrainianToRussian));
  }
  for (const form of russianForms) for (const s of romanise(form, tables.russian)) derived.add(s);
  const derivedForm = rewriteWords(name, tables.ukrainianDerived);
  if (derivedForm !== name.toLowerCase()) for (const s of romanise(derivedForm, tables.ukrainian)) derived.add(s);
  return { transliterations, derived: [...derived] };
}

/** The Latin spellings of a Russian Cyrillic place name. */
export function russianSpellings(name: string, tables: TransliterationTables): string[] {
  return romanise(name, tables.russian);
}

/** Whether a Cyrillic name is spelled the Ukrainian way, the Russian way, or cannot be told. */
export function cyrillicLanguage(name: string): 'uk' | 'ru' | 'either' {
  if (/[іїєґ']/i.test(name)) return 'uk';
  if (/[ыэъё]/i.test(name)) return 'ru';
  return 'either';
}

export type { TransliterationTables };
