import type { Entity, Event, Modality, Quote, Span } from '../contract.js';
import type { Doc, Stage } from '../document.js';
import { enlist, entityCountry, isStateActor, isStateSector, recipientPlaces, sectorOfNounBefore, sentenceParties, type Party } from './actors.js';
import { alpha3, countryName, countryOfWords } from './countries.js';
import { chooseTime, choosePlace, enclosingQuote } from './context.js';
import { acledNames, EVENT_TYPES } from './lexicon.js';
import conventions from '../../lexicon/events/acled-conventions.json' with { type: 'json' };
import { clauseStart, inSubordinateClause, modalityAt } from './modality.js';
import { creditEntityIds, trailingCredit, type Credit } from './credit.js';
import { noteLabelEnd, noteLabelType } from './note-label.js';
import { sentenceCounts, type SentenceCounts } from './quantities.js';
import { isObligation, ploverInContext } from './plover.js';
import { isAddresseeAt, isCivilianNoun, isPassiveAt, isVictimAt, objectClauseEnd, opensCondition, reportsAt } from './role-cues.js';
import { indexEntity } from './entity-index.js';
import { actingCountry, passiveSubject } from './passive-roles.js';
import { sentenceView, type SentenceView } from './sentence-view.js';
import roleCues from '../../lexicon/events/roles.json' with { type: 'json' };
import { describedSubject } from './described-subject.js';
import { pronounAddressee } from './pronoun-addressee.js';
import { trailingComplaint } from './trailing-complaint.js';
import { takeUpEarlierTypes } from './taken-up-types.js';
import { findTriggers, refineType, type TriggerMatch } from './triggers.js';

/** What the stage knows of an event beyond the contract: its trigger, for evaluation and debugging. */
export interface EventDetail {
  trigger: Span;
  /** The trigger whose category and roles the event takes: the governing verb, where the strongest names only the actor ("Norway's foreign minister"). */
  head: Span;
  sentence: number;
  governed: boolean;
  /** The trigger stands in a relative or adverbial clause: background, not the sentence's main event. */
  subordinate: boolean;
}

const details = new WeakMap<Event, EventDetail>();

export function eventDetail(event: Event): EventDetail | undefined {
  return details.get(event);
}

/** Types whose triggers in one sentence make one event: a bombing that killed six is one event. */
const VIOLENCE_GROUP = new Set([
  'ARMED_CLASH', 'AIR_STRIKE', 'ART_MISS_ATTACK', 'GRENADE', 'REM_EXPLOS', 'SUIC_BOMB', 'CHEM_WEAP', 'ATTACK', 'ABDUCT_DISSAP', 'SEX_VIOL',
  'MOB_VIOL', 'PROPERTY_DISTRUCT', 'DISR_WEAP', 'ARREST', 'PEACE_PROTEST', 'VIOL_DEMONSTR', 'PROTEST_WITH_INTER', 'FORCE_AGAINST_PROTEST',
  'ORG_CRIME', 'MAN_MADE_DISASTER', 'NATURAL_DISASTER',
]);
/** Triggers whose clause governs what follows ("claimed responsibility for the bombing", "urged … to stop"). */
const GOVERNING_FAMILIES = new Set(['political']);
const GOVERNING_TYPES = new Set(['ATTRIB']);
/** "denounced Serbia's suppression of Albanian unrest": what an accusation is about is no news of its own. */
const GOVERNING_PLOVERS = new Set(['ACCUSE']);
/** "this withdrawal", "the withdrawal": a report of an event already told, not a new one. */
const ANAPHORIC = new Set(['this', 'that', 'such', 'its']);
const LEAVING_TYPES = new Set(['NON_VIOL_TERRIT_TRANSFER']);
/** Sectors of the people a protest's actor phrase may name ("protesters", "residents"). */
const PROTESTING_SECTORS = new Set(['PRO', 'CIV']);
/** The prepositions before the place a violent event strikes ("invasion of", "fired at", "into"). */
const STRUCK_PLACE_PREPOSITIONS = new Set(['of', 'at', 'into', 'in', 'on']);

interface Cluster {
  matches: TriggerMatch[];
  anchor: TriggerMatch; // the strongest trigger
  type: string;
}

