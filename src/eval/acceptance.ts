/**
 * Acceptance evaluation: does an extraction hold what a careful analyst reads out of the report?
 *
 * Text comparisons ignore case, fold curly quotes to straight ones and collapse whitespace; "contains"
 * is a substring match. An item passes when any candidate satisfies every field the item gives; a failing
 * item reports what is wrong with the closest candidate.
 *
 * - article.date: equals extraction.article.date.
 * - persons (entities of kind person) and organizations (organization or armed_group): an entity whose
 *   name or one of whose mentions contains `mention`; then name_any (name contains one of them),
 *   role_any (role contains one), country (ISO3, equal), sector (equal).
 * - places: a place entity whose name or a mention contains `mention`; lat/lon: its geo exists and lies
 *   within max_km (haversine); featureType: equal.
 * - quotes: a quote whose span text contains text_contains; direct: equal; speaker_any: the speaker
 *   entity's name or one of its mentions contains one; channel: equal.
 * - events: type equal, or one of type_any; actor_country: an actor entity has that country; quantity: a
 *   quantity has that value; fatalities: equal (none counts as 0); modality: equal; date_from/date_to: the event's first day >= date_from and its last day
 *   <= date_to; start: its first day equals it; source_any: the name or a mention of source.entity, or of
 *   the speaker of source.quote, contains one; place_near: the place entity's geo within max_km.
 * - times: a TimeRef whose span text contains text_contains; date: its first day equals it and so does
 *   its last day (or it has day precision); week: a week starting that day; month: its start begins with it; instant: Date.parse equal.
 *
 * Days are the calendar date written in an ISO string (its first 10 characters: the local date, as
 * offsets are kept). An end at exactly midnight after the start is exclusive, so its last day is the day
 * before: one day may be written 2022-11-09..2022-11-09 or 2022-11-09T00:00+03:00..2022-11-10T00:00+03:00.
 */
import type { Article } from '../article.js';
import type { Entity, EntityKind, Event, Extraction, Quote, TimeRef } from '../extract/contract.js';
import { extract } from '../extract/index.js';
import type { AcceptanceFile, ActorExpectation, EventExpectation, PlaceExpectation, QuoteExpectation, TimeExpectation } from './acceptance-file.js';
import { haversineKm as distanceKm } from '../geo/distance.js';

export type AcceptanceSection = 'article' | 'persons' | 'organizations' | 'places' | 'quotes' | 'events' | 'times';

export interface AcceptanceItem {
  section: AcceptanceSection;
  label: string;
  pass: boolean;
  reason: string;
}

export interface AcceptanceResult {
  items: AcceptanceItem[];
  passed: number;
  total: number;
}

/** Checks every item of an acceptance file against one extraction. `articleText` sharpens the reasons. */
export function evaluateAcceptance(acceptance: AcceptanceFile, extraction: Extraction, articleText?: string): AcceptanceResult {
  const context = new Context(extraction, articleText);
  const items: AcceptanceItem[] = [];
  if (acceptance.article?.date !== undefined) items.push(checkArticleDate(acceptance.article.date, extraction));
  for (const item of acceptance.persons ?? []) items.push(checkActor('persons', ['person'], item, context));
  for (const item of acceptance.organizations ?? []) items.push(checkActor('organizations', ['organization', 'armed_group'], item, context));
  for (const item of acceptance.places ?? []) items.push(checkPlace(item, context));
  for (const item of acceptance.quotes ?? []) items.push(checkQuote(item, context));
  for (const item of acceptance.events ?? []) items.push(checkEvent(item, context));
  for (const item of acceptance.times ?? []) items.push(checkTime(item, context));
  const passed = items.filter((item) => item.pass).length;
  return { items, passed, total: items.length };
}

/** Extracts the article (unless an extraction is given) and evaluates it. */
export function runAcceptance(acceptance: AcceptanceFile, article: Article, extraction: Extraction = extract(article)): AcceptanceResult {
  return evaluateAcceptance(acceptance, extraction, article.text);
}

