import contextCues from '../../lexicon/places/context-cues.json' with { type: 'json' };
import extent from '../../lexicon/places/extent.json' with { type: 'json' };
import landmarks from '../../lexicon/places/landmarks.json' with { type: 'json' };
import { withoutPossessive } from '../possessive.js';
import { landmarkHeadAfter, landmarkOpenerBefore } from './named-landmark.js';
import type { TokenView } from './token-view.js';

const DESCRIPTOR_HEADS = new Set(extent.descriptorHeads);
const TYPE_WORDS_AFTER = new Set(extent.typeWordsAfter);
const WORDS_AFTER_HEAD = new Set(extent.wordsAfterHead);
const KIND_WORDS = new Set([...landmarks.heads, ...landmarks.naturalHeads, ...contextCues.placeTypeSuffixes].filter((w) => /^\p{Lu}/u.test(w) && !w.includes(' ')));
const ARTICLE = 'the';
const ARABIC_ARTICLE = /^(?:Al|El|Ar|Az|Ad)$/; // not 'As', 'At', 'An': English words too
const PAST_TENSE = /^\p{Ll}{3,}ed$/u;

export interface Extent {
  start: number;
  end: number;
}

/**
 * The span of a place mention whose name runs from token `first` to `last` (`start`, `end` the
 * name's own offsets): widened to the whole noun phrase that names the place, as re3d and ACE mark
 * it — "the Middle East", "the Syrian town of Azaz", "Idlib province" — the name itself staying the
 * mention's surface.
 */
export function mentionExtent(view: TokenView, first: number, last: number, start: number, end: number): Extent {
  // "Al Anbar" for Anbar: an Arabic article written apart before the name is part of it.
  if (first > 0 && view.adjacent(first - 1, first) && ARABIC_ARTICLE.test(view.text(first - 1))) {
    first -= 1;
    start = view.tokens[first].start;
  }
  let lastToken = last;
  // "Idlib province", "the Tigris river": a lower-case type word closes the name.
  if (!view.isPossessive(last) && view.adjacent(last, last + 1) && typeWordAfter(view, last + 1)) {
    lastToken = last + 1;
    end = view.isPossessive(lastToken) ? view.tokens[lastToken].end - 2 : view.tokens[lastToken].end;
  }
  // "the Samarra Barrage", "Mount Sinjar": a landmark named after the place; the mention is the landmark's name.
  if (lastToken === last && landmarkHeadAfter(view, last)) {
    lastToken = last + 1;
    end = view.isPossessive(lastToken) ? view.tokens[lastToken].end - 2 : view.tokens[lastToken].end;
  }
  if (landmarkOpenerBefore(view, first)) return { start: view.tokens[first - 1].start, end };
  const descriptor = descriptorBefore(view, first);
  if (descriptor !== undefined) return { start: view.tokens[descriptor].start, end };
  if (articleBefore(view, first) && (!isModifier(view, lastToken) || closesKindOfPlace(view, lastToken))) return { start: view.tokens[first - 1].start, end };
  return { start, end };
}

/**
 * "province" in "Idlib province"; "Province" in "Hasaka Province", a spelling the gazetteer's "Al-Hasakah" forms miss,
 * unless a capitalised word runs on into a longer name ("Hasaka Province Council").
 */
function typeWordAfter(view: TokenView, i: number): boolean {
  const word = withoutPossessive(view.text(i));
  if (TYPE_WORDS_AFTER.has(word)) return true;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !TYPE_WORDS_AFTER.has(word.toLowerCase())) return false;
  return view.isPossessive(i) || !(view.adjacent(i, i + 1) && view.isCapitalised(i + 1));
}

/** "the Syrian town of | Azaz", "the port city of | Tartus": the article opening the descriptor. */
function descriptorBefore(view: TokenView, first: number): number | undefined {
  if (view.lower(first - 1) !== 'of' || !DESCRIPTOR_HEADS.has(view.lower(first - 2))) return undefined;
  for (let k = first - 3; k >= 0 && first - 3 - k <= extent.maxDescriptorWords; k--) {
    if (!view.isWord(k) || !view.adjacent(k, k + 1)) return undefined;
    if (view.lower(k) === ARTICLE) return k;
  }
  return undefined;
}

function articleBefore(view: TokenView, first: number): boolean {
  return view.lower(first - 1) === ARTICLE && view.adjacent(first - 1, first);
}

/**
 * "the Mosul Dam upstream", "the Tigris River adjacent", "the Diyala Province bordering Iran": a name closed by a
 * capitalised word of its kind of place is a whole noun phrase, and the article is its own before any lower-case word.
 */
function closesKindOfPlace(view: TokenView, last: number): boolean {
  return !view.isPossessive(last) && KIND_WORDS.has(view.text(last));
}

/** "the Mosul offensive", "the UK's commitment": the name qualifies a noun after it, which the article is for. */
function isModifier(view: TokenView, last: number): boolean {
  if (view.isPossessive(last)) return true;
  if (!view.adjacent(last, last + 1) || !view.isWord(last + 1)) return false;
  // "the Mosul Dam": the name runs on into a longer one, whose the article is.
  if (view.isCapitalised(last + 1)) return true;
  // "the Mosul Dam continued": a past tense is the verb of the phrase, not a noun it qualifies.
  const next = view.lower(last + 1);
  return !WORDS_AFTER_HEAD.has(next) && !PAST_TENSE.test(next);
}
