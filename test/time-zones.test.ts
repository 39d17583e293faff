import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TimeRef } from '../src/extract/contract.js';
import { timesOf } from '../src/eval/times.js';
import { isKnownZone, zoneOffset } from '../src/extract/times/zones.js';
import zoneData from '../src/lexicon/times/zones.json' with { type: 'json' };

/** The start of the TimeRef whose span contains `text`. */
function startOf(sentence: string, published: string, text: string): string | undefined {
  return timesOf(sentence, published).find((t: TimeRef) => t.span.text.includes(text))?.start;
}

test('every zone id of the lexicon is one the platform\'s tz database knows', () => {
  const ids = [...Object.values(zoneData.zones).filter((z) => z !== 'local'), ...Object.keys(zoneData.localRegions)];
  for (const id of ids) assert.ok(isKnownZone(id), id);
});

test('a zone\'s offset follows its changes over the years (Moscow 2011-2014, Syria 2022, Sudan 2017, Iran 2022, US before 2007)', () => {
  const cases: [string, string, string, string][] = [
    ['The blast came at 10:00 Moscow time on July 1, 2010.', '2010-07-02', '10:00', '2010-07-01T10:00:00+04:00'], // summer time, MSD
    ['The blast came at 10:00 Moscow time on January 15, 2011.', '2011-01-16', '10:00', '2011-01-15T10:00:00+03:00'],
    ['The blast came at 10:00 Moscow time on January 15, 2012.', '2012-01-16', '10:00', '2012-01-15T10:00:00+04:00'], // UTC+4 all year from March 2011
    ['The blast came at 10:00 Moscow time on October 25, 2014.', '2014-10-26', '10:00', '2014-10-25T10:00:00+04:00'],
    ['The blast came at 10:00 Moscow time on October 27, 2014.', '2014-10-28', '10:00', '2014-10-27T10:00:00+03:00'], // UTC+3 all year since 26 October 2014
    ['Troops entered the building at 04:30 MSK on February 27, 2014.', '2014-02-28', '04:30', '2014-02-27T04:30:00+04:00'], // MSK was UTC+4 then
    ['Troops entered the building at 04:30 MSK on February 27, 2015.', '2015-02-28', '04:30', '2015-02-27T04:30:00+03:00'],
    ['The truce began at noon Damascus time on January 26, 2021.', '2021-01-27', 'noon', '2021-01-26T12:00:00+02:00'],
    ['The truce began at noon Damascus time on January 26, 2023.', '2023-01-27', 'noon', '2023-01-26T12:00:00+03:00'], // UTC+3 all year since 28 October 2022
    ['Talks opened at 9 a.m. Khartoum time on October 15, 2017.', '2017-10-16', '9 a.m.', '2017-10-15T09:00:00+03:00'],
    ['Talks opened at 9 a.m. Khartoum time on November 15, 2017.', '2017-11-16', '9 a.m.', '2017-11-15T09:00:00+02:00'], // UTC+2 since 1 November 2017
    ['The drill began at 8 a.m. Tehran time on July 1, 2021.', '2021-07-02', '8 a.m.', '2021-07-01T08:00:00+04:30'],
    ['The drill began at 8 a.m. Tehran time on December 1, 2021.', '2021-12-02', '8 a.m.', '2021-12-01T08:00:00+03:30'],
    ['The drill began at 8 a.m. Tehran time on July 1, 2023.', '2023-07-02', '8 a.m.', '2023-07-01T08:00:00+03:30'], // no summer time since 2022
    ['Sirens sounded at 10:30 a.m. Kyiv time on July 1, 2022.', '2022-07-02', '10:30', '2022-07-01T10:30:00+03:00'],
    ['Sirens sounded at 10:30 a.m. Kyiv time on December 1, 2022.', '2022-12-02', '10:30', '2022-12-01T10:30:00+02:00'],
    ['The vote closed at 9 p.m. Eastern time on March 20, 2006.', '2006-03-21', '9 p.m.', '2006-03-20T21:00:00-05:00'], // summer time began on 2 April in 2006
    ['The vote closed at 9 p.m. Eastern time on March 20, 2007.', '2007-03-21', '9 p.m.', '2007-03-20T21:00:00-04:00'],
  ];
  for (const [sentence, published, text, start] of cases) assert.equal(startOf(sentence, published, text), start, sentence);
});

test('a wall-clock time the clocks skip or repeat takes the offset in force before the change', () => {
  // Kyiv: 03:00 EET became 04:00 EEST on 27 March 2022; 04:00 EEST became 03:00 EET on 30 October 2022.
  assert.equal(zoneOffset('Europe/Kyiv', 2022, 3, 27, 2 * 60 + 30), 120);
  assert.equal(zoneOffset('Europe/Kyiv', 2022, 3, 27, 3 * 60 + 30), 120, 'skipped: as if the clocks had not moved');
  assert.equal(zoneOffset('Europe/Kyiv', 2022, 3, 27, 4 * 60 + 30), 180);
  assert.equal(zoneOffset('Europe/Kyiv', 2022, 10, 30, 2 * 60 + 30), 180);
  assert.equal(zoneOffset('Europe/Kyiv', 2022, 10, 30, 3 * 60 + 30), 180, 'repeated: the earlier instant');
  assert.equal(zoneOffset('Europe/Kyiv', 2022, 10, 30, 4 * 60 + 30), 120);
  // US Eastern: 02:00 became 03:00 on 12 March 2023; 02:00 became 01:00 on 5 November 2023.
  assert.equal(zoneOffset('America/New_York', 2023, 3, 12, 2 * 60 + 30), -300);
  assert.equal(zoneOffset('America/New_York', 2023, 11, 5, 60 + 30), -240);
  assert.equal(zoneOffset('fixed:270', 2023, 11, 5, 0), 270);
});

test('"local time" is the clock of the region the report names first; "Iran-backed" names no Iran', () => {
  assert.equal(startOf('Clashes erupted in Khartoum, Sudan, at 9 a.m. local time on April 15, 2023.', '2023-04-16', '9 a.m.'), '2023-04-15T09:00:00+02:00');
  assert.equal(startOf('Gunfire was heard in Juba, South Sudan, at 9 a.m. local time on July 10, 2016.', '2016-07-11', '9 a.m.'), '2016-07-10T09:00:00+03:00');
  assert.equal(startOf('Iran-backed Houthis in Yemen fired a missile at 9 p.m. local time on March 1, 2023.', '2023-03-02', '9 p.m.'), '2023-03-01T21:00:00+03:00');
  assert.equal(startOf('A quake struck near Tabriz, Iran, at 5 a.m. local time on July 1, 2021.', '2021-07-02', '5 a.m.'), '2021-07-01T05:00:00+04:30');
  assert.equal(startOf('Israeli jets struck Gaza at 2 a.m. local time on October 9, 2023.', '2023-10-10', '2 a.m.'), '2023-10-09T02:00:00+03:00');
  assert.equal(startOf('A car bomb exploded in Ankara, Turkey, at 6:30 p.m. local time on March 13, 2016.', '2016-03-14', '6:30'), '2016-03-13T18:30:00+02:00'); // before Turkey kept UTC+3 all year (2016)
});
