import lexicon from '../../lexicon/events/modality.json' with { type: 'json' };
import type { Modality } from '../contract.js';
import { matchAt, type SentenceView } from './sentence-view.js';
import { stemPhrase } from './stem.js';

const CUES: { modality: Modality; parts: string[] }[] = Object.entries(lexicon.cues).flatMap(([modality, phrases]) =>
  phrases.map((phrase) => ({ modality: modality as Modality, parts: stemPhrase(phrase) })),
);
const CUE_FIRST = new Set(CUES.map((cue) => cue.parts[0]));
const NEGATORS = lexicon.negators.map(stemPhrase);
const NEGATOR_FIRST = new Set(NEGATORS.map((parts) => parts[0]));
const CLAUSE_BREAKS = new Set(lexicon.clauseBreaks.map((word) => stemPhrase(word)[0]));
const SUBORDINATOR_PARTS = lexicon.subordinators.map(stemPhrase);
const SUBORDINATORS = new Set(SUBORDINATOR_PARTS.filter((parts) => parts.length === 1).map((parts) => parts[0]));
const SUBORDINATOR_PHRASES = SUBORDINATOR_PARTS.filter((parts) => parts.length > 1);
/** "while retreating": before a participle, these open an adverbial clause (before a finite clause "while" contrasts). */
const PARTICIPLE_SUBORDINATORS = new Set(lexicon.participleSubordinators);
/** How many words before a trigger a subordinator may open its clause. */
const SUBORDINATE_REACH = 5;

/**
 * "…, Macedonia, which is preparing a major offensive", "imposed a curfew after a demonstration": a trigger a few
 * words after a relative pronoun or subordinating conjunction, with no punctuation between, is in a subordinate clause.
 */
export function inSubordinateClause(view: SentenceView, first: number): boolean {
  if (first > 0 && PARTICIPLE_SUBORDINATORS.has(view.tokens[first - 1].text.toLowerCase()) && /ing$/i.test(view.tokens[first].text)) return true;
  for (let i = first - 1; i >= Math.max(0, first - SUBORDINATE_REACH); i--) {
    if (view.tokens[i].kind !== 'word') return false;
    if (SUBORDINATORS.has(view.stems[i])) return true;
    if (SUBORDINATOR_PHRASES.some((parts) => parts[0] === view.stems[i] && matchAt(view.stems, parts, i) === i + parts.length && i + parts.length <= first)) return true;
  }
  return false;
}

/** Token index where the clause holding token i begins. */
export function clauseStart(view: SentenceView, i: number): number {
  for (let j = i - 1; j >= 0; j--) if (CLAUSE_BREAKS.has(view.stems[j])) return j + 1;
  return 0;
}

/**
 * The modality of an event whose trigger starts at token `first`: the nearest cue before it in its
 * clause, and a negator right before the trigger making an asserted or claimed event denied.
 */
export function modalityAt(view: SentenceView, first: number): Modality {
  const from = clauseStart(view, first);
  let modality: Modality = 'asserted';
  let best = -1;
  let bestEnd = -1;
  for (let i = from; i < first; i++) {
    if (!CUE_FIRST.has(view.stems[i])) continue;
    for (const cue of CUES) {
      if (view.stems[i] !== cue.parts[0]) continue;
      const end = matchAt(view.stems, cue.parts, i);
      // A cue inside a longer one found before it ("would" of "they would") does not override it.
      if (end >= 0 && end <= first && i > best && end > bestEnd) {
        best = i;
        bestEnd = end;
        modality = cue.modality;
      }
    }
  }
  if ((modality === 'asserted' || modality === 'claimed') && isNegated(view, first)) return 'denied';
  return modality;
}

/** Whether a negator stands in the few words before the trigger at token `first`, in its clause ("will not accept"). */
export function isNegated(view: SentenceView, first: number): boolean {
  const negFrom = Math.max(clauseStart(view, first), first - lexicon.negationWindow);
  for (let i = negFrom; i < first; i++) {
    if (NEGATOR_FIRST.has(view.stems[i]) && NEGATORS.some((parts) => matchAt(view.stems, parts, i) >= 0)) return true;
  }
  return false;
}
