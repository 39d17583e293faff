import type { Actor, ActorTable } from './actors.js';
import type { PendingSingle } from './capitalised-pass.js';
import { countryIndex } from './countries.js';
import { lexiconActor, longestAlias } from './lexicon-pass.js';
import { ANAPHOR_DESCRIPTORS, ARMED_ANAPHOR_DESCRIPTORS, GIVEN_NAMES, ORG_ANAPHORS, TITLE_ABBREVIATIONS } from './lexicon.js';
import { titleStartingAt } from './roles.js';
import { ALIAS_OPENERS } from '../quotes/lexicon.js';
import { isPossessive, withoutPossessive } from './text.js';

const lastWord = (name: string) => name.slice(name.lastIndexOf(' ') + 1);

/**
 * A surname alone ("Zaluzhnyi", "Ellwood") joins the one person of the document whose name ends with
 * it; after a title ("Minister Ellwood", "Defense Secretary Austin") with no such person, it is the
 * lexicon's contextual alias or a person of its own.
 */
export function resolveSingles(table: ActorTable, singles: readonly PendingSingle[]): void {
  const { tokens } = table.facts;
  const countries = countryIndex();
  const bySurname = new Map<string, Actor[]>();
  for (const actor of table.actors) {
    if (actor.kind !== 'person' || !actor.name.includes(' ')) continue;
    // "Dagalo, known as Hemedti," … "Hemedti said": a one-word other name is as good as a surname.
    const otherNames = actor.mentions.filter((m) => m.last - m.first === 1 && table.facts.capitalised[m.first] && table.facts.tokens[m.first].text !== lastWord(actor.name)).map((m) => table.facts.tokens[m.first].text);
    const surnames = [lastWord(actor.name), ...(actor.lexicon?.aliases ?? []).filter((a) => !a.includes(' ')), ...otherNames];
    for (const s of surnames) bySurname.set(s, [...(bySurname.get(s) ?? []).filter((a) => a !== actor), actor]);
  }
  // A given name alone ("Karim" after "Karim Wasfi") when no one's surname is that word.
  const byGiven = new Map<string, Actor[]>();
  for (const actor of table.actors) {
    if (actor.kind !== 'person' || !actor.name.includes(' ')) continue;
    const given = actor.name.slice(0, actor.name.indexOf(' '));
    if (GIVEN_NAMES.has(given) && !bySurname.has(given)) byGiven.set(given, [...(byGiven.get(given) ?? []), actor]);
  }
  for (const single of singles) {
    const i = single.token;
    if (table.owner[i] !== 0) continue;
    const word = withoutPossessive(tokens[i].text);
    const end = isPossessive(tokens[i].text) ? tokens[i].end - 2 : tokens[i].end;
    const people = bySurname.get(word) ?? byGiven.get(word);
    if (people?.length === 1) {
      table.mention(people[0], i, i + 1, undefined, end);
      continue;
    }
    if (single.known) {
      table.mention(table.actor(`person:${word}`, { kind: 'person', name: word }), i, i + 1, undefined, end);
      continue;
    }
    if (!single.titled || countries.countryOf(word) !== undefined) continue;
    const contextual = longestAlias(table, i, true);
    const actor = contextual ? lexiconActor(table, contextual[0].actor) : table.actor(`person:${word}`, { kind: 'person', name: word });
    table.mention(actor, i, i + 1, undefined, end);
  }
}

/** Words before another name of the same person: the alias openers the quotes stage steps over, and a birth name's. */
const ALIAS_CUES: readonly (readonly string[])[] = [...ALIAS_OPENERS, ['born'], ['née'], ['nee']];
const ALIAS_CUE_FIRST = new Set(ALIAS_CUES.map((words) => words[0]));

/**
 * "Abboud Qanbar, also known as Abu Haidar", "Abu Ghadiya, born Badran Turki Hishan al-Mazidi": the
 * second name is the same person's; the nearest person before the cue in the sentence takes it.
 */