/** One line per item, `PASS|FAIL section: label — reason`, then `acceptance: N passed, M failed`. */
export function formatAcceptanceReport(result: AcceptanceResult): string {
  const lines = result.items.map((item) => `${item.pass ? 'PASS' : 'FAIL'} ${item.section}: ${item.label} — ${item.reason}`);
  lines.push(`acceptance: ${result.passed} passed, ${result.total - result.passed} failed`);
  return lines.join('\n') + '\n';
}

class Context {
  readonly entities = new Map<string, Entity>();
  readonly quotes = new Map<string, Quote>();
  private readonly foldedText: string | undefined;

  constructor(
    readonly extraction: Extraction,
    articleText?: string,
  ) {
    for (const entity of extraction.entities) this.entities.set(entity.id, entity);
    for (const quote of extraction.quotes) this.quotes.set(quote.id, quote);
    this.foldedText = articleText === undefined ? undefined : fold(articleText);
  }

  /** False only when the article text is known and the phrase is not in it: a flaw in the acceptance file. */
  articleHas(phrase: string): boolean {
    return this.foldedText === undefined || this.foldedText.includes(fold(phrase));
  }
}

function checkArticleDate(date: string, extraction: Extraction): AcceptanceItem {
  const actual = extraction.article.date;
  return actual === date
    ? { section: 'article', label: 'date', pass: true, reason: date }
    : { section: 'article', label: 'date', pass: false, reason: `article date is ${actual || 'missing'} (want ${date})` };
}

function checkActor(section: 'persons' | 'organizations', kinds: EntityKind[], want: ActorExpectation, context: Context): AcceptanceItem {
  const label = want.mention;
  const kindName = section === 'persons' ? 'person' : 'organization';
  const candidates = context.extraction.entities.filter((e) => kinds.includes(e.kind) && mentions(e, want.mention));
  if (candidates.length === 0) return fail(section, label, noEntityReason(kindName, kinds, want.mention, context));
  const best = closest(candidates, (entity) => {
    const failures: string[] = [];
    if (want.name_any && !containsAny(entity.name, want.name_any)) failures.push(`name is '${entity.name}' (want ${anyOf(want.name_any)})`);
    if (want.role_any && !containsAny(entity.role, want.role_any)) failures.push(`${describe('role', entity.role)} (want ${anyOf(want.role_any)})`);
    if (want.country !== undefined && entity.country !== want.country) failures.push(`${describe('country', entity.country)} (want ${want.country})`);
    if (want.sector !== undefined && entity.sector !== want.sector) failures.push(`${describe('sector', entity.sector)} (want ${want.sector})`);
    return failures;
  });
  const entity = best.candidate;
  if (best.failures.length > 0) return fail(section, label, `${entity.name} found but ${best.failures.join('; ')}`);
  const details = [entity.role, entity.country, entity.sector].filter(Boolean).join(', ');
  return pass(section, label, `${entity.id} ${entity.name}${details ? ` (${details})` : ''}`);
}

