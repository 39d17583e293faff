import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { TimeRef } from '../src/extract/contract.js';
import { extract } from '../src/extract/index.js';
import { evaluateTemporalTable, formatTemporalReport, parseTemporalTable, timesOf } from '../src/eval/times.js';
import { FIXTURES, SHARED } from './paths.js';

/** The TimeRef whose span contains `text`, as "start..end precision". */
function resolve(sentence: string, published: string, text: string): string | undefined {
  const time = timesOf(sentence, published).find((t: TimeRef) => t.span.text.includes(text));
  return time && `${time.start}..${time.end} ${time.precision}`;
}

test('temporal table: at least 60 real expressions, >= 95% resolved exactly', () => {
  const rows = parseTemporalTable(readFileSync(join(FIXTURES, 'times', 'temporal-table.tsv'), 'utf8'));
  assert.ok(rows.length >= 60, `${rows.length} rows`);
  const result = evaluateTemporalTable(rows);
  const report = formatTemporalReport(result);
  console.log(report.trim());
  assert.ok(result.exact / result.total >= 0.95, report);
});

test('weekdays: most recent on or before publication; last/next; future tense looks forward', () => {
  // 2022-11-11 is a Friday
  assert.equal(resolve('Russia announced on Wednesday it would leave.', '2022-11-11', 'Wednesday'), '2022-11-09..2022-11-09 day');
  assert.equal(resolve('Officials met on Friday.', '2022-11-11', 'Friday'), '2022-11-11..2022-11-11 day');
  assert.equal(resolve('Officials met last Friday.', '2022-11-11', 'Friday'), '2022-11-04..2022-11-04 day');
  assert.equal(resolve('They will meet on Monday.', '2022-11-11', 'Monday'), '2022-11-14..2022-11-14 day');
  assert.equal(resolve('They meet next Friday.', '2022-11-11', 'Friday'), '2022-11-18..2022-11-18 day');
  assert.equal(resolve('Shelling resumed on Tuesday night.', '2022-11-11', 'Tuesday night'), '2022-11-08..2022-11-08 day');
  assert.equal(resolve('Main news at noon, Monday, September 12', '2022-09-12', 'September 12'), '2022-09-12T12:00:00..2022-09-12T12:00:00 hour');
});

test('since: from the date to publication', () => {
  assert.equal(resolve('Since November 1, troops recaptured 41 settlements.', '2022-11-11', 'November 1'), '2022-11-01..2022-11-11 day');
  assert.equal(resolve('Fighting has not stopped since February.', '2022-11-11', 'February'), '2022-02-01..2022-11-11 month');
  assert.equal(resolve('No shelling since Monday.', '2022-11-11', 'Monday'), '2022-11-07..2022-11-11 day');
});

test('windows and relative days: last 24 hours, past week, ago, yesterday, overnight, weekend', () => {
  assert.equal(resolve('Twelve towns during the last 24 hours.', '2022-11-11', '24 hours'), '2022-11-10..2022-11-11 day');
  assert.equal(resolve('Forty attacks in the past two days.', '2022-11-11', 'two days'), '2022-11-09..2022-11-11 day');
  assert.equal(resolve('Shelled 278 times over the past week.', '2017-10-06', 'past week'), '2017-09-29..2017-10-06 week');
  assert.equal(resolve('A soldier killed two days ago.', '2022-11-11', 'two days ago'), '2022-11-09..2022-11-09 day');
  assert.equal(resolve('A strike hit Kyiv yesterday.', '2022-11-11', 'yesterday'), '2022-11-10..2022-11-10 day');
  assert.equal(resolve('Drones attacked overnight.', '2022-11-11', 'overnight'), '2022-11-10..2022-11-11 day');
  assert.equal(resolve('Two attacks over the weekend.', '2023-02-13', 'weekend'), '2023-02-11..2023-02-12 day');
  assert.equal(resolve('He said so last week.', '2016-09-20', 'last week'), '2016-09-12..2016-09-18 week');
  assert.equal(resolve('Prices rose earlier this month.', '2022-11-11', 'earlier this month'), '2022-11-01..2022-11-11 month');
});

