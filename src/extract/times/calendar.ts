/** Calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian, no time zone). */

const MS_PER_DAY = 86_400_000;

export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export interface YearMonthDay {
  year: number;
  month: number; // 1..12
  day: number;
}

export function fromDayNumber(n: number): YearMonthDay {
  const date = new Date(n * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses "YYYY-MM-DD" (or its first 10 characters) into a day number; undefined when it is not a date. */
export function parseIsoDay(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayNumber(year, month, day);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function isoDay(n: number): string {
  const { year, month, day } = fromDayNumber(n);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** "+03:00" for 180 minutes east of UTC. */
export function isoOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Month index counted from year 0 (year * 12 + month - 1): months add and compare as integers. */
export function monthIndex(year: number, month: number): number {
  return year * 12 + month - 1;
}

export function monthOfIndex(index: number): { year: number; month: number } {
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The day n months after day `n` (clamped to the month's last day). */
export function addMonths(n: number, months: number): number {
  const { year, month, day } = fromDayNumber(n);
  const target = monthOfIndex(monthIndex(year, month) + months);
  return dayNumber(target.year, target.month, Math.min(day, daysInMonth(target.year, target.month)));
}

/** Monday of the ISO week holding day n. */
export function mondayOf(n: number): number {
  return n - ((weekdayOf(n) + 6) % 7);
}
