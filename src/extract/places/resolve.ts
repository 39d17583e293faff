import type { Home } from '../../article.js';
import { distanceKm, type Candidate } from '../../gazetteer/index.js';
import { BARE_DISTRICT_COUNTRIES, WIDE_COUNTRIES } from './lexicon.js';
import type { PlaceMention } from './mention.js';
import { priorScore } from './prior.js';
import { isProminent } from './prominence.js';
import { inRaion } from './raion.js';

/** Weights of context against the prior. */
const COUNTRY_FOCUS = 3;
const ADMIN1_FOCUS = 2.5;
/** Bonus for a candidate this close (km) to another place the report names. */
const PROXIMITY: readonly [number, number][] = [[25, 2.5], [60, 2], [120, 1.2], [250, 0.6]];
const REGIONAL_KM = 250;
/** How much a candidate near some reading of another name counts, against one near the chosen reading. */
const COLOCATION_WEIGHT = 0.5;
const INITIAL_COLOCATION_WEIGHT = 0.7;
/** How far the best reading must lead the best reading elsewhere (> ALTERNATIVE_KM away) to be drawn. */
const MIN_MARGIN = 1;
const ALTERNATIVE_KM = 100;
/** A misspelling is trusted only next to a place it is named with. */
const FUZZY_PARTNER_KM = 50;
const PASSES = 3;
const TOWN_NAMED_LIKE_COUNTRY = 4.5;
/** A state called by its own name ("Oregon", "Ontario") before the towns elsewhere that share it; its own seat and capitals keep the name (Raqqa, Washington). */
const TOWN_NAMED_LIKE_STATE = 1.5;
const METROPOLIS = 1_000_000;
/** Candidates this close together are one place told twice (a GeoNames point and a postal one). */
const ONE_PLACE_KM = 10;
/** Bonus for a candidate whose division could also hold another name of the report ("Paris" and "Lamar County": Texas). */
const ADMIN1_SUPPORT = 1.5;

/** For each first-level division, how many distinct names of the report have a candidate in it. */
function admin1Support(mentions: PlaceMention[], options: Candidate[][]): Map<string, number> {
  const seen = new Set<string>();
  const support = new Map<string, number>();
  mentions.forEach((m, i) => {
    const surface = m.surface.toLowerCase();
    if (m.doubtful || seen.has(surface)) return;
    seen.add(surface);
    const codes = new Set<string>();
    for (const c of options[i]) if (c.admin1Code && c.featureType !== 'country') codes.add(c.admin1Code);
    for (const code of codes) support.set(code, (support.get(code) ?? 0) + 1);
  });
  return support;
}

/** A name and its "X City" form are one name: neither vouches for the other ("Dublin City Council" … "Dublin"). */
function nameKey(m: PlaceMention): string {
  return m.surface.toLowerCase().replace(/ city$/, '');
}

export interface Resolution {
  mention: PlaceMention;
  place?: Candidate;
}

const COUNTRY_ABBREVIATION = /^(?:[A-Z]\.){2,3}$|^[A-Z]{2,4}$/;

