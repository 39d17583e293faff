import { admin1Forms, admin2Forms, adminBase, OBLAST_COUNTRIES } from './admin-forms.js';
import { readAdmin1Points } from './admin1-points.js';
import { readCountryPoints } from './country-points.js';
import { readCuratedLayer } from './curated.js';
import { isCyrillic, normalizeName } from './normalize.js';
import { PlaceTable } from './place-table.js';
import { cyrillicLanguage, loadTransliterationTables, russianSpellings, ukrainianSpellings, type TransliterationTables } from './transliterate.js';
import { readUaOblasts } from './ua-oblasts.js';
import { mergeUaPostalPlaces } from './ua-merge.js';
import { readUaPlaces } from './ua-places.js';
import type { Country } from './types.js';
import { readAdminNames, readGeoNamesCities, readWorldCountries } from './world-sources.js';

export interface BuiltGazetteer {
  table: PlaceTable;
  countries: Country[];
  stats: Record<string, number>;
}

/** Codes and abbreviations among GeoNames alternate names ("KHE", "IEV"): not names a text uses for a place. */
const CODE_LIKE = /^[A-Z0-9]{2,4}$/;

function addCyrillicSpellings(table: PlaceTable, index: number, cyrillic: string, tables: TransliterationTables): void {
  const language = cyrillicLanguage(cyrillic);
  if (language !== 'ru') {
    const { transliterations, derived } = ukrainianSpellings(cyrillic, tables);
    table.addNames(index, transliterations, 'transliteration');
    table.addNames(index, derived, 'derived');
  }
  if (language !== 'uk') table.addNames(index, russianSpellings(cyrillic, tables), 'transliteration');
}

/** Assembles every source into one table of places and names. */
export function buildGazetteer(dataDir: string): BuiltGazetteer {
  const table = new PlaceTable();
  const tables = loadTransliterationTables(dataDir);
  const uaOblasts = readUaOblasts(dataDir);
  const admin1Names = readAdminNames(1);
  const admin2Names = readAdminNames(2);
  for (const o of uaOblasts) admin1Names.set(`UA.${o.code}`, o.name);
  const admin1Name = (code: string) => admin1Names.get(code) ?? code;

  const cities = readGeoNamesCities();
  for (const c of cities) {
    const admin1Code = c.admin1 ? `${c.country}.${c.admin1}` : undefined;
    const admin2Code = admin1Code && c.admin2 ? `${admin1Code}.${c.admin2}` : undefined;
    const index = table.add({
      id: `gn:${c.geonameId}`,
      name: c.name,
      lat: c.lat,
      lon: c.lon,
      featureType: 'populated_place',
      featureCode: c.featureCode,
      geonameId: c.geonameId,
      country: c.country,
      admin1: admin1Code ? admin1Name(admin1Code) : undefined,
      admin1Code,
      admin2: admin2Code ? admin2Names.get(admin2Code) : undefined,
      population: c.population || undefined,
      coordQuality: 'exact',
    });
    table.places[index].admin2Code = admin2Code;
    table.addName(index, c.asciiName, 'alternate');
    for (const alt of c.alternateNames) {
      if (CODE_LIKE.test(alt)) continue;
      table.addName(index, alt, 'alternate');
      if (c.country === 'UA' && isCyrillic(alt)) addCyrillicSpellings(table, index, alt, tables);
    }
    if (ARABIC_NAMING.has(c.country)) table.addNames(index, withoutArabicArticle([c.name, c.asciiName]), 'alternate');
  }

  const postal = readUaPlaces(dataDir);
  const ua = mergeUaPostalPlaces(table, postal, admin1Name);
  postal.forEach((p, i) => addCyrillicSpellings(table, ua.placeIndex[i], p.nameUk, tables));

  const members = groupMembers(table);
  const admin1Centres = boxCentres(table);
  const admin1Points = readAdmin1Points(dataDir, admin1Names);
  let admin1Count = 0;
  for (const [code, name] of admin1Names) {
    const point = admin1Points.get(code);
    const centre = point ?? admin1Centres.get(code) ?? members.get(code);
    if (!centre) continue;
    const country = code.slice(0, 2);
    const index = table.add({
      id: `admin1:${code}`, name, lat: centre.lat, lon: centre.lon, featureType: 'admin1', featureCode: 'ADM1',
      country, admin1: name, admin1Code: code, coordQuality: point ? 'exact' : 'computed',
    });
    admin1Count++;
    const oblast = country === 'UA' ? uaOblasts.find((o) => `UA.${o.code}` === code) : undefined;
    if (oblast) {
      for (const base of oblast.bases) table.addNames(index, admin1Forms(base, true), 'alternate');
      table.addNames(index, oblast.names, 'alternate');
      if (oblast.postal) table.addNames(index, [oblast.postal, `${oblast.postal} oblast`], 'alternate');
      if (oblast.adjective) {
        const { transliterations, derived } = ukrainianSpellings(oblast.adjective, tables);
        for (const t of transliterations) table.addNames(index, [t, `${t} oblast`], 'transliteration');
        for (const d of derived) table.addNames(index, [d, `${d} oblast`], 'derived');
      }
    } else {
      table.addNames(index, admin1Forms(adminBase(name), OBLAST_COUNTRIES.has(country)), 'alternate');
    }
  }

  let admin2Count = 0;
  for (const [code, name] of admin2Names) {
    const centre = members.get(code);
    if (!centre) continue;
    const admin1Code = code.split('.').slice(0, 2).join('.');
    const index = table.add({
      id: `admin2:${code}`, name, lat: centre.lat, lon: centre.lon, featureType: 'admin2', featureCode: 'ADM2',
      country: code.slice(0, 2), admin1: admin1Name(admin1Code), admin1Code, admin2: name, coordQuality: 'computed',
      // The people of its towns in the gazetteer: which of several "Orange County"s news most likely means.
      population: centre.population || undefined,
    });
    admin2Count++;
    table.addNames(index, admin2Forms(name), 'alternate');
  }

  const countries = addCountries(table, dataDir);
  const curated = addCurated(table, dataDir, admin1Name);

  return {
    table,
    countries,
    stats: {
      places: table.places.length,
      geonamesCities: cities.length,
      uaPostal: postal.length,
      uaMatchedToGeoNames: ua.matched,
      uaPostalOnly: ua.added,
      uaRough: ua.rough,
      uaInconsistentMatches: ua.inconsistent,
      admin1: admin1Count,
      admin2: admin2Count,
      countries: countries.length,
      curated,
    },
  };
}

