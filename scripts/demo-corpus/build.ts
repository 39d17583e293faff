import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../src/errors.js';
import { toJsonl } from './jsonl.js';
import { renderProvenance } from './provenance.js';
import { selectRe3dArticles } from './re3d.js';
import { selectUcdpArticles } from './ucdp.js';

export const UCDP_FILE = 'ucdp-ukraine.jsonl';
export const RE3D_FILE = 're3d-public-domain.jsonl';
export const PROVENANCE_FILE = 'PROVENANCE.md';

export interface DemoCorpusSummary {
  written: string[]; // file names in outDir
  ucdpArticles: number;
  re3dArticles: number;
  re3dUndated: number;
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Builds the demo corpus files of `outDir` from the reference data in `dataDir`. */
export function buildDemoCorpus(dataDir: string, outDir: string): DemoCorpusSummary {
  const ucdpPath = join(dataDir, 'events', 'ucdp-ged-ukraine.csv');
  const re3dDir = join(dataDir, 'ner', 're3d');
  for (const path of [ucdpPath, re3dDir]) {
    if (!existsSync(path)) throw new InputError(path, 'not found: is the reference data beside the repository?');
  }
  const ucdp = selectUcdpArticles(ucdpPath);
  const re3d = selectRe3dArticles(re3dDir);
  const provenance = renderProvenance({
    ucdp,
    re3d,
    sha256: {
      ucdp: sha256(ucdpPath),
      centcom: sha256(join(re3dDir, 'CENTCOM', 'documents.json')),
      state: sha256(join(re3dDir, 'US State Department', 'documents.json')),
    },
  });

  mkdirSync(outDir, { recursive: true });
  const written = [UCDP_FILE, PROVENANCE_FILE];
  writeFileSync(join(outDir, UCDP_FILE), toJsonl(ucdp.articles));
  writeFileSync(join(outDir, PROVENANCE_FILE), provenance);
  // An empty JSONL file would be refused by the readers, so with no dated document there is no file.
  if (re3d.articles.length > 0) {
    writeFileSync(join(outDir, RE3D_FILE), toJsonl(re3d.articles));
    written.push(RE3D_FILE);
  } else {
    rmSync(join(outDir, RE3D_FILE), { force: true });
  }
  return { written: written.sort(), ucdpArticles: ucdp.articles.length, re3dArticles: re3d.articles.length, re3dUndated: re3d.undated.length };
}
