import actorText from '../../lexicon/events/actor-text.json' with { type: 'json' };
import lexicon from '../../lexicon/events/quantities.json' with { type: 'json' };
import nounPhrase from '../../lexicon/actors/noun-phrase.json' with { type: 'json' };
import type { Event } from '../contract.js';
import type { Doc, Stage } from '../document.js';
import { isDemonym } from '../places/senses.js';
import { personTitleText } from './person-title.js';
import { isCivilianNoun } from './role-cues.js';

/** Count words that may open a noun phrase of people ('two', 'eighty', 'hundred', 'a dozen'), never the articles. */
const COUNT_WORDS = new Set(Object.keys(lexicon.numberWords).filter((w) => w !== 'a' && w !== 'an' && w !== 'a single'));
const MULTIPLIERS = new Set(Object.keys(lexicon.multipliers).flatMap((w) => [w, `${w}s`]));
const VAGUE: ReadonlySet<string> = new Set(Object.keys(lexicon.vagueFatalities));
const APPROXIMATORS = new Set(lexicon.approximators);
const MEMBER_NOUNS: ReadonlySet<string> = new Set([...actorText.memberNouns, ...actorText.kindNouns]);
const PLACE_LINK = new RegExp(`^( (?:${actorText.placeLinks.join('|')}) (?:the )?)((?:${actorText.placeDirections.join('|')}) )?`, 'i');
const MOOD_WORDS: ReadonlySet<string> = new Set(actorText.moodWords);
const SITUATION_WORDS: ReadonlySet<string> = new Set(actorText.situationWords);
const COMPASS_WORDS: ReadonlySet<string> = new Set(actorText.placeDirections);
const BODY_MEMBER_NOUNS: ReadonlySet<string> = new Set(actorText.bodyMemberNouns);
const BODY_NOUNS: ReadonlySet<string> = new Set(actorText.bodyNouns);
const NUMERAL = /^\$?\d[\d,.]*$/;
const COLLECTIVE_NOUNS: ReadonlySet<string> = new Set(nounPhrase.collectiveNouns);
const ARTICLES: ReadonlySet<string> = new Set(nounPhrase.determiners);
const ING_PREPOSITIONS: ReadonlySet<string> = new Set(actorText.ingPrepositions);
const BODY_AFTER_DEMONYM = new RegExp(`^(?: \\p{Ll}[\\p{Ll}-]*){0,2} (?:${actorText.demonymBodyHeads.join('|')})\\b`, 'u');

function isCount(word: string): boolean {
  return NUMERAL.test(word) || COUNT_WORDS.has(word) || MULTIPLIERS.has(word) || word.split('-').every((w) => COUNT_WORDS.has(w));
}

/** Longest phrase from `set` (one to three words) starting at word i, as a word count. */
function phraseAt(set: ReadonlySet<string>, words: string[], i: number): number {
  for (let n = 3; n >= 1; n--) if (i + n <= words.length && set.has(words.slice(i, i + n).join(' '))) return n;
  return 0;
}

/**
 * The words of a leading count in a noun phrase ('two British soldiers', 'Some 800,000 Iraqi Kurds',
 * 'hundreds of thousands of people'), as a word count; 0 when none, or when nothing would be left.
 */
export function leadingCountWords(text: string): number {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  let i = phraseAt(APPROXIMATORS, words, 0);
  let counted = false;
  for (;;) {
    const vague = phraseAt(VAGUE, words, i);
    const word = words[i];
    if (word !== undefined && isCount(word)) { i++; counted = true; if (words[i] === 'of' && i + 1 < words.length) i++; continue; }
    if (vague) { i += vague; counted = true; if (words[i] === 'of' && i + 1 < words.length) i++; continue; }
    break;
  }
  if (!counted || i >= words.length) return 0;
  return i;
}

/** "A group of Moroccan diplomats": the words of an opening collective noun, as a word count; 0 when none. */
function leadingCollectiveWords(words: readonly string[]): number {
  const at = ARTICLES.has(words[0]?.toLowerCase()) ? 1 : 0;
  return COLLECTIVE_NOUNS.has(words[at]?.toLowerCase()) && words[at + 1] === 'of' && at + 2 < words.length ? at + 2 : 0;
}

