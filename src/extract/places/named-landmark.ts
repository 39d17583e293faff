import landmarks from '../../lexicon/places/landmarks.json' with { type: 'json' };
import type { TokenView } from './token-view.js';

const CLOSING_HEADS = new Set([...landmarks.heads, ...landmarks.naturalHeads].filter((h) => !h.includes(' ')));
const OPENERS = new Set(landmarks.placeOpeners);

/** "Samarra Barrage", "the Mosul Dam", "Qayyarah Airfield": a landmark word right after the place's name, which names a landmark at it. */
export function landmarkHeadAfter(view: TokenView, last: number): boolean {
  return view.adjacent(last, last + 1) && !view.isPossessive(last) && CLOSING_HEADS.has(view.text(last + 1));
}

/** "Mount Sinjar", "Lake Tharthar": a natural feature's word right before the place's name it is named after. */
export function landmarkOpenerBefore(view: TokenView, first: number): boolean {
  return first > 0 && view.adjacent(first - 1, first) && OPENERS.has(view.text(first - 1));
}
