import { dayNumber, daysInMonth, fromDayNumber, isoDay, isoOffset, mondayOf } from './calendar.js';
import { ZONE } from './lexicon.js';
import { days, wholeMonth, type Resolved } from './resolved.js';
import type { Candidate, RuleContext } from './rule.js';
import { ZONE_PHRASES, zoneOffset, type ZoneRule } from './zones.js';

/** Overlapping candidates: the longest wins (earlier rules win ties). Returns them in text order. */
export function removeOverlaps(candidates: Candidate[]): Candidate[] {
  const byLength = candidates.map((c, i) => ({ c, i })).sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.i - b.i);
  const kept: Candidate[] = [];
  for (const { c } of byLength) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

/** "Monday, September 12": the weekday gives way to the full date written right after it. */
export function mergeWeekdayWithDate(candidates: Candidate[], sentence: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    const next = candidates[i + 1];
    if (c.weekday && next?.kind === 'date' && !next.weekday && next.value?.precision === 'day' && /^\s*,?\s*(?:the\s+)?$/.test(sentence.slice(c.end, next.start))) {
      out.push({ ...next, start: c.start, relative: false });
      i++;
    } else out.push(c);
  }
  return out;
}

/** "May last year", "March this year", "June of next year": a month then the year it is in, one expression of that month. */
export function mergeMonthWithYear(candidates: Candidate[], sentence: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    const next = candidates[i + 1];
    const month = c.kind === 'date' && c.value?.precision === 'month' ? fromDayNumber(c.value.firstDay).month : undefined;
    if (month !== undefined && next?.kind === 'date' && next.value?.precision === 'year' && /^\s*(?:,\s*|of\s+)?$/.test(sentence.slice(c.end, next.start))) {
      out.push({ ...c, end: next.end, value: wholeMonth(fromDayNumber(next.value.firstDay).year, month), relative: c.relative || next.relative });
      i++;
    } else out.push(c);
  }
  return out;
}

const PART_BEFORE = /(?:\b(?:the\s+)?(?<part>end|beginning|start|middle|turn|close)\s+of\s+(?:the\s+)?|\b(?<adj>[Ee]arly|[Ll]ate|[Mm]id)(?:-|\s+|-\s*))$/;

/** First and last thirds: which slice of a period "early", "mid", "late", "end of" … pick (0, 1, 2). */
function partIndex(word: string): number {
  switch (word.toLowerCase()) {
    case 'end':
    case 'late':
    case 'close':
    case 'turn':
      return 2;
    case 'middle':
    case 'mid':
      return 1;
    default:
      return 0;
  }
}

/** Narrows a month, season or year to its third: month days 1-10/11-20/21-end, a season's month, a year's four months. */
function narrow(value: Resolved, third: number): Resolved {
  // "the end of last week": Monday–Wednesday, Wednesday–Friday, Friday–Sunday.
  if (value.precision === 'week') return days(value.firstDay + 2 * third, Math.min(value.lastDay, value.firstDay + 2 * third + 2), 'week');
  const { year, month } = fromDayNumber(value.firstDay);
  if (value.precision === 'month') {
    const first = dayNumber(year, month, 1 + 10 * third);
    const last = third === 2 ? value.lastDay : dayNumber(year, month, 10 + 10 * third);
    return days(first, last, 'month');
  }
  const months = value.precision === 'season' ? 1 : 4;
  const firstMonth = dayNumber(year, month + third * months, 1);
  const start = fromDayNumber(firstMonth);
  const endMonth = fromDayNumber(dayNumber(start.year, start.month + months, 1) - 1);
  return days(firstMonth, dayNumber(endMonth.year, endMonth.month, daysInMonth(endMonth.year, endMonth.month)), value.precision);
}

/** "end of September", "late March", "mid-2014", "at the end of the summer", "the end of last week": a third of the period. */
export function applyPeriodParts(candidates: Candidate[], sentence: string): Candidate[] {
  return candidates.map((c) => {
    const p = c.value?.precision;
    if (c.kind !== 'date' || !(p === 'month' || p === 'season' || p === 'year' || p === 'week') || c.value!.firstDay !== periodStart(c.value!)) return c;
    const m = PART_BEFORE.exec(sentence.slice(Math.max(0, c.start - 30), c.start));
    if (!m) return c;
    const word = m.groups!.part ?? m.groups!.adj;
    const startsAt = c.start - m[0].length + m[0].indexOf(word);
    return { ...c, start: startsAt, value: narrow(c.value!, partIndex(word)) };
  });
}

/** The first day of the whole month/season/year a value starts in (parts of periods are not narrowed twice). */
function periodStart(value: Resolved): number {
  if (value.precision === 'week') return mondayOf(value.firstDay);
  const { year, month } = fromDayNumber(value.firstDay);
  return value.precision === 'year' ? dayNumber(year, 1, 1) : dayNumber(year, month, 1);
}

const DAY_PART_BEFORE = /\b(?:[Ee]arly|[Ll]ate)(?:\s+on)?\s+$/;