test('months, seasons, years and ranges', () => {
  assert.equal(resolve('The offensive began in March.', '2022-11-11', 'March'), '2022-03-01..2022-03-31 month');
  assert.equal(resolve('The offensive will resume in March.', '2022-11-11', 'March'), '2023-03-01..2023-03-31 month');
  assert.equal(resolve('Talks were held in December.', '2022-11-11', 'December'), '2021-12-01..2021-12-31 month');
  assert.equal(resolve('Crimea was annexed in 2014.', '2022-11-11', '2014'), '2014-01-01..2014-12-31 year');
  assert.equal(resolve('Fighting in 2014-2015 displaced many.', '2022-11-11', '2014-2015'), '2014-01-01..2015-12-31 year');
  assert.equal(resolve('Ceasefire violations between 1 and 5 March were logged.', '2022-11-11', '1 and 5 March'), '2022-03-01..2022-03-05 day');
  assert.equal(resolve('The counteroffensive of the summer of 2022.', '2023-01-10', 'summer of 2022'), '2022-06-01..2022-08-31 season');
  assert.equal(resolve('Kyiv was shelled on December 28.', '2023-01-03', 'December 28'), '2022-12-28..2022-12-28 day');
  assert.equal(resolve('Troops entered on 9 November 2022.', '2022-11-20', '9 November 2022'), '2022-11-09..2022-11-09 day');
  // A month then the year it is in is one expression: that month of that year.
  assert.equal(resolve('Its biggest gain since the capture of Bakhmut in May last year.', '2024-02-17', 'May last year'), '2023-05-01..2023-05-31 month');
  assert.equal(resolve('The vote will be held in June next year.', '2024-02-17', 'June next year'), '2025-06-01..2025-06-30 month');
  assert.equal(resolve('Prices rose in January of last year.', '2024-02-17', 'January of last year'), '2023-01-01..2023-01-31 month');
});

test('end, beginning, middle of a period; early and late', () => {
  assert.equal(resolve('He claimed at the end of September the annexation.', '2022-11-11', 'end of September'), '2022-09-21..2022-09-30 month');
  assert.equal(resolve('The counteroffensive launched at the end of the summer.', '2022-11-11', 'end of the summer'), '2022-08-01..2022-08-31 season');
  assert.equal(resolve('Troops massed in early February.', '2022-11-11', 'February'), '2022-02-01..2022-02-10 month');
  assert.equal(resolve('The line held until mid-2015.', '2022-11-11', '2015'), '2015-05-01..2015-08-31 year');
});

test('anchors: "a week later" shifts from the last day mentioned', () => {
  const times = timesOf('The town fell on November 1. A week later, the army withdrew.', '2022-11-11');
  const later = times.find((t) => t.span.text === 'A week later');
  assert.equal(later && `${later.start}..${later.end}`, '2022-11-08..2022-11-08');
  assert.equal(timesOf('A week later, the army withdrew.', '2022-11-11').length, 0, 'no anchor, no guess');
});

test('times of day with their zones and DST', () => {
  assert.equal(resolve('Today at five in the morning Moscow time, the transfer ended.', '2022-11-11', 'five in the morning'), '2022-11-11T05:00:00+03:00..2022-11-11T05:00:00+03:00 hour');
  assert.equal(resolve('Sirens sounded at 10:30 a.m. Kyiv time.', '2022-07-01', '10:30'), '2022-07-01T10:30:00+03:00..2022-07-01T10:30:00+03:00 minute');
  assert.equal(resolve('Sirens sounded at 10:30 a.m. Kyiv time.', '2022-12-01', '10:30'), '2022-12-01T10:30:00+02:00..2022-12-01T10:30:00+02:00 minute');
  assert.equal(resolve('The strike came at 7 p.m. local time in Kharkiv, Ukraine.', '2023-01-15', '7 p.m.'), '2023-01-15T19:00:00+02:00..2023-01-15T19:00:00+02:00 hour');
  assert.equal(resolve('The statement came at 14:00 GMT.', '2022-11-11', '14:00'), '2022-11-11T14:00:00+00:00..2022-11-11T14:00:00+00:00 minute');
  assert.equal(resolve('In 2013 Moscow kept summer time: at 09:00 Moscow time.', '2013-07-01', '09:00'), '2013-07-01T09:00:00+04:00..2013-07-01T09:00:00+04:00 minute');
  // the switch to summer time is on the last Sunday of March (2022-03-27)
  assert.equal(resolve('At 12:00 Kyiv time on March 26, 2022.', '2022-04-01', '12:00'), '2022-03-26T12:00:00+02:00..2022-03-26T12:00:00+02:00 minute');
  assert.equal(resolve('At 12:00 Kyiv time on March 27, 2022.', '2022-04-01', '12:00'), '2022-03-27T12:00:00+03:00..2022-03-27T12:00:00+03:00 minute');
});

