import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityKind } from '../contract.js';
import { packageRoot } from '../../package-root.js';
import { tokenize } from '../tokens.js';
import titlesData from '../../lexicon/actors/titles.json' with { type: 'json' };
import headsData from '../../lexicon/actors/organization-heads.json' with { type: 'json' };
import demonymData from '../../lexicon/actors/demonyms.json' with { type: 'json' };
import forceVerbsData from '../../lexicon/actors/force-verbs.json' with { type: 'json' };

export type ActorKind = Exclude<EntityKind, 'place'>;

/** One actor of a conflict-*.json file. */
export interface LexiconActor {
  name: string;
  kind: ActorKind;
  country?: string;
  sector?: string;
  role?: string;
  military?: boolean; // the country's armed forces as a whole: "Russian forces" joins it
  aliases: string[];
  contextual?: string[];
}

/** A phrase of words, looked up word by word: `next` by the following word (lower-cased). */
export interface PhraseNode<T> {
  next: Map<string, PhraseNode<T>>;
  values: T[];
}

export interface AliasEntry {
  actor: LexiconActor;
  words: string[]; // the alias's tokens as written
  contextual: boolean;
}

function newNode<T>(): PhraseNode<T> {
  return { next: new Map(), values: [] };
}

function addPhrase<T>(root: PhraseNode<T>, words: readonly string[], value: T): void {
  let node = root;
  for (const word of words) {
    const key = word.toLowerCase();
    let child = node.next.get(key);
    if (!child) node.next.set(key, (child = newNode<T>()));
    node = child;
  }
  node.values.push(value);
}

const wordsOf = (phrase: string) => tokenize(phrase).map((t) => t.text);

const lexiconDir = join(packageRoot(), 'src', 'lexicon', 'actors');
const actorFiles = readdirSync(lexiconDir).filter((f) => /^conflict-.*\.json$/.test(f)).sort();

/** Every actor of every conflict file. */
export const ACTORS: readonly LexiconActor[] = actorFiles.flatMap(
  (file) => (JSON.parse(readFileSync(join(lexiconDir, file), 'utf8')) as { actors: LexiconActor[] }).actors,
);

/** Aliases by their words, for longest-match lookup from any token. */
export const ALIASES: PhraseNode<AliasEntry> = newNode();
for (const actor of ACTORS) {
  for (const alias of actor.aliases) addPhrase(ALIASES, wordsOf(alias), { actor, words: wordsOf(alias), contextual: false });
  for (const alias of actor.contextual ?? []) addPhrase(ALIASES, wordsOf(alias), { actor, words: wordsOf(alias), contextual: true });
}

/** The country's armed forces as a whole, by ISO3. */
/** Verbs of armed action ('shelled', 'attacked'): their subject is a force, and what they say is an act, not speech. */
export const FORCE_VERBS: ReadonlySet<string> = new Set(forceVerbsData.verbs);

export const MILITARY_OF_COUNTRY = new Map(ACTORS.filter((a) => a.military && a.country).map((a) => [a.country!, a]));

export interface TitleEntry {
  words: string[]; // lower-cased
  sector: string;
  kind: 'title' | 'honorific' | 'descriptor';
  written?: string[]; // matched only as written: "HE Dr Ibrahim Al-Ja'afari" (His Excellency), never the pronoun "he"
}

/** Whether an entry matches the tokens from `first` in its case too: only "HE", never the pronoun "he". */
export function isAsWritten(entry: TitleEntry, tokens: readonly { text: string }[], first: number): boolean {
  return !entry.written || entry.written.every((w, i) => tokens[first + i]?.text === w);
}

/** Titles, honorifics and descriptors by their words read backwards (from the word before a name). */
export const TITLES_BACKWARDS: PhraseNode<TitleEntry> = newNode();
/** The same, read forwards ("the president", "the Foreign Secretary"). */
export const TITLES: PhraseNode<TitleEntry> = newNode();

