import lexicon from '../../lexicon/actors/noun-phrase.json' with { type: 'json' };
import extent from '../../lexicon/places/extent.json' with { type: 'json' };
import groups from '../../lexicon/actors/group-nouns.json' with { type: 'json' };
import type { Entity, Span } from '../contract.js';
import type { Doc, Stage } from '../document.js';
import { countryIndex } from './countries.js';
import { endsNounPhraseBefore } from './verb-after-noun.js';

const DETERMINERS = new Set([...lexicon.determiners, ...lexicon.possessives]);
const QUANTIFIERS = new Set(lexicon.quantifiers);
const CARDINALS = new Set(lexicon.cardinals);
const COUNT_NOUNS = new Set(lexicon.countNouns);
const COLLECTIVE_NOUNS = new Set(lexicon.collectiveNouns);
const FIGURE_COUNTED_NOUNS = new Set(lexicon.figureCountedNouns);
const OF_HEADS = new Set(lexicon.ofHeads);
const PRONOUNS = new Set(lexicon.pronouns);
/** Plural nouns of people ('victims', 'men'): they qualify no noun after them, so the word after is the verb ('The victims included'). */
const PEOPLE_NOUNS = new Set(groups.nouns);
/** Adjectives a group's mention takes in ('innocent civilians'), also before a group named by a name or demonym ('suspected IS fighters', 'senior Iraqi officials', 'young Iraqis'). */
const MODIFIERS = new Set(groups.modifiers);
const NUMBER = /^\d[\d,.]*$/;
const MAX_OPENING_WORDS = 4;

/**
 * Widens each mention of a group named by a common noun ("army", "supporters", "Iraqi leaders") over
 * the words opening its noun phrase — "the army", "their supporters", "the two leaders", "thousands
 * of fighters" — the full extent that re3d and ACE mark. Proper names and pronouns keep their span:
 * whether "the" belongs to a name is the name passes' call. Runs last: later stages see the names
 * stage's spans.
 */
export const nounPhraseStage: Stage = {
  name: 'noun-phrases',
  run(doc) {
    const starts = new Map<number, number>(); // token index by start offset
    doc.tokens.forEach((t, i) => starts.set(t.start, i));
    for (const entity of doc.entities) {
      if (entity.kind === 'place') continue;
      entity.mentions = entity.mentions.map((m) => widened(doc, entity, m, starts));
    }
  },
};

function widened(doc: Doc, entity: Entity, original: Span, starts: Map<number, number>): Span {
  const first = starts.get(original.start);
  const demonyms = isDemonymPlural(original.text);
  // "the people" that an earlier stage found whole still takes in whose people they are: "the people of Mosul".
  if (first !== undefined && opensWithDeterminer(original.text)) return ofWhom(doc, entity, original, starts);
  if (first === undefined || !(headIsCommonNoun(original.text) || demonyms)) return original;
  const mention = ofWhom(doc, entity, original, starts);
  const tokens = doc.tokens;
  if (mention === original && !demonyms && !PEOPLE_NOUNS.has(lastWordOf(mention.text).toLowerCase()) && qualifiesNoun(doc, mention.end)) return mention;
  const counted = !startsWithName(original.text);
  let open = first;
  const figureCounted = FIGURE_COUNTED_NOUNS.has(lastWordOf(mention.text).toLowerCase());
  let described = true; // modifiers stand next to the noun, after any count: "two wounded soldiers", not "wounded two soldiers"
  for (let k = first - 1; k >= 0 && first - k <= MAX_OPENING_WORDS; k--) {
    const t = tokens[k];
    if ((t.kind !== 'word' && !(figureCounted && NUMBER.test(t.text))) || !onOneLine(doc, tokens[k].end, tokens[k + 1].start)) break;
    const word = t.text.toLowerCase();
    if (DETERMINERS.has(word)) {
      open = k;
      break;
    }
    if (CARDINALS.has(word) || NUMBER.test(t.text)) {
      if (!counted) break; // "three ISIL tactical units": the count is no part of a named group's mention
      open = k;
      described = false;
    } else if (QUANTIFIERS.has(word)) {
      open = k;
      described = false;
    } else if (described && MODIFIERS.has(word) && !verbAfterMention(doc, k)) open = k; // "suspected IS fighters", "Young men ran …"
    else if (word === 'of' && collectsGroup(tokens[k - 1]?.text.toLowerCase() ?? '', demonyms)) {
      open = k - 1;
      k--;
    } else break;
  }
  const joined = overJoinedDescriptions(doc, open, mention);
  if (joined === first) return mention;
  // Words another entity holds stay its own.
  const start = tokens[open].start;
  if (open !== first && doc.entities.some((e) => e !== entity && e.mentions.some((m) => m.start < mention.start && start < m.end))) return mention;
  return doc.span(tokens[joined].start, mention.end);
}

