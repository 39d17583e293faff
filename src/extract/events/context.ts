import type { Entity, Quote, TimeRef } from '../contract.js';
import type { Doc } from '../document.js';
import { entityEnd, entityOfToken } from './entity-index.js';
import { clauseStart } from './modality.js';
import { locationGlosses } from './location-gloss.js';
import { labelsSomethingElse } from './role-cues.js';
import type { SentenceView } from './sentence-view.js';

const PLACE_RANK: Record<string, number> = { populated_place: 3, landmark: 3, admin2: 2, admin1: 1.5, other: 1, river: 0.5, country: 0.3 };
const AT_WORDS = new Set(['in', 'at', 'near', 'outside', 'on', 'of', 'inside', 'around', 'into', 'over']);
const AWAY_WORDS = new Set(['to', 'toward', 'towards']);

export interface PlaceChoice {
  entity: Entity;
  score: number;
}

/**
 * Where an event happened: the place of the sentence that reads as its scene — a settlement over a
 * region or country, after "in/at/near/of", and "from" only for withdrawals ("withdrew from Kherson to
 * the left bank": Kherson), nearer the trigger first.
 */
export function choosePlace(doc: Doc, view: SentenceView, trigger: number, leaving: boolean, actorIds: Set<string>): PlaceChoice | undefined {
  let best: PlaceChoice | undefined;
  const { tokens, stems } = view;
  const offset = view.sentence.firstToken;
  const glosses = locationGlosses(doc, view);
  for (let i = 0; i < tokens.length; i++) {
    const entity = entityOfToken(doc, offset + i);
    if (!entity || entity.kind !== 'place' || !entity.geo || glosses.inside.has(i)) continue;
    const end = entityEnd(doc, view, i, entity);
    // A place with its admin areas glossed is a scene, even where another mention of it acts ("Moscow said").
    if (actorIds.has(entity.id) && !glosses.glossed.has(end - 1)) {
      i = end - 1;
      continue;
    }
    if (labelsSomethingElse(view, end) || hasSense(doc, entity, tokens[i].start)) {
      i = end - 1;
      continue;
    }
    const before = stems[i - 1] ?? '';
    const before2 = stems[i - 2] ?? '';
    let score = PLACE_RANK[entity.geo.featureType] ?? 1;
    if (glosses.glossed.has(end - 1)) score += 3;
    if (AT_WORDS.has(before) || AT_WORDS.has(before2)) score += 1;
    if (before === 'from' || before2 === 'from') score += leaving ? 1.5 : -0.5;
    if (AWAY_WORDS.has(before) || AWAY_WORDS.has(before2)) score -= leaving ? 2 : 0.7;
    if (before === '(' || before === ',') score += 0.2;
    score -= Math.min(Math.abs(i - trigger), 30) * 0.02;
    if (clauseStart(view, i) !== clauseStart(view, trigger)) score -= 0.8;
    if (!best || score > best.score) best = { entity, score };
    i = end - 1;
  }
  return best;
}

/** A mention a later reading marked as non-literal (metonymy and the like) names no scene. */
function hasSense(doc: Doc, entity: Entity, at: number): boolean {
  const mention = entity.mentions.find((m) => m.start <= at && at < m.end);
  return mention !== undefined && (mention as { sense?: unknown }).sense !== undefined;
}

/** The time of an event: a TimeRef of its sentence, the one nearest its trigger (same clause first). */
export function chooseTime(doc: Doc, view: SentenceView, triggerStart: number): TimeRef | undefined {
  let best: TimeRef | undefined;
  let bestDistance = Infinity;
  const inSentence = doc.times.filter((time) => time.span.start >= view.sentence.start && time.span.end <= view.sentence.end);
  for (const time of inSentence) {
    if (restatesAnother(doc.text, time, inSentence) || inRelativeClauseAfter(doc.text, triggerStart, time)) continue;
    const distance = time.span.start > triggerStart ? time.span.start - triggerStart : triggerStart - time.span.end + 5;
    if (distance < bestDistance) {
      best = time;
      bestDistance = distance;
    }
  }
  return best;
}

/** A comma and a relative word: what follows tells of the noun before the comma, not of the event. */
const RELATIVE_CLAUSE = /,\s+(?:which|where|who|whose|whom)\b/i;

/** "blown up the dam at Nova Kakhovka, which Russia has controlled since February 2022": a time in a relative clause after the trigger dates that clause. */
function inRelativeClauseAfter(text: string, triggerStart: number, time: TimeRef): boolean {
  return time.span.start > triggerStart && RELATIVE_CLAUSE.test(text.slice(triggerStart, time.span.start));
}

/** "Around 5 March 2022 (between 1 and 5 March 2022)": a time in parentheses right after another glosses it. */
function restatesAnother(text: string, time: TimeRef, others: TimeRef[]): boolean {
  let at = time.span.start - 1;
  while (at > 0 && text[at] === ' ') at--;
  if (text[at] !== '(') return false;
  at--;
  while (at > 0 && text[at] === ' ') at--;
  return others.some((other) => other !== time && other.span.end === at + 1);
}

/** The quote whose content holds the trigger, else one whose content overlaps the sentence and holds it. */
export function enclosingQuote(doc: Doc, at: number): Quote | undefined {
  let best: Quote | undefined;
  for (const quote of doc.quotes) {
    if (quote.span.start <= at && at < quote.span.end && (!best || quote.span.end - quote.span.start < best.span.end - best.span.start)) best = quote;
  }
  return best;
}
