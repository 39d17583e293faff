import type { Actor, ActorTable, Mention } from './actors.js';
import { countryIndex } from './countries.js';
import { isAsWritten, LOWERCASE_ROLES, ORG_ANAPHORS, ORG_HEADS, TITLE_RANK_ADJECTIVES, TITLE_STATUS_MODIFIERS, TITLES, TITLES_BACKWARDS, type TitleEntry } from './lexicon.js';
import { isAllCaps, isPossessive, titleCase, withoutPossessive } from './text.js';
import { nearestFitting } from './coreference.js';
import { exactCandidates } from '../places/lookup.js';
import { REGION_WORDS, SETTLEMENT_WORDS } from '../places/lexicon.js';
import { alpha3 } from '../events/countries.js';
import remitData from '../../lexicon/actors/title-remits.json' with { type: 'json' };

interface TitlePhrase {
  first: number; // where the phrase starts ("the", a demonym, or the title)
  titleFirst: number;
  titleLast: number;
  entry: TitleEntry;
  country?: string;
  of?: Actor; // "Commander-in-Chief of the Ukrainian Armed Forces"
  institution?: { actor: Actor; mention: Mention }; // "the CJTF-OIR spokesperson": taken into the phrase
  remitEnd?: number; // "the UK Special Representative for Syria": the token after the remit's name
  place?: { text: string; country?: string }; // "The governor of Kherson region": the place the office is of
  armedOwner?: Actor; // "the group's spokesman" after Hamas: an armed group's office, of its sector
  owner?: string; // "the Taliban's spokesman", "the CJTF-OIR spokesperson": the body named before the title, whose office it is
}

/** The role a title phrase gives: "Foreign Minister", "spokesman", "Commander-in-Chief of the Armed Forces of Ukraine". */
function roleOf(phrase: TitlePhrase): string | undefined {
  if (phrase.entry.kind !== 'title') return undefined;
  const words = phrase.entry.words;
  const joined = words.join(' ');
  const title = LOWERCASE_ROLES.has(joined) ? joined : titleCase(words);
  if (phrase.owner) return `${phrase.owner} ${title}`;
  if (!phrase.of) return phrase.place ? `${title} of ${phrase.place.text}` : title;
  const institution = phrase.of.name;
  return `${title} of ${/\s/.test(institution) && !/^the /i.test(institution) ? 'the ' : ''}${institution}`;
}

function apply(actor: Actor, phrase: TitlePhrase): void {
  if (!saysLessThanLexicon(actor, phrase)) actor.role ??= roleOf(phrase);
  // "Admiral Harris" read as the lexicon's Vice President: a title of another sector than the lexicon's is no title of theirs.
  if (!actor.lexicon?.sector || phrase.entry.sector === actor.lexicon.sector) addTitle(actor, roleOf(phrase));
  const country = phrase.of?.country ?? phrase.country ?? phrase.place?.country;
  if (country && !actor.lexicon) actor.country ??= country;
  if (!actor.sector && phrase.entry.kind === 'title') actor.sector = phrase.armedOwner?.sector ?? (phrase.of?.sector === 'MIL' ? 'MIL' : phrase.entry.sector);
}

/** Keeps a role or rank the person is introduced with, each once, in text order. */
function addTitle(actor: Actor, title: string | undefined): void {
  if (!title) return;
  actor.titles ??= [];
  if (!actor.titles.some((t) => t.toLowerCase() === title.toLowerCase())) actor.titles.push(title);
}

/** A title ending right before token `end`, read backwards, with the demonyms and "the" before it. */
function titleEndingAt(table: ActorTable, end: number): TitlePhrase | undefined {
  const { lower } = table.facts;
  let node = TITLES_BACKWARDS.next.get(lower[end - 1]);
  let best: { first: number; entry: TitleEntry } | undefined;
  let k = end - 1;
  while (node && k >= 0 && table.owner[k] === 0) {
    const entry = node.values[0];
    if (entry && isAsWritten(entry, table.facts.tokens, k)) best = { first: k, entry };
    k--;
    if (k < 0) break;
    node = node.next.get(lower[k]);
  }
  if (!best) return undefined;
  return widen(table, best.first, end, best.entry);
}

