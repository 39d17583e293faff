import * as chrono from 'chrono-node';
import { dayNumber, daysInMonth, fromDayNumber } from '../calendar.js';
import { MONTH } from '../lexicon.js';
import { days } from '../resolved.js';
import type { Candidate, RuleContext } from '../rule.js';
import { inferYear } from '../year-inference.js';

/**
 * chrono-node for full dates written with a month name ("November 9", "9 November 2022", "Sept. 11,
 * 2021", "16 August to 15 November 2017") and ISO dates. Only those parsers run: weekdays, casual words,
 * times and relative expressions are our own rules, which follow news conventions.
 */
const PARSERS = new Set(['ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ISOFormatParser', 'ENYearMonthDayParser']);
const REFINERS = new Set(['OverlapRemovalRefiner', 'ENMergeDateRangeRefiner', 'UnlikelyFormatFilter', 'ENUnlikelyFormatFilter']);

const dateParser = chrono.en.casual.clone();
dateParser.parsers = dateParser.parsers.filter((p) => PARSERS.has(p.constructor.name));
dateParser.refiners = dateParser.refiners.filter((r) => REFINERS.has(r.constructor.name));

const HAS_MONTH = new RegExp(MONTH);
const HAS_ISO = /\d{4}-\d\d-\d\d/;
const CAPITALIZED_MONTH = new RegExp(`(?:^|[^A-Za-z])${MONTH}`);

function dayOf(component: chrono.ParsedComponents, context: RuleContext, fallbackYear?: number): number | undefined {
  const month = component.get('month');
  const day = component.get('day');
  if (!month || !day) return undefined;
  const year = component.isCertain('year') ? component.get('year')! : (fallbackYear ?? inferYear(month, day, context));
  if (year === undefined || day > daysInMonth(year, month)) return undefined;
  return dayNumber(year, month, day);
}

export function chronoDates(context: RuleContext): Omit<Candidate, 'rule'>[] {
  const { sentence } = context;
  if (!HAS_MONTH.test(sentence) && !HAS_ISO.test(sentence)) return [];
  const reference = new Date(context.published * 86_400_000 + 43_200_000);
  const found: Omit<Candidate, 'rule'>[] = [];
  for (const result of dateParser.parse(sentence, { instant: reference, timezone: 0 })) {
    if (!CAPITALIZED_MONTH.test(result.text) && !HAS_ISO.test(result.text)) continue; // "may 20 people"
    const endComponent = result.end;
    const endYear = endComponent?.isCertain('year') ? endComponent.get('year')! : undefined;
    let first = dayOf(result.start, context, result.start.isCertain('year') ? undefined : endYear);
    const last = endComponent ? dayOf(endComponent, context, first !== undefined ? fromDayNumber(first).year : undefined) : first;
    if (first === undefined || last === undefined || last < first) continue;
    if (endYear !== undefined && !result.start.isCertain('year') && first > last) first = undefined;
    const lead = /^(?:on|in|at|of)\s+/i.exec(result.text)?.[0].length ?? 0; // the span is the date, not its preposition
    found.push({ start: result.index + lead, end: result.index + result.text.length, kind: 'date', value: days(first!, last) });
  }
  return found;
}