/**
 * The centre of each division (by admin1 and admin2 code) and country, computed as the mean of its
 * member settlements that have trustworthy points: settlements spread over the land, so their mean
 * falls near the middle of the area rather than on its largest city.
 */
function groupMembers(table: PlaceTable): Map<string, { lat: number; lon: number; population: number }> {
  const sums = new Map<string, { lat: number; lon: number; n: number; population: number }>();
  const add = (key: string, lat: number, lon: number, population: number) => {
    const s = sums.get(key) ?? sums.set(key, { lat: 0, lon: 0, n: 0, population: 0 }).get(key)!;
    s.lat += lat;
    s.lon += lon;
    s.n++;
    s.population += population;
  };
  for (const p of table.places) {
    if (p.featureType !== 'populated_place' || p.coordQuality === 'rough') continue;
    if (p.admin1Code) add(p.admin1Code, p.lat, p.lon, p.population ?? 0);
    if (p.admin2Code) add(p.admin2Code, p.lat, p.lon, p.population ?? 0);
  }
  return new Map([...sums].map(([k, s]) => [k, { lat: s.lat / s.n, lon: s.lon / s.n, population: s.population }]));
}

/** Wider than this (degrees of longitude), a division's box is not a fair frame (Alaska across the 180th meridian). */
const MAX_BOX_LON_SPAN = 60;

/**
 * The middle of the box around each first-level division's settlements: a state's or province's
 * representative point (GeoNames puts it near the geometric middle of the area), which the mean of
 * its settlements misses when they crowd one side (Ontario's south, Kansas' east).
 */
