import type { Writable } from 'node:stream';
import type { EventRow } from '../query/types.js';
import { BufferedOutput } from './buffered-output.js';
import { eventToJson } from './event-json.js';
import type { ExportResult } from './result.js';

/** One JSON object per line per event, with its article and resolved place, actors and targets. */
export async function writeJsonl(rows: Iterable<EventRow>, out: Writable): Promise<ExportResult> {
  const output = new BufferedOutput(out);
  let written = 0;
  for (const row of rows) {
    await output.write(JSON.stringify(eventToJson(row)) + '\n');
    written++;
  }
  await output.flush();
  return { written, skipped: 0 };
}
