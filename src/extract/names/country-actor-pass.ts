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
const ACTION_NOUNS = new Set(data.actionNouns);
const RELATION_WORDS = new Set(data.relationWords);
const PARTY_WORDS = new Set(data.partyWords);
const ENABLING_WORDS = new Set(data.enablingWords);
const GOVERNMENT_NOUNS = new Set(data.governmentNouns);
const MEMBERSHIP_CUES = data.membershipCues.map((cue) => cue.split(' '));
const MEMBER_NOUNS = new Set(data.memberNouns);
const REPRESENTED_BY = new Set(data.representedBy);
const MEMBER_NOUN_REACH = 10;
const MAX_PORTFOLIO_WORDS = 3;
const LEFT_ADVERBS = new Set(['closely', 'together', 'jointly', 'directly', 'bilaterally']);

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
    if (pairedCountries(table, i)) continue;
    const match = countryAt(table, i);
    if (!match) continue;
    const { iso3, last } = match;
    let first = i;
    if (i > 0 && lower[i - 1] === 'the' && table.free(i - 1, i)) first = i - 1;
    const before = first > 0 ? listHead(table, first, last) : '';
    const acting =
      (before === 'by' && first > 1 && AGENT_VERBS.has(lower[first - 2])) ||
      (PARTY_WORDS.has(before) && !table.facts.capitalised[last]) ||
      (before === 'with' && relationBefore(table, first - 1)) ||
      (ENABLING_WORDS.has(before) && actsTo(table, last)) ||
      ownsDecision(table, last) ||
      asksAbout(table, first) ||
      listedAsMembers(table, first) ||
      representedIn(table, first) ||
      relatedBetween(table, first) ||
      // "With U.S. support": a preposition before a noun of action governs the action, whose the country is.
      (modifiesAction(table, last) && !qualifiesPlace(table, first)) ||
      (!PLACE_PREPOSITIONS.has(before) && (actsAfter(table, last) || describedAsActor(table, first, last)));
    if (!acting) {
      i = last - 1;
      continue;
    }
    const name = governmentName(countries.nameOf(iso3) ?? iso3);
    const actor = table.actor(`side:${iso3}:GOV:government`, { kind: 'organization', name, country: iso3, sector: 'GOV' });
    const government = governmentPhraseEnd(table, last);
    if (government) table.mention(actor, first, government);
    else table.mention(actor, first, last, undefined, isPossessive(tokens[last - 1].text) ? tokens[last - 1].end - 2 : undefined);
    i = last - 1;
  }
}

/**
 * "UK-France co-operation", "a strong U.S.-Iraq partnership": two countries joined by a hyphen before a
 * word of their relation are the two governments. Records them and says whether it did.
 */
function pairedCountries(table: ActorTable, i: number): boolean {
  const { tokens, lower } = table.facts;
  const countries = countryIndex();
  const government = (iso3: string) => table.actor(`side:${iso3}:GOV:government`, { kind: 'organization', name: governmentName(countries.nameOf(iso3) ?? iso3), country: iso3, sector: 'GOV' });
  const token = tokens[i];
  if (token.text.includes('-')) {
    const parts = token.text.split('-');
    const codes = parts.map((part) => countries.countryOf(part));
    if (parts.length !== 2 || !codes.every((c, n) => c && countries.nameOf(c) && !isDemonym(parts[n], c)) || !RELATION_WORDS.has(lower[i + 1])) return false;
    table.mention(government(codes[0]!), i, i + 1, token.start, token.start + parts[0].length);
    table.mention(government(codes[1]!), i, i + 1, token.end - parts[1].length, token.end);
    return true;
  }
  const left = countryAt(table, i);
  if (!left || tokens[left.last]?.text !== '-' || tokens[left.last].start !== tokens[left.last - 1].end) return false;
  const right = countryAt(table, left.last + 1);
  if (!right || tokens[left.last + 1].start !== tokens[left.last].end || !RELATION_WORDS.has(lower[right.last])) return false;
  table.mention(government(left.iso3), i, left.last);
  table.mention(government(right.iso3), left.last + 1, right.last);
  return true;
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
    if (isPossessive(tokens[k].text) || !countries.startsLongerName(words)) break;
  }
  return found;
}

/** "Russian", "Syrian", "Iraqi": a demonym is no country's name. */
function isDemonym(word: string, iso3: string): boolean {
  return word !== countryIndex().nameOf(iso3) && (word === countryIndex().demonymOf(iso3) || /(?:an|ian|ese|ish|i|ic)$/.test(word));
}

