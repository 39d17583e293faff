import type { ActorTable } from './actors.js';
import { countryIndex } from './countries.js';
import { governmentName } from './country-actor-pass.js';
import type { LexiconActor } from './lexicon.js';
import { isPossessive } from './text.js';

const RULE_NOUNS = new Set(['regime', 'government', 'administration']);

/**
 * "the Assad regime", "the Maliki government", "Assad’s brutal regime": a leader's name before a noun of rule names the
 * government of the leader's country, not the leader. Records the mention (with "the") and returns
 * the token after it; undefined when tokens [first, last) are not such a phrase.
 */
export function governmentNamedFor(table: ActorTable, leader: LexiconActor, first: number, last: number): number | undefined {
  const { tokens, lower } = table.facts;
  if (!leader.country || last >= tokens.length) return undefined;
  // "Assad’s regime", "Assad’s brutal regime": the possessive phrase, adjectives and all, names the government.
  let noun = last;
  if (isPossessive(tokens[last - 1].text) && !RULE_NOUNS.has(lower[last]) && /^[a-z]+[^s]$/.test(tokens[last].text) && lower[last] !== 'and' && lower[last] !== 'or') noun++;
  if (!RULE_NOUNS.has(lower[noun]) || !table.free(last, noun + 1)) return undefined;
  last = noun;
  const countries = countryIndex();
  const name = governmentName(countries.nameOf(leader.country) ?? leader.country);
  const actor = table.actor(`side:${leader.country}:GOV:government`, { kind: 'organization', name, country: leader.country, sector: 'GOV' });
  const from = first > 0 && lower[first - 1] === 'the' && table.free(first - 1, first) ? first - 1 : first;
  table.mention(actor, from, last + 1);
  return last + 1;
}
