import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import type { Article } from '../article.js';
import { InputError } from '../errors.js';

/** A toponym a corpus marks in an article: its span, its coordinates where it has them, its type where typed. */
export interface GoldToponym {
  start: number;
  end: number;
  name: string;
  lat?: number;
  lon?: number;
  /** GeoWebNews' type: Literal, Metonymic, Non_Literal_Modifier, … */
  type?: string;
}

export interface GeoArticle {
  article: Article;
  toponyms: GoldToponym[];
}

export const GEO_FORMATS = ['gwn', 'lgl', 'geovirus'] as const;
export type GeoFormat = (typeof GEO_FORMATS)[number];

/** The date articles are read against when the corpus gives none (place resolution does not use it). */
export const DEFAULT_GEO_DATE = '2018-01-01';

const ARRAYS = new Set(['article', 'toponym', 'location']);
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => ARRAYS.has(name),
});

type Node = Record<string, unknown>;

const str = (v: unknown): string => (typeof v === 'string' ? v : v && typeof v === 'object' && '#text' in v ? String((v as Node)['#text']) : '');

function num(v: unknown): number | undefined {
  const s = str(v).trim();
  if (!s) return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

function children(node: unknown, container: string, item: string): Node[] {
  const box = (node as Node)?.[container];
  const list = box && typeof box === 'object' ? (box as Node)[item] : undefined;
  return Array.isArray(list) ? (list as Node[]) : [];
}

/** Which schema an XML file uses: GeoWebNews (<extractedName>), GeoVirus (<locations>) or LGL's (<gaztag>). */
export function detectGeoFormat(xmlText: string): GeoFormat {
  const head = xmlText.slice(0, 200_000);
  if (head.includes('<extractedName')) return 'gwn';
  if (head.includes('<locations')) return 'geovirus';
  if (head.includes('<gaztag') || head.includes('<toponyms')) return 'lgl';
  throw new InputError('', 'not a GeoWebNews, LGL or GeoVirus XML file');
}

function isoDate(value: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  return m ? m[1] : undefined;
}

function gwnToponym(t: Node): GoldToponym {
  return { start: Number(str(t.start)), end: Number(str(t.end)), name: str(t.extractedName), lat: num(t.latitude), lon: num(t.longitude), type: str(t.type) || undefined };
}

function lglToponym(t: Node): GoldToponym {
  const gaztag = t.gaztag as Node | undefined;
  return { start: Number(str(t.start)), end: Number(str(t.end)), name: str(t.phrase), lat: num(gaztag?.lat), lon: num(gaztag?.lon) };
}

function geovirusToponym(t: Node): GoldToponym {
  return { start: Number(str(t.start)), end: Number(str(t.end)), name: str(t.name), lat: num(t.lat), lon: num(t.lon) };
}

/** Articles and their gold toponyms from a GeoWebNews, LGL-family (LGL, WikToR, TR-News) or GeoVirus XML file. */
export function readGeoCorpus(path: string, format?: GeoFormat, limit = Infinity): GeoArticle[] {
  const text = readFileSync(path, 'utf8');
  let kind: GeoFormat;
  try {
    kind = format ?? detectGeoFormat(text);
  } catch (err) {
    throw new InputError(path, (err as Error).message);
  }
  let parsed: { articles?: { article?: Node[] } };
  try {
    parsed = xml.parse(text);
  } catch (err) {
    throw new InputError(path, `not well-formed XML: ${(err as Error).message}`);
  }
  const articles = parsed.articles?.article ?? [];
  if (!articles.length) throw new InputError(path, 'no <articles><article> elements');
  return articles.slice(0, limit).map((a, i) => {
    const body = str(a.text);
    const id = str(a['@_docid']) || str(a['@_file']) || String(i);
    const date = isoDate(str(a.dltime)) ?? DEFAULT_GEO_DATE;
    const toponyms =
      kind === 'gwn' ? children(a, 'toponyms', 'toponym').map(gwnToponym)
      : kind === 'lgl' ? children(a, 'toponyms', 'toponym').map(lglToponym)
      : children(a, 'locations', 'location').map(geovirusToponym);
    const title = str(a.title).trim();
    const source = str(a.domain).trim();
    return {
      article: { id: `${kind}:${id}`, date, text: body, ...(title ? { title } : {}), ...(source ? { source } : {}) },
      toponyms: toponyms.filter((t) => Number.isInteger(t.start) && Number.isInteger(t.end) && t.end > t.start && t.end <= body.length),
    };
  });
}
