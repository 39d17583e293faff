import type { Actor, ActorTable } from './actors.js';
import { countryIndex } from './countries.js';
import { lexiconActor, longestAlias } from './lexicon-pass.js';
import { ARMED_HEADS, ARMED_NAME_WORDS, ARMED_WORDS, GIVEN_NAMES, isAsWritten, NOT_ALONE_BEFORE_NAMES, NUMBERED_HEADS, ORG_FIRST_WORDS, ORG_HEADS, TITLES, TITLES_BACKWARDS, type TitleEntry } from './lexicon.js';
import { hasParticlePrefix, isNameWord, sequenceAt } from './sequences.js';
import titlesData from '../../lexicon/actors/titles.json' with { type: 'json' };
import { isAllCaps, isNotName, isPossessive, withoutPossessive } from './text.js';

const SPEECH_AFTER = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'tweeted', 'stated', 'explained', 'explains', 'argued', 'argues', 'noted', 'notes', 'insisted', 'insists', 'claimed', 'claims', 'warned', 'warns', 'asked', 'asks', 'replied', 'replies', 'responded', 'announced', 'confirmed', 'denied', 'acknowledged', 'recalled', 'recalls']);
const PERSON_AFTER = new Set(['who', 'whose']);
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/** A single word left for the coreference step: a surname alone, or one after a title. */
export interface PendingSingle {
  token: number;
  titled: boolean;
  known?: boolean; // a given name that speaks ("says Manal"): a person known by it, if no one else
}

/**
 * Capitalised runs the lexicon did not claim: organizations by their head or first word, people by a
 * title, honorific or given name before them or a speech verb after them. A run that the gazetteer
 * knows as a place, with no such evidence, is left for the places stage.
 */