/** Candidates the mention's own words allow: a hint after a comma, "region"/"village" cues. */
function allowed(m: PlaceMention): Candidate[] {
  let list = m.candidates;
  if (m.hint) {
    const { country, admin1Code } = m.hint;
    // A country is never qualified by the name after it: "Britain, Turkey and …" is a list.
    list = list.filter((c) => c.featureType === 'country' || (c.country === country && (!admin1Code || c.admin1Code === admin1Code)));
  }
  // A derived form ("Pervomaisk" from "Pervomaiske") only where no place (of the division named, of the same
  // country) bears the written name itself: "Georgievka" may be Heorhiivka in Ukraine, against a Georgiyevka in Russia.
  const bearers = new Set(list.filter((c) => c.nameSource !== 'derived').map((c) => c.country));
  list = list.filter((c) => c.nameSource !== 'derived' || !bearers.has(c.country));
  // An abbreviation in capitals that a country goes by ("US", "UK", "UAE") is that country, not a village called Us.
  // A dateline's capitals ("MALTA –") are a name, not an abbreviation.
  if (COUNTRY_ABBREVIATION.test(m.surface) && list.some((c) => c.featureType === 'country')) list = list.filter((c) => c.featureType === 'country');
  // Other short capitals ("SRT", "APC") are acronyms: a town's alternate names hold airport and postal codes.
  else if (/^[A-Z]{2,4}$/.test(m.surface)) list = list.filter((c) => c.nameSource === 'canonical' || c.featureType === 'admin1');
  if (m.raion) {
    const { raion } = m;
    const inside = list.filter((c) => inRaion(c, raion));
    if (inside.length) list = inside;
  }
  if (m.cues.region) {
    const regions = list.filter((c) => c.featureType === 'admin1' || c.featureType === 'admin2');
    if (regions.length) list = regions;
  } else if (m.cues.settlement) {
    const settlements = list.filter((c) => c.featureType === 'populated_place');
    if (settlements.length) list = settlements;
  }
  return list;
}

/** How far a district's point may lie from the town it is named after. */
const SEAT_KM = 50;

/**
 * "Mosul", "Bakhmut": a district named after its seat goes by "Mosul district", "Bakhmut raion"; read
 * bare, the name is the town (where the district won, the town takes its place), except where reports
 * call districts by their bare names (US counties).
 */
function seatsForDistricts(mentions: PlaceMention[], options: Candidate[][], chosen: (Candidate | undefined)[]): void {
  chosen.forEach((c, i) => {
    if (c?.featureType !== 'admin2' || mentions[i].cues.region || BARE_DISTRICT_COUNTRIES.has(c.country)) return;
    const seat = options[i].find((t) => t.featureType === 'populated_place' && t.admin1Code === c.admin1Code && distanceKm(t, c) <= SEAT_KM);
    if (seat) chosen[i] = seat;
  });
}

interface Focus {
  countries: Map<string, number>;
  admin1s: Map<string, number>;
  total: number;
}

function addTo(map: Map<string, number>, key: string | undefined, weight: number): void {
  if (key) map.set(key, (map.get(key) ?? 0) + weight);
}

/** How many places' worth the publisher's home region weighs in the report's focus. */
const HOME_WEIGHT = 3;

/** Which countries and first-level divisions the report is about, from the places read so far (and the publisher's home). */
function focusOf(chosen: (Candidate | undefined)[], home?: Home): Focus {
  const focus: Focus = { countries: new Map(), admin1s: new Map(), total: 0 };
  if (home) {
    addTo(focus.countries, home.country, HOME_WEIGHT);
    addTo(focus.admin1s, home.admin1Code, HOME_WEIGHT);
    focus.total += HOME_WEIGHT;
  }
  for (const c of chosen) {
    if (!c) continue;
    const weight = c.featureType === 'country' || c.featureType === 'admin1' ? 1.5 : 1;
    addTo(focus.countries, c.country, weight);
    if (c.featureType !== 'country') addTo(focus.admin1s, c.admin1Code, weight);
    focus.total += weight;
  }
  return focus;
}

/** The share of the report's placed names in `key`, leaving out the mentions of the name being read. */
function shareWithout(focus: Focus, own: Focus | undefined, field: 'countries' | 'admin1s', key: string | undefined): number {
  const total = focus.total - (own?.total ?? 0);
  if (!key || total <= 0) return 0;
  return ((focus[field].get(key) ?? 0) - (own?.[field].get(key) ?? 0)) / total;
}

/**
 * Picks one candidate per mention by prior and context (the report's focus country and division, the
 * distance to the other places it names), re-reading the context a few times as choices settle. A
 * mention whose best reading does not clearly beat a reading elsewhere keeps no place.
 */
