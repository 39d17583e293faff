import { isIsoDate, type DatePrecision } from '../article.js';
import type { DateStyle } from './types.js';
import MONTHS from './months.json' with { type: 'json' };

/** The order of day and month in a numeric date such as 05/02/2014. */
export type NumericOrder = 'dmy' | 'mdy';

const MONTH_NUMBER: ReadonlyMap<string, number> = new Map(Object.entries(MONTHS as Record<string, number>));

// 2022-11-11, 2022/11/11, 2022-11-11 00:00:00.000, 2022-11-11T05:12:00+02:00
const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T\s]|Z)/;
// 11/11/2022, 1/22/2014 12:00:00 AM, 11.11.2022, 11-11-2022 00:00
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:$|[T\s,])/;
// 11 November 2022, 11-Nov-2022, Fri, 11 Nov 2022 05:12:00 +0000
const DAY_MONTH_NAME = /^(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]+)\.?,?[\s-]+(\d{4})(?:$|[T\s,])/i;
// November 11, 2022, Nov 11 2022, Friday, November 11, 2022
const MONTH_NAME_DAY = /^(?:[a-z]+,\s+)?([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:$|[T\s,])/i;

function iso(year: number, month: number, day: number): string | undefined {
  const value = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(value) ? value : undefined;
}

function monthNumber(name: string): number | undefined {
  return MONTH_NUMBER.get(name.toLowerCase());
}

/**
 * Which day/month order a numeric date allows: 'dmy' or 'mdy' when a part above 12 decides it,
 * 'either' when both parts are 12 or less, undefined when the value is not a numeric d/m/y date.
 */
export function numericDateOrder(value: string): NumericOrder | 'either' | undefined {
  const m = NUMERIC.exec(value.trim());
  if (!m) return undefined;
  const first = Number(m[1]);
  const second = Number(m[2]);
  if (first > 12 && second <= 12) return 'dmy';
  if (second > 12 && first <= 12) return 'mdy';
  if (first <= 12 && second <= 12) return 'either';
  return undefined;
}

/**
 * The calendar date (YYYY-MM-DD) a date string names, as written: a time or UTC offset after it is
 * ignored, never converted. Numeric d/m/y dates need a style ('dmy' or 'mdy'); with 'iso' or 'auto'
 * only ISO and month-name dates are read. Undefined when the value is not a valid date.
 */
export function parseDate(value: string, style: DateStyle = 'auto'): string | undefined {
  const text = value.trim();
  let m = ISO.exec(text);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = NUMERIC.exec(text);
  if (m) {
    if (style === 'dmy') return iso(Number(m[3]), Number(m[2]), Number(m[1]));
    if (style === 'mdy') return iso(Number(m[3]), Number(m[1]), Number(m[2]));
    return undefined;
  }
  m = DAY_MONTH_NAME.exec(text);
  if (m) {
    const month = monthNumber(m[2]);
    return month === undefined ? undefined : iso(Number(m[3]), month, Number(m[1]));
  }
  m = MONTH_NAME_DAY.exec(text);
  if (m) {
    const month = monthNumber(m[1]);
    return month === undefined ? undefined : iso(Number(m[3]), month, Number(m[2]));
  }
  return undefined;
}

// 2016-10 or 2016: a publication date known only to the month or the year, as some archives give it.
const PARTIAL_ISO = /^(\d{4})(?:-(\d{2}))?$/;

/** A date known only to the month or year: its first day and how precise it is. */
export function parsePartialDate(value: string): { date: string; precision: DatePrecision } | undefined {
  const m = PARTIAL_ISO.exec(value.trim());
  if (!m) return undefined;
  const date = iso(Number(m[1]), m[2] === undefined ? 1 : Number(m[2]), 1);
  return date === undefined ? undefined : { date, precision: m[2] === undefined ? 'year' : 'month' };
}

/** How a date style is written, for messages: "dd/mm/yyyy". */
export function describeStyle(style: NumericOrder): string {
  return style === 'dmy' ? 'dd/mm/yyyy' : 'mm/dd/yyyy';
}
