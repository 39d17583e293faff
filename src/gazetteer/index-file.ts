import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

type NumericArray = Float64Array | Uint32Array | Uint8Array;
type ArrayKind = 'f64' | 'u32' | 'u8';

interface SectionInfo {
  kind: ArrayKind;
  offset: number;
  length: number;
}

const MAGIC = 'SITREPGZ1';
const ALIGN = 8;

function kindOf(a: NumericArray): ArrayKind {
  if (a instanceof Float64Array) return 'f64';
  if (a instanceof Uint32Array) return 'u32';
  return 'u8';
}

/**
 * One file: a magic line, a JSON header (with the offset of every array), then the arrays'
 * bytes, each aligned so that it can be viewed in place without copying.
 */
export function writeIndexFile(path: string, header: object, arrays: Record<string, NumericArray>): void {
  const sections: Record<string, SectionInfo> = {};
  let offset = 0;
  for (const [name, a] of Object.entries(arrays)) {
    offset = Math.ceil(offset / ALIGN) * ALIGN;
    sections[name] = { kind: kindOf(a), offset, length: a.length };
    offset += a.byteLength;
  }
  const headerBytes = Buffer.from(JSON.stringify({ ...header, sections }), 'utf8');
  const prefix = Buffer.from(`${MAGIC}\n${String(headerBytes.length).padStart(12, '0')}\n`, 'utf8');
  const dataStart = Math.ceil((prefix.length + headerBytes.length) / ALIGN) * ALIGN;
  const out = Buffer.alloc(dataStart + offset);
  prefix.copy(out, 0);
  headerBytes.copy(out, prefix.length);
  for (const [name, a] of Object.entries(arrays)) {
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, dataStart + sections[name].offset);
  }
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, out);
  renameSync(tmp, path);
}

export interface IndexFile<H> {
  header: H;
  arrays: Record<string, NumericArray>;
}

export function readIndexFile<H>(path: string): IndexFile<H> {
  const file = readFileSync(path);
  const magicEnd = MAGIC.length + 1;
  if (file.toString('utf8', 0, MAGIC.length) !== MAGIC) throw new Error(`${path}: not a sitrep gazetteer index`);
  const headerLength = Number(file.toString('utf8', magicEnd, magicEnd + 12));
  const headerStart = magicEnd + 13;
  const header = JSON.parse(file.toString('utf8', headerStart, headerStart + headerLength)) as H & {
    sections: Record<string, SectionInfo>;
  };
  const dataStart = Math.ceil((headerStart + headerLength) / ALIGN) * ALIGN;
  // Node may hand back a Buffer inside a shared pool, not aligned: copy then.
  const aligned = file.byteOffset % ALIGN === 0 ? file : Buffer.from(file);
  const base = aligned.byteOffset + dataStart;
  const arrays: Record<string, NumericArray> = {};
  for (const [name, s] of Object.entries(header.sections)) {
    const at = base + s.offset;
    arrays[name] =
      s.kind === 'f64' ? new Float64Array(aligned.buffer, at, s.length)
      : s.kind === 'u32' ? new Uint32Array(aligned.buffer, at, s.length)
      : new Uint8Array(aligned.buffer, at, s.length);
  }
  return { header, arrays };
}
