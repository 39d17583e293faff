// Builds examples/ from ../shared/data: node dist/scripts/build-demo-corpus.js [DATA_DIR] [OUT_DIR]
import { join, resolve } from 'node:path';
import { InputError } from '../src/errors.js';
import { packageRoot } from '../src/package-root.js';
import { buildDemoCorpus } from './demo-corpus/build.js';

const root = packageRoot();
const dataDir = resolve(process.argv[2] ?? join(root, '..', 'shared', 'data'));
const outDir = resolve(process.argv[3] ?? join(root, 'examples'));

try {
  const summary = buildDemoCorpus(dataDir, outDir);
  process.stdout.write(
    `wrote ${summary.written.join(', ')} to ${outDir}: ${summary.ucdpArticles} UCDP articles, ` +
      `${summary.re3dArticles} re3d articles (${summary.re3dUndated} re3d documents skipped: no date in the URL)\n`,
  );
} catch (err) {
  if (!(err instanceof InputError)) throw err;
  process.stderr.write(`build-demo-corpus: ${err.message}\n`);
  process.exitCode = 1;
}
