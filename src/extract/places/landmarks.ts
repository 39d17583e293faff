import landmarks from '../../lexicon/places/landmarks.json' with { type: 'json' };
import { exactCandidates } from './lookup.js';
import { NO_CUES, type PlaceMention } from './mention.js';
import { isDemonym } from './senses.js';
import type { TokenView } from './token-view.js';

const HEADS = new Set(landmarks.heads.filter((h) => !h.includes(' ')));
const TWO_WORD_HEADS = new Set(landmarks.heads.filter((h) => h.includes(' ')));
const OPENERS = new Set(landmarks.openers);
const NATURAL_HEADS = new Set(landmarks.naturalHeads);
const NATURAL_OPENERS = new Set(landmarks.naturalOpeners);
const CONNECTORS = new Set(landmarks.connectors);
const MAX_OPENED_WORDS = 3;

/**
 * "Tabqa Dam", "Camp Hurriya", "the Tharthar Barrage", "Gulf of Oman": a capitalised name that a
 * landmark word closes or opens, starting at token i, which the gazetteer does not know: a place
 * without coordinates. A name that holds a place the gazetteer knows ("Samarra Barrage", "Hartford
 * Hospital") is left to the place rules, which read that place.
 */
export function landmarkAt(view: TokenView, i: number): PlaceMention | undefined {
  if (view.lower(i) === 'the' || (i > 0 && view.isCapitalised(i - 1) && view.adjacent(i - 1, i) && view.lower(i - 1) !== 'the')) return undefined;
  // "Butte’s Bert Mooney Airport", "Hartsfield-Jackson International Airport": the place before is a name of its own.
  if (view.isPossessive(i) || view.text(i).includes('-')) return undefined;
  const last = runEnd(view, i);
  if (last === i) return undefined;
  const head = view.text(last);
  const twoWordHead = `${view.text(last - 1)} ${head}`;
  const opened = OPENERS.has(view.text(i)) || NATURAL_OPENERS.has(view.text(i));
  const closed = HEADS.has(head) || TWO_WORD_HEADS.has(twoWordHead) || NATURAL_HEADS.has(head);
  if (!opened && !closed) return undefined;
  // "the State Russian Museum": a demonym in the name is read as its country's (senses.ts).
  // "the Iraqi Museum", "the British Museum": a demonym opening the name right before its head is the name's own.
  const ownDemonym = last === i + 1 && closed && !opened;
  for (let k = ownDemonym ? i + 1 : i; k < last; k++) if (isDemonym(view.text(k))) return undefined;
  const start = view.tokens[i].start;
  const end = view.tokens[last].end;
  if (view.doc.entityAt(start, end)) return undefined;
  // "Mount Pleasant Fire Department": an opener starts a longer name only as a place the gazetteer knows, left to the place rules.
  if (opened && !closed && (last - i > MAX_OPENED_WORDS || knownPrefix(view, i, last))) return undefined;
  const surface = view.doc.text.slice(start, end);
  // A name the gazetteer knows ("Mount Vernon", "Red Sea") is read by the place rules, with its context.
  if (exactCandidates(surface).length) return undefined;
  const innerFirst = opened ? i + 1 : i;
  const innerLast = opened ? last : last - (TWO_WORD_HEADS.has(twoWordHead) ? 2 : 1);
  // "Lake Michigan", "Hartford Hospital", "Camp David Accords": a landmark named after a place the gazetteer knows is left to the place rules.
  if (innerPlace(view, innerFirst, innerLast, opened).length) return undefined;
  return {
    start, end, first: i, last, surface,
    candidates: [],
    fuzzy: true,
    cues: { ...NO_CUES },
    linkAfter: view.lower(last + 1),
    doubtful: false,
  };
}

/** The last token of the capitalised run from i, joined by connectors ("Gulf of Oman", "Dayr az Zawr Airport"). */
function runEnd(view: TokenView, i: number): number {
  let last = i;
  for (let j = i + 1; j < view.length && j - i < landmarks.maxWords && view.adjacent(j - 1, j); j++) {
    if (view.isCapitalised(j)) last = j;
    else if (!CONNECTORS.has(view.lower(j)) || !view.isCapitalised(j + 1)) break;
    if (view.isPossessive(j)) break;
  }
  return last;
}

/** Whether a shorter name from token i is a gazetteer place ("Mount Vernon" in "Mount Vernon Chamber of Commerce"). */
function knownPrefix(view: TokenView, i: number, last: number): boolean {
  for (let k = last - 1; k > i; k--) if (exactCandidates(view.doc.text.slice(view.tokens[i].start, view.tokens[k].end)).length) return true;
  return false;
}

/** "Samarra" in "Samarra Barrage", "Princeton" in "Princeton Community Hospital": the longest place name opening the words besides the landmark word. */
function innerPlace(view: TokenView, first: number, last: number, opened: boolean) {
  if (opened && view.lower(first) === 'of') first++;
  if (!opened && view.lower(last) === 'of') last--;
  for (let k = last; k >= first; k--) {
    if (!view.isCapitalised(k)) continue;
    const name = view.doc.text.slice(view.tokens[first].start, view.tokens[k].end);
    // "Al" in "Al Assad University Hospital": an Arabic article alone is no place the landmark is named after.
    if (k === first && CONNECTORS.has(name.toLowerCase())) continue;
    const found = exactCandidates(name);
    if (found.length) return found;
  }
  return [];
}
