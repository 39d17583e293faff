import type { Entity, EntityKind, Span } from '../contract.js';
import type { Doc } from '../document.js';
import { isSentenceOpener, listedAbbreviation } from '../abbreviations.js';
import { AuthorVoice } from '../names/author-voice.js';
import { countryIndex } from '../names/countries.js';
import { hasParticlePrefix } from '../names/sequences.js';
import { GIVEN_NAMES, NOT_NAMES } from '../names/lexicon.js';
import { GROUP_NOUNS } from '../names/group-nouns.js';
import { CLAUSE_WORDS, ORGANIZATION_NOUNS, PERSON_NOUNS, PRONOUNS, THING_HEADS, TITLES } from './lexicon.js';

export interface Speaker {
  entity: Entity;
  mention: Span;
}

const ARTICLES = new Set(['the', 'a', 'an']);
const DETERMINERS = new Set(['the', 'a', 'an', 'another', 'one', 'two', 'three', 'several', 'some', 'many', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'these', 'those']);

const isCapitalized = (word: string) => {
  const c = word.charCodeAt(0);
  return word[0] !== word[0].toLowerCase() || (c >= 65 && c <= 90);
};

function addMention(entity: Entity, mention: Span): void {
  if (!entity.mentions.some((m) => m.start < mention.end && mention.start < m.end)) {
    entity.mentions.push(mention);
    entity.mentions.sort((a, b) => a.start - b.start);
  }
}

/** The entity with the latest mention ending before `position` whose kind is accepted. */
function latestMentioned(doc: Doc, position: number, accept: (kind: EntityKind) => boolean, after = -1): Speaker | undefined {
  let best: Speaker | undefined;
  for (const entity of doc.entities) {
    if (!accept(entity.kind)) continue;
    for (const mention of entity.mentions) {
      if (mention.end <= position && mention.start > after && (!best || mention.end > best.mention.end)) best = { entity, mention };
    }
  }
  return best;
}

function pronounSpeaker(doc: Doc, pronoun: string, start: number, end: number, sentenceStart: number): Speaker | undefined {
  const role = PRONOUNS.get(pronoun);
  let found: Speaker | undefined;
  if (role === 'person') found = latestMentioned(doc, start, (k) => k === 'person');
  else if (role === 'group') found = latestMentioned(doc, start, (k) => k === 'organization' || k === 'armed_group');
  else if (role === 'organization') found = latestMentioned(doc, start, (k) => k === 'organization' || k === 'armed_group');
  else if (role === 'relative') {
    found = latestMentioned(doc, start, (k) => (pronoun === 'who' ? k === 'person' || k === 'organization' : k !== 'place'), sentenceStart - 1);
  }
  if (!found) return undefined;
  const mention = doc.span(start, end);
  addMention(found.entity, mention);
  return { entity: found.entity, mention };
}

interface Word {
  start: number;
  end: number;
  text: string;
}

/** The person's name in a noun phrase: the capitalized run after the last title ("Kremlin spokesman Dmitri Peskov" → "Dmitri Peskov"). */
function personName(words: Word[]): Word[] | undefined {
  let lastTitle = -1;
  for (let i = 0; i < words.length; i++) if (TITLES.has(words[i].text.toLowerCase())) lastTitle = i;
  const rest = words.slice(lastTitle + 1);
  if (rest.length === 0 || !rest.every((w) => isCapitalized(w.text) || hasParticlePrefix(w.text) || w.text === "'s" || w.text === '’s')) return undefined;
  if (rest.some((w) => ORGANIZATION_NOUNS.has(w.text.toLowerCase()))) return undefined;
  if (lastTitle < 0 && rest.length === 1 && words.length > 1) return undefined;
  return rest;
}

/** How far before a name its apposition's noun phrase may begin ("Ukraine's state railway company, Ukrzaliznytsia"). */
const APPOSITION_REACH = 48;