function boxCentres(table: PlaceTable): Map<string, { lat: number; lon: number }> {
  const boxes = new Map<string, { s: number; n: number; w: number; e: number }>();
  for (const p of table.places) {
    if (p.featureType !== 'populated_place' || p.coordQuality === 'rough' || !p.admin1Code) continue;
    const b = boxes.get(p.admin1Code);
    if (!b) boxes.set(p.admin1Code, { s: p.lat, n: p.lat, w: p.lon, e: p.lon });
    else {
      b.s = Math.min(b.s, p.lat);
      b.n = Math.max(b.n, p.lat);
      b.w = Math.min(b.w, p.lon);
      b.e = Math.max(b.e, p.lon);
    }
  }
  const out = new Map<string, { lat: number; lon: number }>();
  for (const [code, b] of boxes) if (b.e - b.w <= MAX_BOX_LON_SPAN) out.set(code, { lat: (b.s + b.n) / 2, lon: (b.w + b.e) / 2 });
  return out;
}

/** Countries whose place names news writes with or without the Arabic article ("Ar Raqqah", "Raqqa"). */
const ARABIC_NAMING = new Set(['SY', 'IQ', 'YE', 'LY', 'SA', 'JO', 'LB', 'EG', 'PS', 'AE', 'OM', 'KW', 'QA', 'BH', 'SD', 'TN', 'DZ', 'MA', 'MR']);
const ARABIC_ARTICLE = /^(?:al|ar|as|ad|an|at|az|ash|adh|ath|el|es|ed|en)[- ](.{3,})$/i;

/** "Ar Raqqah" → "Raqqah", "Raqqa"; "Al Hillah" → "Hillah", "Hilla": the forms English news uses. */
function withoutArabicArticle(names: string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    const bare = ARABIC_ARTICLE.exec(name)?.[1];
    if (!bare) continue;
    out.add(bare);
    if (/ah$/i.test(bare)) out.add(bare.slice(0, -1));
  }
  return [...out];
}

function addCountries(table: PlaceTable, dataDir: string): Country[] {
  const points = readCountryPoints(dataDir);
  const capitals = new Map<string, { name: string; lat: number; lon: number }>();
  for (const p of table.places) {
    if (p.featureCode === 'PPLC' && !capitals.has(p.country)) capitals.set(p.country, { name: p.name, lat: p.lat, lon: p.lon });
  }
  const countries: Country[] = [];
  for (const c of readWorldCountries()) {
    const demonyms = [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d))];
    const point = points.get(c.cca2);
    const country: Country = {
      iso2: c.cca2, iso3: c.cca3, name: c.name.common, officialName: c.name.official,
      lat: point?.lat ?? c.latlng[0], lon: point?.lon ?? c.latlng[1], capital: capitals.get(c.cca2), demonyms,
    };
    countries.push(country);
    const index = table.add({
      id: `country:${c.cca2}`, name: c.name.common, lat: country.lat, lon: country.lon, featureType: 'country',
      featureCode: 'PCLI', country: c.cca2, coordQuality: 'representative',
    });
    table.addName(index, c.name.official, 'alternate');
    table.addNames(index, c.altSpellings.filter((s) => s !== c.cca2 && s.length >= 2 && !point?.notNames?.includes(s)), 'alternate');
    if (point?.names) table.addNames(index, point.names, 'alternate');
  }
  return countries;
}

function addCurated(table: PlaceTable, dataDir: string, admin1Name: (code: string) => string): number {
  const layer = readCuratedLayer(dataDir);
  for (const f of layer.features) {
    const admin1Code = f.admin1 ? `${f.country}.${f.admin1}` : undefined;
    const index = table.add({
      id: `curated:${f.id}`, name: f.name, lat: f.lat, lon: f.lon, featureType: f.featureType, country: f.country ?? '',
      admin1: admin1Code ? admin1Name(admin1Code) : undefined, admin1Code, coordQuality: f.coordQuality,
      settlement: f.settlement,
    });
    table.addNames(index, f.names, 'alternate');
  }
  for (const alias of layer.aliases) {
    const admin1Code = `${alias.country}.${alias.admin1}`;
    const key = normalizeName(alias.place);
    const found = table.places
      .map((p, index) => ({ p, index }))
      .filter(({ p }) => p.featureType === 'populated_place' && p.admin1Code === admin1Code && (p.names.get(key) ?? 9) <= 1)
      .sort((a, b) => (b.p.population ?? 0) - (a.p.population ?? 0))[0];
    if (!found) throw new Error(`curated.json: alias target ${alias.place} (${admin1Code}) is not in the gazetteer`);
    // Checked names, the forms reports use: never doubted as stray alternates.
    table.addNames(found.index, alias.names, 'canonical');
  }
  return layer.features.length;
}

