import { addMonths, daysInMonth, dayNumber, fromDayNumber, mondayOf, weekdayOf } from '../calendar.js';
import { NUMBER, numberValue } from '../lexicon.js';
import { days, wholeMonth, wholeYear } from '../resolved.js';
import type { Rule } from '../rule.js';

/** "today", "tonight", "this morning", "yesterday", "the day before yesterday", "tomorrow". */
export const casualDayRule: Rule = {
  name: 'casual-day',
  pattern: /\b(?:(?<before>the day before yesterday)|(?<today>[Tt]oday|[Tt]onight|[Tt]his (?:morning|afternoon|evening))|(?<yesterday>[Yy]esterday)|(?<tomorrow>[Tt]omorrow))\b/g,
  extract(match, { published }) {
    const g = match.groups!;
    const shift = g.before ? -2 : g.yesterday ? -1 : g.tomorrow ? 1 : 0;
    return { start: match.index, end: match.index + match[0].length, kind: 'date', relative: true, value: days(published + shift, published + shift) };
  },
};

/** "last night", "overnight": the night before publication, written as its two days. */
export const lastNightRule: Rule = {
  name: 'last-night',
  pattern: /\b(?:[Ll]ast night|[Oo]vernight)\b/g,
  extract(match, { published }) {
    return { start: match.index, end: match.index + match[0].length, kind: 'date', relative: true, value: days(published - 1, published) };
  },
};

const UNIT = '(?<unit>hours?|days?|weeks?|months?|years?)';

/** "would" after a verb of saying looks forward from the report, as "will" does ("said the water would reach …"). */
const REPORTED_FUTURE = /\bwould\s+(?!have\b)\w+/i;

/** A window opening at publication and lasting `count` units: "within five hours" said of what is to come. */
function forwardWindow(published: number, count: number, unit: string) {
  switch (unit) {
    case 'hour':
      return days(published, published + Math.max(0, Math.ceil(count / 24) - 1));
    case 'day':
      return days(published, published + count);
    case 'week':
      return days(published, published + 7 * count, 'week');
    case 'month':
      return days(published, addMonths(published, count), 'month');
    default:
      return days(published, addMonths(published, 12 * count), 'year');
  }
}

/** "during the last 24 hours", "over the past week", "in the past two days", "in 24 hours": a window ending at publication. */
export const pastWindowRule: Rule = {
  name: 'past-window',
  needs: /hour|day|week|month|year/,
  pattern: new RegExp(
    `\\b(?:(?:(?:[Ii]n|[Dd]uring|[Oo]ver|[Ff]or|[Ww]ithin)\\s+)?(?:the\\s+)?(?:[Ll]ast|[Pp]ast|[Pp]revious)\\s+(?:(?<count>${NUMBER})\\s+)?|(?:[Ii]n|[Ww]ithin)\\s+(?<bare>${NUMBER})\\s+)${UNIT}\\b`,
    'g',
  ),
  extract(match, { published, future, sentence }) {
    const g = match.groups!;
    const text = match[0];
    const forward = g.bare !== undefined && (future || REPORTED_FUTURE.test(sentence)); // "will leave in 24 hours", "said it would reach … within five hours"
    // bare "last week" / "last month" / "last year" are calendar periods (calendarPeriodRule)
    if (g.bare === undefined && g.count === undefined && /^[Ll]ast\s/.test(text)) return null;
    const count = numberValue(g.count ?? g.bare ?? '1');
    if (count === undefined || count === 0) return null;
    const unit = g.unit.replace(/s$/, '');
    if (unit !== 'hour' && (g.count ?? g.bare) !== undefined && /^\d+$/.test(g.count ?? g.bare) && count > 400) return null;
    const start = match.index;
    const end = match.index + text.length;
    const base = { start, end, kind: 'date' as const, relative: true };
    if (forward) return { ...base, value: forwardWindow(published, count, unit) };
    switch (unit) {
      case 'hour':
        return { ...base, value: days(published - Math.max(1, Math.ceil(count / 24)), published) };
      case 'day':
        return { ...base, value: days(published - count, published) };
      case 'week':
        return { ...base, value: days(published - 7 * count, published, 'week') };
      case 'month':
        return { ...base, value: days(addMonths(published, -count), published, 'month') };
      default:
        return { ...base, value: days(addMonths(published, -12 * count), published, 'year') };
    }
  },
};

