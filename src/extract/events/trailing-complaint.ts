import cues from '../../lexicon/events/roles.json' with { type: 'json' };
import type { Doc } from '../document.js';
import { phraseParty, type Party } from './actors.js';
import type { SentenceView } from './sentence-view.js';
import type { TriggerMatch } from './triggers.js';

const TAIL_WORDS = new Set(cues.tailWords);
const ARTICLES = new Set(['a', 'an', 'the']);
const MAX_SUBJECT_WORDS = 6;

/**
 * "Croatian authorities are failing to uphold …, a human rights group protested here Wednesday": a protest verb
 * after a comma and its subject that closes the sentence reports the clause before the comma as a complaint,
 * by its subject (actor) against the subject that opens the sentence (target).
 */
export function trailingComplaint(doc: Doc, view: SentenceView, trigger: TriggerMatch, parties: Party[]): { actor: Party; target: Party } | undefined {
  const { tokens } = view;
  if (trigger.pattern.plover !== 'PROTEST' || trigger.end - trigger.first !== 1 || !/ed$/.test(tokens[trigger.first].text)) return undefined;
  for (let i = trigger.end; i < tokens.length; i++) {
    if (tokens[i].kind === 'punct' ? tokens[i].text !== '.' : !TAIL_WORDS.has(tokens[i].text.toLowerCase())) return undefined;
  }
  let comma = trigger.first - 1;
  while (comma > 0 && trigger.first - comma <= MAX_SUBJECT_WORDS + 1 && tokens[comma].kind === 'word') comma--;
  if (tokens[comma]?.text !== ',' || comma === trigger.first - 1) return undefined;
  const target = parties.find((p) => p.first === 0 || (p.first === 1 && ARTICLES.has(tokens[0].text.toLowerCase())));
  if (!target || target.end > comma) return undefined;
  const named = parties.find((p) => p.first > comma && p.end <= trigger.first);
  const first = ARTICLES.has(tokens[comma + 1].text.toLowerCase()) ? comma + 2 : comma + 1;
  if (!named && first >= trigger.first) return undefined;
  return { actor: named ?? phraseParty(doc, view, first, trigger.first), target };
}
