/**
 * node dist/scripts/build-gazetteer.js            builds the gazetteer index (run at install)
 * node dist/scripts/build-gazetteer.js ua-places  re-derives data/gazetteer/ua-places.tsv from the
 *                                                 GeoNames postal gazetteer in ../shared/data/gazetteer
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildGazetteerIndex } from '../src/gazetteer/index.js';
import { gazetteerDataDir, gazetteerIndexPath } from '../src/gazetteer/data-files.js';
import { readUaOblasts } from '../src/gazetteer/ua-oblasts.js';
import { deriveUaPlacesTsv, UA_PLACES_FILE } from '../src/gazetteer/ua-places.js';
import { packageRoot } from '../src/package-root.js';

const command = process.argv[2] ?? 'index';
const started = performance.now();
if (command === 'ua-places') {
  const source = process.argv[3] ?? resolve(packageRoot(), '..', 'shared', 'data', 'gazetteer', 'ua_postal_places_kmu2010.csv');
  const dataDir = gazetteerDataDir();
  const tsv = deriveUaPlacesTsv(readFileSync(source, 'utf8'), readUaOblasts(dataDir));
  writeFileSync(join(dataDir, UA_PLACES_FILE), tsv);
  console.log(`${UA_PLACES_FILE}: ${tsv.split('\n').length - 2} places from ${source}`);
} else if (command === 'index') {
  const stats = buildGazetteerIndex();
  console.log(`gazetteer index ${gazetteerIndexPath()} built in ${Math.round(performance.now() - started)} ms:`, stats);
} else {
  console.error(`build-gazetteer: unknown command ${command} (index | ua-places [csv])`);
  process.exit(2);
}
