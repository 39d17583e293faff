import { dayNumber, daysInMonth, fromDayNumber } from './calendar.js';
import type { RuleContext } from './rule.js';

/**
 * The year of a day written without one ("November 9", "Sept. 30"): the one that puts it within nine
 * months before to three months after publication, so a January report's "December 28" is last year's
 * and a September report's "Nov. 8" this year's; a sentence in the future takes the next twelve months.
 */
export function inferYear(month: number, day: number, { published, future }: RuleContext): number | undefined {
  const { year } = fromDayNumber(published);
  for (const candidate of future ? [year, year + 1] : [year - 1, year, year + 1]) {
    if (day > daysInMonth(candidate, month)) continue;
    const n = dayNumber(candidate, month, day);
    if (future ? n >= published && n < published + 366 : n > published - 275 && n <= published + 92) return candidate;
  }
  return undefined;
}
