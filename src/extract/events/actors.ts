import actors from '../../lexicon/events/actors.json' with { type: 'json' };
import type { Entity, Mention } from '../contract.js';
import type { Doc } from '../document.js';
import { alpha3, countryOfWords, countriesIn, isCountryName, longestCountryWords, MAX_COUNTRY_WORDS } from './countries.js';
import type { SentenceView } from './sentence-view.js';
import { stem, stemSet } from './stem.js';
import { entityEnd, entityOfToken, indexEntity } from './entity-index.js';
import { ownedActorAfter } from './owned-actor.js';
import { MILITARY_OF_COUNTRY } from '../names/lexicon.js';
import { isCivilianNoun, isGeoModifier, isOwnedThing, isVictimAt, labelsSomethingElse } from './role-cues.js';
import { descriptionStart, inName, isActorModifier, isAgentiveModifier, isPlural, namesForceAct, namesForceVehicle, namesPeople, namesThing, nounForms, standsAlone } from './actor-phrase.js';

const GROUP_NOUNS = new Map<string, string>();
for (const [noun, sector] of Object.entries(actors.groupNouns)) GROUP_NOUNS.set(noun.split(' ').map(stem).join(' '), sector);
const GROUP_NOUN_FIRST = new Set([...GROUP_NOUNS.keys()].map((noun) => noun.split(' ')[0]));
/** The spellings group nouns take in text, so a stem shared with another word ("forced", "united") matches nothing. */
const GROUP_NOUN_SPELLINGS = new Set(Object.keys(actors.groupNouns).flatMap((noun) => noun.split(' ').flatMap(nounForms)));
const STATE_SECTORS = new Set(actors.stateSectors);
const LONGEST_GROUP_NOUN = Math.max(...[...GROUP_NOUNS.keys()].map((noun) => noun.split(' ').length));

/** Where a group noun of more than one word starting at token i ends ("riot police", "security forces"), or -1. */
export function compoundGroupNounEnd(view: SentenceView, i: number): number {
  if (!GROUP_NOUN_FIRST.has(view.stems[i])) return -1;
  for (let n = LONGEST_GROUP_NOUN; n >= 2; n--) {
    if (i + n <= view.stems.length && GROUP_NOUNS.has(view.stems.slice(i, i + n).join(' ')) && isGroupNounSpelling(view, i, i + n)) return i + n;
  }
  return -1;
}
const SPONSOR_MODIFIER = /^(?:pro|anti)-\p{L}|\p{L}-(?:led|backed|allied|controlled|aligned|supported|sponsored)$/iu;
const PLACE_PREPOSITIONS = stemSet(['in', 'at', 'from', 'to', 'into', 'near', 'across', 'outside', 'inside', 'toward', 'towards', 'of', 'on', 'around', 'within', 'throughout', 'over']);

/** A party to the events of a sentence: an entity mentioned at token [first, end) of the sentence. */
export interface Party {
  entity: Entity;
  first: number;
  end: number;
  afterBy: boolean;
  /** A group phrase not yet in the Doc: it becomes an entity only when an event takes it as a party (see `enlist`). */
  pending?: { view: SentenceView; phrase: GroupPhrase };
}

/** The entity of a party an event takes, added to the Doc if it was only a phrase so far. */
export function enlist(doc: Doc, party: Party): Entity {
  if (party.pending) {
    party.entity = addGroupEntity(doc, party.pending.view, party.pending.phrase);
    party.pending = undefined;
  }
  return party.entity;
}

/** The country an entity belongs to: its own, a country place's, or one its name names. */
export function entityCountry(entity: Entity): string | undefined {
  if (entity.country) return entity.country;
  // A capital or a demonym standing for its country ("Kiev forces", "Ukrainian" read as a place) acts for it.
  if (entity.kind === 'place') return entity.geo?.featureType === 'country' ? alpha3(entity.geo.country) : countryOfWords(entity.name);
  return countriesIn(entity.name)[0];
}

export function isStateActor(entity: Entity): boolean {
  return entity.sector !== undefined && STATE_SECTORS.has(entity.sector);
}

/** Whether a sector is the state's (military, police, government). */
export function isStateSector(sector: string | undefined): boolean {
  return sector !== undefined && STATE_SECTORS.has(sector);
}

/**
 * "Kavala's army captured …": the sector of the nearest group noun among the few words before token `first`
 * of its clause, for an event whose actor has no entity of its own.
 */
export function sectorOfNounBefore(view: SentenceView, first: number): string | undefined {
  for (let i = first - 1; i >= Math.max(0, first - 6); i--) {
    if (view.tokens[i].kind === 'punct') return undefined;
    const sector = GROUP_NOUNS.get(view.stems[i]);
    if (sector) return sector;
  }
  return undefined;
}

