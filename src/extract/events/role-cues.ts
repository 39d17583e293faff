import cues from '../../lexicon/events/roles.json' with { type: 'json' };
import { asideClose, matchAt, type SentenceView } from './sentence-view.js';
import { stem, stemPhrase } from './stem.js';

const VICTIM_WORDS = byFirstStem(cues.victimWords.map(stemPhrase));
const VICTIM_FOLLOWERS = new Set(cues.victimFollowers);
const PASSIVE_AUXILIARIES = new Set(cues.passiveAuxiliaries.map((word) => word.toLowerCase()));
const SKIPPABLE = new Set(cues.skippable.map((word) => word.toLowerCase()));
const GEO_MODIFIERS = new Set(cues.geoModifiers.map(stem));
const NON_SCENE_HEADS = byFirstStem(cues.nonSceneHeads.map(stemPhrase));
const OWNED_THINGS = new Set(cues.ownedThings);
const SITE_NOUNS = new Set(cues.siteNouns.map(stem));
/** How many modifiers may stand between a place's possessive and its site ('Baghdad's crowded central market'). */
const MAX_SITE_MODIFIERS = 2;
const CIVILIAN_NOUNS = new Set(cues.civilianNouns);
const REPORTING_VERBS = new Set(cues.reportingVerbs.map(stem));
const OBJECT_BREAKS = new Set(cues.objectBreaks.map((word) => word.toLowerCase()));
const LIST_JOINERS = new Set(['and', 'or']);
const CONDITION_WORDS = new Set(cues.conditionWords);
const POSSESSIVE = /['’]s$|s['’]$/;
const STATIVES = new Set(cues.statives);
const ADDRESSEE_PLOVERS: ReadonlySet<string> = new Set(cues.addresseePlovers);

/** Phrases by their first stem, so a lookup costs one Map access where no phrase can start. */
function byFirstStem(phrases: string[][]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const parts of phrases) map.set(parts[0], [...(map.get(parts[0]) ?? []), parts]);
  return map;
}

const lower = (view: SentenceView, i: number) => view.tokens[i]?.text.toLowerCase() ?? '';

/** Whether a party ending at token `end` is followed, past any short aside, by a word that makes it the one who suffered ("soldier killed"). */
export function isVictimAt(view: SentenceView, end: number): boolean {
  if (victimWordAt(view, end)) return true;
  if (view.tokens[end]?.text !== ',') return false;
  // The last party of the aside itself: "…, including five children, were killed".
  if (PASSIVE_AUXILIARIES.has(lower(view, end + 1)) && victimWordAt(view, end + 1)) return true;
  const close = asideClose(view, end);
  return close >= 0 && victimWordAt(view, close + 1);
}

function victimWordAt(view: SentenceView, end: number): boolean {
  let i = end;
  while (i < view.tokens.length && SKIPPABLE.has(lower(view, i))) i++;
  const passive = i > end && PASSIVE_AUXILIARIES.has(lower(view, i - 1));
  for (const parts of VICTIM_WORDS.get(view.stems[i]) ?? []) {
    const after = matchAt(view.stems, parts, i);
    if (after !== i + parts.length) continue;
    // "soldier killed in an attack", "civilians were killed": not "troops killed six civilians".
    const next = view.tokens[after];
    if (passive || !next || next.kind === 'punct' || VICTIM_FOLLOWERS.has(next.text.toLowerCase())) return true;
  }
  return false;
}

/** Whether a trigger at token `first` is a passive participle ("was shelled", "were attacked"). */
export function isPassiveAt(view: SentenceView, first: number): boolean {
  const word = lower(view, first);
  // "has been put under investigation": after "been" any participle, however irregular.
  if (/^(?:been|being)$/.test(lower(view, first - 1)) && !/ing$/.test(word)) return true;
  if (!/(?:ed|en|wn|ck|ht|ot)$/.test(word)) return false;
  // "Israel is opposed to …": a stand its subject takes, unless someone else's act follows ("is opposed by").
  if (STATIVES.has(word) && lower(view, first + 1) !== 'by') return false;
  for (let i = first - 1; i >= 0 && i >= first - 3; i--) {
    const before = lower(view, i);
    if (PASSIVE_AUXILIARIES.has(before)) return true;
    if (!SKIPPABLE.has(before) && !/ly$/.test(before)) return false;
  }
  return false;
}

