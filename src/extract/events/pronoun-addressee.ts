import actors from '../../lexicon/events/actors.json' with { type: 'json' };
import type { Doc } from '../document.js';
import { party, type Party } from './actors.js';
import { entityOfToken } from './entity-index.js';
import type { SentenceView } from './sentence-view.js';

const PRONOUNS = new Set(actors.pronouns);

/**
 * "issued a stern reminder to Iraq that it must cooperate": a trigger that opens with "that" and a pronoun
 * ("that it must") puts its act to the party the pronoun stands for, the one named right before "that".
 */
export function pronounAddressee(doc: Doc, view: SentenceView, trigger: { first: number; end: number }): Party | undefined {
  const { tokens, stems } = view;
  if (trigger.first < 1 || trigger.end - trigger.first < 3 || stems[trigger.first] !== 'that') return undefined;
  if (!PRONOUNS.has(tokens[trigger.first + 1].text.toLowerCase())) return undefined;
  const offset = view.sentence.firstToken;
  const entity = entityOfToken(doc, offset + trigger.first - 1);
  if (!entity) return undefined;
  let first = trigger.first - 1;
  while (first > 0 && entityOfToken(doc, offset + first - 1) === entity) first--;
  return party(entity, first, trigger.first, stems);
}
