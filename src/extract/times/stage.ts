import type { TimeRef } from '../contract.js';
import type { Doc, Stage } from '../document.js';
import { daysInMonth, fromDayNumber, dayNumber, parseIsoDay } from './calendar.js';
import { FUTURE_CUE, MAY_HOLD_TIME } from './lexicon.js';
import { applyDayParts, applyPeriodParts, applySince, attachZones, mergeMonthWithYear, mergeWeekdayWithDate, removeOverlaps, resolveClocks } from './refiners.js';
import { days, wholeMonth, wholeYear, type Resolved } from './resolved.js';
import type { Candidate, RuleContext } from './rule.js';
import { chronoDates } from './rules/chrono-dates.js';
import { RULES } from './rules/index.js';
import { localZoneOf } from './zones.js';

/** The time expressions of one sentence, resolved (anchored ones still hold their shift). */
export function findTimes(context: RuleContext, localZone?: string): Candidate[] {
  const { sentence } = context;
  if (!MAY_HOLD_TIME.test(sentence)) return [];
  let found: Candidate[] = [];
  for (const rule of RULES) {
    if (rule.needs && !rule.needs.test(sentence)) continue;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(sentence); m; m = rule.pattern.exec(sentence)) {
      const candidate = rule.extract(m, context);
      if (candidate) found.push({ ...candidate, rule: rule.name });
    }
  }
  for (const candidate of chronoDates(context)) found.push({ ...candidate, rule: 'chrono' });
  if (!context.publishedDayKnown) found = found.filter((c) => !c.relative && c.kind !== 'anchored');
  found = removeOverlaps(found);
  found = mergeWeekdayWithDate(found, sentence);
  found = mergeMonthWithYear(found, sentence);
  found = applyPeriodParts(found, sentence);
  found = applyDayParts(found, sentence);
  found = applySince(found, context);
  found = attachZones(found, sentence);
  found = resolveClocks(found, context, localZone);
  if (!context.publishedDayKnown) found = found.filter((c) => !c.relative);
  return found;
}

/** An entity overlaps the expression outside its zone phrase (a place may claim "Moscow" in "from Moscow"). */
function claimedByEntity(doc: Doc, offset: number, c: Candidate): boolean {
  if (!c.zone) return !!doc.entityAt(offset + c.start, offset + c.end);
  return !!doc.entityAt(offset + c.start, offset + c.zone.start) || (c.zone.end < c.end && !!doc.entityAt(offset + c.zone.end, offset + c.end));
}

/**
 * The times stage: every temporal expression as a TimeRef resolved against the publication date, the
 * way news means it (see the rules under ./rules and the refiners). Text already claimed by an entity
 * ("Sunday Times", "Theresa May") is left alone; "a week later" resolves against the last day mentioned.
 */
export const timesStage: Stage = {
  name: 'times',
  run(doc: Doc) {
    const published = parseIsoDay(doc.article.date);
    if (published === undefined) return;
    const publishedDayKnown = !doc.article.datePrecision;
    const localZone = localZoneOf(doc.text);
    let anchor: Resolved | undefined;
    let lastTime: Resolved | undefined;
    for (const sentence of doc.sentences) {
      const narratedDay = anchor && anchor.firstDay <= published ? anchor.firstDay : undefined;
      const context: RuleContext = { sentence: sentence.text, published, publishedDayKnown, future: FUTURE_CUE.test(sentence.text), narratedDay };
      for (const c of findTimes(context, localZone)) {
        const start = sentence.start + c.start;
        let end = sentence.start + c.end;
        while (end > start && /\s/.test(doc.text[end - 1])) end--; // "Oct 30 (Reuters)": a match may run onto the space after it
        if (/(?:^|[^.\p{L}])\p{L}{3,}\.$/u.test(doc.text.slice(Math.max(start, end - 12), end))) end--; // "in early March.": the sentence's full stop (but "6 p.m.")
        if (claimedByEntity(doc, sentence.start, c)) continue;
        let value = c.value;
        if (c.kind === 'anchored' && c.shiftMonths !== undefined) {
          if (!lastTime) continue;
          value = shiftedByMonths(lastTime, c.shiftMonths);
        } else if (c.kind === 'anchored') {
          if (!anchor) continue;
          value = days(anchor.firstDay + c.shiftDays!, anchor.firstDay + c.shiftDays!);
        }
        if (!value) continue;
        const time: Omit<TimeRef, 'id'> = { span: doc.span(start, end), start: value.start, end: value.end, precision: value.precision };
        doc.addTime(time);
        if (value.firstDay === value.lastDay) anchor = value;
        lastTime = value;
      }
    }
  },
};

/** A time moved by whole months, at its own precision: a year stays a year ("2018" less four years is 2014), a day a day. */
function shiftedByMonths(value: Resolved, months: number): Resolved {
  const { year, month, day } = fromDayNumber(value.firstDay);
  const total = year * 12 + (month - 1) + months;
  const [y, m] = [Math.floor(total / 12), (total % 12) + 1];
  if (value.precision === 'year') return wholeYear(y);
  if (value.precision === 'month' || value.precision === 'season') return wholeMonth(y, m);
  const shifted = dayNumber(y, m, Math.min(day, daysInMonth(y, m)));
  return days(shifted, shifted);
}