/** "the UK's commitment", "Australia's diplomatic efforts": what the country owns is a decision or a means. */
function ownsDecision(table: ActorTable, last: number): boolean {
  const { tokens, lower } = table.facts;
  if (!isPossessive(tokens[last - 1].text)) return false;
  if (POSSESSED_NOUNS.has(lower[last])) return true;
  return /^[a-z]+$/.test(tokens[last]?.text ?? '') && POSSESSED_NOUNS.has(lower[last + 1]) && tokens[last + 1].kind === 'word';
}

/**
 * The word before a name, or before the list the name is in ("in Jordan, Lebanon and Turkey": "in"
 * governs all three). After a comma the name is in a list only if one goes on after it: "inside
 * Turkey, the United States is committed" lists nothing.
 */
function listHead(table: ActorTable, first: number, last: number): string {
  const { tokens, lower, capitalised } = table.facts;
  const before = lower[first - 1];
  if (before !== 'and' && before !== 'or' && before !== ',') return before;
  if (before === ',' && !LIST_GOES_ON.has(lower[last] ?? '')) return before;
  let k = first - 2;
  for (let steps = 0; k >= 0 && steps < 12 && (capitalised[k] || lower[k] === ',' || lower[k] === 'and' || lower[k] === 'the'); steps++) k--;
  return k >= 0 && k < first - 2 && tokens[k + 1].kind === 'word' && PLACE_PREPOSITIONS.has(lower[k]) ? lower[k] : before;
}

const LIST_GOES_ON = new Set([',', 'and', 'or']);

/** The first token of the list of names that ends with the one at `first` ("Jordan, Lebanon, and the United States"). */
function listStart(table: ActorTable, first: number): number {
  const { tokens, lower, capitalised, sentenceOf } = table.facts;
  let k = first;
  while (k > 0 && sentenceOf[k - 1] === sentenceOf[first] && (capitalised[k - 1] || lower[k - 1] === ',' || lower[k - 1] === 'and' || lower[k - 1] === 'the')) k--;
  while (k < first && tokens[k].kind !== 'word') k++;
  return k;
}

/** "Coalition nations … include Australia, Belgium and Canada", "the international community – including Russia and Iran": members listed. */
function listedAsMembers(table: ActorTable, first: number): boolean {
  const { lower, sentenceOf } = table.facts;
  const start = listStart(table, first);
  const cue = MEMBERSHIP_CUES.find((words) => words.every((w, n) => lower[start - words.length + n] === w));
  if (!cue) return false;
  const cueAt = start - cue.length;
  for (let k = cueAt - 1; k >= 0 && k >= cueAt - MEMBER_NOUN_REACH && sentenceOf[k] === sentenceOf[cueAt]; k--) {
    // "refugees in countries such as Jordan": countries as places.
    if (MEMBER_NOUNS.has(lower[k])) return !PLACE_PREPOSITIONS.has(lower[k - 1]);
  }
  return false;
}

/** "the Foreign Ministers of Iran, Saudi Arabia and Egypt", "the Governments of Iraq and the United States". */
function representedIn(table: ActorTable, first: number): boolean {
  const { lower, capitalised } = table.facts;
  const start = listStart(table, first);
  if (lower[start - 1] !== 'of') return false;
  if (REPRESENTED_BY.has(lower[start - 2])) return true;
  // "the Ministers of Foreign Affairs of Iran, Saudi Arabia …": a capitalised portfolio between.
  let k = start - 2;
  while (k > 0 && start - 2 - k < MAX_PORTFOLIO_WORDS && capitalised[k] && lower[k] !== 'of') k--;
  return k < start - 2 && lower[k] === 'of' && REPRESENTED_BY.has(lower[k - 1]);
}

/** "further joint action between UK and France", "talks between Russia and Turkey": the two parties of a relation. */
function relatedBetween(table: ActorTable, first: number): boolean {
  const { lower } = table.facts;
  const start = listStart(table, first);
  return lower[start - 1] === 'between' && (RELATION_WORDS.has(lower[start - 2]) || ACTION_NOUNS.has(lower[start - 2]));
}

/** "Saudi Arabia’s leadership", "Turkey’s democratically elected government": the end of the phrase naming the government. */
function governmentPhraseEnd(table: ActorTable, last: number): number | undefined {
  const { tokens, lower } = table.facts;
  if (!isPossessive(tokens[last - 1].text)) return undefined;
  for (let k = last; k < Math.min(tokens.length, last + 3); k++) {
    if (table.owner[k] !== 0 || !/^[a-z-]+$/.test(tokens[k].text)) return undefined;
    if (GOVERNMENT_NOUNS.has(lower[k])) return k + 1;
  }
  return undefined;
}