export function resolvePlaces(mentions: PlaceMention[], home?: Home): Resolution[] {
  const options = mentions.map(allowed);
  const priors = options.map((list, i) => {
    const hinted = mentions[i].hint?.admin1Code;
    // The writer used this very form: places that bear it as their own name come before transliterations.
    const canonical = list.some((c) => c.nameSource === 'canonical');
    // A country called by its own name ("Mexico", "Russia") comes before any town that shares it (a state may still win on context).
    const countryNamed = list.some((c) => c.featureType === 'country' && c.nameSource === 'canonical');
    const states = new Set(list.filter((c) => c.featureType === 'admin1' && c.nameSource === 'canonical').map((c) => c.admin1Code));
    // A division's own seat keeps its name (Raqqa the city); another division's town does not (Ontario, California).
    // …and so does a metropolis: "New York" is the city first.
    const seatOfNamedState = (c: Candidate) => c.featureCode === 'PPLC' || (c.featureCode === 'PPLA' && states.has(c.admin1Code)) || (c.population ?? 0) >= METROPOLIS;
    return list.map((c) => {
      let prior = priorScore(c) - (canonical && c.nameSource === 'transliteration' ? 1 : 0);
      // …unless the division named after it holds the town: "Palestine, Texas".
      // …and so is a town of the publisher's own division ("Palestine Civic Center" in a Palestine, Texas, paper).
      const local = c.admin1Code !== undefined && (c.admin1Code === hinted || c.admin1Code === home?.admin1Code);
      if (c.featureType === 'populated_place' && countryNamed && !local) prior -= TOWN_NAMED_LIKE_COUNTRY;
      else if (c.featureType === 'populated_place' && states.size && !seatOfNamedState(c) && !local) prior -= TOWN_NAMED_LIKE_STATE;
      return prior;
    });
  });
  // The first reading of each name: its prior and how close it lies to some reading of the other names.
  const colocation = colocationBonuses(mentions, options);
  // A name that is a state's or a country's own: the divisions its small namesakes share with other names prove nothing.
  const namedLikeBigPlace = options.map((list) => list.some((c) => (c.featureType === 'country' || c.featureType === 'admin1') && c.nameSource === 'canonical'));
  let chosen: (Candidate | undefined)[] = options.map((list, i) => (mentions[i].fuzzy ? undefined : bestByPrior(list, priors[i].map((p, k) => p + INITIAL_COLOCATION_WEIGHT * colocation[i][k]))));
  let confident: boolean[] = [];
  const partners = mentions.map((_, i) => listPartners(mentions, i));
  const support = admin1Support(mentions, options);
  const lastScores: number[][] = mentions.map(() => []);
  const surfaces = mentions.map(nameKey);
  for (let pass = 0; pass < PASSES; pass++) {
    const counted = chosen.map((c, i) => (mentions[i].doubtful ? undefined : c));
    const focus = focusOf(counted, home);
    // A name never vouches for itself: the focus each name reads leaves out all its own mentions.
    const byName = new Map<string, (Candidate | undefined)[]>();
    counted.forEach((c, i) => {
      const readings = byName.get(surfaces[i]);
      if (readings) readings.push(c);
      else byName.set(surfaces[i], [c]);
    });
    const ownFocus = new Map([...byName].map(([name, readings]) => [name, focusOf(readings)]));
    const anchors = anchorsOf(chosen, surfaces, home);
    const next: (Candidate | undefined)[] = [];
    confident = [];
    for (let i = 0; i < mentions.length; i++) {
      const list = options[i];
      if (!list.length) {
        next.push(undefined);
        confident.push(false);
        continue;
      }
      const own = ownFocus.get(surfaces[i]);
      const scores = list.map((c, k) => {
        let s = priors[i][k];
        s += COUNTRY_FOCUS * shareWithout(focus, own, 'countries', c.country);
        if (c.featureType !== 'country') s += ADMIN1_FOCUS * shareWithout(focus, own, 'admin1s', c.admin1Code);
        s += Math.max(proximity(c, anchors, surfaces[i]), COLOCATION_WEIGHT * colocation[i][k]);
        if (c.featureType !== 'country' && c.admin1Code && !namedLikeBigPlace[i]) s += ADMIN1_SUPPORT * Math.min(1, (support.get(c.admin1Code) ?? 1) - 1);
        return s;
      });
      lastScores[i] = scores;
      let best = 0;
      for (let k = 1; k < list.length; k++) if (scores[k] > scores[best]) best = k;
      let rival = -Infinity;
      for (let k = 0; k < list.length; k++) {
        if (k !== best && scores[k] > rival && distanceKm(list[k], list[best]) > ALTERNATIVE_KM) rival = scores[k];
      }
      if (mentions[i].fuzzy) {
        const near = nearestToPartner(list, chosen, partners[i]) ?? onlyOneInDivision(mentions[i], list);
        next.push(near);
        confident.push(near !== undefined);
        continue;
      }
      const place = list[best];
      let ok = scores[best] - rival >= MIN_MARGIN;
      if (mentions[i].doubtful) ok = ok && isVouched(mentions[i], place, chosen, i);
      next.push(place);
      confident.push(ok);
    }
    const settled = next.map((c, i) => (confident[i] ? c : mentions[i].fuzzy ? undefined : c));
    // A pass reads nothing but the choices before it: once they stop changing, further passes repeat it.
    const unchanged = settled.every((c, i) => c === chosen[i]);
    chosen = settled;
    if (unchanged) break;
  }
  oneSensePerReport(mentions, options, lastScores, chosen, confident);
  // The town a district is named after is what strays are judged by ("Gaza": the city, not its governorate).
  seatsForDistricts(mentions, options, chosen);
  dropStrays(mentions, surfaces, chosen, confident, home);
  dropLandmarksPlacedElsewhere(mentions, chosen, confident);
  return mentions.map((mention, i) => ({ mention, place: confident[i] ? chosen[i] : undefined }));
}