export function resolveAliases(table: ActorTable): void {
  const { tokens, lower, sentenceOf } = table.facts;
  for (let i = 1; i < tokens.length; i++) {
    if (!ALIAS_CUE_FIRST.has(lower[i])) continue;
    const cue = ALIAS_CUES.find((words) => words.every((w, k) => lower[i + k] === w));
    if (!cue) continue;
    const alias = table.ownerOf(i + cue.length);
    if (alias?.kind !== 'person') continue;
    let k = i - 1;
    while (k >= 0 && sentenceOf[k] === sentenceOf[i] && table.ownerOf(k)?.kind !== 'person') k--;
    const person = k >= 0 && sentenceOf[k] === sentenceOf[i] ? table.ownerOf(k) : undefined;
    if (person && person !== alias && !alias.lexicon) table.merge(alias, person);
  }
}

/**
 * "the president", "the Russian president", "the commander" with no name beside it: the person of the
 * document so far, mentioned last, one of whose roles has that title (and country, when one is given).
 */
export function resolveTitleAnaphors(table: ActorTable): void {
  const { tokens, lower } = table.facts;
  for (let i = 0; i < tokens.length - 1; i++) {
    // "the president", and "Ukraine's president" after Zelensky was named: a country's possessive opens it as "the" does.
    if ((lower[i] !== 'the' && !countryPossessive(table, i)) || table.owner[i] !== 0) continue;
    const phrase = titleStartingAt(table, i);
    if (!phrase || phrase.entry.kind !== 'title' || phrase.of) continue;
    if (lower[phrase.titleLast] === 'of' || table.facts.capitalised[phrase.titleLast]) continue; // "the president of …", "the President Obama"
    const title = phrase.entry.words.join(' ');
    const before = tokens[i].start;
    // "the president" fits a "Vice President" no better than a "Foreign Secretary" fits "the Secretary of State": the role ends with the title.
    let fits = table.actors.filter(
      (a) =>
        a.kind === 'person' &&
        a.mentions.some((m) => m.start < before) &&
        [a.role ?? a.lexicon?.role ?? '', ...(a.titles ?? [])].some((role) => fitsTitle(spelledOut(role.toLowerCase()), title)) &&
        (!phrase.country || (a.country ?? a.lexicon?.country) === phrase.country),
    );
    if (fits.length > 1) fits = fits.filter((a) => !a.key.startsWith('office:')); // the named holder over the office alone
    const office = fits.length === 0 ? officeHolder(table, i + 1, phrase.titleFirst, phrase.titleLast, phrase.country) : undefined;
    if (fits.length === 0 && !office) continue;
    table.mention((latestBefore(fits, before) ?? office)!, i, phrase.titleLast);
    i = phrase.titleLast - 1;
  }
}

/** Of the people a description fits, the one mentioned last before offset `before`: "the general" after two generals is the second. */
function latestBefore(people: readonly Actor[], before: number): Actor | undefined {
  const lastAt = (a: Actor) => Math.max(...a.mentions.filter((m) => m.start < before).map((m) => m.start));
  return [...people].sort((x, y) => lastAt(y) - lastAt(x))[0];
}

/** "gen." → "general", "lt. col." → "lieutenant colonel": a role that is an abbreviated rank, spelled out. */
function spelledOut(role: string): string {
  return TITLE_ABBREVIATIONS.get(role) ?? role;
}

function countryPossessive(table: ActorTable, i: number): boolean {
  const word = table.facts.tokens[i].text;
  return isPossessive(word) && table.facts.capitalised[i] === 1 && !!countryIndex().countryOf(withoutPossessive(word)) && table.facts.lower[i - 1] !== 'the';
}

/** "the commander-in-chief" fits "Commander-in-Chief of the Armed Forces of Ukraine": the role, or its title before the body or place it is of. */
function fitsTitle(role: string, title: string): boolean {
  const of = role.indexOf(' of ');
  return endsWithTitle(role, title) || (of > 0 && !title.includes(' of ') && endsWithTitle(role.slice(0, of), title));
}

function endsWithTitle(role: string, title: string): boolean {
  return role === title || role.endsWith(` ${title}`) || role.endsWith(`-${title}`);
}

