import type { Candidate } from '../../gazetteer/index.js';
import heads from '../../lexicon/places/embedded-heads.json' with { type: 'json' };
import type { Entity } from '../contract.js';
import type { Doc } from '../document.js';
import { exactCandidates } from './lookup.js';
import type { TokenView } from './token-view.js';

const INSTITUTIONS = new Set(heads.institutions);
/** "Department", "Chamber", "University": words that head an institution's name. */
export const INSTITUTION_WORDS: ReadonlySet<string> = INSTITUTIONS;
const OFFICES = new Set(heads.offices);
const BASED = new RegExp(`^(.+)-(?:${heads.basedSuffixes.join('|')})$`);
const MAX_WORDS = 4;
const ACTOR_KINDS = new Set<Entity['kind']>(['organization', 'armed_group', 'person']);

/** "Sheriff", "Courthouse", "Mayor": a word after a place name that makes it the place of an institution or an office. */
export function isInstitutionOrOffice(word: string): boolean {
  const bare = word.replace(/['’]s$/, '');
  return INSTITUTIONS.has(bare) || OFFICES.has(bare);
}

/** A place name found inside an actor's mention, with the tokens it spans. */
export interface EmbeddedName {
  first: number;
  last: number;
  start: number;
  end: number;
  surface: string;
  candidates: Candidate[];
}

/** Token ranges [first, last] of actor mentions, where a place may locate the actor. */
function actorRanges(doc: Doc, view: TokenView): [number, number][] {
  const ranges: [number, number][] = [];
  const tokenAt = (offset: number) => {
    let lo = 0;
    let hi = view.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (view.tokens[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo < view.length ? lo : -1;
  };
  for (const entity of doc.entities) {
    if (!ACTOR_KINDS.has(entity.kind)) continue;
    for (const m of entity.mentions) {
      const end = m.end;
      const first = tokenAt(m.start);
      if (first < 0) continue;
      let last = first;
      while (last + 1 < view.length && view.tokens[last + 1].end <= end) last++;
      if (view.tokens[last].end <= end) ranges.push([first, last]);
    }
  }
  return ranges;
}

/** The longest gazetteer name at token i that stays inside the range, or the place before "-based". */
function nameAt(view: TokenView, i: number, last: number): EmbeddedName | undefined {
  for (let n = Math.min(MAX_WORDS, last - i + 1); n >= 1; n--) {
    const j = i + n - 1;
    if (!view.adjacent(i, j) || !view.isCapitalised(j)) continue;
    const based = BASED.exec(view.text(j));
    const start = view.tokens[i].start;
    let end = view.isPossessive(j) ? view.tokens[j].end - 2 : view.tokens[j].end;
    if (based) end = view.tokens[j].start + based[1].length;
    else if (view.text(j).includes('-')) continue;
    const surface = view.doc.text.slice(start, end);
    const candidates = exactCandidates(surface).filter((c) => c.nameSource !== 'derived');
    if (candidates.length) return { first: i, last: j, start, end, surface, candidates };
  }
  return undefined;
}

/** Whether the words after the name make it the place the actor belongs to. */
function locatesActor(view: TokenView, name: EmbeddedName, last: number, person: boolean): boolean {
  if (BASED.test(view.text(name.last))) return true;
  const next = view.text(name.last + 1);
  // A person's mention may hold an office of the place ("Tillsonburg Mayor Stephen Molnar"), or be an institution misread as a person.
  if (person && name.last < last && OFFICES.has(next.replace(/,$/, ''))) return true;
  // "University of Pennsylvania": the institution before "of"; not "Department of Human Resources", where the name runs on.
  const runsOn = name.last < last && view.isCapitalised(name.last + 1) && !INSTITUTIONS.has(next);
  if (view.lower(name.first - 1) === 'of' && INSTITUTIONS.has(view.text(name.first - 2)) && !runsOn) return true;
  for (let k = name.last + 1; k <= last; k++) if (INSTITUTIONS.has(view.text(k))) return true;
  return false;
}

/** Place names that locate an actor: "Ohio Department of Transportation", "Madison County Sheriff", "Tillsonburg Mayor Stephen Molnar", "St. Louis-based". */
export function embeddedNames(doc: Doc, view: TokenView): EmbeddedName[] {
  const persons = new Set(doc.entities.filter((e) => e.kind === 'person').flatMap((e) => e.mentions.map((m) => m.start)));
  const found: EmbeddedName[] = [];
  const seen = new Set<number>();
  for (const [first, last] of actorRanges(doc, view)) {
    const person = persons.has(view.tokens[first].start);
    for (let i = first; i <= last; i++) {
      if (seen.has(i) || !view.isCapitalised(i) || view.lower(i) === 'the') continue;
      const name = nameAt(view, i, last);
      if (!name) continue;
      if (locatesActor(view, name, last, person)) {
        found.push(name);
        for (let k = name.first; k <= name.last; k++) seen.add(k);
      }
      i = name.last;
    }
  }
  return found;
}
