import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Article } from '../article.js';
import { alpha3 } from '../extract/events/countries.js';
import { eventDetail } from '../extract/events/index.js';
import { caseCodeOfAcled } from '../extract/events/lexicon.js';
import { entityCountry } from '../extract/events/actors.js';
import type { Entity, Event } from '../extract/contract.js';
import { analyze, Doc as DocClass, type Doc } from '../extract/index.js';
import { haversineKm as distanceKm } from '../geo/distance.js';
import { byConfidence, formatConfidenceRows, type ConfidenceRow, type Judged } from './confidence.js';
import { decodeBuffer, parseDate } from '../readers/index.js';

export type EventsFormat = 'case2021' | 'plover' | 'acled' | 'ucdp';

export interface EventsReport {
  format: EventsFormat;
  items: number;
  metrics: Record<string, number>;
  perClass?: { label: string; support: number; precision: number; recall: number; f1: number }[];
  /** The main event's type kept only at or above each confidence: the trade a threshold makes. */
  byConfidence?: ConfidenceRow[];
}

/** analyze(), with a report the pipeline fails on counted as one with no events (errors are tallied). */
let failures = 0;
function safeAnalyze(article: Article): Doc {
  try {
    return analyze(article);
  } catch {
    failures++;
    return new DocClass(article);
  }
}

/** The main event of a report: the most confident one, the earliest on a tie. */
export function mainEvent(doc: Doc): Event | undefined {
  let best: Event | undefined;
  for (const event of doc.events) if (!best || event.confidence > best.confidence) best = event;
  return best;
}

function readRows(path: string, delimiter = ','): Record<string, string>[] {
  return parse(decodeBuffer(readFileSync(path)), { columns: true, delimiter, relax_quotes: true, skip_empty_lines: true, bom: true, quote: delimiter === '\t' ? false : '"' }) as Record<string, string>[];
}

/** Weighted F1, macro F1, accuracy and a per-class table of predicted against gold labels. */
export function classification(gold: string[], predicted: string[]): Pick<EventsReport, 'metrics' | 'perClass'> {
  const labels = [...new Set(gold)].sort();
  const perClass = labels.map((label) => {
    let tp = 0, fp = 0, fn = 0;
    for (let i = 0; i < gold.length; i++) {
      if (predicted[i] === label && gold[i] === label) tp++;
      else if (predicted[i] === label) fp++;
      else if (gold[i] === label) fn++;
    }
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, support: tp + fn, precision, recall, f1 };
  });
  const total = gold.length || 1;
  const weightedF1 = perClass.reduce((sum, c) => sum + (c.f1 * c.support) / total, 0);
  const macroF1 = perClass.reduce((sum, c) => sum + c.f1, 0) / (perClass.length || 1);
  const accuracy = gold.filter((g, i) => g === predicted[i]).length / total;
  return { metrics: { weighted_f1: weightedF1, macro_f1: macroF1, accuracy }, perClass };
}

/** CASE 2021 task 2: the type of each snippet's main event against SubType. */
export function evaluateCase2021(path: string, limit?: number): EventsReport {
  const rows = readRows(path, '\t').slice(0, limit);
  const gold = rows.map((row) => row.SubType.trim());
  const events = rows.map((row) => mainEvent(safeAnalyze({ id: row.id, date: '', text: row.EventSnippet })));
  const predicted = events.map((event) => event?.type ?? 'OTHER');
  const judged = events.map((event, i) => event && { confidence: event.confidence, right: event.type === gold[i] });
  return { format: 'case2021', items: rows.length, ...classification(gold, predicted), byConfidence: byConfidence(judged) };
}

/** PLOVER 2016 GSR names → PLOVER 2021 names (the ones sitrep emits). */
const PLOVER_2021: Record<string, string> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', FIGHT: 'ASSAULT', INVESTIGATE: 'ACCUSE' };

interface PloverActor { actorText: string }
interface PloverRecord { id: string; event: string; text?: string; source?: PloverActor[] | string; target?: PloverActor[] | string }

/** Actor text as words, compared as SQuAD's token F1 compares answers: case, punctuation and articles aside. */
const ARTICLES = new Set(['a', 'an', 'the']);
const words = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !ARTICLES.has(w));

