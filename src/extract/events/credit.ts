import credits from '../../lexicon/events/credits.json' with { type: 'json' };
import type { Entity } from '../contract.js';
import type { Doc } from '../document.js';
import { countriesIn } from './countries.js';
import { entityOfToken, indexEntity } from './entity-index.js';
import type { SentenceView } from './sentence-view.js';

const ORG_HEADS = new Set(credits.orgHeads);
const TITLES = new Set(credits.titles);
const DASHES = new Set(['-', '–', '—']);
const JOINERS = new Set(['of', 'the', 'for', 'and', 'in', "'s", '’s']);

/** A headline's closing " - SOURCE": from token `first` of the sentence on, naming `entity` when it is a name. */
export interface Credit {
  first: number;
  entity?: Entity;
}

/**
 * "… near Ugledar - RF Ministry of Defense", "… dies - mayor": a spaced dash before a few words that end the
 * sentence and are a name or a title credits the report's source.
 */
export function trailingCredit(doc: Doc, view: SentenceView): Credit | undefined {
  const { tokens } = view;
  let last = tokens.length;
  while (last > 0 && tokens[last - 1].kind === 'punct' && tokens[last - 1].text === '.') last--;
  for (let dash = last - 2; dash >= 4 && dash >= last - 1 - credits.maxWords; dash--) {
    const token = tokens[dash];
    if (token.kind === 'punct' && !DASHES.has(token.text)) return undefined;
    if (!DASHES.has(token.text) || token.start === tokens[dash - 1].end || tokens[dash + 1].start === token.end) continue;
    return creditAfter(doc, view, dash + 1, last);
  }
  return undefined;
}

function creditAfter(doc: Doc, view: SentenceView, first: number, end: number): Credit | undefined {
  const { tokens } = view;
  const words = tokens.slice(first, end);
  if (words.some((t) => t.kind === 'punct' && !/^['’]s?$/.test(t.text))) return undefined;
  const offset = view.sentence.firstToken;
  const claimed = entityOfToken(doc, offset + first);
  if (claimed && claimed.kind !== 'place' && words.every((_, i) => entityOfToken(doc, offset + first + i) === claimed)) return { first, entity: claimed };
  const lower = words.map((t) => t.text.toLowerCase());
  const capitalized = words.every((t, i) => /^\p{Lu}/u.test(t.text) || (i > 0 && JOINERS.has(lower[i])));
  if (capitalized) {
    // "- DPR Defense Headquarters": a name over words an earlier stage read otherwise is left to that reading.
    const unclaimed = words.every((_, i) => !entityOfToken(doc, offset + first + i));
    return unclaimed && lower.some((w) => ORG_HEADS.has(w)) ? { first, entity: creditOrganization(doc, view, first, end) } : { first };
  }
  if (TITLES.has(lower[0])) return { first };
  return undefined;
}

function creditOrganization(doc: Doc, view: SentenceView, first: number, end: number): Entity {
  const mention = doc.span(view.tokens[first].start, view.tokens[end - 1].end);
  const existing = doc.entities.find((e) => e.kind === 'organization' && e.name === mention.text);
  if (existing) {
    existing.mentions.push(mention);
    indexEntity(doc, existing);
    return existing;
  }
  const entity = doc.addEntity({ kind: 'organization', name: mention.text, mentions: [mention], country: countriesIn(mention.text)[0] });
  indexEntity(doc, entity);
  return entity;
}

/** The ids of the entities named in a credit ("- Kyiv"): who says it, never where it happened. */
export function creditEntityIds(doc: Doc, view: SentenceView, credit: Credit | undefined): string[] {
  if (!credit) return [];
  const ids: string[] = [];
  for (let t = credit.first; t < view.tokens.length; t++) {
    const entity = entityOfToken(doc, view.sentence.firstToken + t);
    if (entity) ids.push(entity.id);
  }
  return ids;
}