function checkPlace(want: PlaceExpectation, context: Context): AcceptanceItem {
  const label = want.mention;
  const candidates = context.extraction.entities.filter((e) => e.kind === 'place' && mentions(e, want.mention));
  if (candidates.length === 0) return fail('places', label, noEntityReason('place', ['place'], want.mention, context));
  const best = closest(candidates, (entity) => {
    const failures: string[] = [];
    const geo = entity.geo;
    if (want.lat !== undefined && want.lon !== undefined) {
      const maxKm = want.max_km ?? 0;
      if (!geo) failures.push(`not geocoded (want within ${maxKm} km of ${want.lat}, ${want.lon})`);
      else {
        const km = distanceKm(geo.lat, geo.lon, want.lat, want.lon);
        if (km > maxKm) failures.push(`resolved ${formatKm(km)} km from the expected point (max ${maxKm} km)`);
      }
    }
    if (want.featureType !== undefined && geo?.featureType !== want.featureType) {
      failures.push(geo ? `featureType is ${geo.featureType} (want ${want.featureType})` : `not geocoded (want a ${want.featureType})`);
    }
    return failures;
  });
  const entity = best.candidate;
  if (best.failures.length > 0) return fail('places', label, `${entity.name} ${best.failures.join('; ')}`);
  const geo = entity.geo;
  const where = geo && want.lat !== undefined && want.lon !== undefined ? ` ${formatKm(distanceKm(geo.lat, geo.lon, want.lat, want.lon))} km from the expected point` : '';
  return pass('places', label, `${entity.id} ${entity.name}${geo ? ` (${geo.featureType})` : ''}${where}`);
}

function checkQuote(want: QuoteExpectation, context: Context): AcceptanceItem {
  const label = want.text_contains;
  const quotes = context.extraction.quotes;
  const candidates = quotes.filter((q) => contains(q.span.text, want.text_contains));
  if (candidates.length === 0) {
    if (quotes.length === 0) return fail('quotes', label, 'no quotes extracted');
    if (!context.articleHas(want.text_contains)) return fail('quotes', label, `'${want.text_contains}' does not occur in the article text`);
    return fail('quotes', label, `no quote contains '${want.text_contains}' (${count(quotes.length, 'quote')} extracted)`);
  }
  const best = closest(candidates, (quote) => {
    const failures: string[] = [];
    if (want.direct !== undefined && quote.direct !== want.direct) failures.push(`direct is ${quote.direct} (want ${want.direct})`);
    if (want.speaker_any) {
      const speaker = quote.speaker === null ? undefined : context.entities.get(quote.speaker);
      if (!speaker) failures.push(`speaker is unknown (want ${anyOf(want.speaker_any)})`);
      else if (!entityMatchesAny(speaker, want.speaker_any)) failures.push(`speaker is ${speaker.name} (want ${anyOf(want.speaker_any)})`);
    }
    if (want.channel !== undefined && quote.channel !== want.channel) failures.push(`${describe('channel', quote.channel)} (want ${want.channel})`);
    return failures;
  });
  const quote = best.candidate;
  if (best.failures.length > 0) return fail('quotes', label, `quote ${quote.id} found but ${best.failures.join('; ')}`);
  const speaker = quote.speaker === null ? undefined : context.entities.get(quote.speaker);
  return pass('quotes', label, `quote ${quote.id}${speaker ? ` by ${speaker.name}` : ''}${quote.channel ? ` on ${quote.channel}` : ''}`);
}

function checkEvent(want: EventExpectation, context: Context): AcceptanceItem {
  const label = want.what;
  const events = context.extraction.events;
  if (events.length === 0) return fail('events', label, 'no events extracted');
  const types = want.type_any ?? (want.type !== undefined ? [want.type] : undefined);
  const candidates = types ? events.filter((e) => types.includes(e.type)) : events;
  if (candidates.length === 0) {
    return fail('events', label, `no event of type ${types!.join(' | ')} (extracted: ${tally(events.map((e) => e.type))})`);
  }
  const best = closest(candidates, (event) => eventFailures(event, want, context));
  const event = best.candidate;
  if (best.failures.length > 0) return fail('events', label, `closest is ${event.id} ${event.type}, but ${best.failures.join('; ')}`);
  return pass('events', label, `${event.id} ${event.type} ${event.time.start}..${event.time.end}`);
}

