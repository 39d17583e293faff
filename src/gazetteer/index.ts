import { existsSync } from 'node:fs';
import { buildGazetteer } from './build.js';
import { gazetteerDataDir, gazetteerIndexPath } from './data-files.js';
import { Gazetteer } from './gazetteer.js';
import { readIndexFile } from './index-file.js';
import { writeGazetteerIndex, type GazetteerIndexHeader } from './index-writer.js';
import { sourceStamp } from './stamp.js';

export { Gazetteer } from './gazetteer.js';
export { distanceKm } from './distance.js';
export { normalizeName } from './normalize.js';
export type { Candidate, CoordQuality, Country, FeatureType, LatLon, LookupOptions, MatchKind, NameSource, Place } from './types.js';

let loaded: Gazetteer | undefined;

/**
 * Builds the index from the source packages and data/gazetteer/ and writes it (normally done once,
 * at install). Returns the build statistics.
 */
export function buildGazetteerIndex(path = gazetteerIndexPath()): Record<string, number> {
  const dataDir = gazetteerDataDir();
  const built = buildGazetteer(dataDir);
  writeGazetteerIndex(path, built, sourceStamp(dataDir));
  return built.stats;
}

/**
 * The gazetteer, loaded once per process. If the index was never built, or was built from other
 * data than what is installed now, it is (re)built first: that takes seconds, not milliseconds.
 */
export function loadGazetteer(): Gazetteer {
  if (loaded) return loaded;
  const path = gazetteerIndexPath();
  const stamp = sourceStamp(gazetteerDataDir());
  let index = existsSync(path) ? readIndexFile<GazetteerIndexHeader>(path) : undefined;
  if (!index || index.header.stamp !== stamp) {
    buildGazetteerIndex(path);
    index = readIndexFile<GazetteerIndexHeader>(path);
  }
  return (loaded = new Gazetteer(index));
}
