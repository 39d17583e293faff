import { createWriteStream, renameSync, unlinkSync } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Writes a line to stdout, waiting when the pipe is full, and stops quietly if the reader went away. */
export async function writeOut(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

export interface OpenedOutput {
  stream: Writable;
  close(): Promise<void>;
}

/** A file to write to (created only when complete: written to a temporary name, then renamed), or stdout. */
export function openOutput(path: string | undefined): OpenedOutput {
  if (!path || path === '-') {
    return { stream: process.stdout, close: async () => {} };
  }
  return openAtomicFile(path);
}

function openAtomicFile(path: string): OpenedOutput {
  const temporary = `${path}.partial-${process.pid}`;
  const stream = createWriteStream(temporary);
  let failed = false;
  stream.on('error', () => (failed = true));
  return {
    stream,
    async close() {
      stream.end();
      await once(stream, 'close');
      if (failed) {
        try { unlinkSync(temporary); } catch { /* already gone */ }
        throw new Error(`${path}: could not be written`);
      }
      renameSync(temporary, path);
    },
  };
}
