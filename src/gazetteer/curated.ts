import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CoordQuality, FeatureType } from './types.js';

export interface CuratedFeature {
  id: string;
  name: string;
  featureType: FeatureType;
  lat: number;
  lon: number;
  coordQuality: CoordQuality;
  /** Absent for what spans countries: continents, oceans, seas. */
  country?: string;
  admin1?: string;
  settlement?: string;
  names: string[];
}

export interface CuratedAlias {
  country: string;
  admin1: string;
  place: string;
  names: string[];
}

export interface CuratedLayer {
  features: CuratedFeature[];
  aliases: CuratedAlias[];
}

export function readCuratedLayer(dataDir: string): CuratedLayer {
  return JSON.parse(readFileSync(join(dataDir, 'curated.json'), 'utf8')) as CuratedLayer;
}