/**
 * "the Foreign Secretary", "The Prime Minister", "the US Secretary of State" with no one of that role
 * named before: an office written with capitals stands for the one who holds it, a person of its own.
 */
function officeHolder(table: ActorTable, nameFirst: number, titleFirst: number, titleLast: number, country: string | undefined): Actor | undefined {
  const { tokens, capitalised, doc } = table.facts;
  for (let k = titleFirst; k < titleLast; k++) if (tokens[k].kind === 'word' && !capitalised[k] && !/^(?:of|for|the|and)$/.test(tokens[k].text)) return undefined;
  const title = doc.text.slice(tokens[titleFirst].start, tokens[titleLast - 1].end);
  const name = doc.text.slice(tokens[nameFirst].start, tokens[titleLast - 1].end).replace(/['’]s\b/g, '');
  return table.actor(`office:${name}`, { kind: 'person', name, role: title, country });
}

const MASCULINE = new Set(['he', 'him', 'his', 'himself']);
const FEMININE = new Set(['she', 'her', 'herself']);
/** How many sentences before the pronoun's own a lone person may be named in. */
const PRONOUN_REACH = 3;

/**
 * "he", "she", "him", "his", "her" → the person when exactly one person is mentioned between the start
 * of the previous sentence and the pronoun; when none is, the one person of the few sentences before;
 * when none is either, the person the document opens with (a profile's subject).
 */
export function resolvePronouns(table: ActorTable): void {
  const { tokens, lower, sentenceOf } = table.facts;
  const sentences = table.facts.doc.sentences;
  const gender = new Map<Actor, 'm' | 'f'>();
  const topic = topicPerson(table);
  for (let i = 0; i < tokens.length; i++) {
    const g = MASCULINE.has(lower[i]) ? 'm' : FEMININE.has(lower[i]) ? 'f' : undefined;
    if (!g || table.owner[i] !== 0) continue;
    const s = sentenceOf[i];
    const near = peopleBetween(table, sentences[Math.max(0, s - 1)].firstToken, i);
    let people = near.size > 0 ? near : peopleBetween(table, sentences[Math.max(0, s - PRONOUN_REACH)].firstToken, i);
    if (people.size === 0 && topic && topic.mentions[0].start < tokens[i].start) people = new Set([topic]); // a profile's subject
    if (people.size !== 1) continue;
    const person = [...people][0];
    if ((gender.get(person) ?? g) !== g) continue; // "he" earlier: "her" is someone else
    if (near.size > 0) gender.set(person, g);
    table.mention(person, i, i + 1);
  }
}

/** The person a sentence opens with (its first three tokens), if any. */
function subjectOf(table: ActorTable, sentence: number): Actor | undefined {
  const { firstToken, endToken } = table.facts.doc.sentences[sentence];
  for (let k = firstToken; k < Math.min(endToken, firstToken + 3); k++) {
    const owner = table.ownerOf(k);
    if (owner) return owner.kind === 'person' ? owner : undefined;
  }
  return undefined;
}

/** The person a document is about: the one its first sentence opens with. */
function topicPerson(table: ActorTable): Actor | undefined {
  return table.facts.doc.sentences.length > 0 ? subjectOf(table, 0) : undefined;
}

function peopleBetween(table: ActorTable, from: number, to: number): Set<Actor> {
  const people = new Set<Actor>();
  for (let k = from; k < to; k++) {
    const owner = table.ownerOf(k);
    if (owner?.kind === 'person') people.add(owner);
  }
  return people;
}

/**
 * "the ministry", "the army", "the group", "this terrorist organization", "The Department": the nearest
 * organization before it that fits. One descriptor may stand between the determiner and the noun.
 */
export function resolveOrganizationAnaphors(table: ActorTable): void {
  const { tokens, lower, capitalised } = table.facts;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!ANAPHOR_DETERMINERS.has(lower[i]) || table.owner[i] !== 0) continue;
    const noun = ANAPHOR_DESCRIPTORS.has(lower[i + 1]) && table.owner[i + 1] === 0 && !capitalised[i + 1] ? i + 2 : i + 1;
    if (noun >= tokens.length || table.owner[noun] !== 0) continue;
    // "The Department" alone stands for one; "The Department of State" is a name, which the name passes read.
    if (capitalised[noun] && (noun > i + 1 || lower[i] !== 'the')) continue;
    const named = ORG_ANAPHORS.get(withoutPossessive(lower[noun]));
    if (!named) continue;
    const want = noun > i + 1 && ARMED_ANAPHOR_DESCRIPTORS.has(lower[i + 1]) ? 'armed_group' : named; // "this terrorist organization"
    const next = lower[noun + 1];
    if (isPossessive(tokens[noun].text)) {
      const target = nearestFitting(table, i, want, withoutPossessive(lower[noun]));
      if (target) table.mention(target, i, noun + 1, undefined, tokens[noun].end - 2); // "the regime’s attacks"
      continue;
    }
    const after = tokens[noun + 1];
    if (next === 'of' || (after && (capitalised[noun + 1] || (after.kind === 'word' && /^[a-z]/.test(after.text) && !STOP_AFTER.has(next) && !PAST_VERB.test(next))))) continue;
    const target = nearestFitting(table, i, want, lower[noun]);
    if (target) table.mention(target, i, noun + 1);
  }
}

