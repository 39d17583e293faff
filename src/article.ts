import { createHash } from 'node:crypto';

/** One dated report, as a reader produced it. `text` is exactly what span offsets index. */
export interface Article {
  id: string;
  date: string; // YYYY-MM-DD publication date
  /** Set when the publication date is known only to the month or year; `date` is then its first day. */
  datePrecision?: DatePrecision;
  text: string;
  title?: string;
  source?: string;
  url?: string;
  /** Where the publisher is: places the report names bare are first looked for there (a local paper's "Alexandria"). */
  home?: Home;
}

/** A publisher's home region: its country (ISO2), first-level division (GeoNames code) and a point in it. */
export interface Home {
  country: string;
  admin1Code?: string;
  lat: number;
  lon: number;
}

export type DatePrecision = 'month' | 'year';

/** Where an article came from: used in error messages and the ingest summary. */
export interface Origin {
  file: string; // path, or '-' for stdin
  line?: number; // 1-based line (JSONL, CSV) or record number
  format: string;
}

export interface ReadArticle {
  article: Article;
  origin: Origin;
}

/** Whitespace-folded, case-folded text: two copies of one report hash the same. */
export function normalizeForIdentity(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The id of an article that came without one: a hash of its normalized text and its date. */
export function contentId(text: string, date: string): string {
  return 'sha1:' + createHash('sha1').update(date + '\n' + normalizeForIdentity(text)).digest('hex').slice(0, 20);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(value + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
