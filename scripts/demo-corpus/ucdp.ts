import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';
import { isIsoDate, type Article } from '../../src/article.js';
import { InputError } from '../../src/errors.js';

/** Every event of this year is kept; other years are sampled. */
export const UCDP_FULL_YEAR = 2022;
/** At most this many events of each other year, spread evenly over the year's events in id order. */
export const UCDP_SAMPLE_PER_YEAR = 40;

const REQUIRED_COLUMNS = ['id', 'date_start', 'source_headline', 'source_original'] as const;

interface UcdpEvent {
  id: number;
  date: string;
  headline: string;
  source: string;
}

export interface UcdpSelection {
  articles: Article[];
  rows: number; // data rows in the file
  emptyHeadlines: number; // rows skipped for having no headline
  byYear: { year: number; rows: number; kept: number }[];
}

/** "1/22/2014 12:00:00 AM" or "09/01/2022 00:00" (month first) as YYYY-MM-DD. */
function isoFromUcdpDate(value: string): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s|$)/.exec(value.trim());
  if (!m) return undefined;
  const date = `${m[3]}-${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}`;
  return isIsoDate(date) ? date : undefined;
}

function readEvents(path: string): { events: UcdpEvent[]; rows: number; emptyHeadlines: number } {
  // UCDP ships the Ukraine extract in Windows-1252, not UTF-8.
  const text = iconv.decode(readFileSync(path), 'win1252');
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, { columns: true, info: true, skip_empty_lines: true });
  } catch (err) {
    throw new InputError(path, `not valid CSV: ${(err as Error).message}`);
  }
  const header = records[0] ? Object.keys(records[0].record) : [];
  for (const column of REQUIRED_COLUMNS) {
    if (!header.includes(column)) throw new InputError(path, `no "${column}" column`, 1);
  }
  const events: UcdpEvent[] = [];
  let emptyHeadlines = 0;
  for (const { record, info } of records) {
    if (!/^\d+$/.test(record.id)) throw new InputError(path, `id "${record.id}" is not a number`, info.lines);
    const date = isoFromUcdpDate(record.date_start);
    if (!date) throw new InputError(path, `date_start "${record.date_start}" is not a month/day/year date`, info.lines);
    if (!record.source_headline.trim()) {
      emptyHeadlines++;
      continue;
    }
    events.push({ id: Number(record.id), date, headline: record.source_headline, source: record.source_original.trim() });
  }
  return { events, rows: records.length, emptyHeadlines };
}

/** Every `k`-th event in id order, k chosen so that at most `count` are taken. */
function spreadSample(events: UcdpEvent[], count: number): UcdpEvent[] {
  const sorted = [...events].sort((a, b) => a.id - b.id);
  const step = Math.max(1, Math.ceil(sorted.length / count));
  return sorted.filter((_, i) => i % step === 0);
}

/** The demo selection of UCDP GED events: one article per event, its headline(s) as text, in date then id order. */
export function selectUcdpArticles(path: string): UcdpSelection {
  const { events, rows, emptyHeadlines } = readEvents(path);
  const years = new Map<number, UcdpEvent[]>();
  for (const event of events) {
    const year = Number(event.date.slice(0, 4));
    const ofYear = years.get(year);
    if (ofYear) ofYear.push(event);
    else years.set(year, [event]);
  }
  const kept: UcdpEvent[] = [];
  const byYear: UcdpSelection['byYear'] = [];
  for (const year of [...years.keys()].sort((a, b) => a - b)) {
    const ofYear = years.get(year)!;
    const chosen = year === UCDP_FULL_YEAR ? ofYear : spreadSample(ofYear, UCDP_SAMPLE_PER_YEAR);
    kept.push(...chosen);
    byYear.push({ year, rows: ofYear.length, kept: chosen.length });
  }
  kept.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
  const articles = kept.map(
    (e): Article => ({ id: `ucdp:${e.id}`, date: e.date, text: e.headline, ...(e.source ? { source: e.source } : {}) }),
  );
  return { articles, rows, emptyHeadlines, byYear };
}
