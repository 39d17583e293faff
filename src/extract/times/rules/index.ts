import type { Rule } from '../rule.js';
import { anchoredRule, relativeToEventRule } from './anchored.js';
import { clockRule } from './clock.js';
import { dayRangeRule } from './day-range.js';
import { bareMonthRule, monthYearRule, seasonRule, yearRangeRule, yearRule } from './periods.js';
import { agoRule, calendarPeriodRule, casualDayRule, lastNightRule, pastWindowRule, weekendRule } from './relative-days.js';
import { weekdayRule } from './weekday.js';

/** Every pattern rule, in priority order (an earlier rule wins a tie between equally long matches). */
export const RULES: readonly Rule[] = [
  dayRangeRule,
  monthYearRule,
  yearRangeRule,
  pastWindowRule,
  agoRule,
  calendarPeriodRule,
  weekendRule,
  casualDayRule,
  lastNightRule,
  weekdayRule,
  seasonRule,
  bareMonthRule,
  clockRule,
  anchoredRule,
  relativeToEventRule,
  yearRule,
];