function eventFailures(event: Event, want: EventExpectation, context: Context): string[] {
  const failures: string[] = [];
  if (want.actor_country !== undefined) {
    const actors = event.actors.map((id) => context.entities.get(id)).filter((e): e is Entity => e !== undefined);
    if (!actors.some((actor) => actor.country === want.actor_country)) {
      const list = actors.map((a) => `${a.name}${a.country ? `/${a.country}` : ''}`).join(', ');
      failures.push(`no actor from ${want.actor_country} (actors: ${list || 'none'})`);
    }
  }
  if (want.quantity !== undefined && !event.quantities.some((q) => q.value === want.quantity)) {
    const list = event.quantities.map((q) => `${q.value} ${q.unit}`).join(', ');
    failures.push(`no quantity ${want.quantity} (quantities: ${list || 'none'})`);
  }
  if (want.fatalities !== undefined && (event.fatalities ?? 0) !== want.fatalities) failures.push(`fatalities ${event.fatalities ?? 0} (want ${want.fatalities})`);
  if (want.modality !== undefined && event.modality !== want.modality) failures.push(`modality ${event.modality} (want ${want.modality})`);
  const first = firstDay(event.time.start);
  const last = lastDay(event.time.start, event.time.end);
  if ((want.date_from !== undefined && first < want.date_from) || (want.date_to !== undefined && last > want.date_to)) {
    failures.push(`time ${first}..${last} is not within ${want.date_from ?? '…'}..${want.date_to ?? '…'}`);
  }
  if (want.start !== undefined && first !== want.start) failures.push(`starts ${first} (want ${want.start})`);
  if (want.source_any) {
    const sources = eventSources(event, context);
    if (sources.length === 0) failures.push(`source is missing (want ${anyOf(want.source_any)})`);
    else if (!sources.some((source) => entityMatchesAny(source, want.source_any!))) {
      failures.push(`source is ${sources.map((s) => s.name).join(' / ')} (want ${anyOf(want.source_any)})`);
    }
  }
  if (want.place_near) {
    const { lat, lon, max_km } = want.place_near;
    const place = event.place === null ? undefined : context.entities.get(event.place);
    if (!place) failures.push(`place is missing (want within ${max_km} km of ${lat}, ${lon})`);
    else if (!place.geo) failures.push(`place ${place.name} is not geocoded`);
    else {
      const km = distanceKm(place.geo.lat, place.geo.lon, lat, lon);
      if (km > max_km) failures.push(`place ${place.name} is ${formatKm(km)} km from the expected point (max ${max_km} km)`);
    }
  }
  return failures;
}

/** Who an event is attributed to: its source entity and the speaker of its source quote. */
function eventSources(event: Event, context: Context): Entity[] {
  const sources: Entity[] = [];
  const entity = event.source?.entity === undefined ? undefined : context.entities.get(event.source.entity);
  if (entity) sources.push(entity);
  const quote = event.source?.quote === undefined ? undefined : context.quotes.get(event.source.quote);
  const speaker = quote?.speaker == null ? undefined : context.entities.get(quote.speaker);
  if (speaker && speaker !== entity) sources.push(speaker);
  return sources;
}

function checkTime(want: TimeExpectation, context: Context): AcceptanceItem {
  const label = want.text_contains;
  const times = context.extraction.times;
  const candidates = times.filter((t) => contains(t.span.text, want.text_contains));
  if (candidates.length === 0) {
    if (times.length === 0) return fail('times', label, 'no times extracted');
    if (!context.articleHas(want.text_contains)) return fail('times', label, `'${want.text_contains}' does not occur in the article text`);
    return fail('times', label, `no time expression covers '${want.text_contains}' (${count(times.length, 'time')} extracted)`);
  }
  const best = closest(candidates, (time) => timeFailures(time, want));
  const time = best.candidate;
  if (best.failures.length > 0) return fail('times', label, `${time.id} '${time.span.text}' ${best.failures.join('; ')}`);
  return pass('times', label, `${time.id} '${time.span.text}' ${time.start}..${time.end} (${time.precision})`);
}

