import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import SKIPPED_EXTENSIONS from './skipped-extensions.json' with { type: 'json' };

const SKIPPED: ReadonlySet<string> = new Set(SKIPPED_EXTENSIONS);

/** Whether a file found in a folder can be a report (images, archives, databases … are not). */
export function isCandidateInput(name: string): boolean {
  return !name.startsWith('.') && !SKIPPED.has(extname(name).toLowerCase());
}

/** Files under a folder, recursively, in name order; hidden files and folders are skipped. */
export async function* walkFolder(folder: string): AsyncIterable<string> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* walkFolder(path);
    else if (!isCandidateInput(entry.name)) continue;
    else if (entry.isFile()) yield path;
    // a link to a file is read; a link to a folder is not followed, so a loop cannot arise
    else if (entry.isSymbolicLink() && (await stat(path).catch(() => undefined))?.isFile()) yield path;
  }
}
