import type { ActorTable } from './actors.js';
import { countryIndex } from './countries.js';
import { governmentName } from './country-actor-pass.js';
import { lexiconActor } from './lexicon-pass.js';
import { FORCE_NOUNS, FORCE_VERBS, MILITARY_OF_COUNTRY, type ForceCategory } from './lexicon.js';
import { isPossessive, withoutPossessive } from './text.js';
import forceVerbs from '../../lexicon/actors/force-verbs.json' with { type: 'json' };
import peopleDescriptors from '../../lexicon/actors/people-descriptors.json' with { type: 'json' };

const FORCE_VERB_BRIDGES = new Set(forceVerbs.bridges);
const PEOPLE_DESCRIPTORS = new Set(peopleDescriptors.words);
const GOVERNMENT_NOUNS = new Set(['government', 'authorities', 'administration', 'regime', 'leadership', 'officials', 'side']);
const MILITARY_SECTOR: Record<ForceCategory, string> = { MIL: 'MIL', SECURITY: 'MIL', GOV: 'GOV', OPP: 'OPP', CIV: 'CIV', REB: 'REB' };

/**
 * A side named by its country: a demonym or a country's possessive before a force or government noun
 * ("Russian forces", "the Iraqi government", "Ukraine's military", "U.S. troops"). All of one
 * country's armed forces are one actor (the lexicon's, when it has one: "Armed Forces of Russia").
 */
export function findSides(table: ActorTable): void {
  const { tokens, lower, capitalised } = table.facts;
  const countries = countryIndex();
  for (let i = 0; i < tokens.length - 1; i++) {
    if (lower[i] === 'the' && sideOfCountry(table, i)) continue;
    if (!capitalised[i] || table.owner[i] !== 0) continue;
    const word = tokens[i].text;
    const possessive = isPossessive(word);
    const iso3 = countries.countryOf(possessive ? withoutPossessive(word) : word);
    if (iso3 === undefined) {
      pluralDemonym(table, i);
      continue;
    }
    const own = longestForceNoun(table, i + 1);
    // "Ukrainian and Russian forces": each demonym of a pair names its own side, with the noun they share.
    const shared = own ? undefined : sharedForceNoun(table, i);
    const noun = own ?? shared;
    if (!noun) continue;
    const [category, nounEnd] = noun;
    const last = shared ? i + 1 : nounEnd;
    const nounText = lower.slice(shared ? i + 3 : i + 1, nounEnd).join(' ');
    let first = i;
    if (i > 0 && lower[i - 1] === 'the' && table.free(i - 1, i)) first = i - 1;
    const military = category === 'MIL' && iso3 ? MILITARY_OF_COUNTRY.get(iso3) : undefined;
    let actor;
    if (military) actor = lexiconActor(table, military);
    else {
      const demonym = (iso3 && countries.demonymOf(iso3)) || withoutPossessive(word);
      const government = category === 'GOV' && GOVERNMENT_NOUNS.has(nounText);
      const key = `side:${iso3 ?? word}:${category}:${government ? 'government' : category === 'MIL' ? 'forces' : nounText}`;
      const written = tokens.slice(shared ? i + 3 : i + 1, nounEnd).map((t) => t.text).join(' ');
      const name = government && iso3 ? governmentName(countries.nameOf(iso3) ?? demonym) : category === 'MIL' ? `${demonym} forces` : `${demonym} ${written}`;
      actor = table.actor(key, {
        kind: category === 'REB' ? 'armed_group' : 'organization',
        name,
        country: iso3 ?? undefined,
        sector: MILITARY_SECTOR[category],
      });
    }
    table.mention(actor, first, last);
    i = last - 1;
  }
}

/** The force noun after the second demonym of "X and Y forces", when token i is the first: [category, end of the noun]. */
function sharedForceNoun(table: ActorTable, i: number): [ForceCategory, number] | undefined {
  const { tokens, lower, capitalised } = table.facts;
  if ((lower[i + 1] !== 'and' && lower[i + 1] !== 'or') || !capitalised[i + 2] || table.owner[i + 2] !== 0) return undefined;
  const second = tokens[i + 2]?.text ?? '';
  if (isPossessive(second) || !countryIndex().countryOf(second)) return undefined;
  return longestForceNoun(table, i + 3);
}

const OF_COUNTRY_NOUNS = new Map<string, ForceCategory>([
  ['government', 'GOV'], ['authorities', 'GOV'], ['regime', 'GOV'], ['people', 'CIV'], ['population', 'CIV'], ['citizens', 'CIV'],
]);