export function findCapitalisedNames(table: ActorTable): PendingSingle[] {
  const { tokens, lower, sentenceInitial, capitalised } = table.facts;
  const countries = countryIndex();
  const pending: PendingSingle[] = [];
  const acronyms = new Map<string, Actor>();
  // Acronyms of units known by their number ("CTF" for Task Force 50): "CTF 50" is one mention.
  const numberedAcronyms = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    // "al-Ghuraba Brigades": a name may open with an Arabic article in lower case.
    if (!isNameWord(table, i) || table.owner[i] !== 0) continue;
    let seq = sequenceAt(table, i);
    // "Minister for the Middle East Tobias Ellwood": a title running past the capitalised run.
    const longTitle = titleAt(table, seq.first, Math.min(tokens.length, seq.first + 9));
    let titledAhead = false;
    if (longTitle && longTitle.last > seq.last && table.free(seq.first, longTitle.last) && isNameWord(table, longTitle.last) && table.owner[longTitle.last] === 0) {
      seq = { first: longTitle.last, last: sequenceAt(table, longTitle.last).last };
      titledAhead = true;
    }
    // "Laurel County Judge-Executive David Westerfield": the words before an office inside the run are
    // whom the office is of, a run of their own; the office and the name after it come next.
    const office = titleAt(table, seq.first, seq.last) ? undefined : officeStartIn(table, seq.first + 1, seq.last);
    if (office !== undefined) seq = { first: seq.first, last: office };
    let first = seq.first;
    const last = seq.last;
    i = last - 1;
    // Leading words that are not the name: "The", "However", a demonym, a title ("President Obama").
    while (first < last && isNotName(tokens[first].text) && !titleAt(table, first, last)) first++; // "Mr" stays a title
    if (first >= last) continue;
    while (first < last - 1 && countries.countryOf(tokens[first].text) !== undefined && !isOrgHeaded(table, first, last)) first++;
    if (isWholeTitle(table, first, last)) continue; // "The Foreign Secretary said": an office, for the title pass
    let titled = titledAhead;
    if (!titled) {
      // "Army Lt. Gen. Stephen J. Townsend": a title first, even when its first word could start an organization.
      const title = titleAt(table, first, last);
      if (title && (!isOrgHeaded(table, first, last) || !isOrgHeaded(table, title.last, last))) {
        titled = true;
        first = title.last;
      }
    }
    if (first >= last) continue;
    const words = tokens.slice(first, last).map((t) => t.text);
    const lastWord = isPossessive(words[words.length - 1]) ? words[words.length - 1].slice(0, -2) : words[words.length - 1];
    const end = isPossessive(tokens[last - 1].text) ? tokens[last - 1].end - 2 : tokens[last - 1].end;
    const name = table.facts.doc.text.slice(tokens[first].start, end);

    // An acronym defined earlier: "Syrian Democratic Forces (SDF)" … "the SDF".
    // The article before a defined acronym is the mention's, as before the name it stands for ("the SRTF").
    const withArticle = first > 0 && lower[first - 1] === 'the' && table.free(first - 1, first) ? first - 1 : first;
    if (words.length === 1 && acronyms.has(lastWord)) {
      const numbered = end === tokens[last - 1].end && numberedAcronyms.has(lastWord) && numberAt(table, last);
      table.mention(acronyms.get(lastWord)!, withArticle, numbered ? last + 1 : last, undefined, numbered ? tokens[last].end : end);
      continue;
    }
    // "the Rapid Support Forces" … "the RSF": an acronym never defined is still the initials of a body named before it.
    const initialled = words.length === 1 && isAllCaps(lastWord) ? bodyWithInitials(table, lastWord) : undefined;
    if (initialled) {
      table.mention(initialled, first, last, undefined, end);
      continue;
    }
    const org = organizationOf(table, first, last, words, lastWord);
    if (org) {
      let from = first;
      let country = countryBefore(table, seq.first, first) ?? possessiveCountryBefore(table, seq.first);
      // "the 158th Fighter Wing", "Jordanian 71st Counter Terrorism Battalion": a unit's number is part of its name.
      let unit = first;
      if (from > 0 && ORDINAL.test(tokens[from - 1].text) && table.free(from - 1, from)) {
        unit = --from;
        const demonym = from > 0 ? countries.countryOf(tokens[from - 1].text) : undefined;
        if (demonym !== undefined && table.free(from - 1, from)) {
          from--;
          country ??= demonym ?? undefined;
        }
      }
      if (from > 0 && lower[from - 1] === 'the' && table.free(from - 1, from)) from--;
      let to = last;
      const numberedHead = end === tokens[last - 1].end && NUMBERED_HEADS.has(tokens[last - 1].text);
      // "Task Force 50".
      if (numberedHead && numberAt(table, last)) to++;
      const acronym = acronymAfter(table, last);
      // "Task Force (CTF) 50": the number after the acronym is the unit's; the mention takes in all of it.
      const numberAfterAcronym = numberedHead && to === last && acronym !== undefined && numberAt(table, acronym + 2);
      // "3rd Battalion, 6th Marines": a numbered unit and, after a comma, the numbered unit it belongs to name one unit.
      const parent = unit < first && to === last && acronym === undefined && parentUnitAt(table, last);
      if (parent) {
        to = last + 3;
        i = last + 2;
      }
      const mentionEnd = parent ? tokens[last + 2].end : to > last ? tokens[last].end : numberAfterAcronym ? tokens[acronym + 2].end : end;
      const unitName = numberAfterAcronym ? `${table.facts.doc.text.slice(tokens[unit].start, end)} ${tokens[acronym + 2].text}` : table.facts.doc.text.slice(tokens[unit].start, mentionEnd);
      const actor = table.actor(`org:${unitName}`, { ...org, name: unitName, country: country ?? org.country });
      if (acronym !== undefined) {
        acronyms.set(tokens[acronym].text, actor);
        if (numberedHead) numberedAcronyms.add(tokens[acronym].text);
      }
      if (numberAfterAcronym) {
        table.mention(actor, from, acronym + 3, undefined, mentionEnd);
        continue;
      }
      table.mention(actor, from, to, undefined, mentionEnd);
      if (acronym !== undefined) table.mention(actor, acronym, acronym + 1);
      continue;
    }
    if (words.length === 1) {
      // "says Manal", "Karim insists": a given name alone, speaking, is a person known by it.
      const known = !titled && GIVEN_NAMES.has(lastWord) && speaks(table, first, last) && !countries.isPlace(lastWord);
      // Untitled singles only ever join a person already named, so a sentence-initial one may wait too.
      if (!isAllCaps(lastWord) || titled) pending.push({ token: first, titled, known });
      continue;
    }
    if (isPersonName(table, first, last, words, titled || titledBefore(table, first), name)) {
      const actor = table.actor(`person:${name}`, { kind: 'person', name });
      table.mention(actor, first, last, undefined, end);
    }
  }
  return pending;
}

