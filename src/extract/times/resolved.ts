import type { TimePrecision } from '../contract.js';
import { daysInMonth, dayNumber, isoDay } from './calendar.js';

/** A resolved time: what a TimeRef holds besides its span. */
export interface Resolved {
  start: string;
  end: string;
  precision: TimePrecision;
  /** First and last day (day numbers): what refiners compute with ("since", anchors, "end of"). */
  firstDay: number;
  lastDay: number;
}

export function days(firstDay: number, lastDay: number, precision: TimePrecision = 'day'): Resolved {
  return { start: isoDay(firstDay), end: isoDay(lastDay), precision, firstDay, lastDay };
}

export function wholeMonth(year: number, month: number): Resolved {
  return days(dayNumber(year, month, 1), dayNumber(year, month, daysInMonth(year, month)), 'month');
}

export function wholeYear(year: number): Resolved {
  return days(dayNumber(year, 1, 1), dayNumber(year, 12, 31), 'year');
}

/** Seasons start on the first of their month and last three months (winter runs into the next year). */
export function wholeSeason(year: number, firstMonth: number): Resolved {
  const endMonthIndex = firstMonth + 1; // 0-based month of the third month
  const endYear = year + Math.floor(endMonthIndex / 12);
  const endMonth = (endMonthIndex % 12) + 1;
  return days(dayNumber(year, firstMonth, 1), dayNumber(endYear, endMonth, daysInMonth(endYear, endMonth)), 'season');
}