function timeFailures(time: TimeRef, want: TimeExpectation): string[] {
  const failures: string[] = [];
  const first = firstDay(time.start);
  if (want.date !== undefined) {
    const last = lastDay(time.start, time.end);
    if (first !== want.date) failures.push(`resolved to ${first} (want ${want.date})`);
    else if (time.precision !== 'day' && last !== want.date) failures.push(`is a ${time.precision} ${first}..${last}, not the day ${want.date}`);
  }
  if (want.week !== undefined && (first !== want.week || time.precision !== 'week')) failures.push(`is a ${time.precision} from ${first} (want the week from ${want.week})`);
  if (want.month !== undefined && !time.start.startsWith(want.month)) failures.push(`resolved to ${time.start} (want the month ${want.month})`);
  if (want.instant !== undefined && Date.parse(time.start) !== Date.parse(want.instant)) {
    failures.push(`resolved to ${time.start} (want ${want.instant})`);
  }
  return failures;
}

function noEntityReason(kindName: string, kinds: EntityKind[], mention: string, context: Context): string {
  const other = context.extraction.entities.find((e) => !kinds.includes(e.kind) && mentions(e, mention));
  if (other) return `'${mention}' found as ${other.kind} ${other.name}, not as ${kindName === 'organization' ? 'an organization' : `a ${kindName}`}`;
  if (!context.articleHas(mention)) return `'${mention}' does not occur in the article text`;
  const none = context.extraction.entities.length === 0 ? ' (no entities extracted)' : '';
  return `no ${kindName} mentioned as '${mention}'${none}`;
}

interface Judged<T> {
  candidate: T;
  failures: string[];
}

/** The candidate with the fewest failures (the first of equals); candidates must not be empty. */
function closest<T>(candidates: T[], check: (candidate: T) => string[]): Judged<T> {
  let best: Judged<T> | undefined;
  for (const candidate of candidates) {
    const failures = check(candidate);
    if (best === undefined || failures.length < best.failures.length) best = { candidate, failures };
    if (failures.length === 0) break;
  }
  return best!;
}

/** The first day written in an ISO date or date-time. */
function firstDay(iso: string): string {
  return iso.slice(0, 10);
}

/** The last day an interval covers: an end at exactly midnight after the start is exclusive. */
function lastDay(start: string, end: string): string {
  const day = end.slice(0, 10);
  const midnight = /^T00:00(:00(\.0+)?)?(Z|[+-]\d{2}:\d{2})?$/.test(end.slice(10));
  if (!midnight || !(Date.parse(end) > Date.parse(start))) return day;
  const previous = new Date(Date.parse(day + 'T00:00:00Z') - 86_400_000);
  return previous.toISOString().slice(0, 10);
}

function fold(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[‘’‛`]/g, "'").replace(/[“”„«»]/g, '"').replace(/\s+/g, ' ');
}

function contains(haystack: string | undefined, needle: string): boolean {
  return haystack !== undefined && fold(haystack).includes(fold(needle));
}

function containsAny(haystack: string | undefined, needles: string[]): boolean {
  return needles.some((needle) => contains(haystack, needle));
}

function mentions(entity: Entity, phrase: string): boolean {
  return contains(entity.name, phrase) || entity.mentions.some((m) => contains(m.text, phrase));
}

function entityMatchesAny(entity: Entity, names: string[]): boolean {
  return names.some((name) => mentions(entity, name));
}

function describe(field: string, value: string | undefined): string {
  return value === undefined || value === '' ? `${field} is missing` : `${field} is '${value}'`;
}

function anyOf(names: string[]): string {
  return names.join(' | ');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function tally(values: string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, n]) => (n > 1 ? `${value} ×${n}` : value)).join(', ');
}

function formatKm(km: number): string {
  return km < 10 ? km.toFixed(1) : String(Math.round(km));
}

function pass(section: AcceptanceSection, label: string, reason: string): AcceptanceItem {
  return { section, label, pass: true, reason };
}

function fail(section: AcceptanceSection, label: string, reason: string): AcceptanceItem {
  return { section, label, pass: false, reason };
}
