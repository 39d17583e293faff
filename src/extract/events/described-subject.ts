import cues from '../../lexicon/events/roles.json' with { type: 'json' };
import { isSentenceOpener } from '../abbreviations.js';
import type { Doc } from '../document.js';
import { withoutPossessive } from '../possessive.js';
import { phraseParty, type Party } from './actors.js';
import { isPlural, namesPeople } from './actor-phrase.js';
import { countryOfWords } from './countries.js';
import { entityOfToken } from './entity-index.js';
import { clauseStart } from './modality.js';
import { isGeoModifier, isVictimAt } from './role-cues.js';
import type { SentenceView } from './sentence-view.js';

const COUNTS = new Set(cues.subjectCounts);
const SUBJECT_VERBS = new Set(cues.subjectVerbs);
const BETWEEN = new Set([...SUBJECT_VERBS, 'a', 'an', 'the']);
const SETTING_WORDS = new Set(cues.settingWords);
/** At most this many words describe the people before their plural noun ("ethnic", "Druze"). */
const MAX_DESCRIPTION_WORDS = 3;

const lower = (view: SentenceView, i: number) => view.tokens[i]?.text.toLowerCase() ?? '';

/**
 * "Up to 1,000 ethnic Turks began a hunger strike", "Jewish settlers in the city of Hebron set fire": the
 * subject of a trigger no party stands before, described by a capitalised word and a plural noun of people
 * (with where they are), when nothing else claims its words.
 */
export function describedSubject(doc: Doc, view: SentenceView, triggerFirst: number, triggerStarts: Set<number>): Party | undefined {
  const { tokens } = view;
  const offset = view.sentence.firstToken;
  let first = clauseStart(view, triggerFirst);
  while (first < triggerFirst && (tokens[first].kind === 'number' || COUNTS.has(lower(view, first)))) first++;
  let noun = -1;
  for (let i = first; i < triggerFirst && i <= first + MAX_DESCRIPTION_WORDS; i++) {
    if (tokens[i].kind !== 'word' || triggerStarts.has(i) || entityOfToken(doc, offset + i)) return undefined;
    // "Sinjar is free": an auxiliary ending in s is no plural noun of people.
    if (i > first && !SUBJECT_VERBS.has(lower(view, i)) && isPlural(tokens[i].text) && namesPeople(tokens[i].text)) {
      noun = i;
      break;
    }
  }
  if (noun < 0 || !tokens.slice(first, noun + 1).some((t, k) => describes(doc, view, first + k))) return undefined;
  const end = settingEnd(doc, view, noun + 1, triggerFirst);
  for (let i = end; i < triggerFirst; i++) if (!BETWEEN.has(lower(view, i)) && !/ly$/.test(lower(view, i))) return undefined;
  if (isVictimAt(view, end)) return undefined;
  return phraseParty(doc, view, first, end);
}

/**
 * "Kurdish", "Druze": a capitalised word describing the people. A word capitalised only because it opens the
 * sentence describes no one: a usual opener ("These actions", "Each individual", "Today’s ceremony") or a word
 * the text writes in lower case elsewhere ("Recent media reports", "Ground-based artillery").
 */
function describes(doc: Doc, view: SentenceView, i: number): boolean {
  const text = view.tokens[i].text;
  if (!/^\p{Lu}/u.test(text)) return false;
  for (let k = 0; k < i; k++) if (view.tokens[k].kind === 'word') return true;
  const word = withoutPossessive(text);
  return !isSentenceOpener(word) && !inLowerCase(doc, word);
}

/** Whether the text has the word in lower case, as a whole word ("recent" for "Recent"). */
function inLowerCase(doc: Doc, word: string): boolean {
  const lower = word.toLowerCase();
  return doc.tokens.some((t) => t.text === lower);
}

/** Past "in the West Bank city of Hebron", "of the Syrian Golan Heights": where a described group is, ending at a place. */
function settingEnd(doc: Doc, view: SentenceView, end: number, limit: number): number {
  if (view.stems[end] !== 'of' && view.stems[end] !== 'in') return end;
  let placeEnd = end;
  for (let k = end + 1; k < limit; k++) {
    const entity = entityOfToken(doc, view.sentence.firstToken + k);
    if (entity?.kind === 'place') placeEnd = k + 1;
    else if (entity || !(SETTING_WORDS.has(lower(view, k)) || isGeoModifier(view.stems[k]) || countryOfWords(view.tokens[k].text))) break;
  }
  return placeEnd;
}