test('false positives: May the verb, the march, counts, units, ages, newspapers', () => {
  const none = (sentence: string, published = '2022-11-11') => assert.deepEqual(timesOf(sentence, published).map((t) => t.span.text), [], sentence);
  none('Russia may decide to retreat.');
  none('Prime Minister Theresa May said it was wrong.');
  none('The march on Kyiv stalled.');
  none('Troops recaptured 41 settlements and 156 people were evacuated.');
  none('About 2000 troops and 2014 votes were counted.');
  none('The 3rd Brigade held a 24-hour ceasefire.');
  none('A 22-year-old soldier was wounded.');
  none('The Sunday Times reported it.');
  none('Crowds gathered after the fall of Kabul.');
  none('Daily Report 113/2021 was issued.');
});

test('a publication date known only to the month pins no relative expression', () => {
  const doc = extract({ id: 'm', date: '2022-11-01', datePrecision: 'month', text: 'On Wednesday troops entered. In 2014 Crimea was annexed. On 9 November 2022 the army withdrew.' });
  assert.deepEqual(doc.times.map((t) => t.span.text), ['2014', '9 November 2022']);
});

test('the Kherson report: acceptance times', () => {
  const text = readFileSync(join(SHARED, 'examples', 'kherson-2022-11-11.txt'), 'utf8').replace(/^ date \S+ /, '');
  const times = extract({ id: 'k', date: '2022-11-11', text }).times;
  const five = times.find((t) => t.span.text.includes('five in the morning'));
  assert.ok(five && Date.parse(five.start) === Date.parse('2022-11-11T02:00:00Z'));
});

test('"early on Tuesday" is written with its day; "within five hours" said of what is to come opens at publication', () => {
  const times = (text: string) => extract({ id: 't', date: '2023-06-06', text }).times.map((t) => [t.span.text, t.start.slice(0, 10), t.end.slice(0, 10)]);
  assert.deepEqual(times('The dam was destroyed early on Tuesday.'), [['early on Tuesday', '2023-06-06', '2023-06-06']]);
  assert.deepEqual(times('He said the water would reach a critical level within five hours.'), [['within five hours', '2023-06-06', '2023-06-06']]);
  assert.deepEqual(times('Ukrainian troops recaptured twelve towns during the last 24 hours.'), [['during the last 24 hours', '2023-06-05', '2023-06-06']]);
});

test('a bare time of day is on the day the report last named; "local time" in a report of Syria is Syrian time', () => {
  const doc = extract({ id: 't', date: '2017-04-05', text: "At least 58 people were killed on Tuesday in a suspected chemical attack on Khan Sheikhoun in Syria's Idlib province. Residents said warplanes struck the town at around 6:30 a.m. local time." });
  const clock = doc.times.find((t) => t.span.text.includes('6:30'));
  assert.equal(clock?.start, '2017-04-04T06:30:00+03:00');
});

test('a bare weekday in a planned act looks forward: "had invited Trump to meet him on Thursday" in a Wednesday report', () => {
  const day = (text: string) => extract({ id: 't', date: '2016-11-09', text }).times[0]?.start;
  assert.equal(day('Obama said he had invited Trump to meet him on Thursday to discuss the transition.'), '2016-11-10');
  assert.equal(day('On Monday, he invited reporters to his office.'), '2016-11-07');
});

