import rules from '../../lexicon/events/plover-rules.json' with { type: 'json' };
import type { Modality } from '../contract.js';
import { clauseStart } from './modality.js';
import { matchAt, type SentenceView } from './sentence-view.js';
import { stemPhrase } from './stem.js';

const THREATENED_WHEN_PLANNED = new Set(rules.threatenedWhenPlanned);
const AGREE_WHEN_PLANNED = new Set(rules.agreeWhenPlanned);
const REQUEST_CUES = rules.requestCues.map(stemPhrase);
const SANCTION_CUES = rules.sanctionCues.map(stemPhrase);
const SANCTION_OF = new Set(rules.sanctionOf);

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
  if (SANCTION_OF.has(plover) && cueBetween(view, SANCTION_CUES, first - 3, first)) return 'SANCTION';
  if (plover !== 'REQUEST' && isObligation(view, first)) return 'REQUEST';
  if (modality === 'planned' && THREATENED_WHEN_PLANNED.has(plover)) return 'THREATEN';
  if (modality === 'planned' && AGREE_WHEN_PLANNED.has(plover)) return 'AGREE';
  return plover;
}

/** "Libya must hand over …": an act put to someone as an obligation. */
export function isObligation(view: SentenceView, first: number): boolean {
  return cueBetween(view, REQUEST_CUES, clauseStart(view, first), first);
}