/** Determiners that open an organization anaphor. */
const ANAPHOR_DETERMINERS = new Set(['the', 'this']);
/** "The group carried out", "the group founded": a past-tense verb after the noun. */
const PAST_VERB = /^[a-z]{3,}ed$/;

/** Words after "the army" etc. that leave it a noun phrase of its own ("the army said", "the group has"). */
const STOP_AFTER = new Set(['said', 'says', 'has', 'had', 'have', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'claimed', 'added', 'announced', 'reported', 'stated', 'confirmed', 'denied', 'and', 'or', 'also', 'later', 'did', 'does', 'which', 'that', 'who', 'in', 'on', 'at', 'for', 'to', 'from', 'with', 'by', 'as', 'not', 'may', 'might', 'must', 'should', 'can', 'launched', 'took', 'took', 'issued', 'warned', 'accused', 'called', 'made', 'insisted', 'began', 'continued', 'remains', 'remained']);

/**
 * The organization an anaphor's noun stands for: the one of that kind or name mentioned last before token i. "the army"
 * after "Sudan's army … the paramilitary RSF": of a sector or kind, a body once called by the noun itself comes first.
 */
export function nearestFitting(table: ActorTable, i: number, want: string, noun?: string): Actor | undefined {
  const before = table.facts.tokens[i].start;
  const text = table.facts.doc.text;
  const fits = (actor: Actor) => fitsAnaphor(table, actor, want);
  if (noun && (want === 'MIL' || want === 'GOV' || want === 'armed_group')) {
    const word = new RegExp(`\\b${noun.replace(/[^\p{L}\p{N}-]/gu, '')}\\b`, 'iu');
    const called = nearestBefore(table, before, fits, (m) => word.test(text.slice(m.start, m.end)));
    if (called) return called;
  }
  return nearestBefore(table, before, fits);
}

function fitsAnaphor(table: ActorTable, actor: Actor, want: string): boolean {
  if (actor.kind === 'person') return false;
  if (want === 'MIL' || want === 'GOV') return actor.sector === want;
  if (want === 'regime') return actor.sector === 'GOV' && actor.mentions.some((m) => /regime/i.test(table.facts.doc.text.slice(m.start, m.end))); // only a government the text has called a regime
  if (want === 'armed_group') return actor.kind === 'armed_group';
  return actor.name.toLowerCase().includes(want.toLowerCase());
}

/** The fitting actor with the last fitting mention starting before offset `before`. */
function nearestBefore(table: ActorTable, before: number, fits: (actor: Actor) => boolean, mentionFits: (m: Actor['mentions'][number]) => boolean = () => true): Actor | undefined {
  let best: Actor | undefined;
  let bestAt = -1;
  for (const actor of table.actors) {
    if (!fits(actor)) continue;
    for (const m of actor.mentions) {
      if (m.start < before && m.start > bestAt && mentionFits(m)) {
        bestAt = m.start;
        best = actor;
      }
    }
  }
  return best;
}
