import unknownPlaces from '../../lexicon/places/unknown-places.json' with { type: 'json' };
import { distanceKm, type Candidate } from '../../gazetteer/index.js';
import type { Entity } from '../contract.js';
import { normalizeName } from '../../gazetteer/index.js';
import {
  CALENDAR_WORDS, CONNECTORS, FACILITY_WORDS, FRONT_WORDS, HELD_PARTICIPLES, LOCAL_NOUNS, GIVEN_NAMES, NAME_SUFFIXES, STREET_WORDS, NEAR_CUES, NOT_PLACES, PART_ADJECTIVES, PART_OF_CUES, PLACE_PREPOSITIONS, REGION_WORDS, SETTLEMENT_WORDS,
  TITLES, TYPE_SUFFIXES, US_STATE_ABBREVIATIONS,
} from './lexicon.js';
import { GIVEN_NAMES as PEOPLES_GIVEN_NAMES } from '../names/lexicon.js';
import { namesBusiness } from './business.js';
import { divisionsAfter, type Divisions } from './divisions.js';
import { mentionExtent } from './extent.js';
import { landmarkHeadAfter, landmarkOpenerBefore } from './named-landmark.js';
import { landmarkAt } from './landmarks.js';
import { embeddedNames, INSTITUTION_WORDS, isInstitutionOrOffice as locatesActor, type EmbeddedName } from './embedded.js';
import { isProminent } from './prominence.js';
import { isDemonym, isStatelessDemonym } from './senses.js';
import { candidatesIn, exactCandidates, fuzzyCandidates, placeGazetteer } from './lookup.js';
import { NO_CUES, type PlaceCues, type PlaceHint, type PlaceMention } from './mention.js';
import type { TokenView } from './token-view.js';
import { joinQualifiers } from './qualified.js';

const MAX_NAME_TOKENS = 6;
const MIN_FUZZY_LETTERS = 6;
const SAID = new Set(['said', 'says', 'told', 'added', 'wrote', 'tweeted', 'explained', 'noted', 'stated']);
const ADMIN_TYPES = new Set(['admin1', 'admin2']);
const CITY_PART_WORDS = new Set(['district', 'microdistrict', 'quarter']);
const LOCATIVE_BEFORE = new Set(unknownPlaces.locativeBefore);
const MIN_LOCATED_LETTERS = unknownPlaces.minLetters;
const MAX_SETTLEMENT_WORDS = 3;
const ACRONYM_PART = /(?:^|-)\p{Lu}{2,}(?:-|$)/u;
const SAINT_WORDS = new Set(['St.', 'St', 'Saint', 'Ste.', 'San', 'Santa', 'Sainte', 'São', 'ST.', 'ST', 'SAINT', 'STE.', 'SAN', 'SANTA']);

interface NameMatch {
  last: number;
  end: number;
  surface: string;
  candidates: Candidate[];
  /** A numbered part of the named settlement ("Zolote-4"): near it, not the place itself. */
  part?: boolean;
}

/** The end offset of token i without a possessive 's. */
function nameEnd(view: TokenView, i: number): number {
  const t = view.tokens[i];
  return view.isPossessive(i) ? t.end - 2 : t.end;
}

/** Tokens j > i that may close a name starting at i, nearest first. */
function nameEnds(view: TokenView, i: number): number[] {
  const ends = [i];
  if (view.isPossessive(i)) return ends;
  for (let j = i + 1; j < view.length && j - i < MAX_NAME_TOKENS; j++) {
    if (!view.isWord(j) || !view.adjacent(j - 1, j)) break;
    const word = view.text(j);
    if (view.isCapitalised(j)) ends.push(j);
    else if (TYPE_SUFFIXES.has(word)) ends.push(j);
    else if (!CONNECTORS.has(word)) break;
    if (view.isPossessive(j)) break;
  }
  return ends;
}

/** The longest gazetteer name starting at token i. */
function longestName(view: TokenView, i: number): NameMatch | undefined {
  const text = view.doc.text;
  const ends = nameEnds(view, i);
  for (let k = ends.length - 1; k >= 0; k--) {
    const last = ends[k];
    if (!view.isCapitalised(last) && !TYPE_SUFFIXES.has(view.text(last)) && !(last === i && view.opensArticleName(i))) continue;
    const start = view.tokens[i].start;
    const end = nameEnd(view, last);
    const surface = text.slice(start, end);
    if (isGenericPhrase(view, i, last) || isStreetName(view, last)) continue;
    const candidates = exactCandidates(surface);
    if (candidates.length) return { last, end, surface, candidates };
  }
  return hyphenPrefix(view, i) ?? numberedPart(view, i);
}