export const eventsStage: Stage = {
  name: 'events',
  run(doc: Doc): void {
    let previous: { event: Event; sentence: number } | undefined;
    const labelEnd = noteLabelEnd(doc.text);
    for (let s = 0; s < doc.sentences.length; s++) {
      const view = sentenceView(doc, s);
      const credit = trailingCredit(doc, view);
      const matches = findTriggers(view, doc).filter((m) => (!credit || m.first < credit.first) && view.tokens[m.first].start >= labelEnd);
      if (matches.length === 0) continue;
      const counts = sentenceCounts(doc, view);
      if (matches.every((m) => m.pattern.casualty) && previous && previous.sentence === s - 1 && EVENT_TYPES[previous.event.type]?.violent) {
        attachCasualties(doc, previous.event, view, counts);
        continue;
      }
      const parties = sentenceParties(doc, view, new Set(matches.map((m) => m.first))).filter((p) => !credit || p.end <= credit.first);
      const events: Event[] = [];
      let toldOn: Event | undefined; // the event of the sentence before that this one goes on telling
      for (const cluster of clusters(view, matches)) {
        const determiner = view.stems[cluster.anchor.first - 1];
        const anaphoric = ANAPHORIC.has(determiner) || (determiner === 'the' && !chooseTime(doc, view, view.sentence.start));
        const told = anaphoric ? doc.events.find((e) => e.type === cluster.type) : undefined;
        const recent = previous && previous.sentence === s - 1 ? previous.event : undefined;
        if (told) told.evidence.push(doc.span(view.sentence.start, view.sentence.end));
        else if (recent && continues(doc, view, cluster, recent)) {
          attachCasualties(doc, recent, view, counts);
          adoptParties(doc, view, cluster, parties, recent);
          toldOn = recent;
        } else if (recent && continuesProtest(doc, view, cluster, recent)) {
          const type = PROTEST_COURSE.indexOf(protestReading(cluster.type)) > PROTEST_COURSE.indexOf(recent.type) ? protestReading(cluster.type) : recent.type;
          if (type !== recent.type) retype(recent, type);
          recent.evidence.push(doc.span(view.sentence.start, view.sentence.end));
          toldOn = recent;
        }
        else events.push(buildEvent(doc, view, cluster, parties, counts, matches, recent?.place ?? undefined, credit));
      }
      const main = events.reduce<Event | undefined>((a, b) => (a && a.confidence >= b.confidence ? a : b), undefined);
      const last = main ?? toldOn;
      if (last) previous = { event: last, sentence: s };
      calibrateAgainstRivals(events);
      preferTerritoryChange(events);
    }
    takeUpEarlierTypes(doc.events, (e) => details.get(e)?.trigger, retype);
    calibrateAgainstRivals(doc.events);
    calibrateByCorroboration(doc.events);
    followNoteLabel(doc);
  },
};

/**
 * Confidence of an event another reading nearly matches: a closer call, less sure. Run on each sentence's
 * events, then on the whole report's (a rival in another sentence makes the call closer still).
 */
function calibrateAgainstRivals(events: Event[]): void {
  const before = events.map((e) => e.confidence);
  events.forEach((event, i) => {
    const rival = Math.max(0, ...before.filter((c, j) => j !== i && events[j].type !== event.type));
    if (before[i] - rival < 0.15) event.confidence = round(event.confidence * 0.88);
  });
}

/** An event's type changed after it was built, with the names and category that go with it. */
function retype(event: Event, type: string): void {
  const info = EVENT_TYPES[type] ?? { violent: false };
  event.type = type;
  event.acled = acledNames(type);
  event.plover = info.plover;
  if (!info.violent) event.fatalities = undefined;
}

/**
 * "Protesters gathered in Moscow. Police detained over 1,000 people." / "… They threw stones at police.": a protest
 * told on in the next sentence, with no other place, is the same protest, as far as it went.
 */
function continuesProtest(doc: Doc, view: SentenceView, cluster: Cluster, recent: Event): boolean {
  if (!PROTEST_COURSE.includes(recent.type) || !PROTEST_COURSE.includes(protestReading(cluster.type))) return false;
  const place = choosePlace(doc, view, cluster.anchor.first, false, new Set());
  return !place || place.entity.id === recent.place;
}

/** How far a protest went, least first: met by no one, met by police, met by lethal force, violent itself. */
const PROTEST_COURSE = ['PEACE_PROTEST', 'PROTEST_WITH_INTER', 'FORCE_AGAINST_PROTEST', 'VIOL_DEMONSTR'];

/** An arrest right after a protest is its intervention. */
const protestReading = (type: string) => (type === 'ARREST' ? 'PROTEST_WITH_INTER' : type);

/** A coder's label at the head of an ACLED note names the note's event: that event leads. */
function followNoteLabel(doc: Doc): void {
  const type = doc.events.length > 0 ? noteLabelType(doc.text) : undefined;
  if (!type) return;
  const top = Math.max(...doc.events.map((e) => e.confidence));
  let event = doc.events.find((e) => e.type === type);
  if (!event) {
    event = doc.events.reduce((a, b) => (b.confidence > a.confidence ? b : a));
    retype(event, type);
  }
  event.confidence = round(Math.min(0.97, top + 0.02));
  for (const other of doc.events) if (other !== event && other.confidence >= event.confidence) other.confidence = round(event.confidence - 0.02);
}

/** ACLED: a battle in which territory changes hands is coded as that change, not as an armed clash. */
function preferTerritoryChange(events: Event[]): void {
  const gain = events.find((e) => EVENT_TYPES[e.type]?.territory === 'gain');
  if (!gain) return;
  for (const clash of events) {
    if (clash.type !== 'ARMED_CLASH' || clash.confidence < gain.confidence) continue;
    gain.confidence = clash.confidence;
    clash.confidence = round(clash.confidence * 0.9);
  }
}

const OCCUPIER_DETENTIONS = new Set(conventions.occupierDetentions.map((d) => `${d.actor}>${d.place}`));

function isOccupierDetention(actors: Party[], placeAlpha2: string | undefined): boolean {
  const actor = actors[0]?.entity;
  const place = alpha3(placeAlpha2);
  return actor !== undefined && place !== undefined && OCCUPIER_DETENTIONS.has(`${entityCountry(actor)}>${place}`);
}

/** An event whose type other sentences of the report also tell is more likely read right. */
function calibrateByCorroboration(events: Event[]): void {
  const sentencesByType = new Map<string, Set<number>>();
  for (const event of events) {
    const sentence = details.get(event)?.sentence ?? -1;
    const set = sentencesByType.get(event.type) ?? new Set<number>();
    set.add(sentence);
    sentencesByType.set(event.type, set);
  }
  for (const event of events) {
    if ((sentencesByType.get(event.type)?.size ?? 0) > 1 || event.evidence.length > 1) event.confidence = round(Math.min(0.97, event.confidence + 0.05));
  }
}