/** Words a body's initials leave out ("Syrian Observatory for Human Rights" is SOHR). */
const INITIALS_SKIP = new Set(['of', 'the', 'for', 'and', 'de', 'al', 'el', 'in', 'on']);
const MIN_INITIALS = 3;

/** The organization or armed group already named whose initials the acronym is. */
function bodyWithInitials(table: ActorTable, acronym: string): Actor | undefined {
  if (acronym.length < MIN_INITIALS) return undefined;
  return table.actors.find((actor) => {
    if (actor.kind !== 'organization' && actor.kind !== 'armed_group') return false;
    const words = actor.name.split(/[\s-]+/).filter((w) => w && !INITIALS_SKIP.has(w.toLowerCase()));
    return words.length === acronym.length && words.every((w, i) => w[0] === acronym[i]);
  });
}

/** A speech verb right after the name (or after its closing comma), or right before it ("says Manal"). */
function speaks(table: ActorTable, first: number, last: number): boolean {
  const { lower } = table.facts;
  return SPEECH_AFTER.has(lower[last]) || (lower[last] === ',' && SPEECH_AFTER.has(lower[last + 1])) || (first > 0 && SPEECH_AFTER.has(lower[first - 1]));
}

function isOrgHeaded(table: ActorTable, first: number, last: number): boolean {
  const { tokens } = table.facts;
  const lastWord = tokens[last - 1].text;
  return ORG_HEADS.has(isPossessive(lastWord) ? lastWord.slice(0, -2) : lastWord) || ORG_FIRST_WORDS.has(tokens[first].text) || innerHead(tokens.slice(first, last).map((t) => t.text)) !== undefined;
}

/**
 * "Iraqi Ministry of Culture", "Syrian Council for Peace": a head word inside the name, its complement
 * after it. A name with a place's name in it ("Ohio Department of Development", "Arts Center of Cannon
 * County") is left to the places stage, which reads the place first.
 */
function innerHead(words: readonly string[]): string | undefined {
  for (let k = 1; k < words.length - 1; k++) {
    if (!ORG_HEADS.has(words[k]) || (words[k + 1] !== 'of' && words[k + 1] !== 'for')) continue;
    const countries = countryIndex();
    const complement = words.slice(words[k + 2] === 'the' ? k + 3 : k + 2).join(' ');
    return words.some((w) => /^\p{Lu}/u.test(w) && countries.isPlace(w)) || countries.isPlace(complement) || countries.isPlace(words.slice(0, k).join(' ')) ? undefined : words[k];
  }
  return undefined;
}

interface OrgFields {
  kind: 'organization' | 'armed_group';
  sector?: string;
  country?: string;
}

function organizationOf(table: ActorTable, first: number, last: number, words: string[], lastWord: string): OrgFields | undefined {
  const countries = countryIndex();
  const head = ORG_HEADS.get(lastWord) ?? ORG_HEADS.get(innerHead(words) ?? '');
  const firstWord = ORG_FIRST_WORDS.get(words[0]);
  if (!head && !firstWord) return undefined;
  if (words.length === 1 && !table.facts.tokens[first].text.match(/^[A-Z]/)) return undefined;
  // "Ministry", "Army" alone: an anaphor, not a name; "5th Fleet", "3rd Battalion": a unit by its number.
  const numbered = head !== undefined && first > 0 && ORDINAL.test(table.facts.tokens[first - 1].text) && table.free(first - 1, first);
  if (words.length === 1 && !numbered) return undefined;
  const name = words.join(' ');
  if (countries.countryOf(name) !== undefined) return undefined; // "Russian Federation", "United Arab Emirates"
  // "Freedom Square" is no organization, nor "Kherson Oblast"; a unit by its number is no town ("5th Fleet", not Fleet in Hampshire).
  if (countries.isPlace(name) && !firstWord && !numbered) return undefined;
  const armed = (ARMED_HEADS.has(lastWord) && words.some((w) => ARMED_WORDS.has(w))) || words.some((w) => ARMED_NAME_WORDS.has(w));
  const ofCountry = words.map((w) => countries.countryOf(w)).find((c) => c);
  return {
    kind: armed && !ofCountry ? 'armed_group' : 'organization',
    sector: armed && !ofCountry ? 'REB' : (head ?? firstWord),
    country: ofCountry ?? undefined,
  };
}

