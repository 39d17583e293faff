import type { ActorTable } from './actors.js';
import { MEMBER_NOUNS } from './lexicon.js';
import { isPossessive } from './text.js';

/**
 * "ISIL fighters", "SDF forces", "ISIL tactical units", "Reuters news agency": a group's name before a
 * noun for its members, units or kind is a mention of the group that takes the noun in.
 */
export function extendOverMembers(table: ActorTable): void {
  const { tokens, lower } = table.facts;
  for (const actor of table.actors) {
    if (actor.kind === 'person') continue;
    for (const m of actor.mentions) {
      if (m.last >= tokens.length || m.end !== tokens[m.last - 1].end || isPossessive(tokens[m.last - 1].text)) continue;
      if (tokens[m.last].start - m.end > 1) continue;
      let node = MEMBER_NOUNS.next.get(lower[m.last]);
      let best = 0;
      let k = m.last;
      while (node && k < tokens.length && table.owner[k] === 0 && tokens[k].kind === 'word') {
        k++;
        if (node.values.length) best = k;
        node = node.next.get(lower[k]);
      }
      if (best === 0 || !table.free(m.last, best)) continue;
      const index = table.actors.indexOf(actor) + 1;
      for (let t = m.last; t < best; t++) table.owner[t] = index;
      m.last = best;
      m.end = tokens[best - 1].end; // "five ISIL tactical units": the count is no part of the name
    }
  }
}