function widen(table: ActorTable, titleFirst: number, titleLast: number, entry: TitleEntry): TitlePhrase {
  const { tokens, lower } = table.facts;
  const countries = countryIndex();
  let first = titleFirst;
  let country: string | undefined;
  while (first > 0 && table.owner[first - 1] === 0) {
    const word = tokens[first - 1].text;
    const iso3 = countryOfModifier(isPossessive(word) ? withoutPossessive(word) : word);
    if (iso3 === undefined || (first > 1 && LOCATIVE.has(lower[first - 2]))) break; // "in Iraq Minister Ellwood said": a headline run on
    country ??= iso3 ?? undefined;
    first--;
  }
  if (!country && first > 0) country = table.ownerOf(first - 1)?.country; // "Kremlin spokesman"
  // "Ousted President Askar Akayev", "the former Soviet leader": whether the title is still held.
  if (entry.kind === 'title' && first > 0 && table.owner[first - 1] === 0 && TITLE_STATUS_MODIFIERS.has(lower[first - 1])) first--;
  if (first > 0 && lower[first - 1] === 'the' && table.owner[first - 1] === 0) first--;
  return { first, titleFirst, titleLast, entry, country };
}

const BY_COUNTRY = new Set(remitData.byCountryParticiples);

/** A country or demonym before a title, alone or in a compound of who installed or backs the office ("Russian-installed"). */
function countryOfModifier(word: string): string | null | undefined {
  const found = countryIndex().countryOf(word);
  if (found !== undefined) return found;
  const hyphen = word.lastIndexOf('-');
  if (hyphen <= 0 || !BY_COUNTRY.has(word.slice(hyphen + 1).toLowerCase())) return undefined;
  return countryIndex().countryOf(word.slice(0, hyphen)) ?? undefined;
}

