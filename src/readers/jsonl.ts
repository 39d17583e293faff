import { InputError } from '../errors.js';
import { describeJsonError } from './json-error.js';
import { fieldLabel, jsonKeys, pickJsonFields } from './fields.js';
import { numberedLines } from './lines.js';
import { ArticleBuilder } from './records.js';
import type { TextSource } from './source.js';
import type { ReadItem, ReadOptions } from './types.js';

/** JSON Lines: one article object per line, streamed. */
export async function* readJsonl(source: TextSource, options: ReadOptions): AsyncIterable<ReadItem> {
  const keys = jsonKeys(options.fields);
  const builder = new ArticleBuilder(source.name, 'jsonl', options, (field) => fieldLabel(field, options.fields));
  for await (const { line, number } of numberedLines(source.chunks())) {
    if (!/\S/.test(line)) continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (err) {
      yield { error: new InputError(source.name, `invalid JSON: ${describeJsonError(err, line).reason}`, number) };
      continue;
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      yield { error: new InputError(source.name, 'not a JSON object', number) };
      continue;
    }
    yield* builder.add(pickJsonFields(record as Record<string, unknown>, keys), { line: number });
  }
  yield* builder.finish();
}