/**
 * The parties of a sentence: entities of the earlier stages (places only when they are countries, which
 * act through their governments), and group phrases nobody claimed yet ("Russian forces", "gunmen"),
 * added as entities of their own.
 */
export function sentenceParties(doc: Doc, view: SentenceView, triggerStarts: Set<number> = new Set()): Party[] {
  const parties: Party[] = [];
  const { tokens, stems } = view;
  const offset = view.sentence.firstToken;
  let placeListEnd = -1; // where the last place a preposition governs ends
  for (let i = 0; i < tokens.length; i++) {
    const claimed = entityOfToken(doc, offset + i);
    if (claimed) {
      let end = i + 1;
      // A name never runs over a lower-case event trigger ("Egyptian demonstrators | rioted").
      while (end < tokens.length && entityOfToken(doc, offset + end) === claimed && !(triggerStarts.has(end) && /^\p{Ll}/u.test(tokens[end].text))) end++;
      // "Egyptian demonstrators | rioted following a peaceful demonstration": an earlier stage's phrase that runs over a
      // trigger after its group noun (which may be a trigger itself) is that group, and the rest of it no party.
      const whole = entityEnd(doc, view, i, claimed);
      const groupEnd = GROUP_NOUNS.has(stems[end]) && /^\p{Ll}/u.test(tokens[end].text) ? end + 1 : end;
      const cut = claimed.kind !== 'place' && groupEnd < whole && groupEnd - i > 1 && !/^\p{Ll}/u.test(tokens[i].text) ? GROUP_NOUNS.get(stems[groupEnd - 1]) : undefined;
      if (cut) {
        parties.push(pendingParty(doc, view, { first: i, end: groupEnd, country: countriesIn(tokens.slice(i, groupEnd).map((t) => t.text).join(' '))[0], sector: cut }));
        i = whole - 1;
        continue;
      }
      // "the | foreign ministry said", "the | cartels": a name cut at a trigger down to its article leaves no party.
      if (end - i === 1 && ARTICLES.has(stems[i])) {
        while (end < tokens.length && entityOfToken(doc, offset + end) === claimed) end++;
        i = end - 1;
        continue;
      }
      const members = claimed.kind === 'place' ? demonymGroupAt(doc, view, i, end) ?? countryGroupAt(doc, view, i, end, triggerStarts) ?? placeGroupAt(view, claimed, i, end, triggerStarts) : undefined;
      if (members) {
        parties.push(pendingParty(doc, view, members));
        i = members.end - 1;
        continue;
      }
      const owned = claimed.kind === 'place' ? ownedActorAt(doc, view, i, end, triggerStarts) : undefined;
      if (owned) {
        parties.push(pendingParty(doc, view, owned));
        // The rest of a name the phrase ends inside is no party of its own ("Sandinista government | today").
        const inside = entityOfToken(doc, offset + owned.end - 1);
        i = inside && inside !== claimed ? entityEnd(doc, view, owned.end - 1, inside) - 1 : owned.end - 1;
        continue;
      }
      if (claimed.kind !== 'place' || claimed.geo?.featureType === 'country' || countryOfWords(tokens.slice(i, end).map((t) => t.text).join(' ').replace(POSSESSIVE_END, ''))) {
        // "to Iran, Libya, North Korea and Sudan": places listed after one a preposition governs are governed by it too.
        const placed = claimed.kind === 'place' && (afterPlacePreposition(stems, i) || listedAfter(stems, placeListEnd, i));
        if (placed) placeListEnd = end;
        if (!placed || ownsNext(view, end) || objectOfTrigger(stems, i, triggerStarts)) parties.push(party(claimed, i, end, stems));
      }
      i = end - 1;
      continue;
    }
    const shared = sharedNounGroupAt(doc, view, i, triggerStarts);
    if (shared) {
      parties.push(pendingParty(doc, view, shared));
      i = shared.end - 1;
      continue;
    }
    const found = groupPhraseAt(view, i, doc, triggerStarts);
    const phrase = found && withSetting(doc, view, found);
    if (phrase) {
      parties.push(pendingParty(doc, view, phrase));
      i = phrase.end - 1;
    }
  }
  return withoutMemberNouns(parties, stems);
}