/**
 * The events stage's closing step: each event's actorText. It runs last, for it reads the mentions the
 * stages after the events add to its parties (a demonym before a body, a pronoun's group, a widened phrase).
 */
export const eventActorTextStage: Stage = { name: 'event-actor-text', run: fillActorText };

/** Each event's actorText: for every actor and target, the words its evidence uses for it. */
export function fillActorText(doc: Doc): void {
  for (const event of doc.events) {
    const texts: Record<string, string> = {};
    for (const id of [...event.actors, ...event.targets]) {
      const text = eventActorText(doc, id, event);
      if (text) texts[id] = text;
    }
    event.actorText = Object.keys(texts).length > 0 ? texts : undefined;
  }
}

/**
 * An actor's text in an event: its mention in the evidence sentence (else its name) without a leading
 * count, which is the event's quantity, not who acted ('wounded two British soldiers': 'British soldiers').
 */
function eventActorText(doc: Doc, id: string, event: Event): string {
  const entity = doc.getEntity(id);
  if (!entity) return '';
  const sentence = event.evidence[0];
  const mention = entity.mentions.find((m) => sentence && m.start >= sentence.start && m.end <= sentence.end);
  let text = mention?.text ?? entity.name;
  // "European Community foreign ministers", "the radical Palestinian Islamic Jihad movement", "its European Community partners": the name
  // (after the describing word the names stage took in), then the people acting for it or its kind.
  const opening = /^(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er)(?: \p{Ll}+)? /u.exec(text)?.[0].length ?? 0;
  for (const at of [0, opening]) {
    if (text.length > at + entity.name.length && text.startsWith(entity.name, at) && text[at + entity.name.length] === ' ' && MEMBER_NOUNS.has(text.slice(at + entity.name.length + 1))) {
      text = entity.name;
      break;
    }
  }
  // "an Israeli peace movement": a demonym naming a body of its country keeps the body's words.
  if (mention && isDemonym(mention.text)) text += BODY_AFTER_DEMONYM.exec(doc.text.slice(mention.end, mention.end + 40))?.[0] ?? '';
  // "students at Cumhuriyet University": people named by a common noun alone are coded by the body they belong to.
  if (mention && /^\p{Ll}+$/u.test(text)) text += bodyAfter(doc, mention.end, [...event.actors, ...event.targets]);
  // "aid to refugees fleeing the war in Sudan": a target's participle phrase says which of them the act was done to.
  if (mention && sentence && event.targets.includes(id) && entity.kind !== 'place' && entity.kind !== 'person' && text === mention.text && /\p{L}s$/u.test(text)) text += participlePhraseAfter(doc, mention.end, sentence.end);
  // "Panamanian army officers": a body's own people are coded by the body.
  const tail = text.split(' ').slice(-2);
  if (tail.length === 2 && BODY_MEMBER_NOUNS.has(tail[1]) && BODY_NOUNS.has(tail[0].toLowerCase()) && text !== `${tail[0]} ${tail[1]}`) text = text.slice(0, -tail[1].length - 1);
  // "King Hassan of Morocco": a person's title with its country; a group's place ('Palestinian police in Jericho');
  // a target's only with "of" ('negotiate with the president of Armenia').
  if (mention && entity.kind !== 'place') text += event.actors.includes(id) ? placeAfter(doc, mention.end, event.actors, entity.kind === 'person') : placeAfter(doc, mention.end, event.targets, true);
  // "South African leader F.W. de Klerk": a person's title in lower case may leave out its country too.
  const demonym = mention && entity.kind !== 'place' && (entity.kind !== 'person' || /^\p{Ll}/u.test(mention.text)) ? demonymBefore(doc, mention.start, event.actors.includes(id) ? event.actors : event.targets) : '';
  if (demonym) text = demonym + text;
  else if (mention && entity.kind === 'person' && sentence) text = personTitleText(doc, text, mention, entity.name, sentence.start);
  const textWords = text.split(/\s+/).filter(Boolean);
  const collective = leadingCollectiveWords(textWords);
  const drop = collective + leadingCountWords(textWords.slice(collective).join(' '));
  const words = textWords.slice(drop);
  // "Furious farmers": a mood word opening the phrase (after an article) says how they feel, not who acted.
  const mood = words[0] && /^(?:the|a|an)$/i.test(words[0]) ? 1 : 0;
  const moody = words.length > mood + 1 && MOOD_WORDS.has(words[mood].toLowerCase());
  if (moody) words.splice(mood, 1);
  // "Jordan's visiting King Abdullah II", "the besieged Bosnian town of Gorazde": what is happening to the party, not who it is.
  const situated = words.filter((w) => !SITUATION_WORDS.has(w.toLowerCase()));
  const passing = situated.length < words.length && situated.length > 1;
  // "at this jail in northern Israel", "in central Iran": a place acted on is coded by the place, not the part of it.
  const part = entity.kind === 'place' && event.targets.includes(id) && situated.length > 1 && COMPASS_WORDS.has(situated[0]) && /^\p{Lu}/u.test(situated[1]);
  const named = part ? situated.slice(1).join(' ') : passing ? situated.join(' ') : drop || moody ? words.join(' ') : text;
  // "killed 23 people … in Tel Aviv", "people blocked streets in Hong Kong": people named only as people are coded by where they were.
  if (entity.sector === 'CIV' && isCivilianNoun(named)) return sceneText(doc, event, sentence) ?? named;
  return named;
}