const NUMBERED_PART = /^(\p{Lu}[\p{L}'’-]{2,}\p{L})-\d{1,2}$/u;

/** "Zolote-4", "Zolote-5": a numbered settlement (a mine's) belonging to the town named before the number. */
function numberedPart(view: TokenView, i: number): NameMatch | undefined {
  const t = view.tokens[i];
  const base = NUMBERED_PART.exec(t.text)?.[1];
  if (!base) return undefined;
  const candidates = exactCandidates(base).filter((c) => c.featureType === 'populated_place');
  return candidates.length ? { last: i, end: t.end, surface: base, candidates, part: true } : undefined;
}

/** "The city", "The County": an article and a type word are a reference back, not a name. */
function isGenericPhrase(view: TokenView, first: number, last: number): boolean {
  if (view.lower(first) !== 'the') return false;
  for (let j = first + 1; j <= last; j++) if (!TYPE_SUFFIXES.has(view.text(j)) && !TYPE_SUFFIXES.has(view.lower(j))) return false;
  return true;
}

const MAX_STREET_NAME_WORDS = 2;
/** Street words that are also titles ("St. Mary", "Coroner Dr. Burkhardt"): only right after the name. */
const TITLE_STREET_WORDS = new Set(['St.', 'St', 'Dr.']);

/** "Dublin Road", "Wichita Street", "Baku Komissarov Square": the name of a street or square, not of the place. */
function isStreetName(view: TokenView, last: number): boolean {
  if (view.isPossessive(last) || !view.adjacent(last, last + 1)) return false;
  // "the Florida Highway Patrol", "Ohio Turnpike Commission": an institution of the place, not a road.
  if (STREET_WORDS.has(view.text(last + 1))) return !(view.adjacent(last + 1, last + 2) && locatesActor(view.text(last + 2)));
  // "Otter Tail County Road": a road named after the county keeps the county.
  for (let j = last + 1; j <= last + MAX_STREET_NAME_WORDS && view.isCapitalised(j) && !view.isPossessive(j) && !TYPE_SUFFIXES.has(view.text(j)); j++) {
    if (!view.adjacent(j, j + 1)) return false;
    const next = view.text(j + 1);
    if (STREET_WORDS.has(next)) return !TITLE_STREET_WORDS.has(next);
  }
  return false;
}

const SHORT_FORM_KM = 60;

/** The second-level divisions called "<name> County" (or Parish). */
function divisionsNamed(name: string, type: string): Candidate[] {
  return exactCandidates(`${name} ${type}`).filter((c) => c.featureType === 'admin2');
}

/** "DeKalb County" named in the report: its short forms ("DeKalb") and the division's candidates. */
function divisionShortForms(view: TokenView): Map<string, Candidate[]> {
  const forms = new Map<string, Candidate[]>();
  for (let i = 1; i < view.length; i++) {
    const type = view.text(i);
    if (type !== 'County' && type !== 'Parish') continue;
    for (let first = Math.max(0, i - 2); first < i; first++) {
      if (!view.isCapitalised(first) || view.lower(first) === 'the' || !view.adjacent(first, i - 1) || !view.adjacent(i - 1, i)) continue;
      const short = view.doc.text.slice(view.tokens[first].start, view.tokens[i - 1].end);
      const candidates = divisionsNamed(short, type);
      if (candidates.length && !forms.has(short)) forms.set(short, candidates);
      break;
    }
  }
  return forms;
}

/**
 * A bare "DeKalb" or "Oconee" in a report that names DeKalb County is the county, or, where a town
 * of the name lies in one of the counties, the county or that town as the report's context decides.
 */
function shortFormAt(view: TokenView, i: number, match: NameMatch | undefined, forms: Map<string, Candidate[]>): PlaceMention | undefined {
  if (!forms.size || TYPE_SUFFIXES.has(view.text(i + 1))) return undefined;
  for (let last = Math.min(i + 1, view.length - 1); last >= i; last--) {
    if (last > i && !view.adjacent(i, last)) continue;
    const start = view.tokens[i].start;
    const end = nameEnd(view, last);
    const surface = view.doc.text.slice(start, end);
    const counties = forms.get(surface);
    if (!counties) continue;
    // A town that shares the name of a county it lies in ("DeKalb", Illinois) competes with the counties.
    const seat = match && match.last === last && match.candidates.some((c) => counties.some((k) => c.id !== k.id && distanceKm(c, k) <= SHORT_FORM_KM));
    return {
      start, end, first: i, last, surface, candidates: seat ? [...match!.candidates, ...counties] : counties, fuzzy: false,
      cues: { ...NO_CUES, region: !seat }, linkAfter: view.lower(last + 1), doubtful: false,
    };
  }
  return undefined;
}

const LIST_TYPES: Record<string, string> = { counties: 'County', parishes: 'Parish' };
const MAX_LIST_TOKENS = 30;

/** "Navarro, Henderson and Ellis counties", "Clarke, Madison, Oconee and Oglethorpe counties": each name is "X County". */
function divisionListed(view: TokenView, i: number): PlaceMention | undefined {
  if (!Object.keys(LIST_TYPES).some((word) => view.lowerWords.has(word))) return undefined;
  let k = i;
  while (k < view.length && k - i < MAX_LIST_TOKENS && (view.isCapitalised(k) || [',', 'and', 'or', '&'].includes(view.lower(k)))) k++;
  const type = LIST_TYPES[view.lower(k)];
  if (!type || k === i) return undefined;
  for (let last = Math.min(i + 2, k - 1); last >= i; last--) {
    if (!view.isCapitalised(last) || (last > i && !view.adjacent(last - 1, last))) continue;
    const start = view.tokens[i].start;
    const end = nameEnd(view, last);
    const surface = view.doc.text.slice(start, end);
    const candidates = divisionsNamed(surface, type);
    if (!candidates.length || view.doc.entityAt(start, end)) continue;
    return {
      start, end, first: i, last, surface, candidates, fuzzy: false,
      cues: { ...NO_CUES, region: true }, linkAfter: view.lower(last + 1), doubtful: false,
    };
  }
  return undefined;
}

/** "Kurdish-controlled", "rebel-held": a word and a lower-case participle or adjective after a hyphen. */
const COMPOUND_ADJECTIVE = /^\p{L}+-\p{Ll}/u;

const ARABIC_ARTICLE = /^(?:A[lrsdntz]|El|Ash|Adh|Ath)$/;

/**
 * "Fargo-Moorhead", "Amsterdam-London leg", "Egypt-US relations": capitalised names joined by hyphens,
 * each known to the gazetteer and one of them a prominent place, are places named together.
 */
function hyphenatedPlaces(view: TokenView, i: number): PlaceMention[] {
  const t = view.tokens[i];
  if (!t.text.includes('-') || exactCandidates(t.text).length) return [];
  const parts = t.text.replace(/['’]s$/, '').split('-');
  // "Al-Raqqa", "El-Arish": an Arabic article is part of the name, not a place of its own.
  if (parts.length < 2 || parts.some((p) => !/^\p{Lu}/u.test(p)) || ARABIC_ARTICLE.test(parts[0])) return [];
  const candidates = parts.map((p) => exactCandidates(p));
  if (candidates.some((c) => !c.length) || !candidates.some((c) => c.some(isProminent))) return [];
  const out: PlaceMention[] = [];
  let offset = t.start;
  parts.forEach((part, k) => {
    const start = offset;
    offset += part.length + 1;
    if (view.doc.entityAt(start, start + part.length)) return;
    out.push({
      start, end: start + part.length, first: i, last: i, surface: part, candidates: candidates[k], fuzzy: false,
      cues: { ...cuesBefore(view, i, i) }, linkAfter: k < parts.length - 1 ? 'and' : view.lower(i + 1), doubtful: !candidates[k].some(isProminent),
    });
  });
  return out;
}

/** "Britain-based", "Kyiv-backed": a well-known place before a hyphen and a lower-case word. */
function hyphenPrefix(view: TokenView, i: number): NameMatch | undefined {
  const t = view.tokens[i];
  const dash = t.text.indexOf('-');
  if (dash < 2) return undefined;
  const rest = t.text.charCodeAt(dash + 1);
  if (!(rest >= 97 && rest <= 122)) return undefined;
  const surface = t.text.slice(0, dash);
  const candidates = exactCandidates(surface).filter(isProminent);
  return candidates.length ? { last: i, end: t.start + dash, surface, candidates } : undefined;
}

/** The last word of a name, to doubt alone later; never a country ("Transparency International Ukraine"), though a city may be a surname (Jackson). */
function addSurname(surnames: Set<string>, word: string): void {
  const bare = word.replace(/['’]s$/, '');
  if (!exactCandidates(bare).some((c) => c.featureType === 'country')) surnames.add(bare);
}

/** Surnames of the people the names stage found ("Andrew Trapani"): a lone "Trapani" later is the person, not the Sicilian province. */
function peopleSurnames(entities: readonly Entity[]): Set<string> {
  const surnames = new Set<string>();
  for (const e of entities) {
    const words = e.kind === 'person' ? e.name.split(/\s+/) : [];
    // "George Bush Jr": the surname comes before a generation suffix.
    while (words.length > 2 && NAME_SUFFIXES.has(words[words.length - 1].replace(/\.$/, ''))) words.pop();
    if (words.length >= 2) addSurname(surnames, words[words.length - 1]);
  }
  return surnames;
}

/**
 * Short capitals ("HMS", "SRT") name a place only as its own name, a country's or a division's: towns'
 * alternate names hold codes. In running text they spell an acronym ("the NICE program", "SANA
 * reported") even where a city bears the letters; a town's name in capitals opens a dateline ("NICE —").
 */
function acronymChecked(match: NameMatch | undefined, dateline: boolean): NameMatch | undefined {
  if (!match || !/^[A-Z]{2,4}$/.test(match.surface)) return match;
  // A district or small town spelt in mixed case ("Swat") is not what capitals spell ("SWAT team").
  const kept = match.candidates.filter((c) => c.featureType === 'country' || c.featureType === 'admin1' || (c.nameSource === 'canonical' && dateline && ((c.featureType === 'populated_place' && isProminent(c)) || c.name === match.surface)));
  return kept.length ? { ...match, candidates: kept } : undefined;
}


function cuesBefore(view: TokenView, first: number, last: number): PlaceCues {
  const before = view.lower(first - 1) === 'the' ? first - 1 : first;
  const near = NEAR_CUES.some((cue) => view.phraseBefore(before, cue));
  const partOf = PART_OF_CUES.some((cue) => view.phraseBefore(before, cue));
  const ofBefore = view.lower(before - 1) === 'of';
  const typeBefore = ofBefore ? view.lower(before - 2) : '';
  const after = view.lower(last + 1);
  // "the Petrovsky district of Donetsk", "Industrial District of Kharkiv": a named district of a city.
  const cityDistrict = ofBefore && CITY_PART_WORDS.has(typeBefore) && view.isCapitalised(before - 3) && view.adjacent(before - 3, before - 2);
  return {
    near,
    partOf,
    region: !cityDistrict && (REGION_WORDS.has(typeBefore) || (view.adjacent(last, last + 1) && REGION_WORDS.has(after))),
    settlement: cityDistrict || SETTLEMENT_WORDS.has(typeBefore) || (view.adjacent(last, last + 1) && SETTLEMENT_WORDS.has(after)),
    // "Chamber of Commerce", "Bank of Hope": after an institution, "of" names its field or namesake, not where it is.
    preposition: PLACE_PREPOSITIONS.has(view.lower(before - 1)) && !(ofBefore && view.isCapitalised(before - 2) && INSTITUTION_WORDS.has(view.text(before - 2))),
  };
}

/** ", Kharkiv region" / ", Texas" / ", La." after a name: the division or country it is in. */
function hintAfter(view: TokenView, last: number, named: readonly Candidate[]): { hint: PlaceHint; mention?: NameMatch; first: number } | undefined {
  const direct = regionAfterComma(view, last, named);
  if (direct) return direct;
  // "X village, Starobeshivskyi district, Donetsk region": the region after one more phrase.
  for (let j = last + 2; j < last + 8 && j < view.length; j++) {
    if (view.text(j) === ',') return REGION_WORDS.has(view.lower(j - 1)) ? regionAfterComma(view, j - 1, named) : undefined;
    if (!view.isWord(j)) return undefined;
  }
  return undefined;
}

function regionAfterComma(view: TokenView, last: number, named: readonly Candidate[]): { hint: PlaceHint; mention?: NameMatch; first: number } | undefined {
  if (view.text(last + 1) !== ',') return undefined;
  const first = last + 2;
  if (!view.isCapitalised(first)) return undefined;
  const abbreviation = stateAbbreviationAt(view, first);
  const state = abbreviation?.state ?? US_STATE_ABBREVIATIONS.get(`${view.text(first)}.`);
  if (state && (abbreviation || view.text(first).length <= 3)) {
    const admin = exactCandidates(state).find((c) => c.featureType === 'admin1' && c.country === 'US');
    const last = abbreviation?.last ?? first;
    const end = view.tokens[last].end;
    if (admin) return { hint: { country: 'US', admin1Code: admin.admin1Code }, first, mention: { last, end, surface: view.doc.text.slice(view.tokens[first].start, end), candidates: [admin] } };
  }
  const match = longestName(view, first);
  if (!match) return undefined;
  const region = match.candidates.find((c) => ADMIN_TYPES.has(c.featureType) || c.featureType === 'country');
  if (!region) return undefined;
  // "in Lviv, Odesa, Kharkiv and Dnipro": a third name listed after the pair makes it a list, not a place and its division.
  const link = view.lower(match.last + 1);
  if ((link === ',' || link === 'and' || link === 'or') && view.isCapitalised(match.last + 2) && !REGION_WORDS.has(view.lower(match.last + 2))) return undefined;
  // Only when the division is what the name most plainly means ("Kharkiv" the oblast, not just the city).
  // …in a country that has a place of the name before it: otherwise "X, Y" is a list ("St. Petersburg, Patrick said").
  // A state or a country is never qualified by another one: "Missouri, New York and Virginia" is a list.
  const regions = match.candidates.filter(
    (c) => (c.featureType === 'admin1' || c.featureType === 'country') && named.some((p) => p.country === c.country && p.featureType !== 'admin1' && p.featureType !== 'country'),
  );
  if (!regions.length) return undefined;
  const best = regions[0];
  return {
    hint: best.featureType === 'country' ? { country: best.country } : { country: best.country, admin1Code: best.admin1Code },
    first,
    mention: { ...match, candidates: regions },
  };
}

/** "Va.", "TX": a U.S. state's abbreviation, never a place name of its own. */
/** A U.S. state as news abbreviates it at token i ("Ala.", "S.C.", "TX", "W.Va." in two tokens): the state's name and the last token. */
function stateAbbreviationAt(view: TokenView, i: number): { state: string; last: number } | undefined {
  const word = view.text(i);
  const next = view.text(i + 1);
  if (/^[A-Z]\.$/.test(word) && /^[A-Z][a-z]+\.$/.test(next) && view.tokens[i + 1].start - view.tokens[i].end <= 1) {
    const state = US_STATE_ABBREVIATIONS.get(`${word}${next}`);
    if (state) return { state, last: i + 1 };
  }
  const state = US_STATE_ABBREVIATIONS.get(word);
  return state && (word.endsWith('.') || view.isAllCaps(i)) ? { state, last: i } : undefined;
}

function isStateAbbreviation(view: TokenView, i: number): boolean {
  return stateAbbreviationAt(view, i) !== undefined;
}

/** Initials with dots ("S.C.", "N.J.", "W.Va."): a state wherever it stands ("the S.C. Highway Patrol"), not only after a town. */
function isDottedState(view: TokenView, i: number, last: number): boolean {
  return last > i || /^([A-Z]\.){2,}$/.test(view.text(i));
}

function stateAfterComma(view: TokenView, i: number): PlaceMention | undefined {
  const found = stateAbbreviationAt(view, i);
  if (!found) return undefined;
  // "Missing Ill. man": an abbreviation with its dot before a lower-case noun is the state as an adjective.
  const adjective = view.text(found.last).endsWith('.') && /^\p{Ll}/u.test(view.text(found.last + 1)) && view.adjacent(found.last, found.last + 1);
  if ((view.text(i - 1) !== ',' || !view.isCapitalised(i - 2)) && !isDottedState(view, i, found.last) && !adjective) return undefined;
  const admin = exactCandidates(found.state).find((c) => c.featureType === 'admin1' && c.country === 'US');
  if (!admin) return undefined;
  const t = view.tokens[i];
  const end = view.tokens[found.last].end;
  return { start: t.start, end, first: i, last: found.last, surface: view.doc.text.slice(t.start, end), candidates: [admin], fuzzy: false, cues: { ...NO_CUES, region: true }, doubtful: false };
}

/** Whether the capitalised words at i are a person's name: a title before, or a given name and a surname. */
function personAt(view: TokenView, i: number, match: NameMatch | undefined): boolean {
  const prev = view.text(i - 1).replace(/\.$/, '');
  if (TITLES.has(prev) && view.isCapitalised(i - 1)) return true;
  // "BY CHAD KLIMACK Advocate Reporter": a byline.
  if ((prev === 'BY' || prev === 'By') && view.startsSentence(i - 1) && view.isAllCaps(i) && view.isAllCaps(i + 1) && view.adjacent(i, i + 1)) return true;
  const word = view.text(i);
  if (GIVEN_NAMES.has(word) && view.isCapitalised(i + 1) && view.adjacent(i, i + 1) && !TYPE_SUFFIXES.has(view.text(i + 1))) {
    return !match || match.last === i;
  }
  return false;
}

/** The surname that closes a run of names: its last word, with a saint's prefix ("Raynola St. Clair"). */
function runSurname(view: TokenView, end: number): string {
  // "George Bush Jr": the surname comes before a generation suffix.
  while (NAME_SUFFIXES.has(view.text(end).replace(/\.$/, '')) && view.isCapitalised(end - 1) && view.adjacent(end - 1, end)) end--;
  return SAINT_WORDS.has(view.text(end - 1)) && view.adjacent(end - 1, end) ? view.doc.text.slice(view.tokens[end - 1].start, view.tokens[end].end) : view.text(end);
}

/** The last capitalised word of the run starting at i: a person's surname. */
function runEnd(view: TokenView, i: number): number {
  let j = i;
  while (j + 1 < view.length && view.isCapitalised(j + 1) && view.adjacent(j, j + 1)) j++;
  return j;
}

export interface Recognition {
  mentions: PlaceMention[];
  /** Surnames of people the text names: the same word alone later is the person, not a place. */
  surnames: Set<string>;
}

/** Place names in the text, longest gazetteer match first, leaving people and claimed text alone. */
export function recognizePlaces(view: TokenView): Recognition {
  const doc = view.doc;
  const mentions: PlaceMention[] = [];
  const businesses: PlaceMention[] = [];
  const surnames = peopleSurnames(doc.entities);
  const shortForms = divisionShortForms(view);
  const embedded = new Map(embeddedNames(doc, view).map((name) => [name.first, embeddedMention(name)]));
  for (let i = 0; i < view.length; i++) {
    if (!view.isCapitalised(i) && !view.opensArticleName(i)) continue;
    const token = view.tokens[i];
    // Inside an actor's name, which the stages before claimed: a place locating it, a legislator's town.
    const inActor = embedded.get(i) ?? partyHometown(view, i);
    if (inActor) {
      mentions.push(inActor);
      i = inActor.last;
      continue;
    }
    if (doc.entityAt(token.start, token.end)) continue;
    if (CALENDAR_WORDS.has(token.text)) continue;
    if (STREET_WORDS.has(token.text) || SAINT_WORDS.has(token.text)) {
      const last = longestName(view, i)?.last ?? i;
      // "St." closes "Main St." but opens "St. Petersburg": a street word goes on only as the start of a longer name.
      if (STREET_WORDS.has(token.text) && last === i) continue;
      // "St. Michael's School", "St. Patrick's Day": a saint's possessive names what is his, not a town.
      if (SAINT_WORDS.has(token.text) && view.isPossessive(last)) {
        i = last;
        continue;
      }
    }
    if (isStateAbbreviation(view, i)) {
      const state = stateAfterComma(view, i);
      if (state) {
        mentions.push(state);
        i = state.last;
      }
      continue;
    }
    const pair = hyphenatedPlaces(view, i);
    if (pair.length) {
      mentions.push(...pair);
      continue;
    }
    const listed = divisionListed(view, i);
    if (listed) {
      mentions.push(listed);
      i = listed.last;
      continue;
    }
    const landmark = landmarkAt(view, view.lower(i) === 'the' ? i + 1 : i);
    if (landmark) {
      landmark.extent = mentionExtent(view, landmark.first, landmark.last, landmark.start, landmark.end);
      mentions.push(landmark);
      i = landmark.last;
      continue;
    }
    let match = acronymChecked(longestName(view, i), isDatelineAt(view, i));
    // "St. Patrick's Day", "St. Michael's School": a saint, unless "St. X" itself is a place (matched from "St.").
    if (SAINT_WORDS.has(view.text(i - 1)) && view.adjacent(i - 1, i)) {
      i = match ? match.last : i;
      continue;
    }
    if (personAt(view, i, match)) {
      const end = runEnd(view, i);
      if (end > i) addSurname(surnames, runSurname(view, end));
      else if (!GIVEN_NAMES.has(view.text(i))) addSurname(surnames, view.text(i));
      i = end;
      continue;
    }
    if (match && doc.entityAt(token.start, match.end)) match = undefined;
    const short = shortFormAt(view, i, match, shortForms);
    if (short) {
      mentions.push(short);
      i = short.last;
      continue;
    }
    if (!match) {
      // "Tom Wilkinson", "Chiquita Raquel Henry": capitalised words no gazetteer knows are mostly a
      // person's name; the last of them alone later is that person.
      const end = runEnd(view, i);
      // "Mount Sinjar": a natural feature's word opens a name, no person's.
      if (end > i && !view.startsSentence(i) && !view.isAllCaps(end) && !landmarkOpenerBefore(view, i + 1)) addSurname(surnames, runSurname(view, end));
      const unknown = unknownPlace(view, i);
      if (unknown) mentions.push(unknown);
      continue;
    }
    if (view.lower(i) === 'the' && match.last > i && !match.candidates.some((c) => c.matchedName.startsWith('the '))) {
      i++; // "The Kherson region": the article is not part of the name
      match = { ...match, surface: view.doc.text.slice(view.tokens[i].start, match.end) };
    }
    const first = view.tokens[i];
    const cues = cuesBefore(view, i, match.last);
    if (match.part) Object.assign(cues, { partOf: true, settlement: true });
    const after = hintAfter(view, match.last, match.candidates);
    const divisions = divisionsAfter(view, match.last);
    // "northern Iraq", "south-eastern Ukraine": the part named is the mention, drawn at the area's precision.
    const part = PART_ADJECTIVES.has(view.lower(i - 1)) && view.adjacent(i - 1, i) && !doc.entityAt(view.tokens[i - 1].start, view.tokens[i - 1].end);
    const opening = part ? i - 1 : heldWordBefore(view, i);
    const hint = after?.hint ?? divisions.hint;
    const start = view.tokens[opening].start;
    const mention: PlaceMention = {
      start,
      end: match.end,
      extent: mentionExtent(view, opening, match.last, start, match.end),
      first: i,
      last: match.last,
      surface: match.surface,
      candidates: withNamesakesIn(match.candidates, match.surface, hint),
      fuzzy: false,
      cues,
      hint,
      raion: divisions.raion,
      linkAfter: view.lower(match.last + 1),
      doubtful: false,
    };
    mention.surname = surnames.has(mention.surface.replace(/['’]$/, ''));
    const local = localNounAfter(view, match.last);
    // "Mount Sinjar", "the Samarra Barrage": a landmark named after the place is near it, a cue of its own.
    const namesLandmark = landmarkHeadAfter(view, match.last) || landmarkOpenerBefore(view, i);
    if (namesLandmark) mention.cues.near = true;
    if (isDateline(view, i, match.last)) mention.cues.settlement = true;
    else mention.doubtful = isDoubtful(view, mention, surnames, local);
    if (SAID.has(view.lower(match.last + 1)) && !match.candidates.some(isProminent)) mention.doubtful = true;
    if (!namesLandmark && !mention.hint && (partOfLongerName(view, match.last) || afterUnknownName(view, i)) && !match.candidates.some(isProminent)) mention.doubtful = true;
    i = match.last;
    if (!mention.hint && namesBusiness(view, match.last)) {
      businesses.push(mention);
      continue;
    }
    mentions.push(mention);
    if (after?.mention && !doc.entityAt(view.tokens[after.first].start, after.mention.end)) {
      // "Istanbul, Turkey": the country or division that places the name is part of the phrase naming it.
      mention.extent = { start: mention.extent?.start ?? mention.start, end: after.mention.end };
      mentions.push({
        start: view.tokens[after.first].start,
        end: after.mention.end,
        first: after.first,
        last: after.mention.last,
        surface: after.mention.surface,
        candidates: after.mention.candidates,
        fuzzy: false,
        cues: { ...cues, near: false, partOf: false, region: true },
        doubtful: false,
        qualifier: true,
      });
      i = after.mention.last;
    }
  }
  // "Kramatorsk Hotel" in a report that names Kramatorsk places it; "Cascade Motel" alone does not.
  const named = new Set(mentions.map((m) => m.surface));
  const placed = businesses.filter((m) => named.has(m.surface));
  if (placed.length) {
    mentions.push(...placed);
    mentions.sort((a, b) => a.start - b.start);
  }
  // "the Al-Sinek neighborhood", "Al-Raqqa province": every path's name reaches over its phrase, not only the gazetteer's.
  for (const m of mentions) if (!m.extent && !m.qualifier && !m.embedded) m.extent = mentionExtent(view, m.first, m.last, m.start, m.end);
  joinQualifiers(view, mentions);
  return { mentions, surnames };
}

/** A big place locating an actor is context for the report's other places; a small one must be vouched for by them. */
function embeddedMention({ first, last, start, end, surface, candidates }: EmbeddedName): PlaceMention {
  return { start, end, first, last, surface, candidates, fuzzy: false, cues: { ...NO_CUES }, doubtful: !candidates.some(isProminent), embedded: true };
}

/** "Danbury police", "a Crafton man": a bare name right before the noun of its people or services. */
function localNounAfter(view: TokenView, last: number): boolean {
  return !view.isPossessive(last) && view.adjacent(last, last + 1) && LOCAL_NOUNS.has(view.text(last + 1));
}

/** "Kingston James", "Garnett Ridge Drive": a small place's name running on into a capitalised word no gazetteer knows is part of another name. */
function partOfLongerName(view: TokenView, last: number): boolean {
  const next = last + 1;
  // "McPherson & Jacobsen LLC": a firm's partners.
  if (view.text(next) === '&' && view.isCapitalised(next + 1)) return true;
  if (view.isPossessive(last) || !view.adjacent(last, next) || !view.isCapitalised(next) || view.isAllCaps(next)) return false;
  const word = view.text(next);
  return !TYPE_SUFFIXES.has(word) && !CONNECTORS.has(word) && !FRONT_WORDS.has(word) && !locatesActor(word) && !stateAbbreviationAt(view, next) && !exactCandidates(word.replace(/['’]s$/, '')).some(isProminent);
}

/** "Raynola St. Clair", "Bil Kerrigan": a capitalised word no gazetteer knows right before a small place's name makes it the end of a person's or a firm's name. */
function afterUnknownName(view: TokenView, first: number): boolean {
  const prev = first - 1;
  if (prev < 0 || !view.isCapitalised(prev) || view.startsSentence(prev) || !view.adjacent(prev, first) || view.isAllCaps(prev)) return false;
  const word = view.text(prev);
  return !PART_ADJECTIVES.has(word.toLowerCase()) && !TITLES.has(word.replace(/\.$/, '')) && !SAINT_WORDS.has(word) && !exactCandidates(word).some(isProminent);
}

/** "rebel-held Aleppo", "Kurdish-speaking Iraq": i - 1 if a hyphenated word closed by a held participle is right before the name at i, else i. */
function heldWordBefore(view: TokenView, i: number): number {
  if (i === 0 || !view.adjacent(i - 1, i)) return i;
  const parts = view.lower(i - 1).split('-');
  return parts.length === 2 && /^\p{L}+$/u.test(parts[0]) && HELD_PARTICIPLES.has(parts[1]) ? i - 1 : i;
}

const DASHES = new Set(['—', '–', '-', '--']);

/**
 * "TORRINGTON — A fire …", "ATHENS, Ga. — Deputies …", "WASHINGTON (AP) —": a name opening a line or
 * sentence and closed by a dash, after at most its state and an agency, is the report's dateline: a town.
 */
function isDateline(view: TokenView, first: number, last: number): boolean {
  if (!view.startsSentence(first) && !(first > 0 && view.text(first - 1) === '.')) return false;
  let j = last + 1;
  if (view.text(j) === ',') {
    const state = stateAbbreviationAt(view, j + 1);
    if (!state) return false;
    j = state.last + 1;
  }
  if (view.text(j) === '(' && view.text(j + 2) === ')' && view.isAllCaps(j + 1)) j += 3;
  return DASHES.has(view.text(j));
}

/** Whether the word at i opens a line or sentence as a dateline may: "KYIV —", "ROME (Reuters) —", "OSLO, Norway —". */
function isDatelineAt(view: TokenView, i: number): boolean {
  if (!view.startsSentence(i) && !(i > 0 && view.text(i - 1) === '.')) return false;
  const next = view.text(i + 1);
  return next === ',' || next === '(' || DASHES.has(next);
}

const PARTY_HOMETOWN = /^(?:R|D|I|DFL|GOP|Ind)-(?=\p{Lu})/u;

/** "Rep. Jay Roberts (R-Ocilla)", "Westrom, R-Elbow Lake,": the town a U.S. legislator is from. */
function partyHometown(view: TokenView, i: number): PlaceMention | undefined {
  const party = PARTY_HOMETOWN.exec(view.text(i));
  if (!party) return undefined;
  const doc = view.doc;
  const start = view.tokens[i].start + party[0].length;
  const state = US_STATE_ABBREVIATIONS.get(view.text(i).slice(party[0].length));
  const admin = state ? exactCandidates(state).filter((c) => c.featureType === 'admin1' && c.country === 'US') : [];
  if (admin.length) {
    const end = view.tokens[i].end;
    return {
      start, end, first: i, last: i, surface: doc.text.slice(start, end), candidates: admin, fuzzy: false,
      cues: { ...NO_CUES, region: true }, hint: { country: 'US' }, doubtful: false,
    };
  }
  for (let last = Math.min(view.length - 1, i + 3); last >= i; last--) {
    if (last > i && (!view.isCapitalised(last) || !view.adjacent(last - 1, last))) continue;
    const end = nameEnd(view, last);
    const surface = doc.text.slice(start, end);
    const candidates = exactCandidates(surface).filter((c) => c.country === 'US' && c.featureType === 'populated_place');
    if (!candidates.length || doc.entityAt(start, end)) continue;
    return {
      start, end, first: i, last, surface, candidates, fuzzy: false,
      cues: { ...NO_CUES, settlement: true },
      hint: { country: 'US' }, doubtful: false,
    };
  }
  return undefined;
}

/** A name's candidates, with those in the division named after it when the first ones hold none there. */
function withNamesakesIn(candidates: Candidate[], surface: string, hint: PlaceHint | undefined): Candidate[] {
  const code = hint?.admin1Code;
  if (!code || candidates.some((c) => c.admin1Code === code)) return candidates;
  const inside = candidatesIn(surface, code);
  return inside.length ? [...candidates, ...inside] : candidates;
}

/** A single word that may well not be a place: common words, titles, surnames, shouted headlines. */
function isDoubtful(view: TokenView, m: PlaceMention, surnames: Set<string>, local = false): boolean {
  const word = m.surface;
  if (surnames.has(word.replace(/['’]$/, ''))) return true;
  if (m.first !== m.last) return false;
  if (NOT_PLACES.has(word)) return true;
  // "Patrick worked …": a given name is a person unless it names a country or a big city ("Jordan", "Victoria").
  if ((GIVEN_NAMES.has(word) || PEOPLES_GIVEN_NAMES.has(word)) && !m.candidates.some((c) => c.featureType === 'country' || c.featureCode === 'PPLC' || (c.population ?? 0) >= 100_000)) return true;
  const prominent = m.candidates.some(isProminent);
  if (view.isAllCaps(m.first) && !prominent) return true;
  const lower = word.toLowerCase();
  if (view.lowerWords.has(lower) && !prominent) return true;
  // A capitalised first word may be any word; a short line ("Avdiivka", "Sloviansk town") is a label.
  if (isShortLine(view, m.first)) return false;
  if (placedByWhatFollows(view, m.first, m.last)) return false;
  // "Kobe Bryant": after a capitalised word the name may end someone's; doubted for more than want of a cue.
  const afterName = view.isCapitalised(m.first - 1) && view.adjacent(m.first - 1, m.first);
  // …and so is one listed with another place ("Sviatohirsk and Bakhmut were shelled").
  if (view.startsSentence(m.first) && !local && !m.candidates.some((c) => isProminent(c) || c.featureType === 'admin2') && !listedWithPlace(view, m.first)) {
    m.uncued = !afterName;
    return true;
  }
  // A lone word naming only small places is as likely a surname or a brand: it needs a cue.
  const doubted = !prominent && !local && !m.hint && !m.cues.preposition && !m.cues.settlement && !m.cues.region && !m.cues.near && !listedWithPlace(view, m.first) && !listedAfterName(view, m.first);
  if (doubted && !afterName) m.uncued = true;
  return doubted;
}

/**
 * "Avdiivka coke plant", "Svitlodarsk bulge", "Druzhkivka location …", "Shchastya, near Luhansk city",
 * "Kyrylivka, not far from Vuhledar": the word right after a name says it is a place, by what is at it
 * (in lower case: "Chapman Valve plant", "Bert Mooney Airport" are names of their own) or by another
 * known place it is near.
 */
function placedByWhatFollows(view: TokenView, first: number, last: number): boolean {
  // "Vermilion Grove mine": the end of a longer name no gazetteer knows.
  if (view.isCapitalised(first - 1) && view.adjacent(first - 1, first)) return false;
  const after = view.text(last + 1);
  if ((FACILITY_WORDS.has(after) || FRONT_WORDS.has(after)) && view.adjacent(last, last + 1)) return true;
  const j = view.text(last + 1) === ',' ? last + 2 : last + 1;
  const cue = NEAR_CUES.find((c) => view.phraseAt(j, c));
  if (!cue) return false;
  const next = j + cue.length;
  return view.isCapitalised(next) && exactCandidates(view.text(next)).length > 0;
}

/** "… Ptropavlivka and X", "…, X": the word closes a list of names. */
function listedAfterName(view: TokenView, i: number): boolean {
  const link = view.lower(i - 1);
  return (link === 'and' || link === 'or' || link === ',') && view.isCapitalised(i - 2);
}

const SHORT_LINE_TOKENS = 5;

function isShortLine(view: TokenView, i: number): boolean {
  const sentence = view.doc.sentences.find((s) => s.firstToken <= i && i < s.endToken);
  return sentence !== undefined && sentence.endToken - sentence.firstToken <= SHORT_LINE_TOKENS && !/[.!?]$/.test(view.text(sentence.endToken - 1)) ;
}

/**
 * A capitalised word the gazetteer does not know, which context plainly makes a place ("the village
 * of X", "in the direction of X and Y"): a misspelling to match loosely, or a place left without
 * coordinates.
 */
function unknownPlace(view: TokenView, i: number): PlaceMention | undefined {
  // "Snizhnye town …" may open a sentence: the kind of place after the word says what it is.
  const typedAfter = SETTLEMENT_WORDS.has(view.lower(i + 1)) && !view.isCapitalised(i + 1) && view.adjacent(i, i + 1);
  // "Triokhizbenka, Luhansk Obl": a word qualified by its region is a place, spelt as the writer heard it.
  const divisions: Divisions = view.isCapitalised(i + 1) && view.adjacent(i, i + 1) ? {} : divisionsAfter(view, i);
  const code = divisions.hint?.admin1Code;
  if ((view.startsSentence(i) && !typedAfter && !code) || view.isAllCaps(i) || view.isPossessive(i)) return undefined;
  const word = view.text(i);
  if (NOT_PLACES.has(word) || GIVEN_NAMES.has(word) || TITLES.has(word) || FACILITY_WORDS.has(word.toLowerCase())) return undefined;
  // "the Syrian town of Azaz", "a Kurdish-controlled town": an adjective before the kind of place, not its name.
  if (isDemonym(word) || isStatelessDemonym(word) || COMPOUND_ADJECTIVE.test(word)) return undefined;
  if (view.isCapitalised(i + 1) && view.adjacent(i, i + 1)) return settlementNamed(view, i);
  const cues = cuesBefore(view, i, i);
  const listed = listedWithPlace(view, i);
  // "the airport in Mezzeh", "fighting in Husaybah": a word no gazetteer or name pass knows, right after a
  // locative preposition, is a place of its own; with no cue of its kind, it gets no coordinates.
  // "training in Counter-IED": a word joined to an acronym names a field or a thing, not a place.
  const located = LOCATIVE_BEFORE.has(view.lower(i - 1)) && word.length >= MIN_LOCATED_LETTERS && !view.startsSentence(i) && !ACRONYM_PART.test(word);
  if (!cues.settlement && !(cues.near && listed) && !(cues.region && view.lower(i - 1) === 'of') && !code) {
    if (!located) return undefined;
    const t = view.tokens[i];
    return { start: t.start, end: t.end, first: i, last: i, surface: word, candidates: [], fuzzy: true, cues, linkAfter: view.lower(i + 1), doubtful: false };
  }
  const token = view.tokens[i];
  const candidates = normalizeName(word).length < MIN_FUZZY_LETTERS ? [] : code ? candidatesIn(word, code, true) : fuzzyCandidates(word);
  return {
    start: token.start, end: token.end, first: i, last: i, surface: word, candidates, fuzzy: true, cues,
    hint: divisions.hint, raion: divisions.raion, linkAfter: view.lower(i + 1), doubtful: false,
  };
}

/**
 * "the village of Tuloul Naser": after "the village of" (a settlement word and "of"), capitalised words no gazetteer
 * knows name the settlement, a place without coordinates.
 */
function settlementNamed(view: TokenView, i: number): PlaceMention | undefined {
  if (view.lower(i - 1) !== 'of' || !SETTLEMENT_WORDS.has(view.lower(i - 2)) || view.lower(i - 3) !== 'the') return undefined;
  const last = runEnd(view, i);
  if (last - i + 1 > MAX_SETTLEMENT_WORDS || view.isPossessive(last)) return undefined;
  const start = view.tokens[i].start;
  const end = view.tokens[last].end;
  const surface = view.doc.text.slice(start, end);
  if (view.doc.entityAt(start, end)) return undefined;
  return { start, end, first: i, last, surface, candidates: [], fuzzy: true, cues: { ...NO_CUES, settlement: true }, linkAfter: view.lower(last + 1), doubtful: false };
}

/** "X and Y", "X, Y": the next word after a conjunction or comma is a known place name. */
function listedWithPlace(view: TokenView, i: number): boolean {
  const link = view.lower(i + 1);
  if (link !== 'and' && link !== ',' && link !== 'or') return false;
  const next = i + 2;
  return view.isCapitalised(next) && exactCandidates(view.text(next)).length > 0;
}

/** Whether the gazetteer is loaded enough to answer (forces the load at module use, not per article). */
export function warmGazetteer(): void {
  placeGazetteer();
}
