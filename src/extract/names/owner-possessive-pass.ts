import type { Actor, ActorTable, Mention } from './actors.js';
import { countryIndex } from './countries.js';
import { isPossessive, withoutPossessive } from './text.js';

/**
 * "The Coalition’s Small Group", "the ISIL's War Committee", "Iraq's National Symphony Orchestra": a body
 * named after the possessive of the organization or country it belongs to is named by the whole phrase,
 * the owner's name and one describing word between ("the UK’s brave Armed Forces") included. The owner's
 * own mention there is dropped: the phrase names the body, as re3d marks it.
 */
export function extendOverOwners(table: ActorTable): void {
  const { tokens, lower, capitalised } = table.facts;
  for (const actor of table.actors) {
    if (actor.kind === 'person') continue;
    for (const m of [...actor.mentions]) {
      if (!capitalised[m.first] || m.first === 0) continue;
      let poss = m.first - 1;
      if (!capitalised[poss] && tokens[poss].kind === 'word' && !isPossessive(tokens[poss].text) && poss > 0) poss--; // "the UK’s brave Armed Forces"
      const word = tokens[poss].text;
      if (!isPossessive(word) || !capitalised[poss]) continue;
      const owner = ownerAt(table, poss);
      if (!owner || owner.actor === actor) continue;
      let first = owner.mention ? owner.mention.first : poss;
      if (!owner.mention && first > 0 && lower[first - 1] === 'the' && table.free(first - 1, first)) first--;
      if (!table.free(owner.mention ? poss + 1 : first, m.first)) continue;
      if (owner.mention) table.dropMention(owner.actor!, owner.mention);
      table.extendBack(actor, m, first);
    }
  }
}

/** The organization or country whose possessive is token `poss`: its actor's mention ending there, or a country's name free of actors. */
function ownerAt(table: ActorTable, poss: number): { actor?: Actor; mention?: Mention } | undefined {
  const held = table.ownerOf(poss);
  if (held) {
    if (held.kind === 'person') return undefined;
    const mention = held.mentions.find((x) => x.last === poss + 1);
    return mention ? { actor: held, mention } : undefined;
  }
  const name = withoutPossessive(table.facts.tokens[poss].text);
  return countryIndex().countryOf(name) ? {} : undefined;
}
