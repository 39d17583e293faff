import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRepoRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + from);
    dir = up;
  }
  return dir;
}

/** The repository root, whether tests run from test/ (tsx) or dist/test/ (compiled). */
export const REPO_ROOT = findRepoRoot(dirname(fileURLToPath(import.meta.url)));
/** Reference data beside the project (read-only, never copied in). */
export const SHARED = resolve(REPO_ROOT, '..', 'shared');
export const SHARED_DATA = join(SHARED, 'data');
export const FIXTURES = join(REPO_ROOT, 'test', 'fixtures');
