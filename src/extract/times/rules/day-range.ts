import { dayNumber, daysInMonth } from '../calendar.js';
import { DIGIT, MONTH, monthValue } from '../lexicon.js';
import { days } from '../resolved.js';
import type { Rule } from '../rule.js';
import { inferYear } from '../year-inference.js';

const DAY = '(?:[0-3]?\\d)(?:st|nd|rd|th)?';
const TO = '\\s*(?:[-–—]|\\s(?:to|and|through|until)\\s)\\s*';

/** "between 1 and 5 March", "from 14 to 20 May 2021", "1-5 March", "March 1-5, 2022", "March 1 to 5". */
export const dayRangeRule: Rule = {
  name: 'day-range',
  needs: DIGIT,
  pattern: new RegExp(
    `\\b(?:(?:[Ff]rom|[Bb]etween)\\s+)?(?:(?<d1>${DAY})${TO}(?<d2>${DAY})\\s+(?:of\\s+)?(?<m1>${MONTH})|(?<m2>${MONTH})\\s+(?<d3>${DAY})${TO}(?<d4>${DAY}))(?:,?\\s+(?<year>(?:1[89]|20)\\d\\d))?(?![\\w:])`,
    'g',
  ),
  extract(match, context) {
    const g = match.groups!;
    const month = monthValue(g.m1 ?? g.m2);
    const first = parseInt(g.d1 ?? g.d3, 10);
    const last = parseInt(g.d2 ?? g.d4, 10);
    if (month === undefined || !(first >= 1 && last > first && last <= 31)) return null;
    const year = g.year ? Number(g.year) : inferYear(month, first, context);
    if (year === undefined || last > daysInMonth(year, month)) return null;
    return { start: match.index, end: match.index + match[0].length, kind: 'date', value: days(dayNumber(year, month, first), dayNumber(year, month, last)) };
  },
};