/** The country a demonym before the name gives ("Iraqi Security Forces", "the Syrian Observatory"). */
function countryBefore(table: ActorTable, from: number, first: number): string | undefined {
  const countries = countryIndex();
  for (let k = from; k < first; k++) {
    const iso3 = countries.countryOf(table.facts.tokens[k].text);
    if (iso3) return iso3;
  }
  return undefined;
}

/** "Russia's National Anti-Terrorism Committee": a country's possessive right before a body's name gives its country. */
function possessiveCountryBefore(table: ActorTable, first: number): string | undefined {
  const word = table.facts.tokens[first - 1]?.text;
  if (!word || !isPossessive(word)) return undefined;
  return countryIndex().countryOf(withoutPossessive(word)) ?? undefined;
}

/** ", 6th Marines" at token `at`: a comma, an ordinal and one capitalised unit head, all free, ending the run of names. */
function parentUnitAt(table: ActorTable, at: number): boolean {
  const { tokens, capitalised } = table.facts;
  return (
    tokens[at]?.text === ',' && ORDINAL.test(tokens[at + 1]?.text ?? '') && ORG_HEADS.has(tokens[at + 2]?.text ?? '') && !capitalised[at + 3] && table.free(at, at + 3)
  );
}

/** A free number token at `at`, one space after the word before it, and no year: a unit's number ("Task Force 50"). */
function numberAt(table: ActorTable, at: number): boolean {
  const { tokens } = table.facts;
  return tokens[at]?.kind === 'number' && UNIT_NUMBER.test(tokens[at].text) && tokens[at].start === tokens[at - 1].end + 1 && table.free(at, at + 1);
}

const UNIT_NUMBER = /^(?!(?:19|20)\d\d$)\d{1,4}$/;

function acronymAfter(table: ActorTable, last: number): number | undefined {
  const { tokens } = table.facts;
  if (tokens[last]?.text !== '(' || tokens[last + 2]?.text !== ')') return undefined;
  const t = tokens[last + 1];
  return t.kind === 'word' && isAllCaps(t.text) && table.owner[last + 1] === 0 ? last + 1 : undefined;
}

/** The first token in [from, to) where an office title starts with a name after it, in the same run of capitalised words. */
function officeStartIn(table: ActorTable, from: number, to: number): number | undefined {
  const { tokens, capitalised } = table.facts;
  for (let k = from; k < to; k++) {
    if (!capitalised[k]) continue;
    const title = titleAt(table, k, Math.min(tokens.length, k + 9));
    if (title?.entry.kind === 'title' && capitalised[title.last] && table.owner[title.last] === 0) return k;
  }
  return undefined;
}

/** Whether tokens [first, last) are a title and nothing more ("Foreign Secretary", "Prime Minister"). */
function isWholeTitle(table: ActorTable, first: number, last: number): boolean {
  const { lower } = table.facts;
  let node = TITLES.next.get(lower[first]);
  for (let k = first + 1; node && k < last; k++) node = node.next.get(lower[k]);
  return node !== undefined && node.values.some((v) => v.kind === 'title');
}

/** "journalist Vira Hyrych", "the military blogger Vladlen Tatarsky": a title or occupation in lower case right before the name. */
function titledBefore(table: ActorTable, first: number): boolean {
  const { lower, capitalised } = table.facts;
  // "The Taliban spokesman, Zabihullah Mujahid,": the title phrase may stand in apposition before the name.
  if (first > 1 && lower[first - 1] === ',' && !capitalised[first - 2]) return titledBefore(table, first - 1) && apposedAfter(table, first);
  if (first === 0 || capitalised[first - 1] || NOT_ALONE_BEFORE_NAMES.has(lower[first - 1])) return false;
  let node = TITLES_BACKWARDS.next.get(lower[first - 1]);
  for (let k = first - 1; node; node = k > 0 ? node.next.get(lower[--k]) : undefined) {
    // "will host …", "to coach …": a verb, not a title.
    if (node.values.length > 0) return !VERB_OPENERS.has(lower[k - 1] ?? '');
  }
  return false;
}

