import rules from '../../lexicon/events/plover-rules.json' with { type: 'json' };
import type { Modality } from '../contract.js';
import { clauseStart, isNegated } from './modality.js';
import { matchAt, type SentenceView } from './sentence-view.js';
import { stemPhrase } from './stem.js';

const THREATENED_WHEN_PLANNED = new Set(rules.threatenedWhenPlanned);
const AGREE_WHEN_PLANNED = new Set(rules.agreeWhenPlanned);
const REQUEST_CUES = rules.requestCues.map(stemPhrase);
const SANCTION_CUES = rules.sanctionCues.map(stemPhrase);
const SANCTION_OF = new Set(rules.sanctionOf);
const CONDITION_CUES = new Set(rules.conditionCues);
const REJECT_WHEN_NEGATED = new Set(rules.rejectWhenNegated);

function cueBetween(view: SentenceView, cues: string[][], from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < to; i++) {
    for (const parts of cues) {
      const end = view.stems[i] === parts[0] ? matchAt(view.stems, parts, i) : -1;
      if (end > 0 && end <= to) return true;
    }
  }
  return false;
}

/** The PLOVER category of an event whose trigger starts at token `first`, given the trigger's own category. */
export function ploverInContext(plover: string | undefined, view: SentenceView, first: number, modality: Modality): string | undefined {
  if (plover === undefined) return undefined;
  if (modality === 'threatened') return 'THREATEN';
  if (REJECT_WHEN_NEGATED.has(plover) && isNegated(view, first)) return 'REJECT';
  if (SANCTION_OF.has(plover) && cueBetween(view, SANCTION_CUES, first - 3, first)) return 'SANCTION';
  if (plover !== 'REQUEST' && isObligation(view, first)) return 'REQUEST';
  if (modality === 'planned' && (THREATENED_WHEN_PLANNED.has(plover) || conditionAfter(view, first))) return 'THREATEN';
  if (modality === 'planned' && AGREE_WHEN_PLANNED.has(plover)) return 'AGREE';
  return plover;
}

/** "Libya must hand over …": an act put to someone as an obligation. */
export function isObligation(view: SentenceView, first: number): boolean {
  return cueBetween(view, REQUEST_CUES, clauseStart(view, first), first);
}

/** "will withdraw its force from Chad unless President Goukouni …": a condition later in the sentence. */
function conditionAfter(view: SentenceView, first: number): boolean {
  return view.stems.slice(first + 1).some((stem) => CONDITION_CUES.has(stem));
}
