import cues from '../../lexicon/events/roles.json' with { type: 'json' };
import type { Doc } from '../document.js';
import { entityCountry, phraseParty, recipientPlaces, type Party } from './actors.js';
import { entityOfToken } from './entity-index.js';
import { clauseStart } from './modality.js';
import type { SentenceView } from './sentence-view.js';
import { stemSet } from './stem.js';

const PASSIVE_AUXILIARIES = stemSet([...cues.passiveAuxiliaries, 'has', 'have', 'had', 'will', 'would', 'may', 'might', 'could']);
const SKIPPABLE = new Set(cues.skippable);
const SUBJECT_OPENERS = new Set(cues.subjectOpeners);
const STATE_ACT_PLOVERS = new Set(cues.stateActPlovers);
const MAX_SUBJECT_WORDS = 7;
const IN = new Set(['in']);
/** How far after the trigger "in <country>" may stand ("was arrested on Monday in Lebanon"). */
const SETTING_WINDOW = 3;

/**
 * "A Christian missionary from Calgary was arrested": the words of the clause before a passive trigger,
 * when no party of the sentence lies among them, are whom it was done to.
 */
export function passiveSubject(doc: Doc, view: SentenceView, triggerFirst: number, triggerStarts: Set<number>): Party | undefined {
  const { tokens, stems } = view;
  let end = triggerFirst;
  while (end > 0 && (PASSIVE_AUXILIARIES.has(stems[end - 1]) || SKIPPABLE.has(tokens[end - 1].text.toLowerCase()))) end--;
  if (end === triggerFirst) return undefined;
  // "The group plans to be deployed", "were expected to be released": the verb the infinitive hangs on is no part of the subject.
  if (end >= 2 && stems[end - 1] === 'to' && tokens[end - 2].kind === 'word') {
    end -= 2;
    while (end > 0 && PASSIVE_AUXILIARIES.has(stems[end - 1])) end--;
  }
  const first = clauseStart(view, end);
  if (end - first < 2 || end - first > MAX_SUBJECT_WORDS || !SUBJECT_OPENERS.has(tokens[first].text.toLowerCase())) return undefined;
  const offset = view.sentence.firstToken;
  for (let i = first; i < end; i++) {
    const claimed = entityOfToken(doc, offset + i);
    if (tokens[i].kind === 'punct' || triggerStarts.has(i) || (claimed && claimed.kind !== 'place')) return undefined;
  }
  return phraseParty(doc, view, first, end);
}

/** "was arrested in Lebanon", "put under investigation in Italy": a state's act with no agent named is the act of the country where it happened. */
export function actingCountry(doc: Doc, view: SentenceView, trigger: { first: number; end: number }, plover: string | undefined): Party | undefined {
  if (!plover || !STATE_ACT_PLOVERS.has(plover)) return undefined;
  const [place] = recipientPlaces(doc, view, trigger, IN);
  if (!place || place.first - trigger.end > SETTING_WINDOW) return undefined;
  const isCountry = place.pending !== undefined || place.entity.geo?.featureType === 'country';
  return isCountry && entityCountry(place.entity) ? place : undefined;
}
