import data from '../../lexicon/actors/organization-heads.json' with { type: 'json' };
import type { ActorTable } from './actors.js';

const NOUNS = new Set(data.membersOf.nouns);
const OPENERS = new Set(data.membersOf.openers);

/**
 * "The Members of the Security Council", "key members of the Counter ISIL Coalition", "senior officials of
 * the EU": the members of a body named after "of" are a mention of the body, as re3d marks it, the words
 * opening the phrase ("the", "key", "senior") included; without one ("Some members of", "40 members of", "members
 * of IS") they are some of its people, and the body keeps its own mention.
 */
export function extendOverMembersOf(table: ActorTable): void {
  const { tokens, lower } = table.facts;
  for (const actor of table.actors) {
    if (actor.kind === 'person') continue;
    for (const m of actor.mentions) {
      const of = m.first - 1;
      const noun = of - 1;
      if (noun < 0 || lower[of] !== 'of' || !NOUNS.has(lower[noun]) || !table.free(noun, of + 1)) continue;
      if (tokens.slice(noun, m.first + 1).some((t, k, all) => k > 0 && t.start !== all[k - 1].end + 1)) continue;
      let first = noun;
      while (first > 0 && noun - first < 2 && OPENERS.has(lower[first - 1]) && table.free(first - 1, first) && tokens[first - 1].end + 1 === tokens[first].start) first--;
      if (first === noun) continue; // "40 members of the Coalition", "members of IS": some of its people, not the body
      table.extendBack(actor, m, first);
    }
  }
}