/**
 * Mentions that name one place however often it recurs: the same words read as the same kind of
 * place ("the region of Kherson" is not the city). A division named after one of them ("Paris,
 * Ill.") narrows that one's candidates, and so weighs for the others.
 */
function senseKey(m: PlaceMention): string | undefined {
  if (m.fuzzy) return undefined;
  return [m.surface.toLowerCase(), m.cues.region].join('|');
}

/**
 * Mentions of one name qualified by different divisions ("Pervomaiske (Bakhmut, Donetsk)" and
 * "Pervomaiske (Kherson, Kherson)") are different places: each division's mentions form their own group
 * and the unqualified ones stay apart. With one division or none, the name is one group.
 */
function byDivision(members: number[], mentions: PlaceMention[]): number[][] {
  const codes = new Set(members.map((i) => mentions[i].hint?.admin1Code ?? mentions[i].hint?.country).filter((c) => c !== undefined));
  if (codes.size <= 1) return [members];
  return [...codes].map((code) => members.filter((i) => (mentions[i].hint?.admin1Code ?? mentions[i].hint?.country) === code));
}

/**
 * A name repeated in one report means one place: its mentions are resolved together, by the scores
 * their contexts give each candidate summed over them, so "Paris" is not Paris, Illinois in one
 * sentence and Paris, France in the next. A doubtful mention is vouched for by a placed plain one.
 */
