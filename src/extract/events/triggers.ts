import type { Doc } from '../document.js';
import { compoundGroupNounEnd } from './actors.js';
import { entityOfToken } from './entity-index.js';
import { NO_EVENT, REFINEMENTS, TRIGGERS, type TriggerPattern } from './lexicon.js';
import { isGeoModifier } from './role-cues.js';
import { containsAny, matchAt, type SentenceView } from './sentence-view.js';

/** A trigger phrase found in a sentence, over its tokens [first, end). */
export interface TriggerMatch {
  pattern: TriggerPattern;
  first: number;
  end: number;
}

/** Every trigger of the lexicon in the sentence whose context conditions hold; overlaps keep the longest. */
export function findTriggers(view: SentenceView, doc?: Doc): TriggerMatch[] {
  const found: TriggerMatch[] = [];
  const { stems } = view;
  for (let i = 0; i < stems.length; i++) {
    const patterns = TRIGGERS.get(stems[i]);
    if (!patterns) continue;
    for (const pattern of patterns) {
      const end = matchAt(stems, pattern.parts, i);
      if (end < 0) continue;
      if (pattern.requires && !containsAny(view, pattern.requires) && !(pattern.placeAfter && doc && placeAt(doc, view, end))) continue;
      if (pattern.unless && containsAny(view, pattern.unless)) continue;
      found.push({ pattern, first: i, end });
    }
  }
  // Longest phrase first, then the strongest: a shorter or weaker one inside it is dropped.
  found.sort((a, b) => b.end - b.first - (a.end - a.first) || b.pattern.weight - a.pattern.weight);
  const kept: TriggerMatch[] = [];
  for (const match of found) {
    if (!kept.some((k) => k.first < match.end && match.first < k.end)) kept.push(match);
  }
  return kept.filter((match) => match.pattern.type !== NO_EVENT && !(doc && insideName(doc, view, match)) && !describesPlace(view, match) && !opensGroupNoun(view, match) && !isAttributive(view, match)).sort((a, b) => a.first - b.first);
}

/**
 * "Newly appointed Palestinian Prime Minister …", "the besieged Bosnian town", "the banned Movement for …": a past participle
 * between a determiner, an adverb in -ly or the sentence's start and the noun it describes tells of no event of its own.
 * Casualty words stay ("a wounded soldier" is news).
 */
function isAttributive(view: SentenceView, match: TriggerMatch): boolean {
  if (match.end - match.first !== 1 || match.pattern.casualty || !/(?:ed|en)$/i.test(view.tokens[match.first].text)) return false;
  const next = view.tokens[match.end];
  // "flatly rejected an ultimatum": a determiner after it opens the verb's object.
  if (next?.kind !== 'word' || !NOUN_OPENERS.test(next.text) || ATTRIBUTIVE_DETERMINERS.has(next.text.toLowerCase())) return false;
  const before = view.tokens[match.first - 1]?.text.toLowerCase();
  return before === undefined || ATTRIBUTIVE_DETERMINERS.has(before) || /ly$/.test(before);
}

const ATTRIBUTIVE_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'these', 'those']);
/** What a noun phrase after a participle may open with: a word, not a preposition or particle the verb takes. */
const NOUN_OPENERS = /^(?!(?:by|to|in|on|at|from|with|into|over|off|out|up|down|for|of|as|and|or|that)$)\p{L}/iu;

/** "riot police", "security forces": a trigger word that only opens the noun of a group tells of no event. */
function opensGroupNoun(view: SentenceView, match: TriggerMatch): boolean {
  return compoundGroupNounEnd(view, match.first) > match.end;
}

const ATTRIBUTIVE_OPENERS = new Set(['the', 'a', 'an', 'in', 'into', 'on', 'at', 'from', 'of', 'across', 'throughout']);

/** "the occupied West Bank", "in rebel-held Idlib": a place word before a name, after an article or preposition, describes the place and tells of no event. */
function describesPlace(view: SentenceView, match: TriggerMatch): boolean {
  if (match.end - match.first !== 1 || !isGeoModifier(view.stems[match.first])) return false;
  const next = view.tokens[match.end];
  return ATTRIBUTIVE_OPENERS.has(view.stems[match.first - 1] ?? '') && next?.kind === 'word' && /^\p{Lu}/u.test(next.text);
}

/** Whether a place name begins at token i of the sentence. */
function placeAt(doc: Doc, view: SentenceView, i: number): boolean {
  return i < view.tokens.length && entityOfToken(doc, view.sentence.firstToken + i)?.kind === 'place';
}

/** A capitalised trigger wholly inside the name of an organization or person ("Security Council", "Foreign Minister") reports no event. */
function insideName(doc: Doc, view: SentenceView, match: TriggerMatch): boolean {
  const entity = entityOfToken(doc, view.sentence.firstToken + match.first);
  if (entity === undefined || entity.kind === 'place' || !/^\p{Lu}/u.test(view.tokens[match.first].text)) return false;
  for (let i = match.first + 1; i < match.end; i++) if (entityOfToken(doc, view.sentence.firstToken + i) !== entity) return false;
  // "Protesters demanding …": a sentence's first word is capitalised anyway; a name that is just the trigger, with the
  // clause running on after it, is none (a heading's "Interception:" stays a label).
  const start = view.tokens[match.first].start;
  const end = view.tokens[match.end - 1].end;
  const opens = view.tokens.slice(0, match.first).every((token) => token.kind === 'punct');
  const runsOn = view.tokens[match.end]?.kind === 'word';
  return !(opens && runsOn && entity.mentions.some((m) => m.start === start && m.end === end));
}

function sharesAny(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const item of a) if (b.has(item)) return true;
  return false;
}

/** The type an event of this type becomes in this sentence (refinements.json, first rule that applies). */
export function refineType(type: string, view: SentenceView, matchTypes: Set<string>): string {
  for (const rule of REFINEMENTS) {
    if (rule.when && !rule.when.has(type)) {
      if (!rule.whenAnyMatch) continue;
    }
    if (rule.whenAnyMatch && !sharesAny(rule.whenAnyMatch, matchTypes)) continue;
    if (rule.when && rule.whenAnyMatch && !rule.when.has(type)) continue;
    if (!containsAny(view, rule.if)) continue;
    if (rule.and && !containsAny(view, rule.and)) continue;
    if (rule.unless && containsAny(view, rule.unless)) continue;
    return rule.to;
  }
  return type;
}