/** The name starting at `first` is closed by a comma or a full stop: an apposition, not the start of a clause. */
function apposedAfter(table: ActorTable, first: number): boolean {
  const { tokens, lower, capitalised } = table.facts;
  let k = first;
  while (k < tokens.length && (capitalised[k] || hasParticlePrefix(tokens[k].text))) k++;
  return k > first + 1 && (lower[k] === ',' || lower[k] === '.');
}

/** Words before a title word that make it a verb ("will host", "to coach"). */
const VERB_OPENERS: ReadonlySet<string> = new Set(titlesData.verbOpeners);

/** A title, rank or honorific at the start of [first, last) with a name after it: the first name token. */
export function titleAt(table: ActorTable, first: number, last: number): { last: number; entry: TitleEntry } | undefined {
  const { lower } = table.facts;
  let node = TITLES.next.get(lower[first]);
  let best: { last: number; entry: TitleEntry } | undefined;
  let k = first;
  while (node && k < last - 1) {
    k++;
    const entry = node.values.find((v) => v.kind !== 'descriptor');
    if (entry && isAsWritten(entry, table.facts.tokens, first)) best = { last: k, entry };
    node = node.next.get(lower[k]);
  }
  // "HE Dr Ibrahim Al-Ja'afari": an honorific after another title.
  const next = best && best.entry.written ? titleAt(table, best.last, last) : undefined;
  return next ? { last: next.last, entry: next.entry } : best;
}

/**
 * "Kofi Annan, UN secretary-general,": an office title in a comma's apposition right after the name, a few
 * words (an article, an institution or country) before it allowed, says the name is a person's.
 */
function titledApposition(table: ActorTable, last: number): boolean {
  const { lower } = table.facts;
  if (lower[last] !== ',') return false;
  for (let k = last + 1; k <= last + APPOSITION_REACH && k < lower.length && lower[k] !== ','; k++) {
    let node = TITLES.next.get(lower[k]);
    for (let j = k + 1; node; j++) {
      if (node.values.some((v) => v.kind === 'title') && (lower[j] === ',' || lower[j] === '.')) return true;
      node = node.next.get(lower[j]);
    }
  }
  return false;
}

/** How many words after the comma an apposition's title may start ("Tony Blair, the British prime minister,"). */
const APPOSITION_REACH = 4;

function isPersonName(table: ActorTable, first: number, last: number, words: string[], titled: boolean, name: string): boolean {
  const { tokens, lower, sentenceInitial } = table.facts;
  // Initials ("W.", "F.W.") are no acronym.
  if (words.length > 4 || words.some((w) => isAllCaps(w) && w.length > 1 && !/^(?:[A-Z]\.)+$/.test(w))) return false;
  if (words.some((w) => isNotName(w))) return false;
  if (officeStartIn(table, last, last + 1) !== undefined) return false; // "Alexandria Commonwealth's Attorney Bryan Porter"
  const countries = countryIndex();
  if (countries.countryOf(words[0]) !== undefined) return false;
  if (titled) return true;
  // "Jean-Bertrand Aristide": a hyphenated given name whose first part is one.
  const given = GIVEN_NAMES.has(words[0]) || GIVEN_NAMES.has(words[0].split('-')[0]);
  const initial = words.slice(1, -1).some((w) => /^[A-Z]\.$/.test(w)) || (words.length > 1 && /^(?:[A-Z]\.){2,}$/.test(words[0])); // "George W. Bush", "F.W. de Klerk"
  const after = lower[last] === ',' ? lower[last + 1] : lower[last];
  const apposition = titledApposition(table, last);
  const context = apposition || speaks(table, first, last) || PERSON_AFTER.has(after);
  if (!given && !initial && !context) return false;
  if (countries.isPlace(name)) return false; // "Santa Clara", "Jordan Valley"
  // A capitalised first word may open any sentence; a full name with its office in apposition is still a person's ("Zabihullah Mujahid, the Taliban spokesman,").
  if (sentenceInitial[first] && !given && !initial && !(apposition && words.length > 1)) return false;
  return tokens[first].kind === 'word';
}

