import { isIsoDate, type DatePrecision } from '../../src/article.js';

// A full calendar date written into a URL path: /2017/03/05/, 2017-03-05, 2017_03_05 or a /20170305/ segment.
const URL_DATE_PATTERNS = [
  /(?:^|[/_-])((?:19|20)\d{2})\/(\d{2})\/(\d{2})(?=[/._-]|$)/,
  /(?:^|[^\d])((?:19|20)\d{2})[-_](\d{2})[-_](\d{2})(?!\d)/,
  /\/((?:19|20)\d{2})(\d{2})(\d{2})(?=[/._-]|$)/,
];

/** The publication date a URL states in full (year, month and day), or undefined: a year and month alone are not a date. */
export function dateFromUrl(url: string): string | undefined {
  const path = url.replace(/^[a-z]+:\/\/[^/]*/i, '');
  for (const pattern of URL_DATE_PATTERNS) {
    const m = pattern.exec(path);
    if (!m) continue;
    const date = `${m[1]}-${m[2]}-${m[3]}`;
    if (isIsoDate(date)) return date;
  }
  return undefined;
}

// A year and month as path segments: /2016/10/263174.htm
const URL_MONTH_PATTERN = /\/((?:19|20)\d{2})\/(\d{2})\//;

/** The publication date a URL states: in full, or else only its year and month (the first of that month, precision 'month'). */
export function publicationDateFromUrl(url: string): { date: string; precision?: DatePrecision } | undefined {
  const full = dateFromUrl(url);
  if (full) return { date: full };
  const m = URL_MONTH_PATTERN.exec(url.replace(/^[a-z]+:\/\/[^/]*/i, ''));
  const date = m ? `${m[1]}-${m[2]}-01` : undefined;
  return date && isIsoDate(date) ? { date, precision: 'month' } : undefined;
}