function oneSensePerReport(mentions: PlaceMention[], options: Candidate[][], scores: number[][], chosen: (Candidate | undefined)[], confident: boolean[]): void {
  const groups = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    const key = senseKey(m);
    if (key === undefined || !options[i].length) return;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  for (const group of groups.values()) for (const members of byDivision(group, mentions)) {
    if (members.length < 2) continue;
    const total = new Map<string, { place: Candidate; score: number }>();
    for (const i of members) {
      options[i].forEach((c, k) => {
        const entry = total.get(c.id);
        if (entry) entry.score += scores[i][k];
        else total.set(c.id, { place: c, score: scores[i][k] });
      });
    }
    const ranked = [...total.values()].sort((a, b) => b.score - a.score);
    const best = ranked[0];
    const rival = ranked.find((r) => r !== best && distanceKm(r.place, best.place) > ALTERNATIVE_KM);
    const ok = !rival || (best.score - rival.score) / members.length >= MIN_MARGIN;
    // The group harmonises readings; it never makes a place of a name no mention could place alone.
    const placed = members.filter((i) => confident[i]);
    if (!placed.length) continue;
    // A plain placed mention vouches for the doubted ones when its cue is strong or the place big; one weak
    // reading among many doubted ones ("from Stevens & Wilkinson", then "Stevens & Wilkinson said") does not.
    const strong = (i: number) => !!mentions[i].hint || mentions[i].cues.settlement || mentions[i].cues.region || mentions[i].cues.near || isProminent(best.place);
    const plain = placed.filter((i) => !mentions[i].doubtful);
    // "the liberation of Sinjar" … "Sinjar has been liberated": a town's name doubted only for want of a cue is the place the
    // report placed; a hamlet's may be a surname or a firm the gazetteer does not know as one ("Jones", "Continental").
    const uncuedOnly = members.every((i) => !mentions[i].doubtful || mentions[i].uncued) && (best.place.population ?? 0) >= UNCUED_TOWN_POPULATION;
    const vouched = plain.some((i) => strong(i) || placed.length * 2 >= members.length) || (plain.length > 0 && uncuedOnly);
    for (const i of members) {
      chosen[i] = best.place;
      confident[i] = ok && (confident[i] || vouched);
    }
  }
}

/** The population from which a place's name, once placed in a report, is the place wherever else it stands uncued there. */
const UNCUED_TOWN_POPULATION = 10_000;

/** How far a small place may lie from every other place of the report, in a country the report does not name. */
const STRAY_KM = 800;

/**
 * A small town alone on the map: in a report whose other places all lie in other countries and far
 * away, an unqualified small namesake ("Cowan Park" in a report about Ontario placed in New South
 * Wales) is more likely another name or another town than the one the gazetteer ranks first.
 */
function dropStrays(mentions: PlaceMention[], surfaces: readonly string[], chosen: (Candidate | undefined)[], confident: boolean[], home?: Home): void {
  const placed = chosen.map((c, i) => (confident[i] ? c : undefined));
  const strays: number[] = [];
  placed.forEach((c, i) => {
    // A district is well known by its people only in its own country: Melton, Victoria, is no landmark in Texas.
    if (!c || (isProminent(c) && c.featureType !== 'admin2') || mentions[i].hint || mentions[i].raion) return;
    if (c.featureType !== 'populated_place' && c.featureType !== 'admin2') return;
    if (home && distanceKm(home, c) <= STRAY_KM) return;
    let others = 0;
    let supported = false;
    placed.forEach((o, j) => {
      if (!o || surfaces[j] === surfaces[i] || supported) return;
      others++;
      // "Ust-Luga in Russia", "Ust-Luga, Russia": the country named right after a town places it even where a country is too wide to.
      const locates = j === i + 1 && o.featureType === 'country' && (mentions[i].linkAfter === 'in' || mentions[i].linkAfter === ',') && mentions[j].first === mentions[i].last + 2;
      const sameArea = WIDE_COUNTRIES.has(c.country) && !locates ? o.admin1Code === c.admin1Code : o.country === c.country;
      if (sameArea || (o.featureType !== 'country' && o.featureType !== 'admin1' && distanceKm(o, c) <= STRAY_KM)) supported = true;
    });
    if (others > 0 && !supported) strays.push(i);
  });
  for (const i of strays) confident[i] = false;
}

/** How far from its own town a landmark may be said to lie "in" a place: the town's outskirts. */
const LANDMARK_TOWN_KM = 30;

