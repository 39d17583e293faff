import type { ActorTable } from './actors.js';
import { countryIndex } from './countries.js';
import data from '../../lexicon/actors/country-actors.json' with { type: 'json' };
import { isPossessive, withoutPossessive } from './text.js';

const PLACE_PREPOSITIONS = new Set(data.placePrepositions);
const AUXILIARIES = new Set(data.auxiliaries);
const ADVERBS = new Set(data.adverbs);
const NOT_VERBS = new Set(data.notVerbs);
const POSSESSED_NOUNS = new Set(data.possessedNouns);
const AGENT_VERBS = new Set(data.agentVerbs);

/** "Government of the United States": a country's government, named as the places stage names it. */
export function governmentName(countryName: string): string {
  const article = /^(United |Central African|Dominican)|Republic|Kingdom|lands$|ines$|amas$|ives$|Islands$|Emirates$|States$/.test(countryName);
  return `Government of ${article ? 'the ' : ''}${countryName}`;
}

/**
 * A country named as the one who acts stands for its government: the subject of a verb ("The United
 * States strongly condemns", "Russia has a special responsibility", "Russia and Turkey announced"),
 * the owner of a decision or commitment ("the UK's commitment"), the agent after "by" ("announced by
 * Russia"). After a place preposition ("in Syria", "from Iraq") it stays a place for the places stage.
 */
export function findCountryActors(table: ActorTable): void {
  const { tokens, lower } = table.facts;
  const countries = countryIndex();
  for (let i = 0; i < tokens.length; i++) {
    if (!table.facts.capitalised[i] || table.owner[i] !== 0) continue;
    const match = countryAt(table, i);
    if (!match) continue;
    const { iso3, last } = match;
    let first = i;
    if (i > 0 && lower[i - 1] === 'the' && table.free(i - 1, i)) first = i - 1;
    const before = first > 0 ? lower[first - 1] : '';
    const acting =
      (before === 'by' && first > 1 && AGENT_VERBS.has(lower[first - 2])) ||
      (!PLACE_PREPOSITIONS.has(before) && (ownsDecision(table, last) || actsAfter(table, last)));
    if (!acting) {
      i = last - 1;
      continue;
    }
    const name = governmentName(countries.nameOf(iso3) ?? iso3);
    const actor = table.actor(`side:${iso3}:GOV:government`, { kind: 'organization', name, country: iso3, sector: 'GOV' });
    const end = isPossessive(tokens[last - 1].text) ? tokens[last - 1].end - 2 : undefined;
    table.mention(actor, first, last, undefined, end);
    i = last - 1;
  }
}

/** A country's name of one to three words at token i ("Iraq", "the United Kingdom", "U.S."). */
function countryAt(table: ActorTable, i: number): { iso3: string; last: number } | undefined {
  const { tokens } = table.facts;
  const countries = countryIndex();
  let found: { iso3: string; last: number } | undefined;
  let words = '';
  for (let k = i; k < Math.min(tokens.length, i + 3); k++) {
    if (tokens[k].kind !== 'word' || table.owner[k] !== 0) break;
    if (k > i && tokens[k].start - tokens[k - 1].end > 1) break;
    words = k === i ? withoutPossessive(tokens[k].text) : `${words} ${withoutPossessive(tokens[k].text)}`;
    const iso3 = countries.countryOf(words);
    if (iso3 && countries.nameOf(iso3) && !isDemonym(words, iso3)) found = { iso3, last: k + 1 };
    if (isPossessive(tokens[k].text)) break;
  }
  return found;
}

/** "Russian", "Syrian", "Iraqi": a demonym is no country's name. */
function isDemonym(word: string, iso3: string): boolean {
  return word !== countryIndex().nameOf(iso3) && (word === countryIndex().demonymOf(iso3) || /(?:an|ian|ese|ish|i|ic)$/.test(word));
}

function ownsDecision(table: ActorTable, last: number): boolean {
  const { tokens, lower } = table.facts;
  return isPossessive(tokens[last - 1].text) && POSSESSED_NOUNS.has(lower[last]);
}

/** A finite verb after the name, past auxiliaries and adverbs; "and Turkey announced" for a pair. */
function actsAfter(table: ActorTable, last: number): boolean {
  const { tokens, lower } = table.facts;
  if (isPossessive(tokens[last - 1].text)) return false;
  let k = last;
  if (lower[k] === 'and' && countryAt(table, k + 1)) k = countryAt(table, k + 1)!.last;
  else if (lower[k] === 'and' && lower[k + 1] === 'the' && countryAt(table, k + 2)) k = countryAt(table, k + 2)!.last;
  while (k < tokens.length && ADVERBS.has(lower[k])) k++;
  if (k >= tokens.length || tokens[k].kind !== 'word') return false;
  if (AUXILIARIES.has(lower[k])) return lower[k] !== 'is' && lower[k] !== 'was' ? true : /ed$|ing$/.test(lower[k + 1] ?? '') && lower[k + 1] !== 'located';
  const word = tokens[k].text;
  if (word !== lower[k] || NOT_VERBS.has(word)) return false;
  return /[^s]s$|ed$/.test(word);
}
