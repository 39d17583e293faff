import groups from '../../lexicon/actors/group-nouns.json' with { type: 'json' };
import type { Entity } from '../contract.js';
import type { Doc, Stage } from '../document.js';
import { tokensInMentions } from '../mention-tokens.js';
import { isPossessive, withoutPossessive } from '../possessive.js';

const NOUNS = new Set(groups.nouns);
/** Plural nouns that name a group of people on their own ('civilians', 'victims', 'partners'). */
export const GROUP_NOUNS: ReadonlySet<string> = NOUNS;
const SECTORS = new Map(Object.entries(groups.sectors));
const MODIFIERS = new Set(groups.modifiers);
const PERSON_NOUNS = new Set(groups.personNouns);
const DETERMINERS = new Set(groups.determiners);
const QUANTIFIERS = new Set(groups.coordinatedQuantifiers);
const JOINED_NOUNS = new Set(groups.joinedNouns);
const NUMBER = /^\d[\d,.]*$/;
const MODIFIED_NOUNS = new Set(groups.modifiedNouns);
const OWNERS = new Set(groups.ownerDeterminers);
const PLACE_NOUNS = new Set(groups.placeNouns);

/** "our forces": a possessive determiner no mention holds right before the noun at i. */
function isOwned(doc: Doc, lowers: readonly string[], taken: Uint8Array, i: number): boolean {
  return i > 0 && OWNERS.has(lowers[i - 1]) && !taken[i - 1] && doc.tokens[i - 1].end + 1 === doc.tokens[i].start;
}

/**
 * "civilians", "the victims", "our partners": a plural noun naming a group of people that no
 * earlier stage took is a mention of an unnamed group, one organization per noun in a report; "a man",
 * "the spokesman" after a determiner, an unnamed person, one per mention.
 * Runs after the events stage (which reads such nouns itself) and before the noun-phrase stage,
 * which widens the mention over "the", "our", "three".
 */
export function findGroupNouns(doc: Doc): void {
  const { tokens } = doc;
  const lowers = doc.tokensInLowerCase();
  const taken = tokensInMentions(doc);
  const sentenceFirsts = new Set(doc.sentences.map((s) => s.firstToken));
  const byNoun = new Map<string, Entity>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind !== 'word' || taken[i] || !/^\p{Ll}/u.test(token.text)) continue;
    const noun = withoutPossessive(lowers[i]);
    if (PERSON_NOUNS.has(noun)) {
      unnamedPerson(doc, taken, sentenceFirsts, i);
      continue;
    }
    const modified = MODIFIED_NOUNS.has(noun);
    if (PLACE_NOUNS.has(noun)) {
      peopleOfPlace(doc, lowers, taken, i);
      continue;
    }
    if (!NOUNS.has(noun) && !modified) continue;
    if (tokens[i + 1]?.text === '-') continue; // "women-led"
    const first = firstModifier(doc, taken, sentenceFirsts, i);
    if (modified && first === i && !isOwned(doc, lowers, taken, i)) continue;
    const pair = coordinated(doc, lowers, taken, i);
    if (pair !== undefined) {
      // "allies and partners", "women and children": one group, named by both nouns.
      const name = doc.text.slice(tokens[first].start, tokens[pair].end);
      doc.addEntity({ kind: 'organization', name, mentions: [doc.span(tokens[first].start, tokens[pair].end)] });
      for (let k = i; k <= pair; k++) taken[k] = 1;
      i = pair;
      continue;
    }
    const end = isPossessive(token.text) ? token.end - 2 : token.end;
    let entity = byNoun.get(noun) ?? doc.entities.find((e) => e.kind !== 'place' && e.name.toLowerCase() === noun);
    if (!entity) {
      const sector = SECTORS.get(noun);
      entity = doc.addEntity({ kind: 'organization', name: noun, mentions: [], ...(sector ? { sector } : {}) });
    }
    byNoun.set(noun, entity);
    entity.mentions.push(doc.span(tokens[first].start, end));
    entity.mentions.sort((a, b) => a.start - b.start);
  }
}

/** "the people of Mosul": the people of the place named right after "of", a group of its own, one per place. */
function peopleOfPlace(doc: Doc, lowers: readonly string[], taken: Uint8Array, i: number): void {
  const { tokens } = doc;
  if (lowers[i + 1] !== 'of' || isPossessive(tokens[i].text)) return;
  const at = tokens[lowers[i + 2] === 'the' ? i + 3 : i + 2];
  const place = at && doc.entities.find((e) => e.kind === 'place' && e.mentions.some((m) => m.start === at.start && m.sense === undefined));
  if (!place) return;
  const name = `${lowers[i]} of ${place.name}`;
  const entity = doc.entities.find((e) => e.kind === 'organization' && e.name === name) ?? doc.addEntity({ kind: 'organization', name, mentions: [] });
  entity.mentions.push(doc.span(tokens[i].start, tokens[i].end));
  entity.mentions.sort((a, b) => a.start - b.start);
  taken[i] = 1;
}

/**
 * "women and children", "allies and partners", "three women and three children", "teachers, doctors and
 * dentists": the token of the last group noun joined to noun i by "and", after any listed between by commas.
 */
