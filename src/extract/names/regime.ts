import type { ActorTable } from './actors.js';
import { countryIndex } from './countries.js';
import { governmentName } from './country-actor-pass.js';
import { MILITARY_OF_COUNTRY, TITLES, type LexiconActor } from './lexicon.js';
import { lexiconActor } from './lexicon-pass.js';
import { isPossessive } from './text.js';

const RULE_NOUNS = new Set(['regime', 'government', 'administration']);
/** Nouns after a leader's possessive that name the armed forces of the leader's country ("Assad's forces", "Putin's army"). */
const LEADER_FORCE_NOUNS = new Set(['forces', 'troops', 'army', 'military', 'soldiers']);

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
  if (isPossessive(tokens[last - 1].text) && LEADER_FORCE_NOUNS.has(lower[last]) && table.free(last, last + 1)) return forcesNamedFor(table, leader.country, first, last);
  if (!RULE_NOUNS.has(lower[noun]) || !table.free(last, noun + 1)) return undefined;
  last = noun;
  const countries = countryIndex();
  const name = governmentName(countries.nameOf(leader.country) ?? leader.country);
  const actor = table.actor(`side:${leader.country}:GOV:government`, { kind: 'organization', name, country: leader.country, sector: 'GOV' });
  const from = first > 0 && lower[first - 1] === 'the' && table.free(first - 1, first) ? first - 1 : first;
  table.mention(actor, from, last + 1);
  return last + 1;
}

/**
 * "President Bashar al-Assad's forces", "Putin's army": a leader's possessive before a force noun names the armed
 * forces of the leader's country, the title before the name in the mention, as re3d marks it. The token after it.
 */
function forcesNamedFor(table: ActorTable, country: string, first: number, last: number): number {
  const { tokens, capitalised } = table.facts;
  const military = MILITARY_OF_COUNTRY.get(country);
  const demonym = countryIndex().demonymOf(country) ?? country;
  const actor = military ? lexiconActor(table, military) : table.actor(`side:${country}:MIL:forces`, { kind: 'organization', name: `${demonym} forces`, country, sector: 'MIL' });
  let from = first;
  while (from > 0 && capitalised[from - 1] && tokens[from - 1].kind === 'word' && TITLES.next.has(table.facts.lower[from - 1]) && table.free(from - 1, from)) from--; // "President"
  if (from > 0 && table.facts.lower[from - 1] === 'the' && table.free(from - 1, from)) from--;
  table.mention(actor, from, last + 1);
  return last + 1;
}