export function isGeoModifier(stemmed: string): boolean {
  return GEO_MODIFIERS.has(stemmed);
}

/**
 * Whether the place name over tokens [.., end) labels something else rather than naming a scene:
 * a possessive before a common noun ("Kiev's shelling", not "Ukraine's Donetsk" or "Ukraine's east") or a head noun after it ("Kiev forces", "Minsk peace talks").
 */
export function labelsSomethingElse(view: SentenceView, end: number): boolean {
  const next = view.tokens[end];
  if (POSSESSIVE.test(view.tokens[end - 1]?.text ?? '')) return next?.kind === 'word' && /^\p{Ll}/u.test(next.text) && !GEO_MODIFIERS.has(view.stems[end]) && !namesSite(view, end);
  return (NON_SCENE_HEADS.get(view.stems[end]) ?? []).some((parts) => matchAt(view.stems, parts, end) === end + parts.length);
}

/** "Kabul's airport", "Baghdad's central market": the words after a place's possessive end in a site of it. */
function namesSite(view: SentenceView, start: number): boolean {
  for (let k = start; k < Math.min(view.tokens.length, start + MAX_SITE_MODIFIERS + 1); k++) {
    const token = view.tokens[k];
    if (token.kind !== 'word' || !/^\p{Ll}/u.test(token.text)) return false;
    if (SITE_NOUNS.has(view.stems[k])) return true;
  }
  return false;
}

/** "rebel positions", "militia truck": what a group owns, so the group is who it happens to. */
export function isOwnedThing(word: string): boolean {
  return OWNED_THINGS.has(word);
}

/** "a man", "two residents", "civilians": a victim described only as people, not as a group of their own. */
export function isCivilianNoun(phrase: string): boolean {
  return CIVILIAN_NOUNS.has(phrase.toLowerCase().replace(/^(?:a|an|the|one|two|three|four|five|local|elderly)\s+/, ''));
}

/** Whether the words after a party make it who reports the event ("…, the ministry said"). */
export function reportsAt(view: SentenceView, end: number): boolean {
  return REPORTING_VERBS.has(view.stems[end] ?? '');
}

/**
 * Where the clause of a trigger's objects ends, from token `from` on: at a word that opens another clause
 * ("unless the Kremlin …", "…, whom authorities blame") or at a comma that no party (`partyStarts`) follows,
 * as one in a list does ("to Iran, Libya and Sudan").
 */
export function objectClauseEnd(view: SentenceView, from: number, partyStarts: Set<number>): number {
  for (let i = from; i < view.tokens.length; i++) {
    const word = lower(view, i);
    if (OBJECT_BREAKS.has(word)) return i;
    if (word !== ',') continue;
    let next = i + 1;
    while (LIST_JOINERS.has(lower(view, next)) || lower(view, next) === 'the') next++;
    if (!partyStarts.has(next)) return i;
  }
  return view.tokens.length;
}

/** "complained to the United Nations": a party after "to" (and an article) where the trigger's category makes it who hears the act. */
export function isAddresseeAt(view: SentenceView, first: number, plover: string | undefined): boolean {
  if (!plover || !ADDRESSEE_PLOVERS.has(plover)) return false;
  const before = view.stems[first - 1] === 'the' ? first - 2 : first - 1;
  return view.stems[before] === 'to';
}

/** Whether the token at `i` opens a condition ("unless", "if"). */
export function opensCondition(view: SentenceView, i: number): boolean {
  return CONDITION_WORDS.has(lower(view, i));
}