function coordinated(doc: Doc, lowers: readonly string[], taken: Uint8Array, i: number): number | undefined {
  const { tokens } = doc;
  if (isPossessive(tokens[i].text)) return undefined;
  let j = i;
  while (lowers[j + 1] === ',' && lowers[j + 3] !== '-' && isBareGroupNoun(doc, lowers, taken, j + 2, lowers[i]) && tokens[j + 1].start === tokens[j].end && tokens[j + 2].start === tokens[j + 1].end + 1) j += 2;
  if (lowers[j + 1] !== 'and') return undefined;
  if (j > i && tokens[j + 1].start !== tokens[j].end + 1) return undefined;
  let k = j + 2;
  if (tokens[k] && (NUMBER.test(tokens[k].text) || QUANTIFIERS.has(lowers[k]))) k++;
  const next = tokens[k];
  if (!next || next.kind !== 'word' || taken[k] || !/^\p{Ll}/u.test(next.text) || !(NOUNS.has(lowers[k]) || JOINED_NOUNS.has(lowers[k])) || lowers[k] === lowers[i]) return undefined;
  for (let n = j; n < k; n++) if (tokens[n].end + 1 !== tokens[n + 1].start) return undefined;
  if (tokens[k + 1]?.text === '-' || tokens[k + 1]?.text === 'of') return undefined;
  return k;
}

/** A lower-case group noun at token k that no mention holds, other than `noun`, and not possessive. */
function isBareGroupNoun(doc: Doc, lowers: readonly string[], taken: Uint8Array, k: number, noun: string): boolean {
  const token = doc.tokens[k];
  return !!token && token.kind === 'word' && !taken[k] && /^\p{Ll}/u.test(token.text) && NOUNS.has(lowers[k]) && lowers[k] !== noun && !isPossessive(token.text);
}

/** "a man", "one young girl", "her younger brother": after a determiner, a person of its own, the determiner in its mention. */
function unnamedPerson(doc: Doc, taken: Uint8Array, sentenceFirsts: ReadonlySet<number>, i: number): void {
  const { tokens } = doc;
  const first = firstModifier(doc, taken, sentenceFirsts, i);
  const opener = tokens[first - 1];
  if (!opener || taken[first - 1] || !DETERMINERS.has(opener.text.toLowerCase()) || tokens[i + 1]?.text === '-' || tokens[i + 1]?.text === 'of') return; // "the son of …": the whole phrase is the person
  const end = isPossessive(tokens[i].text) ? tokens[i].end - 2 : tokens[i].end;
  doc.addEntity({ kind: 'person', name: doc.text.slice(tokens[first].start, end), mentions: [doc.span(opener.start, end)] });
}

/** The first token of the noun's modifiers before token i ("innocent civilians", "Sunni Arab tribesmen"), or i. */
function firstModifier(doc: Doc, taken: Uint8Array, sentenceFirsts: ReadonlySet<number>, i: number): number {
  const { tokens } = doc;
  let first = i;
  for (let k = i - 1; k >= 0 && i - k <= groups.maxModifiers; k--) {
    const t = tokens[k];
    if (t.kind !== 'word' || taken[k] || t.end + 1 !== tokens[k + 1].start) break;
    const capitalised = /^\p{Lu}/u.test(t.text);
    if (capitalised ? sentenceFirsts.has(k) : !isAdjective(t.text.toLowerCase())) break;
    // "gunmen wounded civilians": a participle right after a mention is its verb, not the noun's adjective.
    if (!capitalised && /ed$/.test(t.text) && k > 0 && taken[k - 1]) break;
    first = k;
  }
  return coordinatedModifierBefore(doc, taken, i, first) ?? first;
}

/**
 * "local and provincial councils", "foreign and defense ministers", "local, legitimate ground forces": an
 * adjective joined by "and" or a comma to the noun's first modifier (or to one word right before the noun)
 * opens the phrase too: the first token of that adjective, if there is one.
 */
function coordinatedModifierBefore(doc: Doc, taken: Uint8Array, i: number, first: number): number | undefined {
  const { tokens } = doc;
  const word = (k: number) => k >= 0 && tokens[k].kind === 'word' && !taken[k] && /^\p{Ll}/u.test(tokens[k].text);
  const joinedAt = (k: number) => {
    const joiner = tokens[k];
    if (!joiner || taken[k] || !word(k - 1) || !isAdjective(tokens[k - 1].text.toLowerCase())) return undefined;
    if (joiner.text === 'and' && tokens[k - 1].end + 1 === joiner.start && joiner.end + 1 === tokens[k + 1].start) return k - 1;
    if (joiner.text === ',' && tokens[k - 1].end === joiner.start && joiner.end + 1 === tokens[k + 1].start) return k - 1;
    return undefined;
  };
  if (first < i) return joinedAt(first - 1);
  // One word no modifier list knows, right before the noun, joined to an adjective that one does.
  if (first - 2 >= 0 && word(i - 1) && tokens[i - 1].end + 1 === tokens[i].start && tokens[i - 2]?.text === 'and') return joinedAt(i - 2);
  return undefined;
}

function isAdjective(word: string): boolean {
  return MODIFIERS.has(word);
}

/** Runs after the events stage: plural nouns of people become mentions of unnamed groups. */
export const groupNounsStage: Stage = {
  name: 'group-nouns',
  run: findGroupNouns,
};