/** "two days ago", "a week ago", "three months ago", "a year ago". */
export const agoRule: Rule = {
  name: 'ago',
  needs: /ago/i,
  pattern: new RegExp(`\\b(?<count>${NUMBER})\\s+(?<unit>days?|weeks?|months?|years?)\\s+ago\\b`, 'gi'),
  extract(match, { published }) {
    const count = numberValue(match.groups!.count);
    if (count === undefined) return null;
    const base = { start: match.index, end: match.index + match[0].length, kind: 'date' as const, relative: true };
    const unit = match.groups!.unit.toLowerCase().replace(/s$/, '');
    if (unit === 'day') return { ...base, value: days(published - count, published - count) };
    if (unit === 'week') return { ...base, value: days(published - 7 * count, published - 7 * count, 'week') };
    const then = fromDayNumber(addMonths(published, unit === 'month' ? -count : -12 * count));
    return { ...base, value: unit === 'month' ? wholeMonth(then.year, then.month) : wholeYear(then.year) };
  },
};

/**
 * Calendar periods around publication: "last week" (the Monday-Sunday week before), "this week", "next
 * month", "earlier this month" (its first day to publication), "later this week", "last year".
 */
export const calendarPeriodRule: Rule = {
  name: 'calendar-period',
  needs: /week|month|year/,
  // "the end of the year", "the start of the month": "the" after a part of a period is this one.
  pattern: /\b(?<which>[Ll]ast|[Tt]his|[Nn]ext|(?:[Ee]arlier|[Ll]ater) this|(?<=\b(?:end|beginning|start|middle|close|turn)\s+of\s+)the)\s+(?<unit>week|month|year)\b/g,
  extract(match, { published }) {
    const which = match.groups!.which.toLowerCase().replace(/\s+/g, ' ');
    const unit = match.groups!.unit as 'week' | 'month' | 'year';
    const shift = which === 'last' ? -1 : which === 'next' ? 1 : 0;
    const base = { start: match.index, end: match.index + match[0].length, kind: 'date' as const, relative: true };
    let first: number;
    let last: number;
    if (unit === 'week') {
      first = mondayOf(published) + 7 * shift;
      last = first + 6;
    } else if (unit === 'month') {
      const { year, month } = fromDayNumber(addMonths(dayNumber(fromDayNumber(published).year, fromDayNumber(published).month, 1), shift));
      first = dayNumber(year, month, 1);
      last = dayNumber(year, month, daysInMonth(year, month));
    } else {
      const year = fromDayNumber(published).year + shift;
      first = dayNumber(year, 1, 1);
      last = dayNumber(year, 12, 31);
    }
    if (which === 'earlier this') last = published;
    if (which === 'later this') first = published;
    return { ...base, value: days(first, last, unit) };
  },
};

/** "the weekend", "over the weekend", "last weekend", "this weekend": Saturday and Sunday. */
export const weekendRule: Rule = {
  name: 'weekend',
  pattern: /\b(?:(?<which>[Tt]he|[Ll]ast|[Tt]his|[Nn]ext)\s+)weekend\b/g,
  extract(match, { published, future }) {
    const which = match.groups!.which.toLowerCase();
    const forward = which === 'next' || (which !== 'last' && future);
    // the Saturday before publication (a Sunday report's weekend is the one it ends), or the next one
    const saturday = forward ? published + ((6 - weekdayOf(published) + 7) % 7) : published - 1 - ((weekdayOf(published - 1) - 6 + 7) % 7);
    return { start: match.index, end: match.index + match[0].length, kind: 'date', relative: true, value: days(saturday, saturday + 1) };
  },
};