/**
 * "Freedom Square in Kharkiv": many towns have a square, a bridge or a station of that name, and the
 * town named right after it says which; a gazetteer landmark of another town is not meant.
 */
function dropLandmarksPlacedElsewhere(mentions: PlaceMention[], chosen: (Candidate | undefined)[], confident: boolean[]): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const landmark = chosen[i];
    if (!confident[i] || landmark?.featureType !== 'landmark' || mentions[i].linkAfter !== 'in') continue;
    const town = confident[i + 1] ? chosen[i + 1] : undefined;
    if (mentions[i + 1].first !== mentions[i].last + 2 || town?.featureType !== 'populated_place') continue;
    if (town.name !== landmark.settlement && distanceKm(town, landmark) > LANDMARK_TOWN_KM) confident[i] = false;
  }
}

function bestByPrior(list: Candidate[], priors: number[]): Candidate | undefined {
  let best = -1;
  for (let k = 0; k < list.length; k++) if (best < 0 || priors[k] > priors[best]) best = k;
  return best < 0 ? undefined : list[best];
}

const GRID_DEGREES = 1;

/**
 * Places named together lie close together, whichever reading of them was chosen so far: a bonus for
 * a candidate with a candidate of another name of the report nearby ("Huntsville" and "Walker County":
 * the pair in Texas, not the Huntsville of Alabama). A grid of 1° cells keeps it linear in candidates.
 */
function colocationBonuses(mentions: PlaceMention[], options: Candidate[][]): number[][] {
  const grid = new Map<string, { surface: string; c: Candidate }[]>();
  const cell = (lat: number, lon: number) => `${Math.floor(lat / GRID_DEGREES)}:${Math.floor(lon / GRID_DEGREES)}`;
  const surfaces = mentions.map((m) => m.surface.toLowerCase());
  options.forEach((list, i) => {
    if (mentions[i].doubtful) return;
    for (const c of list) {
      if (c.featureType === 'country' || c.featureType === 'admin1') continue;
      const key = cell(c.lat, c.lon);
      const bucket = grid.get(key);
      if (bucket) bucket.push({ surface: surfaces[i], c });
      else grid.set(key, [{ surface: surfaces[i], c }]);
    }
  });
  return options.map((list, i) => {
    // Towns that share a state's or a country's own name ("Oregon", "Virginia") pair up by chance with other such towns.
    const bigReading = list.some((c) => (c.featureType === 'country' || c.featureType === 'admin1') && c.nameSource === 'canonical');
    return list.map((c) => {
      if (bigReading || c.featureType === 'country' || c.featureType === 'admin1') return 0;
      const row = Math.floor(c.lat / GRID_DEGREES);
      const col = Math.floor(c.lon / GRID_DEGREES);
      let bonus = 0;
      for (let dr = -1; dr <= 1; dr++) {
        for (let dc = -1; dc <= 1; dc++) {
          for (const other of grid.get(`${row + dr}:${col + dc}`) ?? []) {
            if (other.surface === surfaces[i] || other.c.id === c.id) continue;
            const step = PROXIMITY.find(([km]) => distanceKm(c, other.c) < km);
            if (step && step[1] > bonus) bonus = step[1];
          }
        }
      }
      return bonus;
    });
  });
}

/** Places named together lie close together: a bonus for a candidate near another chosen place. */
function proximity(c: Candidate, anchors: readonly Anchor[], surface: string): number {
  if (c.featureType === 'country' || c.featureType === 'admin1') return 0;
  let bonus = 0;
  for (const { place, surface: named } of anchors) {
    if (named === surface || place.id === c.id || Math.abs(place.lat - c.lat) > MAX_PROXIMITY_DEGREES) continue;
    const d = distanceKm(c, place);
    const step = PROXIMITY.find(([km]) => d < km);
    if (step && step[1] > bonus) bonus = step[1];
  }
  return bonus;
}

interface Anchor {
  place: { id?: string; lat: number; lon: number };
  surface: string;
}