test('"four years after" / "a day after" an event: what follows happened that long before the time last given', () => {
  const times = (text: string, date: string) => extract({ id: 't', date, text }).times.map((t) => [t.span.text, t.start.slice(0, 10), t.precision]);
  assert.deepEqual(times('The bridge was opened by Putin in 2018, four years after Russia annexed the peninsula.', '2022-10-08'), [['2018', '2018-01-01', 'year'], ['four years after', '2014-01-01', 'year']]);
  assert.deepEqual(times('Russia attacked early on Friday. The attack came a day after Washington announced new aid.', '2023-12-29'), [['early on Friday', '2023-12-29', 'day'], ['a day after', '2023-12-28', 'day']]);
  // Opening its sentence, the phrase dates its own clause from a time it does not give.
  assert.deepEqual(times('Two days after the attack, troops entered the town.', '2023-12-29'), []);
});

test('"local time" takes the offset a bracketed universal time states ("2 a.m. local time (0000 GMT)"); a region is a whole word ("Hamas" names no Hama, Syria)', () => {
  assert.equal(resolve('Hamas said the strikes began at around 2 a.m. local time (0000 GMT) on Monday.', '2023-10-30', '2 a.m.'), '2023-10-30T02:00:00+02:00..2023-10-30T02:00:00+02:00 hour');
  assert.equal(resolve('Hamas said the strikes began at around 2 a.m. local time on Monday.', '2023-10-30', '2 a.m.'), '2023-10-30T02:00:00..2023-10-30T02:00:00 hour');
  assert.equal(resolve('The raid in Kabul began at 11:30 p.m. local time (1900 GMT).', '2021-08-27', '11:30'), '2021-08-27T23:30:00+04:30..2021-08-27T23:30:00+04:30 minute');
});

test('a dateline day\'s span ends at its last word ("KYIV, March 3 (Reuters) -")', () => {
  const doc = extract({ id: 't', date: '2023-03-03', text: 'KYIV, March 3 (Reuters) - Russian forces attacked.' });
  assert.deepEqual(doc.times.map((t) => t.span.text), ['March 3']);
});

test('a part of this or last week, month or year: "the end of last week", "Early last week", "since the start of the year", "by the end of the year"', () => {
  assert.equal(resolve('The fighting began at the end of last week.', '2023-04-16', 'week'), '2023-04-07..2023-04-09 week');
  assert.equal(resolve('Early last week, the army moved.', '2023-04-16', 'week'), '2023-04-03..2023-04-05 week');
  assert.equal(resolve('Since the start of the year, 300 people have died.', '2023-04-16', 'year'), '2023-01-01..2023-04-16 year');
  assert.equal(resolve('At the start of the month, talks failed.', '2023-04-16', 'month'), '2023-04-01..2023-04-10 month');
  assert.equal(resolve('By the end of the year, troops will leave.', '2023-04-16', 'year'), '2023-09-01..2023-12-31 year');
  assert.equal(resolve('The fighting ended on Tuesday.', '2023-04-16', 'the'), undefined, '"the" alone is no time');
});

test('"the day before," standing alone shifts from the day last named; "the day before the vote" is dated by the vote; a full stop is no part of a span', () => {
  assert.equal(resolve('On Tuesday the army attacked. The day before, talks failed.', '2023-04-16', 'day before'), '2023-04-10..2023-04-10 day');
  assert.equal(resolve('On Tuesday the army attacked. The day before the vote, talks failed.', '2023-04-16', 'day before'), undefined);
  assert.deepEqual(timesOf('The offensive started in early March.', '2023-04-16').map((t) => t.span.text), ['early March']);
  assert.deepEqual(timesOf('The strike came at 6 p.m.', '2023-04-16').map((t) => t.span.text), ['6 p.m.']);
});

test('a capital\'s time whose offset is fixed gives it: "5:50 p.m. Kabul time" → +04:30, "3 a.m. Baghdad time" → +03:00; "Damascus time" follows Syria\'s rule', () => {
  assert.equal(resolve('The blast went off at 5:50 p.m. Kabul time near the airport.', '2021-08-26', '5:50'), '2021-08-26T17:50:00+04:30..2021-08-26T17:50:00+04:30 minute');
  assert.equal(resolve('The strike came at 3 a.m. Baghdad time.', '2021-08-26', '3 a.m.'), '2021-08-26T03:00:00+03:00..2021-08-26T03:00:00+03:00 hour');
  assert.equal(resolve('The truce began at noon Damascus time.', '2021-01-26', 'noon'), '2021-01-26T12:00:00+02:00..2021-01-26T12:00:00+02:00 hour'); // winter before Syria kept +03:00 all year (October 2022)
});
