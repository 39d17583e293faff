import data from '../../lexicon/actors/organization-descriptors.json' with { type: 'json' };
import type { ActorTable } from './actors.js';
import { countryIndex } from './countries.js';
import { GIVEN_NAMES } from './lexicon.js';
import { isNameWord, sequenceAt } from './sequences.js';
import { isNotName, isPossessive } from './text.js';

const BEFORE = new Map(Object.entries(data.before));
const AFTER = new Set(data.after);
const ARTICLES = new Set(data.articles);
const LONGEST = Math.max(...[...BEFORE.keys(), ...AFTER].map((noun) => noun.split(' ').length));

/**
 * "Syrian news agency Sana", "the German company Züblin", "the terrorist group ISIL": a noun for a kind of
 * body right before a capitalised name makes the name an organization, and the noun (with a demonym, or
 * words after an article) is part of its mention. "its Amaq news agency": a media noun after a single
 * capitalised word does too. Runs after the lexicon pass (whose names it widens) and before the
 * capitalised pass (which would leave such a name alone).
 */
export function findDescribedNames(table: ActorTable): void {
  const { tokens } = table.facts;
  for (let i = 0; i < tokens.length; i++) {
    const before = kindNounAt(table, i, BEFORE);
    if (before) describedAfter(table, i, before.end, BEFORE.get(before.noun)!);
    else if (isNameWord(table, i) && !table.facts.sentenceInitial[i]) mediaAfter(table, i);
  }
}

/** The longest noun of `nouns` over free lower-case tokens from i, and the token after it. */
function kindNounAt(table: ActorTable, i: number, nouns: ReadonlySet<string> | ReadonlyMap<string, string>): { noun: string; end: number } | undefined {
  const { tokens } = table.facts;
  let found: { noun: string; end: number } | undefined;
  for (let n = 1; n <= LONGEST && i + n <= tokens.length; n++) {
    const words = tokens.slice(i, i + n);
    if (words.some((t, k) => t.kind !== 'word' || (k > 0 && t.start !== words[k - 1].end + 1)) || !table.free(i, i + n)) break;
    const noun = words.map((t) => t.text).join(' ');
    if (/^\p{Lu}/u.test(noun) && !/^TV/.test(noun)) break;
    if (nouns.has(noun)) found = { noun, end: i + n };
  }
  return found;
}

/** The name after the kind noun at [from, at), taken or made an organization's, its mention widened over the noun. */
function describedAfter(table: ActorTable, from: number, at: number, sector: string): void {
  const { tokens } = table.facts;
  if (at >= tokens.length || tokens[at].start !== tokens[at - 1].end + 1 || !isNameWord(table, at)) return;
  const first = openingOf(table, from);
  const held = table.ownerOf(at);
  if (held) {
    const m = held.mentions.find((x) => x.first === at || (x.first === at - 1 && table.facts.lower[at - 1] === 'the'));
    if (held.kind === 'person' || !m || m.first !== at) return;
    table.extendBack(held, m, first);
    return;
  }
  const { last } = sequenceAt(table, at);
  const words = tokens.slice(at, last).map((t) => t.text);
  if (words.some((w) => isNotName(w)) || GIVEN_NAMES.has(words[0])) return;
  const end = isPossessive(words[words.length - 1]) ? tokens[last - 1].end - 2 : tokens[last - 1].end;
  const name = table.facts.doc.text.slice(tokens[at].start, end);
  // A kind noun says the name is a body's, even one the gazetteer also knows as a place ("La Prensa"); a country's is not.
  if (countryIndex().countryOf(name) !== undefined) return;
  const actor = table.actor(`org:${name}`, { kind: 'organization', name, sector });
  table.mention(actor, first, last, undefined, end);
}

/**
 * "Syrian news agency", "the German company", "the opposition newspaper": where the phrase naming the kind
 * opens. Demonyms join; lower-case words join only when an article opens the phrase.
 */
function openingOf(table: ActorTable, noun: number): number {
  const { tokens, lower } = table.facts;
  const countries = countryIndex();
  let first = noun;
  for (let k = noun - 1; k >= 0 && noun - k <= 3; k--) {
    if (tokens[k].kind !== 'word' || tokens[k].end + 1 !== tokens[k + 1].start || !table.free(k, k + 1)) break;
    if (ARTICLES.has(lower[k])) return k;
    if (countries.countryOf(tokens[k].text)) first = k;
    else if (!/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k].text)) break;
  }
  return first;
}

/** "its Amaq news agency": a single free capitalised word and a media noun after it, one organization. */
function mediaAfter(table: ActorTable, i: number): void {
  const { tokens } = table.facts;
  if (table.owner[i] !== 0 || i + 1 >= tokens.length || tokens[i + 1].start !== tokens[i].end + 1 || (i > 0 && isNameWord(table, i - 1))) return;
  const after = kindNounAt(table, i + 1, AFTER);
  if (!after) return;
  const name = tokens[i].text;
  const countries = countryIndex();
  if (isNotName(name) || GIVEN_NAMES.has(name) || countries.countryOf(name) !== undefined || countries.isPlace(name)) return;
  const actor = table.actor(`org:${name}`, { kind: 'organization', name, sector: 'MED' });
  table.mention(actor, i, after.end);
}