/** A degree of latitude is 111 km: candidates further apart than the widest proximity step never score. */
const MAX_PROXIMITY_DEGREES = PROXIMITY[PROXIMITY.length - 1][0] / 111 + 0.1;

/** The places chosen so far, once per name and place, and the publisher's home: what proximity reads. */
function anchorsOf(chosen: (Candidate | undefined)[], surfaces: readonly string[], home?: Home): Anchor[] {
  const seen = new Set<string>();
  const anchors: Anchor[] = home ? [{ place: home, surface: '' }] : [];
  chosen.forEach((place, j) => {
    if (!place || place.featureType === 'country') return;
    const key = `${place.id}|${surfaces[j]}`;
    if (seen.has(key)) return;
    seen.add(key);
    anchors.push({ place, surface: surfaces[j] });
  });
  return anchors;
}

function hasPartner(c: Candidate, chosen: (Candidate | undefined)[], self: number, km: number): boolean {
  // Another mention of the same place vouches for nothing: "God … God" is not two places near each other.
  return chosen.some((other, j) => j !== self && other !== undefined && other.id !== c.id && other.featureType === 'populated_place' && distanceKm(c, other) <= km);
}

/** A doubtful word is a place only with a strong cue or a hint, or when it sits among the report's other places. */
function isVouched(m: PlaceMention, c: Candidate, chosen: (Candidate | undefined)[], self: number): boolean {
  if (m.hint || m.cues.settlement || m.cues.region) return true;
  // A small place locating an actor ("Madison County Sheriff") is where the report's other places are.
  if (m.embedded) return hasPartner(c, chosen, self, REGIONAL_KM) || inDivisionOfAnother(c, chosen, self);
  return !m.surname && m.cues.preposition && hasPartner(c, chosen, self, REGIONAL_KM);
}

/** Whether another place chosen for the report lies in the candidate's first-level division. */
function inDivisionOfAnother(c: Candidate, chosen: (Candidate | undefined)[], self: number): boolean {
  return !!c.admin1Code && chosen.some((other, j) => j !== self && other !== undefined && other.id !== c.id && other.featureType !== 'country' && other.admin1Code === c.admin1Code);
}

const LIST_LINKS = new Set(['and', 'or', ',', '&']);

/** Mentions named in one list with mention i ("X and Y", "X, Y"): adjacent but for a conjunction or comma. */
function listPartners(mentions: PlaceMention[], i: number): number[] {
  const out: number[] = [];
  const m = mentions[i];
  const next = mentions[i + 1];
  const prev = mentions[i - 1];
  if (next && next.first - m.last === 2 && LIST_LINKS.has(m.linkAfter ?? '')) out.push(i + 1);
  if (prev && m.first - prev.last === 2 && LIST_LINKS.has(prev.linkAfter ?? '')) out.push(i - 1);
  return out;
}

/**
 * For a misspelling followed by its district or region ("Yasinovata town, Yasynuvata raion"): the one
 * place of that spelling's neighbours left in that division.
 */
function onlyOneInDivision(m: PlaceMention, list: Candidate[]): Candidate | undefined {
  if (!m.raion && !m.hint?.admin1Code) return undefined;
  if (!list.length || list.some((c) => distanceKm(c, list[0]) > ONE_PLACE_KM)) return undefined;
  return list[0];
}

/** For a misspelling: the candidate closest to a place it is listed with, if close enough. */
function nearestToPartner(list: Candidate[], chosen: (Candidate | undefined)[], partners: number[]): Candidate | undefined {
  let best: Candidate | undefined;
  let bestKm = FUZZY_PARTNER_KM;
  for (const j of partners) {
    const other = chosen[j];
    if (!other || other.featureType !== 'populated_place') continue;
    for (const c of list) {
      const d = distanceKm(c, other);
      if (d <= bestKm) {
        best = c;
        bestKm = d;
      }
    }
  }
  return best;
}