const round = (x: number) => Math.round(x * 100) / 100;

function clusters(view: SentenceView, matches: TriggerMatch[]): Cluster[] {
  const types = new Set(matches.map((m) => m.pattern.type));
  const byKey = new Map<string, Cluster>();
  for (const match of matches) {
    const type = refineType(match.pattern.type, view, types);
    const key = VIOLENCE_GROUP.has(type) ? 'violence' : type;
    const cluster = byKey.get(key);
    if (!cluster) byKey.set(key, { matches: [match], anchor: match, type });
    else {
      cluster.matches.push(match);
      if (match.pattern.weight > cluster.anchor.pattern.weight) {
        cluster.anchor = match;
        cluster.type = type;
      }
    }
  }
  // A casualty word alone beside a stronger event of another kind adds nothing of its own.
  const all = [...byKey.values()];
  return all.filter((c) => !(c.matches.every((m) => m.pattern.casualty) && all.some((o) => o !== c && VIOLENCE_GROUP.has(o.type) === false && o.anchor.pattern.weight >= 0.5 && EVENT_TYPES[o.type]?.violent)));
}

/**
 * "Russian forces launched drones at Kyiv. A drone hit a residential building, killing 4": a violent
 * event of the same type told on in the next sentence, with no other place or time, is the same event.
 */
function continues(doc: Doc, view: SentenceView, cluster: Cluster, recent: Event): boolean {
  if (cluster.type !== recent.type || !VIOLENCE_GROUP.has(cluster.type)) return false;
  const place = choosePlace(doc, view, cluster.anchor.first, false, new Set());
  if (place && place.entity.id !== recent.place) return false;
  const time = chooseTime(doc, view, view.tokens[cluster.anchor.first].start);
  return !time || time.start === recent.time.start;
}

/** "Fighting broke out in the city. Coalition forces attacked …": an event told without parties takes those of the sentence telling on. */
function adoptParties(doc: Doc, view: SentenceView, cluster: Cluster, parties: Party[], event: Event): void {
  // A place struck is no party of its own: the sentence telling on may still name who fought.
  if (event.actors.length > 0 || event.targets.some((id) => doc.getEntity(id)?.kind !== 'place')) return;
  const { actors, targets } = roles(view, governingMatch(cluster), parties, EVENT_TYPES[event.type]?.violent === true, cluster.matches);
  event.actors = unique(actors.map((p) => enlist(doc, p).id));
  if (targets.length > 0) event.targets = unique(targets.map((p) => enlist(doc, p).id));
  event.targets = event.targets.filter((id) => !event.actors.includes(id));
}