/** "the government of Iraq", "the people of Syria": the noun of a side, then its country. Records it and says whether it did. */
function sideOfCountry(table: ActorTable, i: number): boolean {
  const { tokens, lower } = table.facts;
  const category = OF_COUNTRY_NOUNS.get(lower[i + 1]);
  if (!category || lower[i + 2] !== 'of' || !table.free(i, i + 3)) return false;
  let k = i + 3;
  if (lower[k] === 'the') k++;
  const countries = countryIndex();
  let last = k;
  let iso3: string | null | undefined;
  for (let n = 1; n <= 3 && k + n <= tokens.length; n++) {
    const words = tokens.slice(k, k + n).map((t) => t.text).join(' ');
    const found = countries.countryOf(words);
    if (found && countries.nameOf(found) && table.free(k, k + n) && !/(?:an|ese|ish|i)$/.test(words)) {
      iso3 = found;
      last = k + n;
    }
  }
  if (!iso3 || (tokens[last] && tokens[last].text === '-')) return false;
  const name = category === 'GOV' ? governmentName(countries.nameOf(iso3) ?? iso3) : `${countries.demonymOf(iso3) ?? iso3} ${lower[i + 1]}`;
  const key = category === 'GOV' ? `side:${iso3}:GOV:government` : `side:${iso3}:CIV:${lower[i + 1]}`;
  table.mention(table.actor(key, { kind: 'organization', name, country: iso3, sector: category }), i, last);
  return true;
}

/** "Syrians", "the Iraqis": a plural demonym names the country's people as a group. */
function pluralDemonym(table: ActorTable, i: number): void {
  const { tokens, lower } = table.facts;
  const word = tokens[i].text;
  if (!/[^s]s$/.test(word) || tokens[i + 1]?.text === '’' || tokens[i + 1]?.text === "'") return;
  const countries = countryIndex();
  const iso3 = countries.countryOf(word.slice(0, -1));
  if (!iso3 || countries.nameOf(iso3) === word.slice(0, -1) || (table.facts.capitalised[i + 1] && tokens[i + 1].start === tokens[i].end + 1)) return;
  // "the Iraqis" names the people; in "292 Iraqis", "many Syrians" the count or quantifier is no part of the name.
  // "ethnic Albanians": the descriptor is part of the people's name.
  const named = i > 0 && PEOPLE_DESCRIPTORS.has(lower[i - 1]) && table.free(i - 1, i) ? i - 1 : i;
  const first = named > 0 && lower[named - 1] === 'the' && table.free(named - 1, named) ? named - 1 : named;
  if (actsByForce(table, i + 1)) {
    // "the Russians shelled Kupiansk": in war reporting the side that fights is its armed forces.
    const military = MILITARY_OF_COUNTRY.get(iso3);
    const actor = military
      ? lexiconActor(table, military)
      : table.actor(`side:${iso3}:MIL:forces`, { kind: 'organization', name: `${countries.demonymOf(iso3) ?? word.slice(0, -1)} forces`, country: iso3, sector: 'MIL' });
    table.mention(actor, first, i + 1);
    return;
  }
  const name = `${countries.demonymOf(iso3) ?? word.slice(0, -1)} people`;
  table.mention(table.actor(`side:${iso3}:CIV:people`, { kind: 'organization', name, country: iso3, sector: 'CIV' }), first, i + 1);
}

/** Whether the words at i (after an optional auxiliary or adverb) are an act of war: "shelled", "have launched", "again attacked". */
function actsByForce(table: ActorTable, i: number): boolean {
  const { lower } = table.facts;
  for (let k = i; k < i + 3 && k < lower.length; k++) {
    if (FORCE_VERBS.has(lower[k])) return true;
    if (!FORCE_VERB_BRIDGES.has(lower[k]) && !lower[k].endsWith('ly')) return false;
  }
  return false;
}

function longestForceNoun(table: ActorTable, i: number): [ForceCategory, number] | undefined {
  const { tokens, lower } = table.facts;
  let node = FORCE_NOUNS.next.get(lower[i]);
  let best: [ForceCategory, number] | undefined;
  let k = i;
  while (node) {
    k++;
    if (node.values.length && table.free(i, k)) best = [node.values[0], k];
    if (k >= tokens.length) break;
    node = node.next.get(lower[k]);
  }
  // "Russian forces' positions": fine; "Russian army officer": the noun must end the phrase.
  if (best && best[1] < tokens.length && FOLLOWERS_THAT_MAKE_A_MODIFIER.has(lower[best[1]])) return undefined;
  if (best && continuesName(table, best[1])) return undefined; // "the Iraqi Ministry of Culture": a name of its own
  return best;
}

/** A capitalised noun continued by "of"/"for" and a capitalised word: "Ministry of Culture", "Council for Peace". */
function continuesName(table: ActorTable, end: number): boolean {
  const { lower, capitalised } = table.facts;
  if (!capitalised[end - 1] || (lower[end] !== 'of' && lower[end] !== 'for')) return false;
  const next = lower[end + 1] === 'the' ? end + 2 : end + 1;
  return capitalised[next] === 1 && table.owner[next] === 0;
}

/** Nouns after which "army"/"military" is a modifier, not the actor ("military officials", "army spokesman"). */
const FOLLOWERS_THAT_MAKE_A_MODIFIER = new Set([
  'officer', 'officers', 'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'commander', 'commanders', 'chief',
  'base', 'bases', 'equipment', 'vehicles', 'vehicle', 'aid', 'assistance', 'operation', 'operations', 'analyst', 'analysts',
  'expert', 'experts', 'blogger', 'bloggers', 'source', 'sources', 'leaders', 'leader', 'intelligence', 'hardware', 'convoy',
  'positions', 'position', 'spending', 'budget', 'doctrine', 'exercises', 'drills', 'personnel', 'service', 'unit', 'units',
]);
