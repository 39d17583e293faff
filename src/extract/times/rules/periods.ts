import { fromDayNumber, monthIndex, monthOfIndex } from '../calendar.js';
import { COUNT_NOUN_AFTER, DIGIT, MONTH, QUANTITY_WORD_BEFORE, SEASON, SEASONS, monthValue } from '../lexicon.js';
import { days, wholeMonth, wholeSeason, wholeYear } from '../resolved.js';
import type { Rule, RuleContext } from '../rule.js';

const YEAR = '(?:1[89]\\d\\d|20\\d\\d)';

/** "March 2015", "JANUARY 2019", "in December 2009", "June of 2012". */
export const monthYearRule: Rule = {
  name: 'month-year',
  needs: DIGIT,
  pattern: new RegExp(`\\b(?<month>${MONTH}),?\\s+(?:of\\s+)?(?<year>${YEAR})\\b`, 'g'),
  extract(match) {
    const month = monthValue(match.groups!.month);
    if (month === undefined) return null;
    return { start: match.index, end: match.index + match[0].length, kind: 'date', value: wholeMonth(Number(match.groups!.year), month) };
  },
};

/** The month a bare month name means: the latest not after publication, or the next one in a future sentence. */
function bareMonth(month: number, which: string | undefined, { published, future }: RuleContext) {
  const now = fromDayNumber(published);
  const current = monthIndex(now.year, now.month);
  const sameYear = monthIndex(now.year, month);
  let index: number;
  if (which === 'last') index = sameYear < current ? sameYear : sameYear - 12;
  else if (which === 'next') index = sameYear > current ? sameYear : sameYear + 12;
  else if (future) index = sameYear >= current ? sameYear : sameYear + 12;
  else index = sameYear <= current ? sameYear : sameYear - 12;
  const { year, month: m } = monthOfIndex(index);
  return wholeMonth(year, m);
}

/**
 * A month name alone, only after a word that makes it a time ("in March", "since February", "end of
 * September", "late March", "last April"): "May" the verb and "the march on Kyiv" stay out. The span is
 * the month name (with last/next/this); the preposition is context.
 */
export const bareMonthRule: Rule = {
  name: 'bare-month',
  needs: new RegExp(MONTH),
  pattern: new RegExp(
    `(?:\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Dd]uring|[Tt]hrough|[Ee]arly|[Ll]ate|[Oo]f|[Bb]efore|[Aa]fter|[Tt]o)\\s+|\\b[Mm]id-?\\s*|(?<which>\\b(?:[Ll]ast|[Nn]ext|[Tt]his))\\s+)(?<month>${MONTH})(?!\\s*\\d)(?![\\w-])`,
    'gd',
  ),
  extract(match, context) {
    const month = monthValue(match.groups!.month);
    if (month === undefined) return null;
    const start = match.indices!.groups!.which?.[0] ?? match.indices!.groups!.month[0];
    const value = bareMonth(month, match.groups!.which?.toLowerCase(), context);
    return { start, end: match.index + match[0].length, kind: 'date', relative: !context.publishedDayKnown, value };
  },
};

/**
 * A season: "the summer", "this winter", "last spring", "summer 2014", "the fall of 2016". Without a
 * year, the latest season that has begun by publication (or the next one in a future sentence).
 */
export const seasonRule: Rule = {
  name: 'season',
  needs: new RegExp(SEASON),
  pattern: new RegExp(
    `\\b(?:(?<which>[Tt]he|[Tt]his|[Ll]ast|[Nn]ext|[Ii]n)\\s+)?(?<season>${SEASON})(?:,?\\s+(?:of\\s+)?(?<year>${YEAR}))?\\b`,
    'g',
  ),
  extract(match, { published, future }) {
    const g = match.groups!;
    const which = g.which?.toLowerCase();
    if (!g.year && !which) return null; // "fall" the verb, "spring" the noun
    if (!g.year && /^\s+of\b/.test(match.input.slice(match.index + match[0].length))) return null; // "the fall of Kabul"
    const firstMonth = SEASONS[g.season];
    const start = match.index + (which === 'in' ? g.which.length + 1 : 0);
    if (g.year) return { start, end: match.index + match[0].length, kind: 'date', value: wholeSeason(Number(g.year), firstMonth) };
    const now = fromDayNumber(published);
    const current = monthIndex(now.year, now.month);
    // the latest start of this season at or before the current month
    let index = monthIndex(now.year, firstMonth);
    while (index > current) index -= 12;
    if (which === 'last' && current - index < 3) index -= 12; // "last summer" said in summer: the one before
    if (which === 'next' || (future && which !== 'last')) index += 12;
    const { year } = monthOfIndex(index);
    return { start, end: match.index + match[0].length, kind: 'date', relative: true, value: wholeSeason(year, firstMonth) };
  },
};

/** "2014-2015", "2014–15", "from 2014 to 2016", "between 2014 and 2016". */
export const yearRangeRule: Rule = {
  name: 'year-range',
  needs: DIGIT,
  pattern: new RegExp(`\\b(?:(?:[Ff]rom|[Bb]etween)\\s+)?(?<first>${YEAR})\\s*(?:[-–—]|\\s(?:to|and|through)\\s)\\s*(?<last>${YEAR}|\\d\\d)\\b(?![-/.]\\d)`, 'g'),
  extract(match) {
    const first = Number(match.groups!.first);
    const lastText = match.groups!.last;
    const last = lastText.length === 2 ? Math.floor(first / 100) * 100 + Number(lastText) : Number(lastText);
    if (!(last > first && last - first <= 50)) return null;
    const from = wholeYear(first);
    const to = wholeYear(last);
    return { start: match.index, end: match.index + match[0].length, kind: 'date', value: days(from.firstDay, to.lastDay, 'year') };
  },
};

/**
 * A year on its own ("in 2014", "the 2012 election"), unless it reads as a count: after a currency
 * sign, a slash or a quantity word ("about 2000"), or before a count noun ("2000 troops", "2014 votes").
 */
export const yearRule: Rule = {
  name: 'year',
  needs: DIGIT,
  pattern: new RegExp(`(?<![\\d$€£#/.,:]|\\d-)\\b(?<year>${YEAR})\\b(?![.,/:]\\d|-\\d|%)`, 'g'),
  extract(match, { sentence }) {
    const end = match.index + match[0].length;
    if (COUNT_NOUN_AFTER.test(sentence.slice(end, end + 20))) return null;
    if (QUANTITY_WORD_BEFORE.test(sentence.slice(Math.max(0, match.index - 20), match.index))) return null;
    return { start: match.index, end, kind: 'date', value: wholeYear(Number(match.groups!.year)) };
  },
};