/** "Houthis'" → "Houthi", "Russia's" → "Russia": the possessor of a possessive, a plural one as its singular (the demonym). */
function possessorWord(word: string): string {
  if (isPossessive(word)) return withoutPossessive(word);
  return /\p{L}s['’]$/u.test(word) ? word.slice(0, -2) : word;
}

const INDEFINITE_ARTICLES = new Set(['a', 'an']);

/** Determiners that may open a title phrase as "the" does ("its spokesman", "their commander"). */
const POSSESSIVE_DETERMINERS = new Set(['its', 'his', 'her', 'their', 'our']);

/** Prepositions of place: a country after one is where, not whose the title is. */
const LOCATIVE = new Set(['in', 'into', 'from', 'at', 'near', 'across', 'throughout', 'inside', 'outside']);

/** Whether token k is a free rank adjective: "senior", "top". */
function rankAt(table: ActorTable, k: number): boolean {
  return TITLE_RANK_ADJECTIVES.has(table.facts.lower[k] ?? '') && table.owner[k] === 0;
}

/** "the Russian president" starting at token i (a determiner or title), forwards; with "of ORG" after it. */
function titleStartingAt(table: ActorTable, i: number, withInstitution = false): TitlePhrase | undefined {
  const { tokens, lower } = table.facts;
  const countries = countryIndex();
  let k = i;
  let possessor: Actor | undefined; // the body whose possessive opens the phrase
  if (lower[k] === 'the' || POSSESSIVE_DETERMINERS.has(lower[k])) {
    k++;
    // "the ministry's spokesman", "the group's leader": a body named by its common noun owns the office, the nearest such body before.
    const anaphor = isPossessive(lower[k] ?? '') && table.owner[k] === 0 ? ORG_ANAPHORS.get(withoutPossessive(lower[k])) : undefined;
    if (anaphor) {
      if (withInstitution) possessor = nearestFitting(table, i, anaphor, withoutPossessive(lower[k]));
      k++;
    }
  }
  // "A senior Houthi official, Hussein al-Ezzi,", "A Taliban spokesman, Zabihullah Mujahid,": an indefinite title phrase,
  // its rank before the demonym, or whose the office is.
  const indefiniteArticle = withInstitution && k === i && INDEFINITE_ARTICLES.has(lower[k]);
  if (indefiniteArticle) k++;
  // "the top U.S. commander in the Middle East,", "Ukraine's top commander,": a rank before or after whose the office is.
  const ranked = withInstitution && rankAt(table, k);
  if (ranked) k++;
  const indefinite = indefiniteArticle && !ranked;
  let country: string | undefined;
  while (k < tokens.length && table.owner[k] === 0) {
    const word = tokens[k].text;
    const iso3 = countryOfModifier(possessorWord(word));
    if (iso3 === undefined) break;
    country ??= iso3 ?? undefined;
    k++;
  }
  if (withInstitution && !ranked && country && rankAt(table, k)) k++;
  // "the CJTF-OIR spokesperson", "U.S. Central Command commander": an institution's name before the title.
  let institution: TitlePhrase['institution'];
  let ownerName: string | undefined;
  const owner = withInstitution && k < tokens.length ? table.ownerOf(k) : undefined;
  if (owner && owner.kind !== 'person') {
    const m = owner.mentions.find((x) => (x.first === k || x.first === i) && x.last > k && endsOnWord(x, tokens[x.last - 1]));
    if (m && m.last < tokens.length && table.owner[m.last] === 0) {
      // "The Taliban's spokesman": the owner of a possessive keeps its mention; only the role names it.
      const written = table.facts.doc.text.slice(tokens[m.first].start, m.end).replace(/^the\s+/i, '');
      // "Russia's ambassador": a country's office is named by the title alone, as with a demonym.
      if (countryOfModifier(written) === undefined) ownerName = written;
      if (isPossessive(tokens[m.last - 1].text)) possessor = owner;
      else institution = { actor: owner, mention: m };
      k = m.last;
    }
  }
  let node = TITLES.next.get(lower[k]);
  let best: { last: number; entry: TitleEntry } | undefined;
  let j = k;
  while (node && j < tokens.length && table.owner[j] === 0) {
    j++;
    const entry = node.values.find((v) => v.kind === 'title');
    if (entry) best = { last: j, entry };
    node = node.next.get(lower[j]);
  }
  if (!best || (indefinite && !country && !institution)) return undefined;
  const phrase: TitlePhrase = { first: i, titleFirst: k, titleLast: best.last, entry: best.entry, country: country ?? institution?.actor.country ?? possessor?.country, institution, owner: ownerName, armedOwner: (institution?.actor ?? possessor)?.kind === 'armed_group' ? (institution?.actor ?? possessor) : undefined };
  // "of the Ukrainian Armed Forces": the institution the title belongs to.
  let o = best.last;
  if (lower[o] === 'of') {
    o++;
    if (lower[o] === 'the' && !table.ownerOf(o)) o++;
    const of = table.ownerOf(o);
    if (of && of.kind !== 'person') phrase.of = of;
    else if (of) {
      // "the head of Zelensky's office": a body a person's possessive names; the phrase ends after its noun.
      const owned = of.mentions.find((m) => m.first === o);
      if (owned && isPossessive(tokens[owned.last - 1].text) && ORG_ANAPHORS.has(lower[owned.last] ?? '') && table.owner[owned.last] === 0) phrase.remitEnd = owned.last + 1;
    } else {
      const place = placeRemit(table, o);
      if (place) Object.assign(phrase, { remitEnd: place.end, place: { text: place.text, country: place.country } });
    }
  } else if (lower[o] === 'for' || (withInstitution && lower[o] === 'in')) phrase.remitEnd = remitEnd(table, o + 1); // "Special Representative for Syria", "commander in the Middle East"
  return phrase;
}

/** "for Syria", "for the Middle East", "for Central Asia": the capitalised name of a title's remit, ending before token returned. */
function remitEnd(table: ActorTable, start: number): number | undefined {
  const { tokens, lower } = table.facts;
  let k = start;
  if (lower[k] === 'the') k++;
  const first = k;
  while (k < tokens.length && /^\p{Lu}/u.test(tokens[k].text) && table.ownerOf(k)?.kind !== 'person') k++;
  return k > first ? k : undefined;
}


/**
 * "of Kherson region", "of Nova Kakhovka": the place an office is of, a capitalised name the gazetteer
 * knows (with its division word), and the country all its readings lie in.
 */
function placeRemit(table: ActorTable, start: number): { end: number; text: string; country?: string } | undefined {
  const { tokens, doc } = table.facts;
  const end = remitEnd(table, start);
  if (end === undefined) return undefined;
  const nameFirst = table.facts.lower[start] === 'the' ? start + 1 : start;
  let last = end;
  const typeWord = table.facts.lower[last];
  if (last < tokens.length && (REGION_WORDS.has(typeWord) || SETTLEMENT_WORDS.has(typeWord)) && table.owner[last] === 0) last++;
  const name = doc.text.slice(tokens[nameFirst].start, tokens[end - 1].end);
  const readings = exactCandidates(name).filter((c) => c.featureType === 'populated_place' || c.featureType === 'admin1' || c.featureType === 'admin2');
  if (readings.length === 0) return undefined;
  const countries = new Set(readings.map((c) => c.country));
  const country = countries.size === 1 ? alpha3([...countries][0]) : undefined;
  return { end: last, text: doc.text.slice(tokens[nameFirst].start, tokens[last - 1].end), country };
}

/** Whether a mention ends where its last token does, or right before that token's possessive "'s". */
function endsOnWord(m: Mention, last: { text: string; end: number }): boolean {
  return m.end === last.end || (isPossessive(last.text) && m.end === last.end - 2);
}

/** The token after the institution of a phrase with "of ORG", else after the title. */
function phraseEnd(table: ActorTable, phrase: TitlePhrase): number {
  if (!phrase.of) return phrase.remitEnd ?? phrase.titleLast;
  let k = phrase.titleLast + 1; // after "of"
  while (k < table.facts.tokens.length && table.ownerOf(k) !== phrase.of) k++;
  while (k < table.facts.tokens.length && table.ownerOf(k) === phrase.of) k++;
  return k;
}

/**
 * Roles and countries of the people found: a title right before a mention becomes part of it
 * ("Ukrainian Foreign Minister Dmytro Kuleba"); a title phrase in apposition before or after one
 * ("the Russian president, Vladimir Putin"; "Vladimir Putin, Russia's president,") is a mention of
 * its own.
 */
export function findRoles(table: ActorTable): void {
  const { tokens, lower } = table.facts;
  for (const actor of table.actors) {
    if (actor.kind !== 'person') continue;
    for (const m of [...actor.mentions]) {
      const before = titleEndingAt(table, m.first);
      if (before) {
        apply(actor, before);
        table.extendBack(actor, m, before.first);
        const honorific = titleEndingAt(table, m.first); // "HE Dr Ibrahim Al-Ja'afari"
        if (honorific?.entry.written) table.extendBack(actor, m, honorific.first);
        else if (honorific) apply(actor, honorific); // "Israeli military spokesman Rear Admiral Daniel Hagari": the office before the rank says whose he is
        absorbInstitution(table, actor, m, before);
      }
      // "The commander of the Tavria group of forces, Brigadier General Oleksandr Tarnavskyi,": a rank before the name, the office in apposition before both.
      if (m.first >= 2 && lower[m.first - 1] === ',') appositiveBefore(table, actor, m);
      if (lower[m.last] === ',' && m.last + 1 < tokens.length) {
        const phrase = titleStartingAt(table, m.last + 1, true);
        const end = phrase && phraseEnd(table, phrase);
        if (phrase && end !== undefined && [',', '.', ';', ')'].includes(lower[end] ?? '.')) {
          if (phrase.institution) takeInstitution(table, actor, phrase);
          apply(actor, phrase);
          appositionMention(table, actor, phrase, end);
        }
      }
    }
  }
}

/**
 * A bare title phrase, with no body or place it is of, says less than the lexicon's role for the person ("Russia's foreign
 * ministry spokeswoman", "Its spokesman", "the head of Zelensky's office"); the same title does not, so that an
 * institution before it can still qualify it ("Kremlin spokesman Dmitry Peskov").
 */
function saysLessThanLexicon(actor: Actor, phrase: TitlePhrase): boolean {
  const lexiconRole = actor.lexicon?.role?.toLowerCase();
  const role = roleOf(phrase)?.toLowerCase();
  if (!lexiconRole || !role || phrase.of || phrase.place || phrase.institution) return false;
  return lexiconRole !== role;
}

/**
 * "Foreign Office Minister Tobias Ellwood", "Pentagon Press Secretary Peter Cook", "U.S. Army General
 * Joseph Votel": an institution's name right before the title qualifies the title; the whole phrase
 * names the person, and the role says whose office it is.
 */
function absorbInstitution(table: ActorTable, actor: Actor, m: Mention, phrase: TitlePhrase): void {
  if (phrase.entry.kind !== 'title' || phrase.first !== phrase.titleFirst || m.first < 1) return;
  const institution = table.ownerOf(m.first - 1);
  if (!institution || institution.kind === 'person') return;
  const own = institution.mentions.find((x) => x.last === m.first);
  const { tokens, doc } = table.facts;
  if (!own || own.end !== tokens[own.last - 1].end || own.last - own.first > 5) return;
  // "against ISIL Minister Ellwood said", "ISIL Terrorists Navy …": an armed group holds no such office; two phrases run together.
  if (institution.kind === 'armed_group') return;
  const head = tokens[own.last - 1].text;
  if (!ORG_HEADS.has(head) && !isAllCaps(head) && !institution.lexicon) return;
  table.dropMention(institution, own);
  const written = doc.text.slice(tokens[own.first].start, own.end).replace(/^the\s+/i, '');
  const title = roleOf(phrase);
  if (actor.role === title) actor.role = `${written} ${actor.role}`;
  actor.titles = actor.titles?.map((t) => (t === title ? `${written} ${t}` : t));
  if (!actor.lexicon) actor.country ??= institution.country ?? institution.lexicon?.country;
  table.extendBack(actor, m, own.first);
}

/**
 * A title phrase in apposition is a mention of the person: "commander of the Amphibious Task Group"
 * whole, the institution keeping its own mention inside it; a place after the title is left out.
 */
function appositionMention(table: ActorTable, actor: Actor, phrase: TitlePhrase, end: number): void {
  const m = table.mention(actor, phrase.first, phrase.titleLast);
  // "The governor of Kherson region": the place stays the places stage's to read; the mention ends at the title.
  if (end > phrase.titleLast && !phrase.place) {
    m.last = end;
    m.end = table.facts.tokens[end - 1].end;
  }
}

/** Frees an institution's mention inside a title phrase; the role names whose office it is. */
function takeInstitution(table: ActorTable, actor: Actor, phrase: TitlePhrase): void {
  const { actor: institution, mention } = phrase.institution!;
  table.dropMention(institution, mention);
  actor.role ??= roleOf(phrase);
}

function appositiveBefore(table: ActorTable, actor: Actor, m: Mention): void {
  const { lower, sentenceInitial } = table.facts;
  const comma = m.first - 1;
  // Walk back to the phrase start: the sentence start, "the" or a possessive ("Its spokesman, Igor Konashenkov,").
  for (let start = comma - 1; start >= 0 && start >= comma - 12; start--) {
    // "… - Ukraine's army chief, General Valeri Zaluzhnyi,": a name's possessive opens the phrase as "the" does.
    const namePossessive = table.facts.capitalised[start] === 1 && isPossessive(table.facts.tokens[start].text);
    if (lower[start] !== 'the' && !POSSESSIVE_DETERMINERS.has(lower[start]) && !INDEFINITE_ARTICLES.has(lower[start]) && !sentenceInitial[start] && !namePossessive) continue;
    const phrase = titleStartingAt(table, start, true);
    if (!phrase || phraseEnd(table, phrase) !== comma) {
      if (sentenceInitial[start]) return;
      continue;
    }
    apply(actor, phrase);
    appositionMention(table, actor, phrase, phraseEnd(table, phrase));
    return;
  }
}

export { titleStartingAt, roleOf, type TitlePhrase };
