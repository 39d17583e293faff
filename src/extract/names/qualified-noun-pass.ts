import nounPhrase from '../../lexicon/actors/noun-phrase.json' with { type: 'json' };
import type { ActorTable } from './actors.js';

const QUALIFIED_NOUNS = new Set(nounPhrase.qualifiedNouns);

/**
 * "the SDF advance", "the CENTCOM vision": a body's name run on into a noun it qualifies leaves "the" to the
 * whole phrase, so the mention starts at the name.
 */
export function dropArticleBeforeQualifiedNoun(table: ActorTable): void {
  const { tokens, lower, capitalised } = table.facts;
  for (const actor of table.actors) {
    if (actor.kind === 'person') continue;
    for (const m of actor.mentions) {
      const next = tokens[m.last];
      if (lower[m.first] !== 'the' || !capitalised[m.first + 1] || m.last - m.first < 2 || !next) continue;
      if (next.start !== tokens[m.last - 1].end + 1 || !QUALIFIED_NOUNS.has(next.text)) continue;
      table.owner[m.first] = 0;
      m.first++;
      m.start = tokens[m.first].start;
    }
  }
}
