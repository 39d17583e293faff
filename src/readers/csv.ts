import { parse, type Info } from 'csv-parse';
import { InputError } from '../errors.js';
import { columnIndexes, type ArticleField, type FieldValues } from './fields.js';
import { ArticleBuilder } from './records.js';
import type { TextSource } from './source.js';
import type { ReadItem, ReadOptions } from './types.js';

function guessDelimiter(head: string, format: 'csv' | 'tsv'): string {
  if (format === 'tsv') return '\t';
  const firstLine = head.slice(0, head.indexOf('\n') >>> 0);
  if (!firstLine.includes(',') && firstLine.includes(';')) return ';';
  return ',';
}

/** Resolves when a full stream can take more, or has been closed. */
function writable(stream: NodeJS.EventEmitter): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}

/** Decoded text chunks written into a csv-parse stream, honouring backpressure. */
async function feed(parser: ReturnType<typeof parse>, chunks: AsyncIterable<string>): Promise<void> {
  try {
    for await (const chunk of chunks) {
      if (parser.destroyed) return; // the reader stopped early; leaving the loop closes the input
      if (!parser.write(chunk)) await writable(parser);
    }
    if (!parser.destroyed) parser.end();
  } catch (err) {
    parser.destroy(err as Error);
  }
}

/**
 * CSV or TSV with a header row, streamed. Fields may be quoted and span lines; error line numbers
 * are the line where the record starts.
 */
export async function* readCsv(source: TextSource, options: ReadOptions, format: 'csv' | 'tsv'): AsyncIterable<ReadItem> {
  const parser = parse({
    delimiter: guessDelimiter(source.head, format),
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
  });
  void feed(parser, source.chunks());

  let header: string[] | undefined;
  let indexes: Partial<Record<ArticleField, number>> = {};
  let builder: ArticleBuilder | undefined;
  let previousEnd = 0;
  let previousEmpty = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: Info }>) {
      // csv-parse reports the line a record ends on; it starts after the previous one and any skipped empty lines.
      const line = previousEnd + 1 + (info.empty_lines - previousEmpty);
      previousEnd = info.lines;
      previousEmpty = info.empty_lines;
      if (!header) {
        header = record;
        indexes = checkedColumns(source.name, header, options);
        const names = header;
        builder = new ArticleBuilder(source.name, format, options, (field) => {
          const i = indexes[field];
          return `column "${i === undefined ? (options.fields?.[field] ?? field) : names[i]}"`;
        });
        continue;
      }
      if (record.length !== header.length) {
        yield { error: new InputError(source.name, `${record.length} fields where the header has ${header.length}`, line) };
        continue;
      }
      const values: FieldValues = {};
      for (const [field, i] of Object.entries(indexes) as Array<[ArticleField, number]>) values[field] = record[i];
      yield* builder!.add(values, { line });
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    const message = err instanceof Error ? err.message : String(err);
    const line = (err as { lines?: unknown }).lines;
    throw new InputError(source.name, `${format.toUpperCase()}: ${message}`, typeof line === 'number' ? line : undefined);
  }
  if (!header) throw new InputError(source.name, 'no header row');
  yield* builder!.finish();
}

function checkedColumns(file: string, header: string[], options: ReadOptions): Partial<Record<ArticleField, number>> {
  const { indexes, missingMapped } = columnIndexes(header, options.fields);
  const columns = header.join(', ');
  if (missingMapped.length > 0) {
    const [field, name] = missingMapped[0];
    throw new InputError(file, `no column "${name}" for ${field} (columns: ${columns})`);
  }
  if (indexes.text === undefined) throw new InputError(file, `no text column (columns: ${columns}); map one with --field text=COLUMN`);
  if (indexes.date === undefined && options.date === undefined) {
    throw new InputError(file, `no date column (columns: ${columns}); map one with --field date=COLUMN or pass --date`);
  }
  return indexes;
}
