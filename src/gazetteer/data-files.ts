import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packageRoot } from '../package-root.js';

/** data/gazetteer/: the committed derived and hand-curated layers. */
export function gazetteerDataDir(): string {
  return join(packageRoot(), 'data', 'gazetteer');
}

/** Where the built index lives: beside the compiled code, never committed. */
export function gazetteerIndexPath(): string {
  return process.env.SITREP_GAZETTEER_INDEX ?? join(packageRoot(), 'dist', 'gazetteer', 'gazetteer.idx');
}

/** The folder of an installed npm package, looked up the way Node finds node_modules. */
export function installedPackageDir(name: string): string {
  let dir = packageRoot();
  for (;;) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    const up = dirname(dir);
    if (up === dir) throw new Error(`sitrep gazetteer: package ${name} is not installed`);
    dir = up;
  }
}