/** "early on Tuesday", "late Monday": the part of a single day is written with it; the day stays the value. */
export function applyDayParts(candidates: Candidate[], sentence: string): Candidate[] {
  return candidates.map((c) => {
    if (c.kind !== 'date' || c.value?.precision !== 'day' || c.value.firstDay !== c.value.lastDay) return c;
    const m = DAY_PART_BEFORE.exec(sentence.slice(Math.max(0, c.start - 12), c.start));
    return m ? { ...c, start: c.start - m[0].length } : c;
  });
}

/** "since November 1", "since February", "since Monday": from that time to publication. */
export function applySince(candidates: Candidate[], context: RuleContext): Candidate[] {
  return candidates.map((c) => {
    if (c.kind !== 'date' || !c.value) return c;
    const m = /\b[Ss]ince\s+(?:the\s+)?$/.exec(context.sentence.slice(Math.max(0, c.start - 12), c.start));
    if (!m || c.value.firstDay > context.published) return c;
    const precision = c.value.precision === 'season' || c.value.precision === 'week' ? 'day' : c.value.precision;
    return { ...c, start: c.start - m[0].length, relative: true, value: days(c.value.firstDay, context.published, precision) };
  });
}

const ZONE_AFTER = new RegExp(`^\\s*\\(?\\s*(?<zone>${ZONE})\\b\\)?`, 'i');

/** Attaches a following zone phrase ("Moscow time", "from Moscow", "GMT", "local time") to a time of day. */
export function attachZones(candidates: Candidate[], sentence: string): Candidate[] {
  return candidates.map((c) => {
    if (c.kind !== 'clock') return c;
    const m = ZONE_AFTER.exec(sentence.slice(c.end, c.end + 30));
    if (!m) return c;
    const phrase = m.groups!.zone;
    if (!/\s/.test(phrase) && phrase !== phrase.toUpperCase()) return c; // "et", "Eastern" alone are not zones
    const zoneStart = c.end + m.index + m[0].indexOf(phrase);
    return { ...c, end: c.end + m[0].length, zone: { start: zoneStart, end: zoneStart + phrase.length }, clock: { ...c.clock!, zone: ZONE_PHRASES[phrase.toLowerCase().replace(/\s+/g, ' ')] } };
  });
}

/**
 * A time of day takes the single day written right before or after it ("Today at five", "19:30, 24 May
 * 2018", "07:00 July 29, 2018"), else the last day the report named before its sentence, else the
 * publication day; it becomes an instant with the zone's offset.
 */
export function resolveClocks(candidates: Candidate[], context: RuleContext, localZone: ZoneRule | undefined): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.kind !== 'clock') {
      out.push(c);
      continue;
    }
    const before = out[out.length - 1];
    const after = candidates[i + 1];
    let start = c.start;
    let end = c.end;
    let day: number | undefined;
    if (isSingleDay(before) && /^\s*(?:,\s*)?(?:at\s+|from\s+)?$/i.test(context.sentence.slice(before.end, c.start))) {
      out.pop();
      start = before.start;
      day = before.value!.firstDay;
    } else if (isSingleDay(after) && /^\s*(?:,\s*)?(?:on\s+)?$/i.test(context.sentence.slice(c.end, after.start))) {
      end = after.end;
      day = after.value!.firstDay;
      i++;
    } else if (context.narratedDay !== undefined) day = context.narratedDay; // "… on Tuesday. … struck at around 6:30 a.m."
    else if (context.publishedDayKnown) day = context.published;
    if (day === undefined) continue;
    const utc = c.clock!.zone === 'local' ? statedUtcOffset(context.sentence.slice(c.end), c.clock!) : undefined;
    out.push({ start, end, kind: 'date', rule: c.rule, zone: c.zone, value: instant(day, c, utc === undefined ? localZone : `fixed:${utc}`) });
  }
  return out;
}

/** "2 a.m. local time (0000 GMT)": the offset a universal time in brackets after a local one states, in minutes. */
function statedUtcOffset(after: string, clock: { hour: number; minute: number }): number | undefined {
  const m = /^\s*\((\d{1,2}):?(\d{2})\s*(?:GMT|UTC)\)/.exec(after);
  if (!m) return undefined;
  let offset = clock.hour * 60 + clock.minute - (Number(m[1]) * 60 + Number(m[2]));
  if (offset > 14 * 60) offset -= 24 * 60;
  if (offset <= -12 * 60) offset += 24 * 60;
  return Math.abs(offset) <= 14 * 60 && offset % 15 === 0 ? offset : undefined;
}

function isSingleDay(c: Candidate | undefined): c is Candidate {
  return c?.kind === 'date' && c.value!.precision === 'day' && c.value!.firstDay === c.value!.lastDay;
}

function instant(day: number, c: Candidate, localZone: ZoneRule | undefined): Resolved {
  const { hour, minute, minuteStated, zone } = c.clock!;
  const { year, month, day: dom } = fromDayNumber(day);
  const rule = zone === 'local' ? localZone : zone;
  const offset = rule === undefined ? undefined : zoneOffset(rule, year, month, dom, hour * 60 + minute);
  const text = `${isoDay(day)}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00${offset === undefined ? '' : isoOffset(offset)}`;
  return { start: text, end: text, precision: minuteStated ? 'minute' : 'hour', firstDay: day, lastDay: day };
}
