import type { Entity } from '../contract.js';
import type { Doc, Stage } from '../document.js';
import pronouns from '../../lexicon/actors/pronouns.json' with { type: 'json' };

const THIRD_PLURAL = new Set(pronouns.thirdPersonPlural);
/** How many sentences before the pronoun's own its group may be named in. */
const REACH = pronouns.groupPronounSentences;

/**
 * "they", "them" → the group (organization or armed group) mentioned last before the pronoun, in its
 * sentence or the few before; nothing when a person was mentioned after that group. Runs after the
 * quotes stage, whose speakers ("the residents", "officials") are groups too.
 */
export function resolveGroupPronouns(doc: Doc): void {
  const mentions = doc.entities
    .filter((e) => e.kind !== 'place')
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, entity: e })))
    .sort((a, b) => a.start - b.start);
  const sentenceStarts = doc.sentences.map((s) => doc.tokens[s.firstToken]?.start ?? 0);
  const lowers = doc.tokensInLowerCase();
  const added = new Set<Entity>();
  let m = 0;
  let s = 0;
  for (let i = 0; i < doc.tokens.length; i++) {
    if (!THIRD_PLURAL.has(lowers[i])) continue;
    const token = doc.tokens[i];
    while (m < mentions.length && mentions[m].start < token.start) m++;
    while (s + 1 < sentenceStarts.length && sentenceStarts[s + 1] <= token.start) s++;
    if (doc.entityAt(token.start, token.end) || lowers[i - 1] === 'of') continue; // "many of them": the whole phrase is the mention
    const from = sentenceStarts[Math.max(0, s - REACH)];
    const last = mentions[m - 1];
    if (!last || last.start < from || last.end > token.start) continue;
    const { entity } = last;
    if (entity.kind !== 'organization' && entity.kind !== 'armed_group') continue;
    entity.mentions.push(doc.span(token.start, token.end));
    added.add(entity);
  }
  for (const entity of added) entity.mentions.sort((a, b) => a.start - b.start);
}

/** Runs after quotes and speaker pronouns: "they" and "them" become mentions of the group last named. */
export const groupPronounsStage: Stage = {
  name: 'group-pronouns',
  run: resolveGroupPronouns,
};
