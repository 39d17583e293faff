import phrases from '../../lexicon/events/actor-phrases.json' with { type: 'json' };
import type { Doc } from '../document.js';
import { countryOfWords } from './countries.js';
import { entityOfToken } from './entity-index.js';
import type { SentenceView } from './sentence-view.js';

const DETERMINERS = new Set(phrases.determiners);
const BOUNDARIES = new Set(phrases.boundaries);
const ACTOR_MODIFIERS = new Set(phrases.actorModifiers);
const UNCOUNTABLE = new Set(phrases.uncountable);
const NOT_PEOPLE = new Set(phrases.notPeople);
const THING_NOUNS = new Set(phrases.thingNouns);
const FORCE_VEHICLES = new Set(phrases.forceVehicles);
const FORCE_ACTS = new Set(phrases.forceActs);
const AGENTIVE_SECTORS = new Set(phrases.agentiveSectors);

/** "rebel attack", "police raid": an armed group's noun before an event noun is who acted, as event coders read it. */
export function isAgentiveModifier(sector: string | undefined): boolean {
  return sector !== undefined && AGENTIVE_SECTORS.has(sector);
}
const IRREGULAR_PLURALS: Record<string, string> = phrases.irregularPlurals;
const PLURALS = new Set(Object.values(IRREGULAR_PLURALS));
const POSSESSIVE = /(?:['’]s|s['’])$/;
const ADJECTIVE_ENDING = /(?:ous)$/;

const lower = (text: string) => text.toLowerCase().replace(/['’]s$|(?<=s)['’]$/, '');

/** Every spelling of a lexicon noun a text may use: itself and its plural ("force", "forces"; "gunman", "gunmen"). */
export function nounForms(noun: string): string[] {
  const forms = [noun];
  const irregular = IRREGULAR_PLURALS[noun];
  if (irregular) forms.push(irregular);
  else if (/[^aeiou]y$/.test(noun)) forms.push(noun.slice(0, -1) + 'ies');
  else if (/(?:s|x|ch|sh)$/.test(noun)) forms.push(noun + 'es');
  else forms.push(noun + 's');
  return forms;
}

export function isPlural(word: string): boolean {
  const w = lower(word);
  return PLURALS.has(w) || (/[^s]s$/.test(w) && !UNCOUNTABLE.has(w));
}

/** "police", "the army", "a soldier", "two soldiers": a singular count noun needs something before it to be a noun phrase. */
export function standsAlone(view: SentenceView, first: number, last: number): boolean {
  const head = lower(view.tokens[last].text);
  if (isPlural(head) || UNCOUNTABLE.has(head) || UNCOUNTABLE.has(view.tokens.slice(first, last + 1).map((t) => lower(t.text)).join(' '))) return true;
  const before = view.tokens[first - 1];
  return before !== undefined && (before.kind === 'number' || DETERMINERS.has(before.text.toLowerCase()));
}

/** A capitalised word inside the sentence, or a sentence's first word followed by another capitalised word: part of a name. */
export function inName(view: SentenceView, i: number): boolean {
  const token = view.tokens[i];
  if (!token || token.kind !== 'word' || !/^\p{Lu}/u.test(token.text)) return false;
  if (isTitleCase(view)) return false;
  if (i > 0 && !isOpening(view, i)) return true;
  const next = view.tokens[i + 1];
  return next !== undefined && next.kind === 'word' && /^\p{Lu}/u.test(next.text);
}

const titleCase = new WeakMap<SentenceView, boolean>();

/** A headline in title case or capitals ("Unguided Rockets Killing Civilians"): capitals there mark no name. */
function isTitleCase(view: SentenceView): boolean {
  let cached = titleCase.get(view);
  if (cached === undefined) {
    let long = 0;
    let capitalised = 0;
    for (const token of view.tokens) {
      if (token.kind !== 'word' || token.text.length < 4) continue;
      long++;
      if (/^\p{Lu}/u.test(token.text)) capitalised++;
    }
    cached = long >= 3 && capitalised >= 0.7 * long;
    titleCase.set(view, cached);
  }
  return cached;
}

/** The first word of the sentence, or the first after an opening quote or a dash. */
function isOpening(view: SentenceView, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const token = view.tokens[j];
    if (token.kind !== 'punct') return false;
    if (/^[“"‘'(\-–—:]$/.test(token.text)) return true;
  }
  return true;
}

/**
 * Where the noun phrase of a group noun at token `first` (with no country word) begins: over the
 * adjectives of an actor's description ("unidentified gunmen", "senior officials"); -1 when the noun is
 * the tail of a longer phrase it does not name by itself ("sectarian divisions", "Assad's regime",
 * "Shia militiamen", "engineering student").
 */
export function descriptionStart(doc: Doc, view: SentenceView, first: number, boundaries: Set<number>): number {
  let start = first;
  while (start > 0) {
    const before = view.tokens[start - 1];
    if (before.kind !== 'word') return before.kind === 'number' || before.kind === 'punct' ? start : -1;
    const word = before.text.toLowerCase();
    if (entityOfToken(doc, view.sentence.firstToken + start - 1) || inName(view, start - 1) || POSSESSIVE.test(word)) return DETERMINERS.has(word) ? start : -1;
    if (isActorModifier(word)) {
      start--;
      continue;
    }
    if (DETERMINERS.has(word) || BOUNDARIES.has(word) || boundaries.has(start - 1)) return start;
    if (/(?:ed|ing|ly)$/.test(word)) return start;
    return -1;
  }
  return start;
}

/** "unidentified", "state security", "self-defence": a word of an actor's description before its noun. */
export function isActorModifier(word: string): boolean {
  return ACTOR_MODIFIERS.has(word) || /^\p{Ll}+-\p{Ll}+$/u.test(word);
}

/** A noun after a demonym that names a thing or act of its people ("Palestinian lorries", "Indonesian rule"). */
export function namesThing(word: string): boolean {
  return THING_NOUNS.has(word.toLowerCase());
}

/** "aircraft", "jets": craft that, after a demonym, stand for that country's armed force. */
export function namesForceVehicle(word: string): boolean {
  return FORCE_VEHICLES.has(word.toLowerCase());
}

/** "shelling", "attack": an armed act that, after a demonym, is that country's armed forces' act. */
export function namesForceAct(word: string): boolean {
  return FORCE_ACTS.has(word.toLowerCase());
}

/** A plural word that names people ("Iraqi Kurds", "Egyptian landowners"), not things ("the US cancel plans") or a quality. */
export function namesPeople(word: string): boolean {
  const w = word.toLowerCase();
  return !NOT_PEOPLE.has(w) && !THING_NOUNS.has(w) && !ADJECTIVE_ENDING.test(w) && !countryOfWords(w);
}