/** "Will the United States participate …?": an auxiliary opening a question, then the name. */
function asksAbout(table: ActorTable, first: number): boolean {
  const { tokens, lower, sentenceInitial } = table.facts;
  return first > 0 && sentenceInitial[first - 1] === 1 && QUESTION_AUXILIARIES.has(lower[first - 1]) && tokens[first - 1].text !== lower[first - 1];
}

const QUESTION_AUXILIARIES = new Set(['will', 'would', 'does', 'did', 'can', 'could', 'should', 'has', 'is']);

/** "The UK is at the forefront", "Turkey is a key player": a sentence's subject described by "is". */
function describedAsActor(table: ActorTable, first: number, last: number): boolean {
  const { lower, sentenceInitial } = table.facts;
  const opensClause = sentenceInitial[first] === 1 || lower[first - 1] === ',';
  if (!opensClause || (lower[last] !== 'is' && lower[last] !== 'remains')) return false;
  if (STANCES.has(lower[last + 1])) return true;
  for (let k = last + 1; k < Math.min(lower.length, last + 7); k++) if (ROLES.has(lower[k])) return true; // "a key player", "one of our most important partners"
  return false;
}

const STANCES = new Set(['at', 'committed', 'determined', 'ready', 'working', 'playing', 'leading', 'steadfast', 'proud', 'prepared', 'willing']);
const ROLES = new Set(['player', 'partner', 'partners', 'ally', 'allies', 'member', 'members', 'supporter', 'contributor', 'leader', 'donor', 'friend', 'sponsor', 'guarantor', 'champion']);

/** "U.S. airstrikes", "UK support": the bare name before a noun of action. */
/** "the Dayr az Zawr, Syria airstrike": a country after a place's name and comma says where that place is; the action is the place's. */
function qualifiesPlace(table: ActorTable, first: number): boolean {
  const { tokens, lower } = table.facts;
  return first > 1 && lower[first - 1] === ',' && table.facts.capitalised[first - 2] === 1 && tokens[first].start === tokens[first - 1].end + 1;
}

function modifiesAction(table: ActorTable, last: number): boolean {
  const { tokens, lower } = table.facts;
  // A capitalised noun goes on the name of a body instead ("the International Syria Support Group").
  return !isPossessive(tokens[last - 1].text) && tokens[last]?.start === tokens[last - 1].end + 1 && ACTION_NOUNS.has(lower[last]) && /^\p{Ll}/u.test(tokens[last].text);
}

/** "working closely with", "war with", "relations with": the token at `withAt` is "with". */
function relationBefore(table: ActorTable, withAt: number): boolean {
  const { lower } = table.facts;
  let k = withAt - 1;
  while (k >= 0 && LEFT_ADVERBS.has(lower[k])) k--;
  return k >= 0 && RELATION_WORDS.has(lower[k]);
}

/** "Iraq to access", "Russia to use its influence": the name followed by "to" and a verb. */
function actsTo(table: ActorTable, last: number): boolean {
  const { tokens, lower } = table.facts;
  if (lower[last] !== 'to' || last + 1 >= tokens.length) return false;
  const next = tokens[last + 1];
  return next.kind === 'word' && /^[a-z]+$/.test(next.text) && !NOT_AFTER_TO.has(next.text);
}

const NOT_AFTER_TO = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'some', 'all', 'be', 'date']);

/** "The UK, as part of the Global Coalition, is …": the token after a short comma-enclosed aside, else `at`. */
function afterAside(table: ActorTable, at: number): number {
  const { lower } = table.facts;
  if (lower[at] !== ',') return at;
  for (let k = at + 2; k < Math.min(lower.length, at + 10); k++) {
    if (lower[k] === ',') return k + 1;
    if (lower[k] === '.' || lower[k] === 'and') break;
  }
  return at;
}

/** A finite verb after the name, past auxiliaries and adverbs; "and Turkey announced" for a pair. */
function actsAfter(table: ActorTable, last: number): boolean {
  const { tokens, lower } = table.facts;
  if (isPossessive(tokens[last - 1].text)) return false;
  let k = afterAside(table, last);
  if (lower[k] === 'and' && countryAt(table, k + 1)) k = countryAt(table, k + 1)!.last;
  else if (lower[k] === 'and' && lower[k + 1] === 'the' && countryAt(table, k + 2)) k = countryAt(table, k + 2)!.last;
  while (k < tokens.length && ADVERBS.has(lower[k])) k++;
  if (k >= tokens.length || tokens[k].kind !== 'word') return false;
  if (AUXILIARIES.has(lower[k])) return lower[k] !== 'is' && lower[k] !== 'was' ? true : /ed$|ing$/.test(lower[k + 1] ?? '') && lower[k + 1] !== 'located';
  const word = tokens[k].text;
  if (word !== lower[k] || NOT_VERBS.has(word)) return false;
  return /[^s]s$|ed$/.test(word);
}