/** `placeOfRecent`: the place of the event of the sentence before, the scene of one whose sentence names none. */
function buildEvent(doc: Doc, view: SentenceView, cluster: Cluster, parties: Party[], counts: SentenceCounts, all: TriggerMatch[], placeOfRecent?: string, credit?: Credit): Event {
  const { anchor } = cluster;
  const tokens = view.tokens;
  const triggerStart = tokens[anchor.first].start;
  const triggerSpan = doc.span(triggerStart, tokens[anchor.end - 1].end);
  const governed = all.some((m) => m !== anchor && m.first < anchor.first && (GOVERNING_FAMILIES.has(m.pattern.family) || GOVERNING_TYPES.has(m.pattern.type) || GOVERNING_PLOVERS.has(m.pattern.plover ?? '')) && !cluster.matches.includes(m));
  const modality: Modality = modalityAt(view, anchor.first);
  const violent = EVENT_TYPES[cluster.type]?.violent === true;
  const absorbed = absorbedAct(cluster, view);
  const head = absorbed ?? governingMatch(cluster);
  const quote = enclosingQuote(doc, triggerStart);
  const leaving = LEAVING_TYPES.has(cluster.type);
  const { actors, targets } = roles(view, violent && !absorbed ? violentRoleHead(view, cluster, parties) : head, parties, violent && !absorbed, absorbed ? [] : cluster.matches);
  if (actors.length === 0 && !isPassiveAt(view, head.first)) {
    const subject = describedSubject(doc, view, head.first, new Set(all.map((m) => m.first)));
    if (subject && !targets.some((p) => p.first === subject.first)) actors.push(subject);
  }
  const complaint = trailingComplaint(doc, view, head, parties);
  if (complaint) {
    actors.splice(0, actors.length, complaint.actor);
    targets.splice(0, targets.length, complaint.target);
  }
  const addressee = violent ? undefined : pronounAddressee(doc, view, head);
  if (addressee && !actors.some((p) => p.entity === addressee.entity)) targets.splice(0, targets.length, addressee);
  if ((!violent || absorbed) && actors.length === 0 && isPassiveAt(view, head.first)) {
    // "A missionary from Calgary was arrested in Lebanon": whom it was done to, by the country it was done in.
    const subject = targets.some((p) => p.first < head.first) ? undefined : passiveSubject(doc, view, head.first, new Set(all.map((m) => m.first)));
    if (subject) targets.splice(0, targets.length, subject);
    const country = actingCountry(doc, view, head, head.pattern.plover ?? EVENT_TYPES[cluster.type]?.plover);
    if (country && !targets.some((p) => p.entity === country.entity)) actors.push(country);
  }
  // A protest, a riot too, is made to the place it is held in ("rioted at this jail in northern Israel").
  if ((!violent || EVENT_TYPES[cluster.type]?.plover === 'PROTEST') && targets.length === 0) {
    targets.push(...recipientPlaces(doc, view, head));
  }
  // "mounted its invasion of South Lebanon", "fired shells at targets in Jericho": an attack on no one named is on the place it strikes.
  if (violent && targets.length === 0) targets.push(...recipientPlaces(doc, view, head, STRUCK_PLACE_PREPOSITIONS, true));
  // "will withdraw weapons inspectors and humanitarian workers from Iraq": whom a withdrawal is from, not the people it moves.
  if (leaving && targets.length > 0 && targets.every((p) => p.pending)) {
    const from = recipientPlaces(doc, view, head);
    if (from.length > 0) targets.splice(0, targets.length, ...from);
  }
  if (!violent && targets.length === 0 && isThreat(view, head)) targets.push(...conditionParties(view, head, parties));
  const partyIds = parties.map((p) => p.entity.id);
  const place = choosePlace(doc, view, anchor.first, leaving, new Set([...partyIds, ...creditEntityIds(doc, view, credit)])) ?? creditPlace(doc, view, anchor.first, leaving, partyIds, credit);
  let type = complaint ? 'DIPLO' : cluster.type;
  const placeCountry = place?.entity.geo?.featureType === 'country' ? undefined : place?.entity.geo?.country;
  const forcesCountry = speakerForcesCountry(doc, quote);
  if (EVENT_TYPES[type]?.territory === 'gain' || (anchor.pattern.gain && type === anchor.pattern.type)) type = territoryType(type, actors, placeCountry, sectorOfNounBefore(view, anchor.first), forcesCountry);
  if (type === 'ARREST' && isOccupierDetention(actors, placeCountry)) type = 'ABDUCT_DISSAP';
  if (EVENT_TYPES[type]?.territory && targets.length === 0) {
    const actorCountries = new Set(actors.map((p) => entityCountry(p.entity)));
    const other = parties.find((p) => !actors.includes(p) && entityCountry(p.entity) && !actorCountries.has(entityCountry(p.entity)));
    if (other) targets.push(other);
  }
  for (const party of targets) if (violent) civilianParty(doc, party, alpha3(placeCountry));
  // ACLED's "Protesters (Russia)": people who protest, of no country the text gives, belong to the country they protest in.
  const protesters = EVENT_TYPES[type]?.plover === 'PROTEST' ? actors.filter((p) => p.pending && PROTESTING_SECTORS.has(p.entity.sector ?? '')) : [];
  for (const party of [...actors, ...targets]) {
    enlist(doc, party);
    // An actor named after its country ("Russian army") whose stage gave it none gets that country.
    if (!party.entity.country && party.entity.kind !== 'place') party.entity.country = entityCountry(party.entity);
  }
  for (const party of protesters) party.entity.country ??= alpha3(placeCountry);
  speakersOwnForces(actors, forcesCountry);
  const info = EVENT_TYPES[type] ?? { violent: false };
  const time = chooseTime(doc, view, triggerStart);
  const quantities = counts.quantities
    .filter((q) => nearestTrigger(all, q.first) === anchor || cluster.matches.includes(nearestTrigger(all, q.first)))
    .map(({ value, unit, span }) => ({ value, unit, span }));
  let confidence = 0.3 + 0.6 * anchor.pattern.weight + Math.min(0.15, 0.05 * (cluster.matches.length - 1));
  if (actors.length > 0 || targets.length > 0) confidence += 0.05;
  if (place) confidence += 0.03;
  if (!time) confidence -= 0.05;
  if (governed) confidence *= 0.7;
  const subordinate = inSubordinateClause(view, anchor.first);
  if (subordinate) confidence *= 0.85; // "…, which is preparing an offensive", "after a demonstration": background, not the news
  if (view.index > 0) confidence *= 0.92; // the lead sentence tells the news, later ones more often its background
  if (quote?.direct) confidence *= 0.9; // a speaker's own words tell of more than happened
  if (modality === 'hypothetical') confidence *= 0.8;
  if (modality === 'denied') confidence *= 0.65;
  const parts = obligationRoles(view, head.first, (quote ?? reportOpenedBefore(doc, view, tokens[head.first].start))?.speaker ?? reportingParty(doc, view, head.first, parties), unique(actors.map((p) => p.entity.id)), unique(targets.map((p) => p.entity.id)));
  // "arrived in Amman on a visit", "declared a state of siege in Haiti": an act on no one named is on the place of its sentence, as PLOVER codes it.
  if (parts.targets.length === 0 && place && !parts.actors.includes(place.entity.id) && !insideActorPhrase(doc, view, place.entity, [...actors, ...targets])) parts.targets = [place.entity.id];
  const event = doc.addEvent({
    type,
    acled: acledNames(type),
    plover: complaint ? 'ACCUSE' : ploverInContext(governingPlover(cluster, view) ?? info.plover, view, head.first, head === anchor ? modality : modalityAt(view, head.first)),
    ...parts,
    place: place?.entity.id ?? placeOfRecent ?? null,
    time: time ? { start: time.start, end: time.end, precision: time.precision } : publicationTime(doc),
    quantities,
    fatalities: info.violent ? counts.fatalities : undefined,
    modality,
    source: quote ? { entity: quote.speaker ?? undefined, quote: quote.id, channel: quote.channel } : credit?.entity ? { entity: credit.entity.id } : undefined,
    evidence: [doc.span(view.sentence.start, view.sentence.end)],
    confidence: Math.round(Math.min(0.97, Math.max(0.05, confidence)) * 100) / 100,
  });
  details.set(event, { trigger: triggerSpan, head: doc.span(tokens[head.first].start, tokens[head.end - 1].end), sentence: view.index, governed, subordinate });
  return event;
}

