import type { Entity, EntityKind, Span } from '../contract.js';
import type { Doc } from '../document.js';
import { ORGANIZATION_NOUNS, PERSON_NOUNS, PRONOUNS, TITLES } from './lexicon.js';

export interface Speaker {
  entity: Entity;
  mention: Span;
}

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
  if (rest.length === 0 || !rest.every((w) => isCapitalized(w.text) || w.text === "'s" || w.text === '’s')) return undefined;
  if (rest.some((w) => ORGANIZATION_NOUNS.has(w.text.toLowerCase()))) return undefined;
  if (lastTitle < 0 && rest.length === 1 && words.length > 1) return undefined;
  return rest;
}

function kindOf(words: Word[]): EntityKind {
  const head = words[words.length - 1].text.toLowerCase();
  if (ORGANIZATION_NOUNS.has(head)) return 'organization';
  if (PERSON_NOUNS.has(head)) return 'person';
  if (words.some((w) => isCapitalized(w.text) && ORGANIZATION_NOUNS.has(w.text.toLowerCase()))) return 'organization';
  return words.every((w) => isCapitalized(w.text) || DETERMINERS.has(w.text)) ? 'person' : 'organization';
}

const normalized = (name: string) => name.toLowerCase().replace(/^(the|a|an) /, '');
const lastWord = (name: string) => name.slice(name.lastIndexOf(' ') + 1).toLowerCase();

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
    addMention(antecedent.entity, mention);
    return { entity: antecedent.entity, mention };
  }
  const named = [...usable].reverse().find((s) => personName(s) !== undefined && s.some((w) => isCapitalized(w.text)) && !DETERMINERS.has(s[0].text));
  const words = named ?? usable[0];
  if (words.length === 1 && PRONOUNS.has(words[0].text.toLowerCase())) {
    return pronounSpeaker(doc, words[0].text.toLowerCase(), words[0].start, words[0].end, sentenceStart);
  }
  const nameRun = personName(words);
  const person = nameRun && (nameRun.length > 1 || words.length > 1 || !ORGANIZATION_NOUNS.has(nameRun[0].text.toLowerCase())) ? nameRun : undefined;
  const start = (person ?? words)[0].start;
  const end = words[words.length - 1].end;
  const claimed = doc.entityAt(start, end);
  if (claimed && claimed.kind !== 'place') {
    const mention = claimed.mentions.find((m) => m.start < end && start < m.end)!;
    return { entity: claimed, mention };
  }
  let kind = person && words.some((w) => TITLES.has(w.text.toLowerCase())) ? 'person' : kindOf(words);
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
    if (kind === 'person') kind = 'organization';
  }
  const name = doc.text.slice(nameWords[0].start, mentionEnd).replace(/\s+/g, ' ');
  const mention = doc.span(mentionStart, mentionEnd);
  return { entity: findOrCreate(doc, kind, name, mention), mention };
}