/** Token-overlap F1 of two bags of words. */
export function tokenF1(predicted: string[], gold: string[]): number {
  if (predicted.length === 0 && gold.length === 0) return 1;
  if (predicted.length === 0 || gold.length === 0) return 0;
  const pool = new Map<string, number>();
  for (const w of gold) pool.set(w, (pool.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of predicted) {
    const n = pool.get(w) ?? 0;
    if (n > 0) {
      common++;
      pool.set(w, n - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / predicted.length;
  const r = common / gold.length;
  return (2 * p * r) / (p + r);
}

/** How the event names a party, as the events stage wrote it; else the entity's name. */
function actorText(doc: Doc, id: string, event: Event): string {
  return event.actorText?.[id] ?? doc.getEntity(id)?.name ?? '';
}

/** PLOVER GSR: category accuracy of the main event, and actor / target text F1 (token overlap). */
export function evaluatePlover(path: string, limit?: number): EventsReport {
  const records = (JSON.parse(readFileSync(path, 'utf8')) as PloverRecord[]).filter((r) => r.text && r.event !== 'DOCUMENT').slice(0, limit);
  let correct = 0, sourceF1 = 0, targetF1 = 0, sources = 0, targets = 0;
  const gold: string[] = [];
  const predicted: string[] = [];
  for (const record of records) {
    const doc = safeAnalyze({ id: record.id, date: '', text: record.text! });
    const event = ploverMainEvent(doc);
    const want = PLOVER_2021[record.event] ?? record.event;
    gold.push(want);
    predicted.push(event?.plover ?? 'NONE');
    if (event?.plover === want) correct++;
    const goldSource = Array.isArray(record.source) ? record.source.flatMap((a) => words(a.actorText)) : [];
    const goldTarget = Array.isArray(record.target) ? record.target.flatMap((a) => words(a.actorText)) : [];
    if (goldSource.length > 0) {
      sources++;
      sourceF1 += tokenF1(event ? event.actors.flatMap((id) => words(actorText(doc, id, event))) : [], goldSource);
    }
    if (goldTarget.length > 0) {
      targets++;
      targetF1 += tokenF1(event ? event.targets.flatMap((id) => words(actorText(doc, id, event))) : [], goldTarget);
    }
  }
  const table = classification(gold, predicted);
  return {
    format: 'plover', items: records.length,
    metrics: { category_accuracy: correct / (records.length || 1), source_f1: sourceF1 / (sources || 1), target_f1: targetF1 / (targets || 1), macro_f1: table.metrics.macro_f1 },
    perClass: table.perClass,
  };
}

/** For PLOVER the governing verb of the sentence counts: the earliest confident event. */
export function ploverMainEvent(doc: Doc): Event | undefined {
  const candidates = doc.events.filter((e) => e.plover);
  if (candidates.length === 0) return undefined;
  const top = Math.max(...candidates.map((e) => e.confidence));
  const strong = candidates.filter((e) => e.confidence >= top - 0.25);
  return strong.reduce((a, b) => ((eventDetail(a)?.head.start ?? 0) <= (eventDetail(b)?.head.start ?? 0) ? a : b));
}

function placeOf(doc: Doc, event: Event | undefined): Entity | undefined {
  return event?.place ? doc.getEntity(event.place) : undefined;
}

function eventDate(event: Event | undefined): string {
  return event?.time.start.slice(0, 10) ?? '';
}

/** ACLED-style export: each row's notes (bracketed coder remarks removed) read as a report of its event_date. */
export function evaluateAcled(path: string, limit?: number): EventsReport {
  const rows = readRows(path).slice(0, limit);
  const tally = { subType: 0, actorCountry: 0, actorRows: 0, place: 0, placeRows: 0, admin1: 0, admin1Rows: 0, fatalities: 0, date: 0 };
  const judged: (Judged | undefined)[] = [];
  for (const [i, row] of rows.entries()) {
    const date = parseDate(row.event_date.split(' ')[0], 'dmy') ?? '';
    const text = row.notes.replace(/\[[^\]]*\]/g, '').replace(/\s+/g, ' ').trim();
    const doc = safeAnalyze({ id: `acled-${i + 1}`, date, text } satisfies Article);
    const event = mainEvent(doc);
    const typeRight = event !== undefined && event.type === caseCodeOfAcled(row.sub_event_type);
    if (typeRight) tally.subType++;
    judged.push(event && { confidence: event.confidence, right: typeRight });
    const wantCountry = countryOfActorName(row.actor1);
    if (wantCountry) {
      tally.actorRows++;
      const actor = event?.actors.map((id) => doc.getEntity(id)).find((e): e is Entity => e !== undefined);
      if (actor && entityCountry(actor) === wantCountry) tally.actorCountry++;
    }
    const place = placeOf(doc, event);
    if (['1', '2'].includes(row.geo_precision?.trim()) && row.latitude && row.longitude) {
      tally.placeRows++;
      if (place?.geo && distanceKm(place.geo.lat, place.geo.lon, Number(row.latitude), Number(row.longitude)) <= 10) tally.place++;
    }
    if (row.admin1) {
      tally.admin1Rows++;
      if (place?.geo?.admin1 && sameAdmin(place.geo.admin1, row.admin1)) tally.admin1++;
    }
    if ((event?.fatalities ?? 0) === Number(row.fatalities || 0)) tally.fatalities++;
    if (eventDate(event) === date) tally.date++;
  }
  const n = rows.length || 1;
  return {
    format: 'acled', items: rows.length,
    metrics: {
      sub_event_type_accuracy: tally.subType / n, actor1_country_accuracy: tally.actorCountry / (tally.actorRows || 1),
      place_within_10km: tally.place / (tally.placeRows || 1), admin1_match: tally.admin1 / (tally.admin1Rows || 1),
      fatalities_exact: tally.fatalities / n, date_exact: tally.date / n,
    },
    byConfidence: byConfidence(judged),
  };
}

const sameAdmin = (a: string, b: string) => {
  const fold = (s: string) => s.toLowerCase().replace(/\b(oblast|region|province|city|krai|republic|of)\b/g, '').replace(/[^a-z]/g, '');
  return fold(a) === fold(b) || fold(a).startsWith(fold(b)) || fold(b).startsWith(fold(a));
};

/** "Military Forces of Russia (2000-)" → RUS; "Civilians (Ukraine)" → UKR. */
function countryOfActorName(name: string): string | undefined {
  const match = /(?:of|\()\s*([A-Z][\w ]+?)\s*(?:\(|\)|$)/.exec(name ?? '');
  const words = match?.[1] ?? '';
  return alpha3Of(words);
}

function alpha3Of(country: string): string | undefined {
  const known: Record<string, string> = { russia: 'RUS', ukraine: 'UKR', belarus: 'BLR' };
  return known[country.trim().toLowerCase()] ?? alpha3(undefined);
}

/** UCDP side names → the country or side label sitrep's actors carry. */
function ucdpSide(side: string): string | undefined {
  if (/Government of Ukraine/i.test(side)) return 'UKR';
  if (/Government of Russia/i.test(side)) return 'RUS';
  if (/DPR|LPR|Novorossiya/i.test(side)) return 'SEP';
  return undefined;
}

const SEPARATIST = /\b(DPR|LPR|DNR|LNR|separatists?|rebels?|militias?|militiam[ae]n|Donetsk People|Luhansk People|Lugansk People|Novorossiya)\b/i;

function partySide(entity: Entity): string | undefined {
  if (SEPARATIST.test(entity.name) || entity.mentions.some((m) => SEPARATIST.test(m.text))) return 'SEP';
  return entityCountry(entity);
}

/** UCDP GED: source_headline as the report; sides found, deaths exact, place within 25 km (where_prec <= 2). */
export function evaluateUcdp(path: string, limit?: number): EventsReport {
  const rows = readRows(path).filter((row) => row.source_headline && row.source_headline.trim().length > 20).slice(0, limit);
  const tally = { sides: 0, sideRows: 0, deaths: 0, place: 0, placeRows: 0, withEvent: 0 };
  for (const row of rows) {
    const date = parseDate(row.date_start.split(' ')[0], 'mdy') ?? parseDate(row.date_start.split(' ')[0], 'dmy') ?? '';
    const text = row.source_headline.split(';')[0];
    const doc = safeAnalyze({ id: row.id, date, text });
    const event = mainEvent(doc);
    if (event) tally.withEvent++;
    const want = [ucdpSide(row.side_a), ucdpSide(row.side_b)].filter((s): s is string => s !== undefined);
    const got = new Set((event ? [...event.actors, ...event.targets] : []).map((id) => doc.getEntity(id)).filter((e): e is Entity => !!e).map(partySide));
    tally.sideRows += want.length;
    tally.sides += want.filter((s) => got.has(s)).length;
    if ((event?.fatalities ?? 0) === Number(row.best || 0)) tally.deaths++;
    if (Number(row.where_prec) <= 2) {
      tally.placeRows++;
      const place = placeOf(doc, event);
      if (place?.geo && distanceKm(place.geo.lat, place.geo.lon, Number(row.latitude), Number(row.longitude)) <= 25) tally.place++;
    }
  }
  const n = rows.length || 1;
  return {
    format: 'ucdp', items: rows.length,
    metrics: { event_found: tally.withEvent / n, side_recall: tally.sides / (tally.sideRows || 1), deaths_exact: tally.deaths / n, place_within_25km: tally.place / (tally.placeRows || 1) },
  };
}

export function evaluateEvents(path: string, format: EventsFormat, limit?: number): EventsReport {
  failures = 0;
  const report = run(path, format, limit);
  report.metrics.pipeline_errors = failures;
  return report;
}

function run(path: string, format: EventsFormat, limit?: number): EventsReport {
  switch (format) {
    case 'case2021': return evaluateCase2021(path, limit);
    case 'plover': return evaluatePlover(path, limit);
    case 'acled': return evaluateAcled(path, limit);
    case 'ucdp': return evaluateUcdp(path, limit);
  }
}

export function formatEventsReport(report: EventsReport): string {
  const lines = [`events (${report.format}): ${report.items} items`];
  for (const [name, value] of Object.entries(report.metrics)) lines.push(`  ${name.padEnd(26)} ${value.toFixed(3)}`);
  if (report.byConfidence) lines.push(...formatConfidenceRows(report.byConfidence));
  if (report.perClass) {
    lines.push('', `  ${'class'.padEnd(32)} support precision recall   f1`);
    for (const c of report.perClass) lines.push(`  ${c.label.padEnd(32)} ${String(c.support).padStart(7)} ${c.precision.toFixed(3).padStart(9)} ${c.recall.toFixed(3).padStart(6)} ${c.f1.toFixed(3).padStart(6)}`);
  }
  return lines.join('\n') + '\n';
}
