import extent from '../../lexicon/places/extent.json' with { type: 'json' };
import unnamed from '../../lexicon/places/unnamed-places.json' with { type: 'json' };
import type { Doc, Stage } from '../document.js';
import { tokensInMentions } from '../mention-tokens.js';
import { isPossessive, withoutPossessive } from '../possessive.js';

const HEADS = new Set(unnamed.heads);
const DEICTIC = new Set(unnamed.deictic);
const EXISTENTIAL_AFTER = new Set(unnamed.existentialAfter);
const EXISTENTIAL_BEFORE = new Set(unnamed.existentialBefore);
const INVERTED_SUBJECT = new Set(unnamed.invertedSubject);
const QUALIFIED_HEADS = new Map<string, ReadonlySet<string>>(Object.entries(unnamed.qualifiedHeads).map(([head, words]) => [head, new Set(words)]));
const OPENERS = new Set(unnamed.determiners);
const MODIFIERS = new Set(unnamed.modifiers);
const WORDS_AFTER_HEAD = new Set(extent.wordsAfterHead);
const ACRONYM = /^\p{Lu}[\p{Lu}\d]+$/u;
const PAST_TENSE = /^\p{Ll}{3,}ed$/u;
const NUMBER = /^\d[\d,.]*$/;
const MAX_NAME_WORDS = 3;
/** A lower-case word, an acronym, a capitalised word or a hyphenated one: any of these modifies a site noun after a determiner. */
const MODIFIER_AFTER_OPENER = /^(?:\p{Ll}[\p{Ll}-]*|\p{Lu}[\p{Lu}\d]+|\p{Lu}\p{Ll}+|\p{L}+-\p{L}+)$/u;

/**
 * "an ISIL-held building", "two bridges", "a fighting position": a site named by a common noun is a
 * place of its own, without coordinates, and so are "here" and a locative "there". Runs after the events stage, which places events by names.
 */
export function findUnnamedPlaces(doc: Doc): void {
  const { tokens } = doc;
  const lowers = doc.tokensInLowerCase();
  const taken = tokensInMentions(doc, (e) => e.kind === 'place');
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind !== 'word' || taken[i]) continue;
    if (DEICTIC.has(token.text) && !isExistential(lowers, i)) {
      doc.addEntity({ kind: 'place', name: token.text, mentions: [doc.span(token.start, token.end)] });
      taken[i] = 1;
      continue;
    }
    // "the library's shelves": a possessive closes the noun phrase, and the site's span ends before its 's.
    const possessive = isPossessive(token.text);
    const word = possessive ? withoutPossessive(token.text) : token.text;
    // "the front line": a head that is a site only after its qualifier, which opens the phrase.
    const qualifiers = QUALIFIED_HEADS.get(word);
    const qualified = qualifiers !== undefined && i > 0 && !taken[i - 1] && qualifiers.has(lowers[i - 1]);
    if (!HEADS.has(word) && !qualified) continue;
    const end = possessive ? token.end - 2 : token.end;
    const next = tokens[i + 1];
    // "building materials" is no site, but "the mosque damaged by …", "buildings used by ISIL" are: a past tense or participle follows a whole noun phrase.
    if (!possessive && next && next.kind === 'word' && (next.text === 'of' || (/^\p{Ll}/u.test(next.text) && !WORDS_AFTER_HEAD.has(next.text) && !PAST_TENSE.test(next.text)))) continue;
    // "the Gulf War": a capitalised head runs on into a longer name.
    if (!possessive && next && next.kind === 'word' && /^\p{Lu}/u.test(word) && /^\p{Lu}/u.test(next.text) && next.start === token.end + 1) continue;
    // Part of a name ("Al Salem hospital"), but not after a determiner opening the sentence ("The hospital provides …").
    if (i > 0 && (tokens[i - 1].text === '-' || /^\p{Lu}/u.test(tokens[i - 1].text) && !ACRONYM.test(tokens[i - 1].text) && !tokens[i - 1].text.includes('-') && !OPENERS.has(lowers[i - 1]))) continue;
    let first = qualified ? i - 1 : i;
    for (let k = first - 1; k >= 0 && i - k <= unnamed.maxModifiers && !taken[k]; k--) {
      const t = tokens[k].text;
      if (tokens[k].kind !== 'word' || !(MODIFIERS.has(lowers[k]) || ACRONYM.test(t) || /^[\p{L}\d]+-\p{Ll}+$/u.test(t))) break;
      // "an 84 MW hydro-electricity station": an acronym after a number is its unit, the quantity's, not the site's.
      if (ACRONYM.test(t) && k > 0 && NUMBER.test(tokens[k - 1].text)) break;
      first = k;
    }
    first = modifiersAfterOpener(doc, first, i, taken);
    first = namedPlaceBefore(doc, first, i, taken);
    const opener = first - 1;
    if (opener >= 0 && !taken[opener] && tokens[opener].kind === 'word' && OPENERS.has(lowers[opener])) first = opener;
    const span = doc.span(tokens[first].start, end);
    doc.addEntity({ kind: 'place', name: doc.text.slice(tokens[first === opener ? first + 1 : first].start, end), mentions: [span] });
    for (let k = first; k <= i; k++) taken[k] = 1;
  }
}

