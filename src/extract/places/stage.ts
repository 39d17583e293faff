import type { Candidate, Place } from '../../gazetteer/index.js';
import { normalizeName } from '../../gazetteer/index.js';
import type { Entity, GeoPrecision, Mention } from '../contract.js';
import type { Doc, Stage } from '../document.js';
import { isGovernmentUse, seatAt, type Government } from './metonymy.js';
import { isCompoundPart } from './compound.js';
import { geoOf } from './geo-of.js';
import { isPortfolio } from './portfolio.js';
import { mentionPrecision } from './precision.js';
import type { PlaceMention } from './mention.js';
import { recognizePlaces, warmGazetteer } from './recognize.js';
import { resolvePlaces } from './resolve.js';
import { placeBodiesInCapitals } from './seated-bodies.js';
import { TokenView } from './token-view.js';

/** Precision of each place mention by its start offset, for later stages (events) that need it per mention. */
const mentionPrecisions = new WeakMap<Doc, Map<number, GeoPrecision>>();

/** The place entity made for each gazetteer place, by place id, for the stage that adds non-literal mentions. */
const placeEntities = new WeakMap<Doc, Map<string, Entity>>();

export function placeEntitiesOf(doc: Doc): Map<string, Entity> {
  let map = placeEntities.get(doc);
  if (!map) placeEntities.set(doc, (map = new Map()));
  return map;
}

/** The ACLED precision of the place mention starting at `start`, as the places stage read it. */
export function placeMentionPrecision(doc: Doc, start: number): GeoPrecision | undefined {
  return mentionPrecisions.get(doc)?.get(start);
}

/** A place's mention over [start, end), marked a demonym inside a hyphenated compound, a metonym as an office's brief. */
function placeMention(doc: Doc, start: number, end: number): Mention {
  if (isCompoundPart(doc.text, start, end)) return { ...doc.span(start, end), sense: 'demonym' };
  if (isPortfolio(doc.text, start)) return { ...doc.span(start, end), sense: 'metonym' };
  return doc.span(start, end);
}

function addMention(entity: Entity, doc: Doc, start: number, end: number): void {
  entity.mentions.push(doc.span(start, end));
}

/** The organisation entity for a government, reusing one another stage or an earlier mention made. */
function governmentEntity(doc: Doc, government: Government, start: number, end: number, made: Map<string, Entity>): void {
  const claimed = doc.entityAt(start, end);
  if (claimed) return;
  const known = made.get(government.name) ?? doc.entities.find((e) => e.kind === 'organization' && e.name === government.name);
  if (known) {
    addMention(known, doc, start, end);
    return;
  }
  const entity = doc.addEntity({ kind: 'organization', name: government.name, mentions: [doc.span(start, end)], country: government.country, sector: government.sector });
  made.set(government.name, entity);
}

function markSeats(view: TokenView, governments: Map<string, Entity>): void {
  const doc = view.doc;
  for (let i = 0; i < view.length; i++) {
    if (!view.isCapitalised(i)) continue;
    const found = seatAt(view, i);
    if (!found) continue;
    const before = view.lower(i - 1) === 'the' ? i - 2 : i - 1;
    const literal = ['in', 'at', 'inside', 'outside', 'near', 'to', 'into'].includes(view.lower(before));
    if (!literal) {
      const end = view.isPossessive(found.last) ? view.tokens[found.last].end - 2 : view.tokens[found.last].end;
      const { organization, country, sector } = found.seat;
      governmentEntity(doc, { name: organization, country, sector: sector ?? 'GOV' }, view.tokens[i].start, end, governments);
    }
    i = found.last;
  }
}

/** An area keeps its widest reading (one "part of" among whole-region mentions stays 3); a point its closest. */
function mergedPrecision(place: Candidate, a: GeoPrecision, b: GeoPrecision): GeoPrecision {
  const point = place.featureType === 'populated_place' || place.featureType === 'landmark' || place.featureType === 'other';
  return (point ? Math.min(a, b) : Math.max(a, b)) as GeoPrecision;
}

/** A point is drawn at precision 1, an area at 3, where no mention says more. */
function plainPrecision(place: Place): GeoPrecision {
  return place.featureType === 'populated_place' || place.featureType === 'landmark' ? 1 : 3;
}

/** The span a place mention's entity records: the whole naming phrase, unless another entity holds part of it. */
function spanOf(doc: Doc, mention: PlaceMention): { start: number; end: number } {
  const { extent } = mention;
  return extent && !doc.entityAt(extent.start, extent.end) ? extent : mention;
}

/** Adds a mention to the report's entity of a gazetteer place, making the entity at its first mention. */
export function mentionPlace(doc: Doc, place: Place, mention: Mention, precision: GeoPrecision = plainPrecision(place)): void {
  const byPlace = placeEntitiesOf(doc);
  const known = byPlace.get(place.id);
  if (known) known.mentions.push(mention);
  else byPlace.set(place.id, doc.addEntity({ kind: 'place', name: place.name, mentions: [mention], geo: geoOf(place, precision) }));
}

/**
 * Places: finds place names, resolves each against the gazetteer in the context of the whole report,
 * and adds one place entity per place (all its mentions), with coordinates only where the reading is
 * clear. Capitals and countries that act ("Moscow said") become their governments.
 */
export const placesStage: Stage = {
  name: 'places',
  run(doc: Doc): void {
    const view = TokenView.of(doc);
    const governments = new Map<string, Entity>();
    markSeats(view, governments);
    const { mentions } = recognizePlaces(view);
    const precisions = new Map<number, GeoPrecision>();
    const byPlace = placeEntitiesOf(doc);
    const embedded: { mention: PlaceMention; place: Candidate }[] = [];
    for (const { mention, place } of resolvePlaces(mentions, doc.article.home)) {
      if (mention.embedded) {
        if (place) embedded.push({ mention, place });
        continue;
      }
      // Text another entity holds is left alone; a qualifier was free when found, inside the extent of the name it follows.
      if (!mention.qualifier && doc.entityAt(mention.start, mention.end)) continue;
      const { start, end } = spanOf(doc, mention);
      if (place) {
        const government = isGovernmentUse(view, mention, place);
        if (government) {
          governmentEntity(doc, government, start, end, governments);
          continue;
        }
        const precision = mentionPrecision(mention, place);
        precisions.set(start, precision);
        const known = byPlace.get(place.id);
        if (known) {
          known.mentions.push(placeMention(doc, start, end));
          if (known.geo) known.geo.precision = mergedPrecision(place, known.geo.precision, precision);
          continue;
        }
        byPlace.set(place.id, doc.addEntity({ kind: 'place', name: place.name, mentions: [placeMention(doc, start, end)], geo: geoOf(place, precision) }));
      } else {
        if (mention.doubtful || (!mention.fuzzy && !mention.candidates.length)) continue;
        const key = `?${normalizeName(mention.surface)}`;
        const known = byPlace.get(key);
        if (known) addMention(known, doc, start, end);
        else byPlace.set(key, doc.addEntity({ kind: 'place', name: mention.surface, mentions: [doc.span(start, end)] }));
      }
    }
    // A place inside an actor's name: a metonym mention of it, the actor's text staying the actor's.
    for (const { mention, place } of embedded) mentionPlace(doc, place, { ...doc.span(mention.start, mention.end), sense: 'metonym' }, mentionPrecision(mention, place));
    placeBodiesInCapitals(doc);
    mentionPrecisions.set(doc, precisions);
  },
};

warmGazetteer();