/** The words of an event's place in its evidence sentence, if it names it there. */
function sceneText(doc: Doc, event: Event, sentence: Event['evidence'][number] | undefined): string | undefined {
  const place = event.place ? doc.getEntity(event.place) : undefined;
  return place?.mentions.find((m) => sentence && m.start >= sentence.start && m.end <= sentence.end)?.text;
}

/**
 * "Ethnic Albanians in south Serbia": the words from a group's mention ending at `end` through the place
 * named right after "in" / "of"; '' when none, or when that place is itself a party in the same role.
 */
function placeAfter(doc: Doc, end: number, sameRole: readonly string[], ofOnly: boolean): string {
  const link = PLACE_LINK.exec(doc.text.slice(end, end + 40));
  if (!link || (ofOnly && !/^ of /i.test(link[0]))) return '';
  // The place's mention may hold the compass word ('southern Serbia') or not ('south Serbia').
  const starts = [end + link[1].length, end + link[0].length];
  for (const place of doc.entities) {
    if (place.kind !== 'place' || sameRole.includes(place.id)) continue;
    const m = place.mentions.find((x) => starts.includes(x.start));
    if (m && !/^[-\p{L}]/u.test(doc.text.slice(m.end, m.end + 1))) return doc.text.slice(end, m.end);
  }
  return '';
}

/** " fleeing the war in Sudan": a present participle right after `end` and its words up to the next punctuation, if that comes soon; else ''. */
function participlePhraseAfter(doc: Doc, end: number, sentenceEnd: number): string {
  const phrase = /^ (\p{Ll}+ing)\b[^,;:.!?()"“”]*/u.exec(doc.text.slice(end, sentenceEnd));
  if (!phrase || ING_PREPOSITIONS.has(phrase[1])) return '';
  const text = phrase[0].trimEnd();
  return text.split(' ').length - 1 <= actorText.participlePhraseWords ? text : '';
}

/** " at Cumhuriyet University": "at" or "of" and an organization's mention right after `end`; '' when none, or when it is a party of the event. */
function bodyAfter(doc: Doc, end: number, parties: readonly string[]): string {
  const link = /^ (?:at|of) (?:the )?/.exec(doc.text.slice(end, end + 8));
  if (!link) return '';
  const start = end + link[0].length;
  for (const body of doc.entities) {
    if (body.kind !== 'organization' || parties.includes(body.id)) continue;
    const m = body.mentions.find((x) => x.start === start);
    if (m && !/^[-\p{L}]/u.test(doc.text.slice(m.end, m.end + 1))) return doc.text.slice(end, m.end);
  }
  return '';
}

/**
 * "The Nigerian Union of Teachers": a demonym right before a body's mention that the mention left out
 * ('Nigerian ', with its space); '' when none, or when that country is itself a party in the same role.
 */
function demonymBefore(doc: Doc, start: number, sameRole: readonly string[]): string {
  if (doc.text[start - 1] !== ' ') return '';
  for (const place of doc.entities) {
    if (place.kind !== 'place' || sameRole.includes(place.id)) continue;
    const m = place.mentions.find((x) => x.end === start - 1);
    if (m && isDemonym(m.text)) return `${m.text} `;
  }
  return '';
}