/** "units of the Armed Forces of Ukraine", "artillerymen of the Russian Federation": the members stand for the force they belong to. */
function withoutMemberNouns(parties: Party[], stems: string[]): Party[] {
  return parties.filter((p, i) => {
    const next = parties[i + 1];
    if (!p.pending || p.entity.country || !p.entity.sector || p.entity.sector === 'CIV' || !next || stems[p.end] !== 'of') return true;
    return !(next.first === p.end + 1 || (next.first === p.end + 2 && stems[p.end + 1] === 'the'));
  });
}

const POSSESSIVE_END = /['’]s$/;
const ARTICLES = new Set(['the', 'a', 'an']);

/** "in Kiev's shelling", "in Kiev forces' shelling": the place stands for the side that did it. */
function ownsNext(view: SentenceView, end: number): boolean {
  return (POSSESSIVE_END.test(view.tokens[end - 1]?.text ?? '') && labelsSomethingElse(view, end)) || GROUP_NOUNS.has(view.stems[end] ?? '');
}

/** Whether only commas and conjunctions stand between a list's last item, ending at \`end\`, and token i. */
function listedAfter(stems: string[], end: number, i: number): boolean {
  if (end < 0 || end >= i) return false;
  for (let k = end; k < i; k++) if (!LIST_WORDS.has(stems[k])) return false;
  return true;
}

/**
 * "the naval blockade of Serbia", "its invasion of Kuwait", "apologized to Brazil": a country right after a one-word
 * trigger and "of" or "to" is what the event is done to or made to, no setting.
 */
function objectOfTrigger(stems: string[], i: number, triggerStarts: Set<number>): boolean {
  return (stems[i - 1] === 'of' || stems[i - 1] === 'to') && triggerStarts.has(i - 2);
}

/** "in Ukraine", "in eastern Ukraine": a place word read as a setting. */
function afterPlacePreposition(stems: string[], i: number): boolean {
  let j = i - 1;
  while (j > 0 && isGeoModifier(stems[j])) j--;
  return PLACE_PREPOSITIONS.has(stems[j] ?? '');
}

/** A party for the words over tokens [first, end) of the sentence, of a country its words name, if any. */
export function phraseParty(doc: Doc, view: SentenceView, first: number, end: number): Party {
  const text = view.tokens.slice(first, end).map((t) => t.text).join(' ');
  return pendingParty(doc, view, { first, end, country: countriesIn(text)[0] });
}

/** The name of a group phrase: its words up to where it says where the group is, without an article. */
function groupName(doc: Doc, view: SentenceView, phrase: GroupPhrase): string {
  return phrase.name ?? doc.text.slice(view.tokens[phrase.first].start, view.tokens[(phrase.nameEnd ?? phrase.end) - 1].end).replace(/^the\s+/i, '');
}

function pendingParty(doc: Doc, view: SentenceView, phrase: GroupPhrase): Party {
  const mention = groupMention(doc, view, phrase);
  const entity: Entity = { id: '', kind: phrase.sector === 'REB' ? 'armed_group' : 'organization', name: groupName(doc, view, phrase), mentions: [mention], country: phrase.country, sector: phrase.sector };
  return { ...party(entity, phrase.first, phrase.end, view.stems), pending: { view, phrase } };
}

export function party(entity: Entity, first: number, end: number, stems: string[]): Party {
  return { entity, first, end, afterBy: stems[first - 1] === 'by' || (stems[first - 1] === 'the' && stems[first - 2] === 'by') };
}

export interface GroupPhrase {
  first: number;
  end: number;
  /** Where the group's name ends, when the phrase goes on to say where it is ("rebels | in the Ivory Coast"). */
  nameEnd?: number;
  /** The group's name when the words do not say it: "Russian | shelling" is by "Armed Forces of Russia". */
  name?: string;
  country?: string;
  sector?: string;
  /** The person a title of office in the phrase names ("Lebanon's new President | Elias Hrawi"): the phrase is one of their mentions. */
  holder?: Entity;
}

/** "Russian forces", "the Ukrainian army", "Turkey", "police", "Kurdish militants": a country word and/or a group noun. */
function groupPhraseAt(view: SentenceView, i: number, doc: Doc, triggerStarts: Set<number>, claimedCountryEnd?: number): GroupPhrase | undefined {
  const { tokens, stems } = view;
  if (tokens[i].kind !== 'word' || stems[i] === 'the') return undefined;
  let country: string | undefined;
  let end = i;
  const capitalized = /^\p{Lu}/u.test(tokens[i].text);
  const offset = view.sentence.firstToken;
  const named = capitalized ? longestCountryWords(doc.tokensInLowerCase(), offset + i, offset + tokens.length, claimedCountryEnd === undefined ? undefined : claimedCountryEnd - i) : undefined;
  if (named) {
    country = named[0];
    end = i + named[1];
  }
  // "Vietnamese-led forces", "Russia-backed separatists", "pro-Iranian militia": the sponsor's country, if named.
  if (end === i && SPONSOR_MODIFIER.test(tokens[i].text) && GROUP_NOUN_FIRST.has(stems[i + 1] ?? '')) {
    country = countriesIn(tokens[i].text.replace(/-/g, ' '))[0];
    end = i + 1;
  }
  let sector: string | undefined;
  const countryEnd = end;
  // "Ukrainian state security officer", "Swiss aid worker": the country's words, then the description's.
  if (country) while (end < tokens.length && /^\p{Ll}/u.test(tokens[end].text) && isActorModifier(tokens[end].text.toLowerCase()) && !GROUP_NOUNS.has(stems[end])) end++;
  const nounFirst = end;
  for (let n = GROUP_NOUN_FIRST.has(stems[end]) ? 2 : 0; n >= 1; n--) {
    if (end + n > tokens.length || isClaimed(doc, view.sentence.firstToken + end, n)) continue;
    const noun = GROUP_NOUNS.get(stems.slice(end, end + n).join(' '));
    if (noun && isGroupNounSpelling(view, end, end + n)) {
      sector = noun;
      end += n;
      break;
    }
  }
  if (end === i) return undefined;
  let first = i;
  if (sector) {
    // "rebel fighters", "military forces", "government troops": the last group noun heads the phrase.
    while (end < tokens.length && GROUP_NOUNS.has(stems[end]) && isGroupNounSpelling(view, end, end + 1) && !isClaimed(doc, view.sentence.firstToken + end, 1)) sector = GROUP_NOUNS.get(stems[end++]);
    // "Iraqi Prime Minister Haider al-Abadi", "3rd Battalion": a title or unit inside a longer name.
    if (/^\p{Lu}/u.test(tokens[end - 1].text) && inName(view, end)) return undefined;
    if (!country) {
      for (let t = nounFirst; t < end; t++) if (inName(view, t)) return undefined;
      first = descriptionStart(doc, view, nounFirst, triggerStarts);
      // "disperse Moslem fundamentalist demonstrators": a capitalised word we cannot read, and one word of description, name the group.
      if (first < 0 && isPlural(tokens[end - 1].text)) first = describedGroupStart(doc, view, nounFirst);
      // "Al shabaab militants": an armed group's plural still names a party after a word we cannot read.
      if (first < 0 && isPlural(tokens[end - 1].text) && isAgentiveModifier(sector) && !/['’]s$/.test(tokens[nounFirst - 1]?.text ?? '') && !entityOfToken(doc, view.sentence.firstToken + nounFirst - 1)) first = nounFirst;
      // "a Karen guerrilla stronghold", "Kampuchean guerrilla camps": the armed group whose place it is, with the name we cannot read.
      if (first < 0 && isAgentiveModifier(sector) && isOwnedThing(tokens[end]?.text.toLowerCase() ?? '') && /^\p{Lu}/u.test(tokens[nounFirst - 1]?.text ?? '') && !entityOfToken(doc, view.sentence.firstToken + nounFirst - 1)) first = nounFirst - 1;
      // "Civilian killed as shell hits hospital": headlines drop the article before a victim.
      if (first < 0 || !(standsAlone(view, first, end - 1) || isVictimAt(view, end) || (triggerStarts.has(end) && isAgentiveModifier(sector)))) return undefined;
    }
    // "terrorist threat", "fighter aircraft", "military aid": a singular group word before another noun only qualifies it.
    const verbAfterNoun = triggerStarts.has(end) && (isAgentiveModifier(sector) || /^(?:the|a|an|this|that|its)$/i.test(tokens[first - 1]?.text ?? ''));
    // "Russian civilian advisers": then the demonym's people are the party.
    if (!isPlural(tokens[end - 1].text) && !verbAfterNoun && modifiesNextNoun(view, end)) return country ? demonymGroupAt(doc, view, i, countryEnd) : undefined;
  }
  if (!sector && country) {
    const members = demonymGroupAt(doc, view, i, end, triggerStarts);
    if (members) return members;
    // "Palestinian riots", "Israeli tanks fired": a demonym before the event noun names who did it.
    const demonym = tokens.slice(i, end).map((t) => t.text).join(' ');
    if (triggerStarts.has(end) && !isCountryName(demonym)) {
      // "Russian shelling", "a Ukrainian attack": an armed act's demonym is the country's armed forces, named as "Russian forces" are.
      if (namesForceAct(tokens[end].text)) return { first: i, end, country, sector: 'MIL', name: MILITARY_OF_COUNTRY.get(country)?.name ?? `${demonym} forces` };
      return { first: i, end, country };
    }
  }
  if (end === i + 1 && !sector && SPONSOR_MODIFIER.test(tokens[i].text)) return undefined;
  if (!sector) {
    // A bare country word acts only as a subject or object, not as an adjective or after "in".
    if (afterPlacePreposition(stems, i)) return undefined;
    // "an Australian ultimatum", "a U.S. offer": the country whose act it is.
    if ((stems[i - 1] === 'a' || stems[i - 1] === 'an') && tokens[end]?.kind === 'word' && /^\p{Ll}/u.test(tokens[end].text)) return { first: i, end, country, sector: 'GOV' };
    if (!isCountryName(tokens.slice(i, end).map((t) => t.text).join(' '))) return undefined;
    const next = tokens[end];
    if (next && next.kind === 'word' && /^\p{Ll}/u.test(next.text) && stems[end] !== 'and' && !PLACE_PREPOSITIONS.has(stems[end]) && !/ed$|s$/.test(next.text) && !['ha', 'have', 'be', 'will', 'would', 'had', 'said', 'say', 'to'].includes(stems[end])) return undefined;
    sector = 'GOV';
  }
  return { first, end, country, sector };
}

const CALENDAR_WORDS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Where "Moslem fundamentalist demonstrators" begins: a capitalised word inside the sentence, no name's, and at most one plain word before the noun; else -1. */
function describedGroupStart(doc: Doc, view: SentenceView, nounFirst: number): number {
  const { tokens, stems } = view;
  let k = nounFirst - 1;
  const plain = tokens[k]?.text ?? '';
  if (/^\p{Ll}+$/u.test(plain) && !FUNCTION_WORDS.has(plain) && !/(?:ed|ing|ly)$/.test(plain) && !GROUP_NOUNS.has(stems[k])) k--;
  const word = tokens[k];
  if (k < 1 || !word || word.kind !== 'word' || !/^\p{Lu}\p{Ll}+$/u.test(word.text) || tokens[k - 1].kind !== 'word' || CALENDAR_WORDS.test(word.text)) return -1;
  if (entityOfToken(doc, view.sentence.firstToken + k) || GROUP_NOUNS.has(stems[k])) return -1;
  return k;
}

function isGroupNounSpelling(view: SentenceView, first: number, end: number): boolean {
  for (let t = first; t < end; t++) {
    const token = view.tokens[t];
    if (token.kind !== 'word' || !GROUP_NOUN_SPELLINGS.has(token.text.toLowerCase().replace(/['’]s$|(?<=s)['’]$/, ''))) return false;
  }
  return true;
}

/** "Israel's high court", "Taiwan's vice foreign minister": a country's possessive and the body or office of it that acts. */
function ownedActorAt(doc: Doc, view: SentenceView, first: number, end: number, triggerStarts: Set<number>): GroupPhrase | undefined {
  const words = view.tokens.slice(first, end).map((t) => t.text).join(' ');
  if (!POSSESSIVE_END.test(words)) return undefined;
  const country = countryOfWords(words.replace(POSSESSIVE_END, ''));
  const owned = country ? ownedActorAfter(doc, view, end, triggerStarts) : undefined;
  // "Ukraine's rebel east": a group word qualifying the noun after it names no body.
  if (!owned || modifiesNextNoun(view, owned.end)) return undefined;
  const holder = entityOfToken(doc, view.sentence.firstToken + owned.end - 1);
  return { first, end: owned.end, country, sector: owned.sector, holder: holder?.kind === 'person' ? holder : undefined };
}

const SETTING_PREPOSITIONS = new Set(['in', 'throughout']);
/** Sectors of a state's own bodies, which belong to the country they are in ("police in Kabul"); troops or refugees need not. */
const DOMESTIC_SECTORS = new Set(['COP', 'GOV', 'JUD']);

/**
 * "rebels in the Ivory Coast", "police in Kabul", "students throughout Indonesia": a group described by where it
 * is, as one phrase; a state body there is that country's.
 */
function withSetting(doc: Doc, view: SentenceView, phrase: GroupPhrase): GroupPhrase {
  const { tokens, stems } = view;
  // "killed three civilians in the Donetsk region": where people only as people are is the event's scene.
  if (!phrase.sector || !SETTING_PREPOSITIONS.has(stems[phrase.end] ?? '') || isCivilianNoun(tokens[phrase.end - 1].text)) return phrase;
  let i = phrase.end + 1;
  while (i < tokens.length && (stems[i] === 'the' || isGeoModifier(stems[i]))) i++;
  const place = i < tokens.length ? entityOfToken(doc, view.sentence.firstToken + i) : undefined;
  if (!place || place.kind !== 'place' || !place.geo) return phrase;
  const end = entityEnd(doc, view, i, place);
  if (labelsSomethingElse(view, end) || POSSESSIVE_END.test(tokens[end - 1].text)) return phrase;
  const country = phrase.country ?? (DOMESTIC_SECTORS.has(phrase.sector) ? alpha3(place.geo.country) : undefined);
  return { ...phrase, end, nameEnd: phrase.end, country };
}

/** "Ukraine soldier", "Kiev forces": a country's name claimed as a place, heading a group noun phrase. */
function countryGroupAt(doc: Doc, view: SentenceView, first: number, end: number, triggerStarts: Set<number>): GroupPhrase | undefined {
  const words = view.tokens.slice(first, end).map((t) => t.text).join(' ');
  if (!countryOfWords(words) || POSSESSIVE_END.test(words)) return undefined;
  const phrase = groupPhraseAt(view, first, doc, triggerStarts, end);
  return phrase?.sector && phrase.end > end ? phrase : undefined;
}

/** "Darfur rebels", "Kabul police": a place short of a country and the plural group named after it; a state body there is that country's. */
function placeGroupAt(view: SentenceView, place: Entity, first: number, end: number, triggerStarts: Set<number>): GroupPhrase | undefined {
  const { tokens, stems } = view;
  if (!place.geo || place.geo.featureType === 'country' || POSSESSIVE_END.test(tokens[end - 1].text)) return undefined;
  let k = end;
  let sector: string | undefined;
  while (k < tokens.length && /^\p{Ll}/u.test(tokens[k].text) && GROUP_NOUNS.has(stems[k]) && isGroupNounSpelling(view, k, k + 1) && !triggerStarts.has(k)) sector = GROUP_NOUNS.get(stems[k++]);
  if (!sector || !isPlural(tokens[k - 1].text) || modifiesNextNoun(view, k)) return undefined;
  return { first, end: k, country: DOMESTIC_SECTORS.has(sector) ? alpha3(place.geo.country) : undefined, sector };
}

const FUNCTION_WORDS = new Set(['and', 'or', 'but', 'to', 'who', 'which', 'that', 'also', 'have', 'has', 'had', 'is', 'was', 'are', 'were', 'be', 'been', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'said', 'says', 'say', 'told', 'did', 'does', 'do', 'not', 'then', 'later', 'now', 'still', 'on', 'in', 'at', 'by', 'for', 'from', 'with', 'of', 'as', 'into', 'near', 'after', 'before', 'during', 'over', 'against', 'since', 'while', 'when', 'if', 'had', 'reportedly', 'allegedly', 'today', 'yesterday', 'tonight', 'officials', 'chief', 'commander', 'spokesman', 'spokesperson', 'sources', 'source']);

/** "military aid", "police custody": a lone singular group word before another common noun qualifies it and acts in nothing. */
function modifiesNextNoun(view: SentenceView, end: number): boolean {
  const word = view.tokens[end - 1].text;
  const next = view.tokens[end];
  if (/s$/i.test(word) || !/^\p{Ll}/u.test(word) || !next || next.kind !== 'word' || !/^\p{Ll}/u.test(next.text)) return false;
  const lower = next.text.toLowerCase();
  return !FUNCTION_WORDS.has(lower) && !/(?:ed|ly)$/.test(lower) && !GROUP_NOUNS.has(view.stems[end]) && !isOwnedThing(lower);
}

function groupMention(doc: Doc, view: SentenceView, phrase: GroupPhrase): Mention {
  const mention: Mention = doc.span(view.tokens[phrase.first].start, view.tokens[phrase.end - 1].end);
  if (qualifiesNextNoun(view, phrase)) mention.sense = 'modifier';
  return mention;
}

/**
 * "a military airport", "Israeli jets", "a terrorist attack": a party of one word, no plural in -s, right before a common
 * noun qualifies that noun; the group stands behind what the noun names, and the word names no group by itself.
 */
function qualifiesNextNoun(view: SentenceView, phrase: GroupPhrase): boolean {
  // "The two men first met", "people across Damascus": people as people are never a qualifier.
  if (phrase.end - phrase.first !== 1 || phrase.sector === 'CIV') return false;
  const word = view.tokens[phrase.first].text;
  const next = view.tokens[phrase.end];
  if (/s$/i.test(word) || POSSESSIVE_END.test(word) || !next || next.kind !== 'word' || !/^\p{Ll}/u.test(next.text)) return false;
  const lower = next.text.toLowerCase();
  return !FUNCTION_WORDS.has(lower) && !/(?:ed|ly)$/.test(lower) && !GROUP_NOUNS.has(view.stems[phrase.end]);
}

/** Prepositions that never stand between a demonym and its noun. */
const BETWEEN_STOPS = new Set(['about', 'among', 'between', 'through', 'toward', 'towards', 'under', 'upon', 'via', 'without', 'within']);

const NOT_NOUNS = new Set(['is', 'was', 'has', 'as', 'us', 'this', 'its', 'his', 'thus', 'plus', 'besides', 'towards', 'always', 'perhaps', 'afterwards', 'sometimes']);

/** "Iraqi Kurds", "Palestinian suicide bombers", "Egyptian landowners": a demonym and the plural people it qualifies. */
function demonymGroupAt(doc: Doc, view: SentenceView, first: number, end: number, triggerStarts: Set<number> = new Set()): GroupPhrase | undefined {
  const { tokens } = view;
  const words = tokens.slice(first, end).map((t) => t.text).join(' ');
  const country = countryOfWords(words);
  if (!country || isCountryName(words)) return undefined;
  for (let last = end; last < end + 2 && last < tokens.length; last++) {
    const token = tokens[last];
    if (token.kind !== 'word' || entityOfToken(doc, view.sentence.firstToken + last)) return undefined;
    // "Palestinian riots", "Israeli tanks fired": the event's own word names no people; the demonym alone is who did it.
    if (triggerStarts.has(last)) return undefined;
    const lower = token.text.toLowerCase();
    // "a blockade on Palestinian lorries", "rejected Israeli changes": the demonym alone names whose they are.
    if (last === end && namesForceVehicle(lower)) return { first, end: last + 1, country, sector: 'MIL' };
    if (last === end && namesThing(lower)) return { first, end, country };
    if (/[^s']s$/.test(lower) && !NOT_NOUNS.has(lower) && namesPeople(lower)) {
      return { first, end: last + 1, country, sector: GROUP_NOUNS.get(view.stems[last]) };
    }
    // "shared evidence with the U.S. about contacts": a function word ends the phrase, it qualifies nothing.
    if (!/^\p{Ll}/u.test(token.text) || FUNCTION_WORDS.has(lower) || BETWEEN_STOPS.has(lower)) return undefined;
  }
  return undefined;
}

/**
 * "Hungarian and Romanian officials", "Sierra Leonean and Liberian refugees": the first demonym's group shares the
 * noun of the second.
 */
function sharedNounGroupAt(doc: Doc, view: SentenceView, i: number, triggerStarts: Set<number>): GroupPhrase | undefined {
  const { tokens, stems } = view;
  if (tokens[i].kind !== 'word') return undefined;
  let end = i + 1;
  while (end - i < MAX_COUNTRY_WORDS && end < tokens.length && tokens[end].kind === 'word' && stems[end] !== 'and' && stems[end] !== 'or') end++;
  if ((stems[end] !== 'and' && stems[end] !== 'or') || end + 1 >= tokens.length) return undefined;
  const demonym = tokens.slice(i, end).map((t) => t.text).join(' ');
  const country = countryOfWords(demonym);
  if (!country || isCountryName(demonym)) return undefined;
  // The second may already be an actor of its own ("Romanian officials" read as Romania's government).
  const named = entityOfToken(doc, view.sentence.firstToken + end + 1);
  const other = named ? (named.kind === 'place' ? undefined : { country: named.country, sector: named.sector }) : groupPhraseAt(view, end + 1, doc, triggerStarts);
  return other?.country && other.sector && other.country !== country ? { first: i, end, country, sector: other.sector } : undefined;
}

function addGroupEntity(doc: Doc, view: SentenceView, phrase: GroupPhrase): Entity {
  const mention = groupMention(doc, view, phrase);
  const { start, end } = mention;
  if (phrase.holder) return widenMention(doc, phrase.holder, mention, phrase.country);
  const name = groupName(doc, view, phrase);
  const existing = doc.entities.find((e) => e.kind !== 'place' && e.name.toLowerCase() === name.toLowerCase());
  if (existing) {
    // "Cairo's security chief", which the quotes stage took as "security chief": the whole phrase replaces the mention inside it.
    return widenMention(doc, existing, mention, phrase.country);
  }
  const kind = phrase.sector === 'REB' ? 'armed_group' : 'organization';
  const entity = doc.addEntity({ kind, name, mentions: [mention], country: phrase.country, sector: phrase.sector });
  indexEntity(doc, entity);
  return entity;
}

/** An entity's mentions inside `mention` replaced by the whole of it. */
function widenMention(doc: Doc, entity: Entity, mention: Mention, country: string | undefined): Entity {
  entity.mentions = entity.mentions.filter((m) => m.start < mention.start || m.end > mention.end);
  entity.mentions.push(mention);
  entity.mentions.sort((a, b) => a.start - b.start);
  entity.country ??= country;
  indexEntity(doc, entity);
  return entity;
}

function isClaimed(doc: Doc, first: number, count: number): boolean {
  for (let t = first; t < first + count; t++) if (entityOfToken(doc, t)) return true;
  return false;
}

/** How many tokens after a trigger its recipient place may lie ("agreed to a six-month extension of the mandate for the peacekeeping force in Lebanon"). */
const RECIPIENT_WINDOW = 12;
const RECIPIENT_PREPOSITIONS = new Set(['to', 'from', 'in', 'into', 'with', 'against', 'toward', 'towards', 'for', 'on', 'of']);

/**
 * The places a non-violent event is directed at, as PLOVER codes them ("aid to Mozambique", "withdrew from
 * Panama", "arrived in Amman"): the first place after the trigger, in its clause, after a preposition.
 */
export function recipientPlaces(doc: Doc, view: SentenceView, trigger: { first: number; end: number }, prepositions: ReadonlySet<string> = RECIPIENT_PREPOSITIONS, directObject = false): Party[] {
  const { tokens, stems } = view;
  const offset = view.sentence.firstToken;
  for (let i = trigger.end; i < tokens.length && i <= trigger.end + RECIPIENT_WINDOW; i++) {
    if (tokens[i].kind === 'punct' && tokens[i].text !== '-') return [];
    const entity = entityOfToken(doc, offset + i);
    const country = entity ? undefined : unclaimedCountryAt(doc, view, i);
    if (!country && (!entity || entity.kind !== 'place')) continue;
    const end = entity ? entityEnd(doc, view, i, entity) : country!.end;
    let j = i - 1;
    while (j > trigger.end && (isGeoModifier(stems[j]) || stems[j] === 'the' || stems[j] === 'neighbor' || stems[j] === 'neighbour')) j--;
    if ((prepositions.has(stems[j]) || (directObject && isDirectObjectPlace(view, trigger.end, i))) && !labelsSomethingElse(view, end)) {
      return [entity ? party(entity, i, end, stems) : pendingParty(doc, view, country!), ...placesListedAfter(doc, view, end)];
    }
    i = end - 1;
  }
  return [];
}

const PLACE_HEADS = new Set(actors.placeHeads);

/** "shelled the southern regional capital Juba", "bombed Kabul": a place right after a past-tense verb, over its description, is its object. */
function isDirectObjectPlace(view: SentenceView, verbEnd: number, place: number): boolean {
  if (!/ed$/.test(view.tokens[verbEnd - 1].text)) return false;
  for (let k = verbEnd; k < place; k++) if (!(view.stems[k] === 'the' || isGeoModifier(view.stems[k]) || PLACE_HEADS.has(view.tokens[k].text.toLowerCase()))) return false;
  return true;
}

/** "aid to Bosnia": a country's name the places stage left unread, as its government. */
function unclaimedCountryAt(doc: Doc, view: SentenceView, i: number): GroupPhrase | undefined {
  if (!/^\p{Lu}/u.test(view.tokens[i].text)) return undefined;
  const offset = view.sentence.firstToken;
  const named = longestCountryWords(doc.tokensInLowerCase(), offset + i, offset + view.tokens.length);
  if (!named || isClaimed(doc, offset + i, named[1])) return undefined;
  const end = i + named[1];
  return isCountryName(view.tokens.slice(i, end).map((t) => t.text).join(' ')) ? { first: i, end, country: named[0], sector: 'GOV' } : undefined;
}

const LIST_WORDS = new Set([',', 'and', 'or']);

/** Places listed after one ("to Iran, Libya, North Korea and Sudan"): each joined by a comma or a conjunction. */
function placesListedAfter(doc: Doc, view: SentenceView, end: number): Party[] {
  const { tokens, stems } = view;
  const offset = view.sentence.firstToken;
  const listed: Party[] = [];
  let i = end;
  while (i < tokens.length && LIST_WORDS.has(stems[i])) {
    let first = i;
    while (first < tokens.length && LIST_WORDS.has(stems[first])) first++;
    const entity = first < tokens.length ? entityOfToken(doc, offset + first) : undefined;
    if (!entity || entity.kind !== 'place') break;
    const last = entityEnd(doc, view, first, entity);
    listed.push(party(entity, first, last, stems));
    i = last;
  }
  return listed;
}
