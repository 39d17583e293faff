import { stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { readCsv } from './csv.js';
import { readDatedText } from './dated-text.js';
import { detectFormat } from './detect.js';
import { readFeed } from './feed.js';
import { readHtml } from './html.js';
import { readJson } from './json.js';
import { readJsonl } from './jsonl.js';
import { fileBytes, openSource, streamBytes, type TextSource } from './source.js';
import { readTelegram } from './telegram.js';
import { readText } from './text.js';
import type { FormatName, InputFile, ReadItem, ReadOptions } from './types.js';
import { walkFolder } from './walk.js';

export { detectFormat } from './detect.js';
export { parseDate, numericDateOrder } from './dates.js';
export { decodeBuffer, detectEncoding } from './encoding.js';

type FormatReader = (source: TextSource, options: ReadOptions) => AsyncIterable<ReadItem>;

const READERS: Record<FormatName, FormatReader> = {
  'dated-text': readDatedText,
  text: readText,
  json: readJson,
  jsonl: readJsonl,
  csv: (source, options) => readCsv(source, options, 'csv'),
  tsv: (source, options) => readCsv(source, options, 'tsv'),
  html: readHtml,
  feed: readFeed,
  telegram: readTelegram,
};

async function* readItems(name: string, bytes: () => AsyncIterable<Buffer>, options: ReadOptions): AsyncIterable<ReadItem> {
  const source = await openSource(name, bytes());
  const format = options.format ?? detectFormat(name, source.head);
  yield* READERS[format](source, options);
}

/**
 * One file. Nothing is read until items() is iterated; a problem with the file as a whole (missing,
 * binary, empty, no date …) is thrown from that iteration as an InputError.
 */
export function readFile(path: string, options: ReadOptions): InputFile {
  return { path, items: () => readItems(path, () => fileBytes(path), options) };
}

/** Stdin or another stream of bytes (readable once). */
export function readStream(stream: AsyncIterable<Buffer | string | Uint8Array>, options: ReadOptions, name = '-'): InputFile {
  let used = false;
  return {
    path: name,
    items: () => {
      if (used) throw new Error(`${name}: a stream can be read only once`);
      used = true;
      return readItems(name, () => streamBytes(stream), options);
    },
  };
}

/** Bytes already in memory, read as if they were the file `name` (its extension guides detection). */
export function readBuffer(buffer: Buffer, options: ReadOptions, name = '-'): InputFile {
  return { path: name, items: () => readItems(name, () => streamBytes([buffer]), options) };
}

/**
 * The inputs named on the command line: files, folders (recursively, in name order, skipping hidden
 * entries and files that cannot be reports, such as images, archives and databases) and '-' for
 * stdin. A missing path throws InputError(path, 'no such file or directory').
 */
export async function* openInputs(paths: string[], options: ReadOptions): AsyncIterable<InputFile> {
  for (const path of paths) {
    if (path === '-') {
      yield readStream(process.stdin, options);
      continue;
    }
    const info = await stat(path).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT' || err.code === 'ENOTDIR') throw new InputError(path, 'no such file or directory');
      if (err.code === 'EACCES') throw new InputError(path, 'permission denied');
      throw err;
    });
    if (info.isDirectory()) {
      for await (const file of walkFolder(path)) yield readFile(file, options);
    } else {
      yield readFile(path, options);
    }
  }
}