/** The word right before a comma that opens an apposition at `start` ("railway company, Ukrzaliznytsia"), lower-cased. */
function bodyNounBefore(doc: Doc, start: number): string {
  return /(\p{L}+),\s*$/u.exec(doc.text.slice(Math.max(0, start - APPOSITION_REACH), start))?.[1].toLowerCase() ?? '';
}

/** The country (ISO3) the noun phrase of that apposition names ("Ukraine's", "the Ukrainian"), if one. */
function bodyCountryBefore(doc: Doc, start: number): string | undefined {
  const phrase = /([^.,;:!?]*),\s*$/u.exec(doc.text.slice(Math.max(0, start - APPOSITION_REACH), start))?.[1] ?? '';
  const countries = countryIndex();
  for (const word of phrase.match(/\p{Lu}[\p{L}.-]*(?:['’]s)?/gu) ?? []) {
    const iso3 = countries.countryOf(word.replace(/['’]s$/, ''));
    if (iso3) return iso3;
  }
  return undefined;
}

/** The head of a noun phrase: its last word, or the word before its first "of" ("the head of the agency" → head). */
function headNoun(words: Word[]): string {
  const of = words.findIndex((w, i) => i > 0 && w.text.toLowerCase() === 'of');
  return words[(of > 0 ? of : words.length) - 1].text.toLowerCase();
}

function kindOf(words: Word[]): EntityKind {
  if (words.length === 1 && isAllCaps(words[0].text)) return 'organization'; // "ISIS-K said": an acronym names a body, not a person
  const head = words[words.length - 1].text.toLowerCase();
  if (ORGANIZATION_NOUNS.has(head)) return 'organization';
  if (PERSON_NOUNS.has(head)) return 'person';
  if (words.some((w) => isCapitalized(w.text) && ORGANIZATION_NOUNS.has(w.text.toLowerCase()))) return 'organization';
  return words.every((w) => isCapitalized(w.text) || DETERMINERS.has(w.text)) ? 'person' : 'organization';
}

const normalized = (name: string) => name.toLowerCase().replace(/^(the|a|an) /, '');
const lastWord = (name: string) => name.slice(name.lastIndexOf(' ') + 1).toLowerCase();

const FIRST_PERSON = new Set(['i', 'me', 'we', 'us']);
const FIRST_PLURAL = new Set(['we', 'us']);
const SENTENCE_CLOSERS = new Set(['.', '!', '?', ':', ';', ']', '\n']);
const OPENERS = new Set([' ', '\t', '\r', '"', '“', '”', '\'', '‘', '’', '«', '(', '[', '—', '–', '―', '-']);

/** Whether the word at `start` opens a sentence: only quotes, brackets or dashes stand between it and a full stop. */
function opensSentence(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && OPENERS.has(text[k])) k--;
  if (k < 0) return true;
  if (text[k] !== '.') return SENTENCE_CLOSERS.has(text[k]);
  let w = k;
  while (w > 0 && /\p{L}/u.test(text[w - 1])) w--;
  return listedAbbreviation(text.slice(w, k)) !== 'prefix'; // "Mr. Leahy" goes on
}

/**
 * Whether a lone word no earlier stage claimed can name a new speaker. A capitalised word that only
 * opens its sentence is no name when it is a usual sentence opener ("This"), an adverb
 * ("Ultimately"), or a possessive ("Today’s") of a word written nowhere else with a capital.
 */
function canNameSpeaker(doc: Doc, word: Word): boolean {
  const text = word.text;
  if (FIRST_PERSON.has(text.toLowerCase()) || INDEFINITES.has(text.toLowerCase())) return true; // "Some said", "Many argue"
  if (!isCapitalized(text) || isAllCaps(text) || !opensSentence(doc.text, word.start)) return true;
  const base = text.replace(/['’]s$/, '');
  if (NOT_NAMES.has(base) || isSentenceOpener(base) || /ly$/.test(base)) return false;
  return base === text || GIVEN_NAMES.has(base) || capitalisedElsewhere(doc, base);
}

const DEMONSTRATIVES = new Set(['this', 'these']); // 'those' (and 'that') stand for people too: 'those surveyed said'

/**
 * "These sanctions show …", "This evaluation considers …": a demonstrative before a common noun that names no
 * body nor people takes up a thing the text spoke of, which speaks for no one.
 */
function takesUpAThing(words: Word[]): boolean {
  if (words.length < 2 || !DEMONSTRATIVES.has(words[0].text.toLowerCase())) return false;
  if (words.slice(1).some((w) => isCapitalized(w.text))) return false;
  const head = words[words.length - 1].text.toLowerCase();
  return !ORGANIZATION_NOUNS.has(head) && !PERSON_NOUNS.has(head) && !TITLES.has(head) && !GROUP_NOUNS.has(head);
}

const INDEFINITES = new Set(['anyone', 'someone', 'somebody', 'nobody', 'everyone', 'everybody', 'all', 'both', 'others', 'many', 'some', 'most', 'few', 'several', 'each']);

/** A capitalised plural opening a sentence ("Donors", "Proponents") names a group, not a person. */
function isGroupWord(doc: Doc, word: Word): boolean {
  return /[^s']s$/.test(word.text) && opensSentence(doc.text, word.start) && !GIVEN_NAMES.has(word.text) && !capitalisedElsewhere(doc, word.text);
}

const isAllCaps = (word: string) => word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();

/** Whether the word also stands capitalised inside a sentence somewhere in the text: a name, not a sentence opener. */
export function capitalisedElsewhere(doc: Doc, word: string): boolean {
  const text = doc.text;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    const after = text.charCodeAt(at + word.length);
    const boundary = (at === 0 || !/\p{L}/u.test(text[at - 1])) && !(after >= 97 && after <= 122);
    if (boundary && !opensSentence(text, at)) return true;
  }
  return false;
}

/** The country of the bodies (no places, no people) named inside `segments`, if they agree on one. */
function bodyCountryIn(doc: Doc, segments: Word[][]): string | undefined {
  const countries = new Set<string>();
  for (const segment of segments) {
    if (segment.length === 0) continue;
    const from = segment[0].start;
    const to = segment[segment.length - 1].end;
    for (const e of doc.entities) {
      if (e.kind !== 'place' && e.kind !== 'person' && e.country && e.mentions.some((m) => m.start >= from && m.end <= to)) countries.add(e.country);
    }
  }
  return countries.size === 1 ? [...countries][0] : undefined;
}

function findOrCreate(doc: Doc, kind: EntityKind, name: string, mention: Span): Entity {
  const key = normalized(name);
  const known = doc.entities.find((e) => {
    if (e.kind === 'place') return false;
    if (normalized(e.name) === key) return true;
    return kind === 'person' && e.kind === 'person' && lastWord(e.name) === lastWord(name) && !name.includes(' ');
  });
  if (known) {
    addMention(known, mention);
    return known;
  }
  return doc.addEntity({ kind, name, mentions: [mention] });
}

/**
 * The speaker a noun phrase names: a pronoun resolved to the latest compatible entity, an entity an
 * earlier stage found there, or a new person or organization entity. `words` are the phrase's word
 * tokens, comma-separated appositions already split into `segments`.
 */
export function speakerOf(doc: Doc, segments: Word[][], sentenceStart: number): Speaker | undefined {
  const usable = segments.filter((s) => s.length > 0);
  if (usable.length === 0) return undefined;
  const last = usable[usable.length - 1];
  if (usable.length > 1 && last.length === 1 && PRONOUNS.get(last[0].text.toLowerCase()) === 'relative') {
    // "Graham, who has vowed …": the antecedent is the speaker, and the pronoun one of its mentions.
    const antecedent = speakerOf(doc, usable.slice(0, -1), sentenceStart);
    if (!antecedent) return undefined;
    const mention = doc.span(last[0].start, last[0].end);
    // A place's mentions are where it is named: "Russia, which denied …" speaks for it, but "which" is no place name.
    if (antecedent.entity.kind !== 'place') addMention(antecedent.entity, mention);
    return { entity: antecedent.entity, mention };
  }
  const named = [...usable].reverse().find((s) => personName(s) !== undefined && s.some((w) => isCapitalized(w.text)) && !DETERMINERS.has(s[0].text));
  // "Ukraine's state railway company, Ukrzaliznytsia, said": a name in apposition to a body's noun names that body.
  const namesBody = named !== undefined && (usable.some((s) => s !== named && ORGANIZATION_NOUNS.has(headNoun(s))) || ORGANIZATION_NOUNS.has(bodyNounBefore(doc, named[0].start)));
  let words = named ?? usable[0];
  if (FIRST_PLURAL.has(words[0].text.toLowerCase())) {
    // "We said", "We must keep …": the author's organization when the text names it, else a body of its own.
    words = [words[0]];
    const author = new AuthorVoice(doc).atOffset(words[0].start);
    const mention = doc.span(words[0].start, words[0].end);
    if (author && !doc.entityAt(mention.start, mention.end)) {
      addMention(author, mention);
      return { entity: author, mention };
    }
  }
  if (words.length === 1 && PRONOUNS.has(words[0].text.toLowerCase())) {
    return pronounSpeaker(doc, words[0].text.toLowerCase(), words[0].start, words[0].end, sentenceStart);
  }
  const contracted = words.length === 1 ? /^(\p{L}+)['’]s$/u.exec(words[0].text) : null; // "He’s claiming"
  if (contracted && PRONOUNS.has(contracted[1].toLowerCase())) {
    return pronounSpeaker(doc, contracted[1].toLowerCase(), words[0].start, words[0].start + contracted[1].length, sentenceStart);
  }
  const nameRun = personName(words);
  const person = nameRun && (nameRun.length > 1 || words.length > 1 || !ORGANIZATION_NOUNS.has(nameRun[0].text.toLowerCase())) ? nameRun : undefined;
  const start = (person ?? words)[0].start;
  const end = words[words.length - 1].end;
  const claimed = doc.entityAt(start, end);
  // "a Peshmerga commander told reporters": a body named before a person's title is whose the person is, not who speaks.
  const head = words[words.length - 1];
  const ownedPerson = claimed && claimed.kind !== 'person' && claimed.kind !== 'place' && words.length > 1 && (TITLES.has(head.text.toLowerCase()) || PERSON_NOUNS.has(head.text.toLowerCase()))
    && claimed.mentions.some((m) => m.start < end && start < m.end && m.end <= head.start);
  if (ownedPerson) {
    // "The Taliban spokesman, Zabihullah Mujahid,": the names stage already made the phrase a mention of the person.
    const named = doc.entities.find((e) => e.kind === 'person' && e.mentions.some((m) => m.start <= head.start && head.end <= m.end));
    if (named) return { entity: named, mention: named.mentions.find((m) => m.start <= head.start && head.end <= m.end)! };
    const phrase = words.filter((w, i) => !(i === 0 && DETERMINERS.has(w.text.toLowerCase())));
    // "A Foreign Office spokesman": the mention is the whole noun phrase, its article too; the body's name in it qualifies the title.
    const opening = ARTICLES.has(words[0].text.toLowerCase()) ? words[0] : phrase[0];
    const mention = doc.span(opening.start, head.end);
    const person = findOrCreate(doc, 'person', doc.text.slice(phrase[0].start, head.end).replace(/\s+/g, ' '), mention);
    person.country ??= claimed.country;
    for (const m of claimed.mentions) if (m.start >= mention.start && m.end <= head.start) m.sense = 'modifier';
    return { entity: person, mention };
  }
  // "Zelensky's office said", "Trump's campaign said": a body a person's possessive names speaks, the person's own.
  const ownedBody = claimed?.kind === 'person' && words.length > 1 && ORGANIZATION_NOUNS.has(head.text.toLowerCase()) && /^\p{Ll}/u.test(head.text)
    && claimed.mentions.some((m) => m.start >= start && m.end <= head.start && /^['’]s\s*$/.test(doc.text.slice(m.end, head.start)));
  if (ownedBody) {
    const mention = doc.span(words[0].start, head.end);
    const body = findOrCreate(doc, 'organization', `${claimed.name}'s ${head.text}`, mention);
    body.country ??= claimed.country;
    body.sector ??= claimed.sector;
    return { entity: body, mention };
  }
  if (claimed && claimed.kind !== 'place') {
    const mention = claimed.mentions.find((m) => m.start < end && start < m.end)!;
    // "The commander of U.S. Central Command, General Kenneth McKenzie": the person is of the country of the body his title heads.
    if (claimed.kind === 'person' && !claimed.country) claimed.country = bodyCountryIn(doc, usable.filter((s) => s !== words));
    return { entity: claimed, mention };
  }
  let kind = namesBody ? 'organization' : person && words.some((w) => TITLES.has(w.text.toLowerCase())) ? 'person' : kindOf(words);
  if (words.length === 1 && (FIRST_PLURAL.has(words[0].text.toLowerCase()) || isGroupWord(doc, words[0]))) kind = 'organization'; // "We said", "Donors": a body speaks
  let nameWords = words;
  if (kind === 'person' && person) nameWords = person;
  while (nameWords.length > 1 && DETERMINERS.has(nameWords[0].text.toLowerCase()) && isCapitalized(nameWords[1].text)) nameWords = nameWords.slice(1);
  let mentionStart = nameWords[0].start;
  const mentionEnd = nameWords[nameWords.length - 1].end;
  if (claimed) {
    // A place inside the phrase ("the Kherson authorities") stays the place's; the speaker takes the rest.
    const placeEnd = Math.max(...claimed.mentions.filter((m) => m.start < mentionEnd && mentionStart < m.end).map((m) => m.end));
    const after = nameWords.find((w) => w.start >= placeEnd);
    if (!after) return { entity: claimed, mention: claimed.mentions.find((m) => m.start < end && start < m.end)! };
    mentionStart = after.start;
    // "the Kherson authorities" is a body; "Russia's president", a title after the place, a person of the place's country.
    if (kind === 'person' && !TITLES.has(head.text.toLowerCase())) kind = 'organization';
  }
  const name = doc.text.slice(nameWords[0].start, mentionEnd).replace(/\s+/g, ' ');
  const mention = doc.span(mentionStart, mentionEnd);
  const known = doc.entities.some((e) => e.kind !== 'place' && normalized(e.name) === normalized(name));
  if (!known && nameWords.length === 1 && !canNameSpeaker(doc, nameWords[0])) return undefined;
  // "The meeting focused on …", "His permit describes him as …": a thing, an event or a time, with no name in it, speaks for no one.
  if (!known && THING_HEADS.has(lastWord(name)) && !nameWords.slice(1).some((w) => isCapitalized(w.text))) return undefined;
  if (!known && takesUpAThing(nameWords)) return undefined;
  // "Next month it is expected to …", "the two major candidates is propounding", "Everyone I interviewed": a clause the
  // attribution misread, not a name; its pronoun, or the words before the clause, are the speaker.
  const clause = known || nameWords.length < 2 ? -1 : nameWords.findIndex((w) => CLAUSE_WORDS.has(doc.text.slice(w.start, w.end).toLowerCase()));
  if (clause >= 0) {
    const pronoun = clause === 0 || PRONOUNS.has(doc.text.slice(nameWords[clause].start, nameWords[clause].end).toLowerCase());
    return speakerOf(doc, [pronoun ? [nameWords[clause]] : nameWords.slice(0, clause)], sentenceStart);
  }
  const entity = findOrCreate(doc, kind, name, mention);
  const bodyCountry = namesBody && !entity.country ? bodyCountryBefore(doc, nameWords[0].start) : undefined;
  if (bodyCountry) entity.country = bodyCountry;
  return { entity, mention };
}