/** A place named inside a party's phrase ("police in Jericho") is where that party is, not what the event is done to. */
function insideActorPhrase(doc: Doc, view: SentenceView, place: Entity, parties: Party[]): boolean {
  const mention = place.mentions.find((m) => m.start >= view.sentence.start && m.end <= view.sentence.end);
  if (!mention) return true;
  return parties.some((p) => view.tokens[p.first].start <= mention.start && mention.end <= view.tokens[p.end - 1].end);
}

/**
 * "Rwandan rebels announced that President Kagame … must agree": the reported speech of the sentence opened
 * before the trigger, where its span was cut short of it.
 */
function reportOpenedBefore(doc: Doc, view: SentenceView, at: number): Quote | undefined {
  let best: Quote | undefined;
  for (const quote of doc.quotes) {
    if (!quote.speaker || quote.span.start < view.sentence.start || quote.span.start > at) continue;
    if (!best || quote.span.start > best.span.start) best = quote;
  }
  return best;
}

/**
 * Who does what to whom, as ids. "X said that Y must Z" is X asking Y: the speaker acts, Y is the target.
 */
function obligationRoles(view: SentenceView, first: number, speaker: string | undefined, actors: string[], targets: string[]): { actors: string[]; targets: string[] } {
  // "must return" may be the trigger itself.
  // "said that the US must be ready to mediate between Israelis and Palestinians": who must act is asked, not those they act on.
  if (speaker && !actors.includes(speaker) && isObligation(view, first + 1)) return { actors: [speaker], targets: actors.length > 0 ? actors : targets };
  return { actors, targets: targets.filter((id) => !actors.includes(id)) };
}

/** "Russia said on Tuesday that Sudan must return …": the party before the reporting verb that opens the trigger's clause, where no quote was read. */
function reportingParty(doc: Doc, view: SentenceView, first: number, parties: Party[]): string | undefined {
  const from = clauseStart(view, first);
  for (let i = first - 1; i >= Math.max(from, first - REPORT_REACH); i--) {
    if (!reportsAt(view, i)) continue;
    const speaker = parties.filter((p) => p.end <= i && p.first >= clauseStart(view, i) && !p.afterBy).pop();
    return speaker ? enlist(doc, speaker).id : undefined;
  }
  return undefined;
}

/** How many words before the trigger the reporting verb may stand ("said on Tuesday that the two sides must agree"). */
const REPORT_REACH = 12;

/**
 * The PLOVER category of a cluster: in a non-violent one, the earliest trigger's, which in English news
 * is the governing verb ("rejected an offer of talks": REJECT, not CONSULT); else the strongest's.
 */
function governingPlover(cluster: Cluster, view: SentenceView): string | undefined {
  return absorbedAct(cluster, view)?.pattern.plover ?? governingMatch(cluster).pattern.plover ?? cluster.anchor.pattern.plover;
}

/** The CASE types of political acts that a protest or crime word of the sentence retypes as part of it (refinements.json). */
const ABSORBED_BY_PROTEST = new Set(['DIPLO', 'OTHER']);

/**
 * "Turkish authorities have imposed a curfew in the town of Cizre after a demonstration", "summoned Niger's ambassador
 * to complain of inaction over the gangs": a political act that a protest or crime word of its sentence drew into the
 * protest or crime keeps its own PLOVER category when it comes first, in the main clause: the protest or crime is its
 * background, and its roles are the act's.
 */
function absorbedAct(cluster: Cluster, view: SentenceView): TriggerMatch | undefined {
  if (EVENT_TYPES[cluster.type]?.plover !== 'PROTEST' && cluster.type !== 'ORG_CRIME') return undefined;
  // A word that only names the actor ("Nigerian junior foreign minister") is no act.
  const acts = cluster.matches.filter((m) => !m.pattern.actorNoun);
  if (acts.length === 0) return undefined;
  const first = acts.reduce((a, b) => (b.first < a.first ? b : a));
  const { plover, type } = first.pattern;
  if (!plover || plover === 'PROTEST' || !ABSORBED_BY_PROTEST.has(type) || inSubordinateClause(view, first.first)) return undefined;
  return first;
}

/** The trigger whose roles a cluster's event takes: the earliest of a non-violent cluster, else the strongest. */
function governingMatch(cluster: Cluster): TriggerMatch {
  if (VIOLENCE_GROUP.has(cluster.type)) return cluster.anchor;
  // "Arab foreign ministers demanded …": a phrase naming the actor gives way to an act of the cluster.
  const acts = cluster.matches.filter((m) => m.pattern.plover && !m.pattern.actorNoun);
  const start = cluster.anchor.pattern.actorNoun && acts.length > 0 ? acts[0] : cluster.anchor;
  return cluster.matches.reduce((a, b) => (b.first < a.first && b.pattern.plover && !b.pattern.actorNoun ? b : a), start);
}

/**
 * "Irish guerrillas wounded two British soldiers in a bomb attack": a violent event's roles are those of an
 * earlier trigger of its clause with a subject of its own and its object between it and the strongest trigger.
 */
function violentRoleHead(view: SentenceView, cluster: Cluster, parties: Party[]): TriggerMatch {
  const { anchor } = cluster;
  const from = clauseStart(view, anchor.first);
  const earlier = cluster.matches.filter((m) => m.first < anchor.first && m.first >= from).sort((a, b) => a.first - b.first);
  for (const m of earlier) {
    const subject = parties.some((p) => p.end <= m.first && p.first >= from && !p.afterBy && !isVictimAt(view, p.end));
    const object = parties.some((p) => p.first >= m.end && p.end <= anchor.first && !p.afterBy);
    if (subject && object) return m;
  }
  return anchor;
}

