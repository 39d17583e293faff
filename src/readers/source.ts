import { createReadStream } from 'node:fs';
import { InputError } from '../errors.js';
import { binarySignature, looksBinary } from './binary.js';
import { createDecoder, detectEncoding, type DetectedEncoding } from './encoding.js';

/** How many bytes are sniffed for binary content, encoding and format. */
export const HEAD_BYTES = 64 * 1024;

/** One input's decoded text, readable once: whole (`text`) or in pieces (`chunks`). */
export interface TextSource {
  name: string; // path, or '-' for stdin
  head: string; // the decoded start of the input, for format detection
  encoding: DetectedEncoding;
  text(): Promise<string>;
  chunks(): AsyncIterable<string>;
}

/** Bytes of a file, read in order in 64 KiB chunks. */
export async function* fileBytes(path: string): AsyncIterable<Buffer> {
  let stream;
  try {
    stream = createReadStream(path, { highWaterMark: HEAD_BYTES });
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(path, 'no such file or directory');
    if (code === 'EISDIR') throw new InputError(path, 'is a directory');
    if (code === 'EACCES') throw new InputError(path, 'permission denied');
    throw err;
  }
}

/** Bytes of a Node stream (stdin) or any async iterable of chunks. */
export async function* streamBytes(stream: AsyncIterable<Buffer | string | Uint8Array> | Iterable<Buffer | string | Uint8Array>): AsyncIterable<Buffer> {
  for await (const chunk of stream) yield typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
}

function isBlank(text: string): boolean {
  return !/\S/.test(text);
}

/**
 * Sniff an input (binary? empty? which encoding?) and return its text. A binary or empty input
 * throws an InputError naming it.
 */
export async function openSource(name: string, bytes: AsyncIterable<Buffer>): Promise<TextSource> {
  const iterator = bytes[Symbol.asyncIterator]();
  const headChunks: Buffer[] = [];
  let headLength = 0;
  let done = false;
  while (headLength < HEAD_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    headChunks.push(next.value);
    headLength += next.value.length;
  }
  const headBytes = Buffer.concat(headChunks);
  if (headBytes.length === 0) throw new InputError(name, 'empty file');
  const signature = binarySignature(headBytes);
  if (signature) throw new InputError(name, `binary file, not a text report (looks like ${signature})`);
  const encoding = detectEncoding(headBytes.subarray(0, HEAD_BYTES));
  if (!encoding.encoding.startsWith('utf-16') && looksBinary(headBytes)) {
    throw new InputError(name, 'binary file, not a text report');
  }
  const headDecoder = createDecoder(encoding);
  const head = headDecoder.write(headBytes.subarray(0, HEAD_BYTES)) + (done ? headDecoder.end() : '');
  if (done && isBlank(head)) throw new InputError(name, 'empty file');

  let consumed = false;
  async function* chunks(): AsyncIterable<string> {
    if (consumed) throw new Error(`${name}: input already read`);
    consumed = true;
    const decoder = createDecoder(encoding);
    for (const chunk of headChunks.splice(0)) {
      const text = decoder.write(chunk);
      if (text) yield text;
    }
    if (!done) {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        const text = decoder.write(next.value);
        if (text) yield text;
      }
    }
    const rest = decoder.end();
    if (rest) yield rest;
  }

  async function text(): Promise<string> {
    const parts: string[] = [];
    for await (const part of chunks()) parts.push(part);
    const whole = parts.join('');
    if (isBlank(whole)) throw new InputError(name, 'empty file');
    return whole;
  }

  return { name, head, encoding, text, chunks };
}