/** "thousands of fighters", "a group of businessmen", "a group of Syrians" (but "Syrians" alone after "thousands of"): a noun before "of" that takes the group in. */
function collectsGroup(noun: string, demonyms: boolean): boolean {
  return COLLECTIVE_NOUNS.has(noun) || (!demonyms && COUNT_NOUNS.has(noun));
}

/**
 * "Kurdish and Yezidi fighters", "religious and civic leaders", "Kurdish, Yezidi and Christian fighters": describing
 * words joined by "and" before the word that opens the mention at `open` describe the group together; the first of them.
 */
function overJoinedDescriptions(doc: Doc, open: number, mention: Span): number {
  const { tokens } = doc;
  const lower = (k: number) => tokens[k]?.text.toLowerCase();
  if (!describes(doc, open, mention) || lower(open - 1) !== 'and') return open;
  let k = open - 2;
  if (tokens[k]?.text === ',') k--;
  if (!describes(doc, k, mention) || /^\p{Lu}/u.test(tokens[k].text) !== /^\p{Lu}/u.test(tokens[open].text)) return open;
  while (tokens[k - 1]?.text === ',' && describes(doc, k - 2, mention)) k -= 2;
  return k;
}

/** A word that describes a group: an adjective of 'modifiers', or a capitalised word no other literal name holds ("Yezidi", "German"). */
function describes(doc: Doc, k: number, mention: Span): boolean {
  const t = doc.tokens[k];
  if (!t || t.kind !== 'word') return false;
  if (!/^\p{Lu}/u.test(t.text)) return MODIFIERS.has(t.text.toLowerCase());
  if (doc.sentences.some((s) => s.firstToken === k)) return false;
  const isMention = (m: Span) => m.start === mention.start && m.end === mention.end;
  return !doc.entities.some((e) => e.mentions.some((m) => m.sense === undefined && !isMention(m) && m.start <= t.start && t.end <= m.end));
}

/**
 * "the people of Mosul", "the families of the victims", "senior officials of the EU": a head of
 * 'ofHeads' takes in the mention right after "of" (after "the"), whose people they are.
 */
function ofWhom(doc: Doc, entity: Entity, mention: Span, starts: Map<number, number>): Span {
  const words = mention.text.split(/\s+/);
  if (!OF_HEADS.has(words[words.length - 1].toLowerCase())) return mention;
  const of = /^ of (?:the )?/u.exec(doc.text.slice(mention.end, mention.end + 9));
  if (!of) return mention;
  const at = mention.end + of[0].length;
  if (starts.get(at) === undefined) return mention;
  const whose = doc.entities
    .filter((e) => e !== entity)
    .flatMap((e) => e.mentions)
    .filter((m) => m.start === at || (m.start === mention.end + 4 && m.text.toLowerCase().startsWith('the ')))
    .sort((a, b) => b.end - a.end)[0];
  return whose ? doc.span(mention.start, whose.end) : mention;
}

/** "the people", "their families": a determiner opens the mention and a common noun closes it. */
function opensWithDeterminer(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length > 1 && DETERMINERS.has(words[0].toLowerCase()) && /^\p{Ll}/u.test(words[words.length - 1]);
}

/** "army", "Iraqi leaders", "ISIL tactical unit": the last word is in lower case. */
function headIsCommonNoun(text: string): boolean {
  const words = text.split(/\s+/);
  const head = words[words.length - 1];
  return /^\p{Ll}/u.test(head) && !PRONOUNS.has(head) && !DETERMINERS.has(words[0].toLowerCase());
}

/** "guerrillas wounded British soldiers": a participle right after another mention is its verb, no adjective. */
function verbAfterMention(doc: Doc, k: number): boolean {
  const before = doc.tokens[k - 1];
  return /ed$/.test(doc.tokens[k].text) && before !== undefined && doc.entityAt(before.start, before.end) !== undefined;
}

/** "Iraqis", "Moroccans": a group named by a plural demonym alone, which a count or quantifier opens as a common noun's ("two Moroccans", "all Syrians"). */
function isDemonymPlural(text: string): boolean {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(text)) return false;
  const index = countryIndex();
  return index.countryOf(text) !== undefined || index.countryOf(text.slice(0, -1)) !== undefined;
}

/** "ISIL tactical units", "Coalition forces": the mention opens with a name, not a demonym ("Iraqi soldiers"). */
function startsWithName(text: string): boolean {
  const word = text.split(/\s+/)[0];
  return /^\p{Lu}/u.test(word) && countryIndex().countryOf(word) === undefined;
}

const lastWordOf = (text: string) => text.slice(text.lastIndexOf(' ') + 1);

/** "a military airport", "two artillery systems": a lower-case noun right after the group's is the head it qualifies. */
function qualifiesNoun(doc: Doc, end: number): boolean {
  const next = /^ (\p{Ll}[\p{L}-]*)/u.exec(doc.text.slice(end, end + 40));
  return next !== null && !endsNounPhraseBefore(lastWordOf(doc.text.slice(0, end)), next[1]);
}

function onOneLine(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (doc.text.charCodeAt(k) !== 32) return false;
  return true;
}
