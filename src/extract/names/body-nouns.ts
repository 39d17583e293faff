import groups from '../../lexicon/actors/group-nouns.json' with { type: 'json' };
import extent from '../../lexicon/places/extent.json' with { type: 'json' };
import type { Entity } from '../contract.js';
import type { Doc, Stage } from '../document.js';
import { tokensInMentions } from '../mention-tokens.js';
import { endsNounPhraseBefore } from './verb-after-noun.js';

/** Body nouns as word lists, keyed by their first word ("task force" under "task"). */
const BODY_NOUNS = new Map<string, string[][]>();
for (const noun of groups.bodyNouns) {
  const words = noun.split(' ');
  BODY_NOUNS.set(words[0], [...(BODY_NOUNS.get(words[0]) ?? []), words].sort((a, b) => b.length - a.length));
}
const DETERMINERS = new Set(groups.bodyDeterminers);
/** Possessive determiners, which open a body's phrase though they are a mention of whose it is: "Abadi and [his government]". */
const POSSESSIVES = new Set(groups.bodyDeterminers.filter((word) => !['the', 'a', 'an', 'this', 'that'].includes(word)));
/** "a group of buildings", "a group of Syrians": before "of" the noun counts what follows and names no body of its own. */
const COUNTING = new Set(groups.countingBodyNouns);
const STANDS_BEFORE = new Set([...extent.wordsAfterHead, ...groups.wordsAfterBody]);
const ACTIONS = new Set(groups.actionsAfterBody);
const ADJECTIVAL = new Set(groups.adjectivalBodyNouns);
/** Articles that, before a body's noun and an action, are the action's: "a coalition airstrike". */
const INDEFINITE = new Set(['a', 'an']);

/**
 * "We hid from the police", "held by the enemy", "The squadron will accompany …": a noun of an
 * institution or a side after a determiner, which no earlier stage took (a name, or the body an anaphor
 * took up), is a mention of an unnamed body, one organization per noun in a report. The noun-phrase
 * stage widens the mention over its determiner.
 */
export function findBodyNouns(doc: Doc): void {
  const { tokens } = doc;
  const lowers = doc.tokensInLowerCase();
  const taken = tokensInMentions(doc);
  const byNoun = new Map<string, Entity>();
  for (let i = 1; i < tokens.length; i++) {
    if (taken[i] || !/^\p{Ll}/u.test(tokens[i].text)) continue;
    const words = BODY_NOUNS.get(lowers[i])?.find((w) => w.every((word, k) => lowers[i + k] === word && !taken[i + k]));
    if (!words) continue;
    const last = i + words.length - 1;
    const acting = actsBefore(doc, lowers, words, last);
    const modifier = firstModifier(doc, lowers, taken, i);
    const first = modifier ?? (acting ? i : undefined);
    if (first === undefined) continue;
    if (!(acting || standsAlone(doc, last)) || (COUNTING.has(lowers[last]) && lowers[last + 1] === 'of')) continue;
    // "the coalition campaign": the determiner is the body's, which the noun-phrase stage leaves, a noun following.
    const start = acting && modifier !== undefined && !INDEFINITE.has(lowers[modifier - 1]) ? modifier - 1 : first;
    const noun = words.join(' ');
    let entity = byNoun.get(noun);
    if (!entity) byNoun.set(noun, (entity = doc.addEntity({ kind: 'organization', name: noun, mentions: [] })));
    entity.mentions.push(doc.span(tokens[start].start, tokens[last].end));
    i = last;
  }
}

/** "coalition air strikes", "regime bombardment": the body's noun, written as one, right before an action it takes. */
function actsBefore(doc: Doc, lowers: readonly string[], words: readonly string[], last: number): boolean {
  const next = doc.tokens[last + 1];
  return !ADJECTIVAL.has(words.join(' ')) && next !== undefined && next.text === lowers[last + 1] && doc.tokens[last].end + 1 === next.start && ACTIONS.has(lowers[last + 1]);
}

/** Words that may describe a body between its determiner and its noun: "the global coalition", "a militant Sunni group". */
const MAX_MODIFIERS = 2;

/**
 * The first word of the body's mention, its noun at `i` or a describing word before it ("the [global coalition]",
 * "this [terrorist group]", "a [63 nation coalition]"), when a determiner no mention holds opens the phrase; the determiner
 * itself when it is a possessive another mention holds ("Abadi and [his government]"); else undefined.
 */
function firstModifier(doc: Doc, lowers: readonly string[], taken: Uint8Array, i: number): number | undefined {
  const { tokens } = doc;
  for (let k = i - 1; k >= 0 && i - k <= MAX_MODIFIERS + 1; k--) {
    const t = tokens[k];
    if ((taken[k] && !POSSESSIVES.has(lowers[k])) || (t.kind !== 'word' && t.kind !== 'number') || t.end + 1 !== tokens[k + 1].start) return undefined;
    if (DETERMINERS.has(lowers[k])) return taken[k] ? k : k + 1; // a possessive another mention holds is in this one too
    if (!/^[\p{Ll}\d]/u.test(t.text) || STANDS_BEFORE.has(lowers[k])) return undefined;
  }
  return undefined;
}

/** The noun at token `last` ends its noun phrase: no lower-case noun follows that it would qualify ("the military campaign"). */
function standsAlone(doc: Doc, last: number): boolean {
  const next = doc.tokens[last + 1];
  // "the terrorist group ISIL": the name in apposition is the mention.
  if (next && /^\p{Lu}/u.test(next.text) && doc.tokens[last].end + 1 === next.start) return false;
  if (!next || next.kind !== 'word' || next.text[0] === '-' || !/^\p{Ll}/u.test(next.text)) return doc.text[doc.tokens[last].end] !== '-';
  const word = next.text.toLowerCase();
  return STANDS_BEFORE.has(word) || endsNounPhraseBefore(doc.tokens[last].text, word);
}

/** Runs after the group-nouns stage and before the noun-phrase stage, which widens these mentions too. */
export const bodyNounsStage: Stage = {
  name: 'body-nouns',
  run: findBodyNouns,
};