function addTitle(phrase: string, sector: string, kind: TitleEntry['kind'], asWritten = false): void {
  // Split at spaces, not tokenized: lower-case "lt. gen." would lose the periods the text's "Lt. Gen." keeps.
  const words = phrase.toLowerCase().split(/\s+/);
  const entry: TitleEntry = { words, sector, kind, ...(asWritten ? { written: phrase.split(/\s+/) } : {}) };
  addPhrase(TITLES_BACKWARDS, [...words].reverse(), entry);
  addPhrase(TITLES, words, entry);
}
for (const [sector, titles] of Object.entries(titlesData.titles)) for (const t of titles) addTitle(t, sector, 'title');
for (const service of titlesData.services) for (const t of titlesData.titles.MIL) addTitle(`${service} ${t}`, 'MIL', 'title');
for (const t of titlesData.honorifics) addTitle(t, 'CIV', 'honorific');
for (const t of titlesData.honorificsAsWritten) addTitle(t, 'CIV', 'honorific', true);
/** Words before a title that say whether it is still held: 'former', 'ousted', 'exiled'. */
export const TITLE_STATUS_MODIFIERS: ReadonlySet<string> = new Set(titlesData.statusModifiers);
/** "senior", "top": adjectives of rank that may open a title phrase before its demonyms ("a senior Houthi official"). */
export const TITLE_RANK_ADJECTIVES: ReadonlySet<string> = new Set(titlesData.rankAdjectives);
/** "gen." → "general": the title an abbreviated rank stands for. */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(Object.entries(titlesData.abbreviations));
/** Title words that, alone in lower case before an unknown name, do not make it a person ('former South Carolina', 'will host Rodeo Gainesville'). */
export const NOT_ALONE_BEFORE_NAMES: ReadonlySet<string> = new Set(titlesData.notAloneBeforeNames);
for (const [sector, words] of Object.entries(titlesData.descriptors)) for (const t of words) addTitle(t, sector, 'descriptor');

/** Titles written in lower case in a role ("spokesman"); the others are offices, capitalised ("Foreign Minister"). */
export const LOWERCASE_ROLES = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'senior adviser', 'official', 'senior official', 'commander',
  'deputy commander', 'soldier', 'officer', 'head', 'deputy head', 'chief', 'leader', 'lawmaker', 'legislator', 'press officer',
  'envoy', 'special envoy', 'military spokesman', 'army spokesman', 'field commander', 'battalion commander', 'brigade commander',
  'company commander', 'unit commander', 'military officer', 'cleric', 'police officer', 'prosecutor', 'administrator',
]);

export interface HeadInfo {
  sector: string;
}

/** Last words of organization names, with the sector they imply (first listed wins). */
export const ORG_HEADS = new Map<string, string>();
for (const [sector, words] of Object.entries(headsData.heads)) for (const w of words) if (!ORG_HEADS.has(w)) ORG_HEADS.set(w, sector);
export const ORG_FIRST_WORDS = new Map<string, string>();
for (const [sector, words] of Object.entries(headsData.firstWords)) for (const w of words) if (!ORG_FIRST_WORDS.has(w)) ORG_FIRST_WORDS.set(w, sector);
export const ARMED_HEADS = new Set(headsData.armedHeads);
/** Heads of units known by the number after them ("Task Force 50", "Committee 1267"). */
export const NUMBERED_HEADS: ReadonlySet<string> = new Set(headsData.numberedHeads);
export const ARMED_WORDS = new Set(headsData.armedWords);
export const ARMED_NAME_WORDS = new Set(headsData.armedNameWords);

export type ForceCategory = 'MIL' | 'SECURITY' | 'GOV' | 'OPP' | 'CIV' | 'REB';
/** Nouns naming a side's actor after a demonym ("Russian forces"), by their lower-cased words. */
export const FORCE_NOUNS: PhraseNode<ForceCategory> = newNode();
for (const [category, nouns] of Object.entries(headsData.forceNouns)) {
  for (const noun of nouns) addPhrase(FORCE_NOUNS, wordsOf(noun), category as ForceCategory);
}

/** Nouns after a group's name for its members, units or kind ("fighters", "tactical units", "news agency"). */
export const MEMBER_NOUNS: PhraseNode<true> = newNode();
for (const noun of headsData.memberNouns) addPhrase(MEMBER_NOUNS, wordsOf(noun), true);

/** "the ministry" → organizations whose name has that word; MIL / GOV / armed_group → by sector or kind. */
export const ORG_ANAPHORS = new Map(Object.entries(headsData.anaphors));
export const ANAPHOR_DESCRIPTORS: ReadonlySet<string> = new Set([...headsData.anaphorDescriptors.armed, ...headsData.anaphorDescriptors.other]);
export const ARMED_ANAPHOR_DESCRIPTORS: ReadonlySet<string> = new Set(headsData.anaphorDescriptors.armed);

/** Demonyms and short forms missing from the gazetteer (null: no state). */
export const EXTRA_DEMONYMS = new Map<string, string | null>(Object.entries(demonymData.demonyms));

function readList(file: string): string[] {
  return readFileSync(join(lexiconDir, file), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

export const GIVEN_NAMES = new Set(readList('given-names.txt'));
export const NOT_NAMES = new Set(readList('not-names.txt'));