function nearestTrigger(all: TriggerMatch[], token: number): TriggerMatch {
  let best = all[0];
  let bestDistance = Infinity;
  for (const match of all) {
    const distance = token >= match.end ? token - match.end : (match.first - token) * 1.5;
    if (distance < bestDistance) {
      best = match;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Who did it and to whom: the nearest party before the trigger in its clause acts, the nearest after it
 * is acted on; "by X" after a passive trigger acts, the subject of a passive trigger is acted on, and
 * "withdrawal of X" makes X the actor. A party that was killed, wounded or detained ("soldier killed")
 * never acts; in a violent event it is a target.
 */
/** "said that it had struck": pronouns after a report's "that" that take its reporter up as the subject. */
const SUBJECT_PRONOUNS = new Set<string>(roleCues.reportedSubjectPronouns);

function roles(view: SentenceView, anchor: TriggerMatch, parties: Party[], violent: boolean, related: TriggerMatch[] = []): { actors: Party[]; targets: Party[] } {
  const from = clauseStart(view, anchor.first);
  // "an attack by the Russian Federation died": the agent of "by" is not the subject of the verb after it.
  const victims = parties.filter((p) => !p.afterBy && isVictimAt(view, p.end));
  // "Saree said in a televised speech that five fighters had been killed in 73 strikes": who reports an attack did not make it.
  // "Russia said that it had struck Kyiv": a pronoun after "that" takes the reporter up as the subject.
  const reporter = (p: Party) => {
    if (!violent) return false;
    const that = view.stems.indexOf('that', p.end);
    if (that < 0 || that >= anchor.first || view.tokens.slice(that + 1, anchor.first).some((t) => SUBJECT_PRONOUNS.has(t.text.toLowerCase()))) return false;
    // "The Houthis' military spokesman, Yahya Saree, said …": the verb may follow the name in apposition.
    let verb = p.end;
    while (verb < that && !reportsAt(view, verb)) verb++;
    return verb < that && !parties.some((o) => o !== p && o.first >= p.end && o.first < verb && o.entity !== p.entity);
  };
  const before = parties.filter((p) => p.end <= anchor.first && p.first >= from && !p.afterBy && !victims.includes(p) && !reporter(p));
  // "…, Defence Minister Pierre Joxe said": who reports the event is not whom it was done to.
  // "threatened to break relations with Russia unless the Kremlin withdrew": its objects lie in its own clause.
  // A violent event's objects may follow another of its triggers ("attacks, occurring …, have killed eight leaders").
  const starts = new Set(parties.map((p) => p.first));
  const objectEnd = Math.max(objectClauseEnd(view, anchor.end, starts), ...(violent ? related.filter((m) => m.first > anchor.first).map((m) => objectClauseEnd(view, m.end, starts)) : []));
  // "expelled two Russian diplomats", "summoned Niger's ambassador": a party inside a trigger's wildcard is its object.
  const inside = parties.filter((p) => p.first > anchor.first && p.end <= anchor.end && !victims.includes(p));
  const after = [...inside, ...parties.filter((p) => p.first >= anchor.end && p.first < objectEnd && p.first - anchor.end <= 15 && !victims.includes(p) && !reportsAt(view, p.end))];
  // "shelled by X" (passive) or "an attack by X" (right after the trigger); not "demanded an admission by X", "rejected calls by X".
  // "2 howitzers were destroyed": a passive verb right after the strongest trigger makes the whole clause passive.
  const passive = isPassiveAt(view, anchor.first) || related.some((m) => m.first > anchor.first && m.first - anchor.end <= 3 && isPassiveAt(view, m.first)) || isPassiveAt(view, anchor.end + 1);
  const byAgent = after.find((p) => p.afterBy && (passive || view.stems.slice(anchor.end, p.first).every((w) => w === 'by' || w === 'the'))) ?? (violent ? byAgentOfRelated(view, anchor, related, parties, victims) : undefined);
  const ofAgent = parties.find((p) => p.first > anchor.first && p.first - anchor.end <= 3 && view.stems.slice(anchor.first + 1, p.first).includes('of') && !victims.includes(p));
  const actors: Party[] = [];
  const targets: Party[] = [];
  const subject = listedGroup(view, before.reverse(), SUBJECT_LIST);
  if (byAgent) {
    actors.push(byAgent);
    targets.push(...subject);
  } else if (subject.length > 0 && passive) {
    targets.push(...subject);
  } else if (subject.length > 0) {
    actors.push(...subject);
    // "withdraw its troops from Lebanon", "contribute 4,000 troops": the actor's own forces are what it moves, not whom it acts on.
    // "investigating alleged war crimes by Croatian extremists against Serb civilians": whose act is judged, asked or refused comes first.
    const firstBy = violent ? undefined : after.find((p) => p.afterBy);
    const objects = withoutAddressee(view, anchor, after.filter((p) => !p.afterBy && (violent || !isOwnForce(p, subject)) && !(firstBy && p.first > firstBy.first)));
    if (firstBy && objects.length === 0) objects.push(firstBy);
    // "demanded that Hamas renounce its struggle against Israel": whom a demand is made of comes first still.
    const against = view.stems[objects[0]?.first - 1] === 'that' ? -1 : objects.findIndex((p) => view.stems[p.first - 1] === 'against');
    targets.push(...listedGroup(view, against >= 0 ? objects.slice(against) : objects, OBJECT_LIST));
    // "demanded an admission by Moscow", "rejected calls by Belarus's rulers": whose act it is asked of or turned down;
    // "demonstrations against the alleged violations by the Israeli military": whose act is protested, a riot's too.
    if (targets.length === 0 && (!violent || anchor.pattern.plover === 'PROTEST')) targets.push(...listedGroup(view, after.filter((p) => p.afterBy), OBJECT_LIST));
  } else if (ofAgent) {
    actors.push(ofAgent);
  } else {
    targets.push(...listedGroup(view, after.filter((p) => !p.afterBy), OBJECT_LIST));
  }
  if (violent) for (const victim of victims) if (!targets.includes(victim)) targets.push(victim);
  // "protesters rallied", "demonstrators gathered": a protest's trigger that names who protest is its actor.
  if (actors.length === 0 && !passive && (anchor.pattern.plover ?? EVENT_TYPES[anchor.pattern.type]?.plover) === 'PROTEST') {
    const doers = parties.find((p) => p.first <= anchor.first && anchor.first < p.end && !victims.includes(p) && !targets.includes(p));
    if (doers) actors.push(doers);
  }
  const partner = betweenPartner(view, parties, targets);
  if (partner) targets.push(partner);
  return { actors, targets };
}

/** "complained to the United Nations over two Israeli air raids": an accusation's addressee gives way to the party after it, the accused. */
function withoutAddressee(view: SentenceView, anchor: TriggerMatch, objects: Party[]): Party[] {
  if (objects.length < 2 || !isAddresseeAt(view, objects[0].first, anchor.pattern.plover)) return objects;
  const heard = listedGroup(view, objects, OBJECT_LIST);
  return objects.length > heard.length ? objects.slice(heard.length) : objects;
}

/** How many words may stand between "between" and its first party ("between an Israeli peace movement"), and after that party before "and". */
const BETWEEN_REACH = 3;

/**
 * "a meeting between an Israeli peace movement and the PLO": "between" names two parties, the second after
 * "and"; when only the first is a target, the second is one too.
 */
function betweenPartner(view: SentenceView, parties: Party[], targets: Party[]): Party | undefined {
  if (targets.length !== 1) return undefined;
  const first = targets[0];
  const between = view.stems.slice(Math.max(0, first.first - BETWEEN_REACH), first.first).lastIndexOf('between');
  if (between < 0) return undefined;
  for (let k = first.end; k < Math.min(view.tokens.length, first.end + BETWEEN_REACH + 1); k++) {
    if (view.stems[k] !== 'and') continue;
    return parties.find((p) => p.first > k && p.first <= k + 2 && p.entity.id !== first.entity.id);
  }
  return undefined;
}

/** A threat's trigger, or one a threat governs ("threatened to hold a general strike"). */
function isThreat(view: SentenceView, anchor: TriggerMatch): boolean {
  return anchor.pattern.plover === 'THREATEN' || modalityAt(view, anchor.first) === 'threatened';
}

/** "… unless Israel rescinded its annexation": the parties named by a condition that ends the clause of a trigger's objects. */
function conditionParties(view: SentenceView, trigger: TriggerMatch, parties: Party[]): Party[] {
  const starts = new Set(parties.map((p) => p.first));
  const at = objectClauseEnd(view, trigger.end, starts);
  if (at >= view.tokens.length || !opensCondition(view, at)) return [];
  const end = objectClauseEnd(view, at + 1, starts);
  return listedGroup(view, parties.filter((p) => p.first > at && p.first < end && !p.afterBy), SUBJECT_LIST);
}

/**
 * "Oleshchuk wrote that air defences had shot down 87 missiles": a force named by a common noun alone, in what a
 * military or government speaker of one country says, is that country's own.
 */
function speakersOwnForces(actors: Party[], country: string | undefined): void {
  if (!country) return;
  for (const { entity } of actors) if (isUnnamedForce(entity)) entity.country = country;
}

/** The country of a military or government speaker, whose unnamed forces ("its forces", "our troops") are its own. */
function speakerForcesCountry(doc: Doc, quote: Quote | undefined): string | undefined {
  const speaker = quote?.speaker ? doc.getEntity(quote.speaker) : undefined;
  return speaker?.country && (speaker.sector === 'MIL' || speaker.sector === 'GOV') ? speaker.country : undefined;
}

function isUnnamedForce(entity: Entity): boolean {
  return !entity.country && entity.kind === 'organization' && entity.sector === 'MIL' && /^\p{Ll}/u.test(entity.name);
}

/**
 * "a man was killed", "two residents": people hurt only as people are the civilians of the country where
 * it happened, named as such ("Civilians (Ukraine)"), not an organization called "man".
 */
function civilianParty(doc: Doc, party: Party, country: string | undefined): void {
  if (!party.pending || party.entity.sector !== 'CIV' || !isCivilianNoun(party.entity.name)) return;
  const code = party.entity.country ?? country;
  const name = code && countryName(code) ? `Civilians (${countryName(code)})` : 'Civilians';
  const mention = party.entity.mentions[0];
  const existing = doc.entities.find((e) => e.kind === 'organization' && e.name === name);
  if (existing) existing.mentions.push(mention);
  party.entity = existing ?? doc.addEntity({ kind: 'organization', name, mentions: [mention], country: code, sector: 'CIV' });
  party.pending = undefined;
  indexEntity(doc, party.entity);
}

/**
 * "2 fighters killed - Donetsk Republic": with no scene of its own, a report of a regional source happened in
 * its region; a capital standing for a government ("- Kyiv", "- Moscow") says nothing of where.
 */
function creditPlace(doc: Doc, view: SentenceView, first: number, leaving: boolean, partyIds: string[], credit: Credit | undefined): ReturnType<typeof choosePlace> {
  if (!credit) return undefined;
  const place = choosePlace(doc, view, first, leaving, new Set(partyIds));
  return place && !countryOfWords(place.entity.name) ? place : undefined;
}

/** "a rescuer injured in a night attack by the Russian Federation": the agent of another trigger noun of the same event. */
function byAgentOfRelated(view: SentenceView, anchor: TriggerMatch, related: TriggerMatch[], parties: Party[], victims: Party[]): Party | undefined {
  // A party whose own words are the trigger ("Israeli jets") is told about, not acting in a second clause.
  return parties.find((p) => p.afterBy && !victims.includes(p) && (p.end <= anchor.first || p.first >= anchor.end) && related.some((m) => p.first >= m.end && p.first - m.end <= 2 && !isPassiveAt(view, m.first) && !/(?:ed|en)$/i.test(view.tokens[m.first].text)));
}

/** How many parties a list before the trigger (its subject) or after it (its object) holds. */
const SUBJECT_LIST = 3;
const LIST_GAP_WORDS = new Set(roleCues.listGapWords);

/**
 * Whether the words between two objects keep them one list: list words only, or 'to' ('urged the European Community
 * to support the PLO', 'his commitment to the Zambian people'). A verb or a title between them ends the list
 * ('that the United States match the European Union's support', 'would meet U.N. mediator Diego Cordovez').
 */
function isListGap(words: string[]): boolean {
  return words.includes('to') || words.every((w) => LIST_GAP_WORDS.has(w));
}
const OBJECT_LIST = 5;

/** Sectors of men an actor sends or moves ("its troops", "4,000 troops", "police"). */
const FORCE_SECTORS = new Set(['MIL', 'COP']);

/** A phrase for the actor's own forces: unnamed, armed or police, and of the actor's country or of none. */
function isOwnForce(party: Party, actors: Party[]): boolean {
  if (!party.pending || !FORCE_SECTORS.has(party.entity.sector ?? '')) return false;
  const country = entityCountry(party.entity);
  return !country || actors.some((a) => entityCountry(a.entity) === country);
}

/**
 * The party nearest the trigger and those listed with it ("Israel and Lebanon renewed", "aid for Romania
 * and Poland"): parties in order of distance, each at most two words from the one before, none of them 'that'.
 */
function listedGroup(view: SentenceView, nearestFirst: Party[], most: number): Party[] {
  if (nearestFirst.length === 0) return [];
  const group = [nearestFirst[0]];
  for (let i = 1; i < nearestFirst.length && i < most; i++) {
    const [a, b] = [nearestFirst[i - 1], nearestFirst[i]];
    const [from, to] = a.first < b.first ? [a.end, b.first] : [b.end, a.first];
    // "A senior British minister reiterated that Libya must …": a clause opens between them, so they are no list.
    if (to - from <= 2 && !view.stems.slice(from, to).includes('that') && (most !== OBJECT_LIST || isListGap(view.stems.slice(from, to)))) group.push(b);
    else break;
  }
  return group;
}

/** Taking territory: the government of the country it lies in regains it; anyone else overtakes it. */
function territoryType(type: string, actors: Party[], placeAlpha2: string | undefined, nounSector: string | undefined, forcesCountry?: string): string {
  const actor = actors[0]?.entity;
  if (!actor) return nounSector === 'REB' ? 'NON_STATE_ACTOR_OVERTAKES_TER' : isStateSector(nounSector) ? 'GOV_REGAINS_TERIT' : type;
  // "the ministry said its forces had taken …": a speaker's unnamed forces are of its country.
  const country = entityCountry(actor) ?? (isUnnamedForce(actor) ? forcesCountry : undefined);
  const placeCountry = alpha3(placeAlpha2);
  if (actor.sector === 'REB' || actor.kind === 'armed_group') return 'NON_STATE_ACTOR_OVERTAKES_TER';
  if (isStateActor(actor) || actor.kind === 'organization' || (actor.kind === 'place' && country)) {
    if (country && placeCountry) return country === placeCountry ? 'GOV_REGAINS_TERIT' : 'NON_STATE_ACTOR_OVERTAKES_TER';
    if (country === 'UKR') return 'GOV_REGAINS_TERIT';
    if (country === 'RUS') return 'NON_STATE_ACTOR_OVERTAKES_TER';
    return isStateActor(actor) ? 'GOV_REGAINS_TERIT' : type;
  }
  return type;
}

function attachCasualties(doc: Doc, event: Event, view: SentenceView, counts: SentenceCounts): void {
  event.evidence.push(doc.span(view.sentence.start, view.sentence.end));
  if (event.fatalities === undefined && counts.fatalities !== undefined) event.fatalities = counts.fatalities;
}

/** The publication date as the event's time, when the report gives none: as precise as the date is. */
function publicationTime(doc: Doc): Event['time'] {
  const date = doc.article.date;
  const precision = doc.article.datePrecision ?? 'day';
  if (!date) return { start: '', end: '', precision };
  const end = precision === 'day' ? date : precision === 'month' ? lastDayOfMonth(date) : `${date.slice(0, 4)}-12-31`;
  return { start: date, end, precision };
}

function lastDayOfMonth(date: string): string {
  const [y, m] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${date.slice(0, 7)}-${String(day).padStart(2, '0')}`;
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
