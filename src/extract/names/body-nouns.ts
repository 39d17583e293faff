import groups from '../../lexicon/actors/group-nouns.json' with { type: 'json' };
import extent from '../../lexicon/places/extent.json' with { type: 'json' };
import type { Entity } from '../contract.js';
import type { Doc, Stage } from '../document.js';
import { tokensInMentions } from '../mention-tokens.js';

/** Body nouns as word lists, keyed by their first word ("task force" under "task"). */
const BODY_NOUNS = new Map<string, string[][]>();
for (const noun of groups.bodyNouns) {
  const words = noun.split(' ');
  BODY_NOUNS.set(words[0], [...(BODY_NOUNS.get(words[0]) ?? []), words].sort((a, b) => b.length - a.length));
}
const DETERMINERS = new Set(groups.bodyDeterminers);
const STANDS_BEFORE = new Set([...extent.wordsAfterHead, ...groups.wordsAfterBody]);

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
    if (taken[i] || !/^\p{Ll}/u.test(tokens[i].text) || !DETERMINERS.has(lowers[i - 1]) || taken[i - 1]) continue;
    const words = BODY_NOUNS.get(lowers[i])?.find((w) => w.every((word, k) => lowers[i + k] === word && !taken[i + k]));
    if (!words) continue;
    const last = i + words.length - 1;
    if (!standsAlone(doc, last)) continue;
    const noun = words.join(' ');
    let entity = byNoun.get(noun);
    if (!entity) byNoun.set(noun, (entity = doc.addEntity({ kind: 'organization', name: noun, mentions: [] })));
    entity.mentions.push(doc.span(tokens[i].start, tokens[last].end));
    i = last;
  }
}

/** The noun at token `last` ends its noun phrase: no lower-case noun follows that it would qualify ("the military campaign"). */
function standsAlone(doc: Doc, last: number): boolean {
  const next = doc.tokens[last + 1];
  if (!next || next.kind !== 'word' || next.text[0] === '-' || !/^\p{Ll}/u.test(next.text)) return doc.text[doc.tokens[last].end] !== '-';
  const word = next.text.toLowerCase();
  return STANDS_BEFORE.has(word) || /[^e]ed$/.test(word);
}

/** Runs after the group-nouns stage and before the noun-phrase stage, which widens these mentions too. */
export const bodyNounsStage: Stage = {
  name: 'body-nouns',
  run: findBodyNouns,
};
