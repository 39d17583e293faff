import { InputError } from '../errors.js';
import { describeJsonError } from './json-error.js';
import { fieldLabel, jsonKeys, pickJsonFields } from './fields.js';
import { ArticleBuilder } from './records.js';
import type { TextSource } from './source.js';
import type { ReadItem, ReadOptions } from './types.js';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON file holding one article object or an array of them. */
export async function* readJson(source: TextSource, options: ReadOptions): AsyncIterable<ReadItem> {
  const text = await source.text();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const { reason, line } = describeJsonError(err, text);
    throw new InputError(source.name, `invalid JSON: ${reason}`, line);
  }
  const records = Array.isArray(data) ? data : [data];
  if (!Array.isArray(data) && !isObject(data)) throw new InputError(source.name, 'JSON is neither an article object nor an array of them');
  const keys = jsonKeys(options.fields);
  const builder = new ArticleBuilder(source.name, 'json', options, (field) => fieldLabel(field, options.fields));
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    const place = { record: i + 1 };
    if (!isObject(record)) {
      yield { error: new InputError(source.name, `record ${i + 1}: not a JSON object`) };
      continue;
    }
    yield* builder.add(pickJsonFields(record, keys), place);
  }
  yield* builder.finish();
}
