import type { Mention } from '../contract.js';
import type { Doc } from '../document.js';
import { isNotName } from '../names/text.js';
import { countryOfWords } from './countries.js';

const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
const CAPITALISED_WORD = /^\p{Lu}[\p{L}.'’-]*$/u;

/**
 * A person's actor text when their mention opens with a title in lower case ("leader Mahmoud Abbas"): with no
 * capitalised qualifier before the title, the person's name alone ("the party's leader Mahmoud Abbas",
 * "allowed candidate Alassane Ouattara"); with one, up to a lower-case word between them, the title keeps it
 * ("Nigerian junior foreign minister Dubem Oniya", "Former Socialist prime minister Andreas Papandreou").
 * A title opening the sentence may be capitalised as its first word ("Ousted president Jean-Bertrand Aristide").
 * `text` is the mention's text, perhaps with words after it; anything else comes back as it was.
 */
export function personTitleText(doc: Doc, text: string, mention: Mention, name: string, sentenceStart: number): string {
  const words = mention.text.split(/\s+/);
  const nameWords = name.split(/\s+/).length;
  if (text.startsWith(mention.text) && mention.text === name && mention.start > sentenceStart) return describedBefore(doc.text.slice(sentenceStart, mention.start)) + text;
  if (!text.startsWith(mention.text) || words.length <= nameWords || words.slice(-nameWords).join(' ') !== name) return text;
  const title = words.slice(0, -nameWords);
  const opensSentence = mention.start === sentenceStart;
  // A sentence's first word is capitalised whatever it is: with a lower-case word after it, it is a title's too, unless it names something ("Palestinian leader …").
  const capitalisedFirst = opensSentence && title.length > 1 && !namesSomething(doc, mention, mention.start + title[0].length);
  if (!title.every((w, i) => LOWER_WORD.test(i === 0 && capitalisedFirst ? w.toLowerCase() : w))) return text;
  const qualifier = opensSentence ? '' : capitalisedQualifierBefore(doc.text.slice(sentenceStart, mention.start));
  return qualifier ? qualifier + text : name + text.slice(mention.text.length);
}

/**
 * "against Israeli right-winger Ariel Sharon": a country's word and one lower-case word right before a bare name
 * describe the person as a title would; '' when `before` does not end so.
 */
function describedBefore(before: string): string {
  const match = DEMONYM_AND_WORD.exec(before);
  return match && countryOfWords(match[1]) ? match[0] : '';
}

const DEMONYM_AND_WORD = /(\p{Lu}[\p{L}.'’-]*) \p{Ll}[\p{Ll}-]* $/u;

/** Whether a mention shorter than the person's own (a demonym's place, an organization) covers its text up to `end`. */
function namesSomething(doc: Doc, person: Mention, end: number): boolean {
  return doc.entities.some((e) => e.mentions.some((m) => m.start <= person.start && m.end >= end && m.end < person.end));
}

/**
 * The capitalised words, and at most one lower-case word after them, that end `before` ("Nigerian junior ");
 * '' when none. Sentence openers that are no names ("The", "On") are left out.
 */
function capitalisedQualifierBefore(before: string): string {
  const words = [...before.matchAll(/\S+/g)];
  let k = words.length - 1;
  if (k >= 0 && LOWER_WORD.test(words[k][0])) k--;
  let first = k + 1;
  while (k >= 0 && CAPITALISED_WORD.test(words[k][0])) first = k--;
  while (first < words.length && CAPITALISED_WORD.test(words[first][0]) && isNotName(words[first][0])) first++;
  if (first >= words.length || !CAPITALISED_WORD.test(words[first][0])) return '';
  return before.slice(words[first].index);
}