/**
 * "the Mezzeh military airport": after "the", a place's name before the site's modifiers says which site it is, and the
 * site's phrase takes it in (the place keeps its own mention inside). Returns the first token of the name, or `first`.
 */
function namedPlaceBefore(doc: Doc, first: number, head: number, taken: Uint8Array): number {
  if (first === head) return first;
  const { tokens } = doc;
  const lowers = doc.tokensInLowerCase();
  let k = first - 1;
  while (k >= 0 && first - k <= MAX_NAME_WORDS && taken[k] && /^\p{Lu}/u.test(tokens[k].text) && !isPossessive(tokens[k].text)) k--;
  if (k === first - 1 || k < 0 || taken[k] || lowers[k] !== 'the') return first;
  return k + 1;
}

/** "there is", "there must be", "Were there any agreements?": "there" as the subject of an existential clause points nowhere. */
function isExistential(lowers: readonly string[], i: number): boolean {
  if (lowers[i] !== 'there') return false;
  return EXISTENTIAL_AFTER.has(lowers[i + 1]) || (EXISTENTIAL_BEFORE.has(lowers[i - 1]) && INVERTED_SUBJECT.has(lowers[i + 1]));
}

/**
 * After a determiner every word before the head is a modifier of it: a lower-case word ("a petrol station", "the
 * front line"), an acronym ("a UAV launch site"), a hyphenated word ("a large al-Qaida headquarters") or a capitalised
 * one no entity holds ("a Peshmerga frontline position"). Without the determiner such a word may be a verb
 * ("destroyed buildings"). "that" is left out: it also opens a relative clause ("bombings that targeted bus stations").
 */
function modifiersAfterOpener(doc: Doc, first: number, head: number, taken: Uint8Array): number {
  const { tokens } = doc;
  const lowers = doc.tokensInLowerCase();
  for (let k = first - 1; k >= 0 && head - k <= unnamed.maxModifiers && !taken[k]; k--) {
    if (tokens[k].kind !== 'word' || !MODIFIER_AFTER_OPENER.test(tokens[k].text) || OPENERS.has(lowers[k]) || WORDS_AFTER_HEAD.has(lowers[k])) break;
    if (k > 0 && !taken[k - 1] && tokens[k - 1].kind === 'word' && OPENERS.has(lowers[k - 1]) && lowers[k - 1] !== 'that') return k;
  }
  return first;
}

/** Runs after the events stage: sites named by a common noun become places without coordinates. */
export const unnamedPlacesStage: Stage = {
  name: 'unnamed-places',
  run: findUnnamedPlaces,
};
