import type { Writable } from 'node:stream';
import type { EventParticipant, EventRow } from '../query/types.js';
import vocabulary from '../lexicon/events/acled-vocabulary.json' with { type: 'json' };
import { BufferedOutput } from './buffered-output.js';
import { csvRecord, type CsvValue } from './csv-record.js';
import type { ExportResult } from './result.js';

/** ACLED's export columns, in ACLED's order. */
export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
] as const;

type AcledColumn = (typeof ACLED_COLUMNS)[number];

const byCaseCode: Record<string, string[] | undefined> = vocabulary.byCaseCode;
const disorderByEventType: Record<string, string | undefined> = vocabulary.disorderByEventType;
const interBySector: Record<string, string | undefined> = vocabulary.interBySector;
const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });
const DAY_MS = 86_400_000;

/** ACLED time precision: 1 a known day, 2 within a week, 3 within a month or vaguer. */
export function acledTimePrecision(row: Pick<EventRow, 'timeStart' | 'timeEnd' | 'timePrecision'>): 1 | 2 | 3 {
  if (row.timePrecision === 'week') return 2;
  if (!['minute', 'hour', 'day'].includes(row.timePrecision)) return 3;
  const days = (Date.parse(row.timeEnd.slice(0, 10)) - Date.parse(row.timeStart.slice(0, 10))) / DAY_MS;
  if (!(days > 0)) return 1;
  return days <= 7 ? 2 : 3;
}

function countryName(alpha2: string | null): string {
  if (!alpha2) return '';
  try {
    return countryNames.of(alpha2.toUpperCase()) ?? '';
  } catch {
    return '';
  }
}

function inter(participant: EventParticipant | undefined): string {
  return participant?.sector ? interBySector[participant.sector.toUpperCase()] ?? '' : '';
}

function interaction(inter1: string, inter2: string): string {
  if (inter1 && inter2) return `${inter1}-${inter2}`;
  return inter1 ? `${inter1} only` : '';
}

export function acledRecord(row: EventRow): Record<AcledColumn, CsvValue> {
  const [eventType, subEventType] = row.acledEventType
    ? [row.acledEventType, row.acledSubEventType ?? '']
    : byCaseCode[row.type.toUpperCase()] ?? ['', ''];
  const actors = row.participants.filter((p) => p.role === 'actor');
  const targets = row.participants.filter((p) => p.role === 'target');
  const inter1 = inter(actors[0]);
  const inter2 = inter(targets[0]);
  const ingested = Date.parse(row.ingestedAt);
  return {
    event_id_cnty: row.key,
    event_date: row.timeStart.slice(0, 10),
    year: row.timeStart.slice(0, 4),
    time_precision: acledTimePrecision(row),
    disorder_type: disorderByEventType[eventType] ?? '',
    event_type: eventType,
    sub_event_type: subEventType,
    actor1: actors[0]?.name ?? '',
    assoc_actor_1: actors.slice(1).map((p) => p.name).join('; '),
    inter1,
    actor2: targets[0]?.name ?? '',
    assoc_actor_2: targets.slice(1).map((p) => p.name).join('; '),
    inter2,
    interaction: interaction(inter1, inter2),
    civilian_targeting: targets.some((p) => inter(p) === 'Civilians') ? 'Civilian targeting' : '',
    iso: '',
    region: '',
    country: countryName(row.country),
    admin1: row.admin1,
    admin2: '',
    admin3: '',
    location: row.placeName,
    latitude: row.lat,
    longitude: row.lon,
    geo_precision: row.placePrecision,
    source: [row.sourceName, row.articleSource].filter(Boolean).join('; '),
    source_scale: '',
    notes: row.evidence.join(' '),
    fatalities: row.fatalities ?? 0,
    tags: row.modality === 'asserted' ? '' : row.modality,
    timestamp: Number.isNaN(ingested) ? '' : Math.floor(ingested / 1000),
  };
}

/** A CSV with ACLED's column names in ACLED's order, sitrep's fields mapped onto them. */
export async function writeAcled(rows: Iterable<EventRow>, out: Writable): Promise<ExportResult> {
  const output = new BufferedOutput(out);
  await output.write(csvRecord(ACLED_COLUMNS));
  let written = 0;
  for (const row of rows) {
    const record = acledRecord(row);
    await output.write(csvRecord(ACLED_COLUMNS.map((column) => record[column])));
    written++;
  }
  await output.flush();
  return { written, skipped: 0 };
}
