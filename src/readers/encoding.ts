import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'windows-1251';

export interface DetectedEncoding {
  encoding: Encoding;
  bomLength: number; // bytes to skip at the start
}

/** Incremental decoder: feed byte chunks in order, get text; chunk boundaries may split characters. */
export interface Decoder {
  write(chunk: Buffer): string;
  end(): string;
}

const SAMPLE = 4096;

function utf16WithoutBom(head: Buffer): Encoding | undefined {
  const n = Math.min(head.length, SAMPLE) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenNul++;
    if (head[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  // ASCII characters (spaces, digits, punctuation even in Cyrillic text) put a NUL on one side only.
  if (oddNul >= pairs * 0.1 && evenNul <= oddNul * 0.05) return 'utf-16le';
  if (evenNul >= pairs * 0.1 && oddNul <= evenNul * 0.05) return 'utf-16be';
  return undefined;
}

/** Length of the head without a multi-byte UTF-8 sequence cut off at its end. */
function completeUtf8Length(buf: Buffer): number {
  const n = buf.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = buf[n - back];
    if (b < 0x80) return n;
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return need > back ? n - back : n;
    }
  }
  return n;
}

/**
 * Single-byte legacy text: Cyrillic in windows-1251 is written in whole words of bytes >= 0xC0,
 * while Western windows-1252 text has an accented letter here and there among ASCII letters.
 */
function legacyEncoding(head: Buffer): Encoding {
  let high = 0;
  let inLongRuns = 0;
  let run = 0;
  const flush = () => {
    if (run >= 3) inLongRuns += run;
    run = 0;
  };
  for (const b of head) {
    if (b >= 0x80) {
      high++;
      if (b >= 0xc0) run++;
      else flush();
    } else flush();
  }
  flush();
  return high > 0 && inLongRuns / high > 0.5 ? 'windows-1251' : 'windows-1252';
}

/** Choose the encoding of a file from its first bytes (64 KiB is plenty). */
export function detectEncoding(head: Buffer): DetectedEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const utf16 = utf16WithoutBom(head);
  if (utf16) return { encoding: utf16, bomLength: 0 };
  if (isUtf8(head.subarray(0, completeUtf8Length(head)))) return { encoding: 'utf-8', bomLength: 0 };
  return { encoding: legacyEncoding(head), bomLength: 0 };
}

/** Bytes in one valid UTF-8 sequence starting at i, or 0 if none starts there. */
function utf8SequenceLength(buf: Buffer, i: number): number {
  const b = buf[i];
  if (b < 0x80) return 1;
  const cont = (k: number) => i + k < buf.length && (buf[i + k] & 0xc0) === 0x80;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const c = buf[i + 1];
    if (b === 0xe0 && !(c >= 0xa0)) return 0;
    if (b === 0xed && !(c <= 0x9f)) return 0;
    return cont(1) && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const c = buf[i + 1];
    if (b === 0xf0 && !(c >= 0x90)) return 0;
    if (b === 0xf4 && !(c <= 0x8f)) return 0;
    return cont(1) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** UTF-8 in which stray invalid bytes are read as windows-1252 (a file edited in two encodings). */
function decodeUtf8Leniently(buf: Buffer): string {
  if (isUtf8(buf)) return buf.toString('utf8');
  let out = '';
  let runStart = 0;
  let i = 0;
  while (i < buf.length) {
    const len = utf8SequenceLength(buf, i);
    if (len > 0) {
      i += len;
      continue;
    }
    out += buf.toString('utf8', runStart, i) + iconv.decode(buf.subarray(i, i + 1), 'windows-1252');
    i++;
    runStart = i;
  }
  return out + buf.toString('utf8', runStart);
}

class Utf8Decoder implements Decoder {
  private pending: Buffer | undefined;

  write(chunk: Buffer): string {
    const buf = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    const cut = completeUtf8Length(buf);
    this.pending = cut < buf.length ? Buffer.from(buf.subarray(cut)) : undefined;
    return decodeUtf8Leniently(buf.subarray(0, cut));
  }

  end(): string {
    const rest = this.pending;
    this.pending = undefined;
    return rest ? decodeUtf8Leniently(rest) : '';
  }
}

class IconvDecoder implements Decoder {
  private readonly inner: iconv.DecoderStream;
  constructor(encoding: Encoding) {
    this.inner = iconv.getDecoder(encoding, { stripBOM: false });
  }
  write(chunk: Buffer): string {
    return this.inner.write(chunk);
  }
  end(): string {
    return this.inner.end() ?? '';
  }
}

/** A decoder for the detected encoding that skips the byte order mark. */
export function createDecoder({ encoding, bomLength }: DetectedEncoding): Decoder {
  const inner: Decoder = encoding === 'utf-8' ? new Utf8Decoder() : new IconvDecoder(encoding);
  let toSkip = bomLength;
  return {
    write(chunk) {
      if (toSkip > 0) {
        const skip = Math.min(toSkip, chunk.length);
        toSkip -= skip;
        chunk = chunk.subarray(skip);
      }
      return chunk.length > 0 ? inner.write(chunk) : '';
    },
    end: () => inner.end(),
  };
}

/** Decode a whole buffer, detecting its encoding. */
export function decodeBuffer(buf: Buffer): string {
  const decoder = createDecoder(detectEncoding(buf.subarray(0, 64 * 1024)));
  return decoder.write(buf) + decoder.end();
}
