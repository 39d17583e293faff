import type { Writable } from 'node:stream';
import type { EventFilter, EventRow } from '../query/types.js';
import type { Store } from '../store/store.js';
import { writeAcled } from './acled.js';
import { writeCsv } from './csv.js';
import { writeGeoJson } from './geojson.js';
import { writeJsonl } from './jsonl.js';
import type { ExportResult } from './result.js';

export type { ExportResult } from './result.js';

export const EXPORT_FORMATS = ['csv', 'jsonl', 'geojson', 'acled'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const WRITERS: Record<ExportFormat, (rows: Iterable<EventRow>, out: Writable) => Promise<ExportResult>> = {
  csv: writeCsv,
  jsonl: writeJsonl,
  geojson: writeGeoJson,
  acled: writeAcled,
};

/** Streams the events matching the filter to `out` (left open) in the given format. */
export function exportEvents(store: Store, format: ExportFormat, filter: EventFilter, out: Writable): Promise<ExportResult> {
  const write = WRITERS[format];
  if (!write) throw new Error(`unknown export format ${format}`);
  return write(store.events(filter), out);
}
