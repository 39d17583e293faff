import assert from 'node:assert/strict';
import { test } from 'node:test';
import { predictedSpans } from '../src/eval/entities.js';
import { placeMentions } from '../src/eval/geo.js';
import { extract } from '../src/extract/index.js';

function locations(text: string): string[] {
  const entities = extract({ id: 't', date: '2016-11-06', text }).entities;
  return predictedSpans(entities)
    .filter((s) => s.cls === 'Location')
    .map((s) => text.slice(s.start, s.end));
}

test('a part or stretch of land before a preposition and a place is one location: "terrain surrounding Raqqah", "the northern part of the country" (CENTCOM)', () => {
  const text =
    'The SDF will liberate strategically valuable terrain surrounding Raqqah and other ISIL-held territory in Syria. ' +
    'Syrian Arab forces operating in the northern part of the country are leading the campaign.';
  const found = locations(text);
  assert.ok(found.includes('terrain surrounding Raqqah'), `${found}`);
  assert.ok(found.includes('territory in Syria'), `${found}`);
  assert.ok(found.includes('the northern part of the country'), `${found}`);
  assert.ok(!found.includes('Raqqah'), `${found}`);
});

test('the place inside keeps its coordinates for the geo evaluation', () => {
  const text = 'Many Arab citizens who have been liberated from villages around Raqqa are joining the SDF.';
  const entities = extract({ id: 't', date: '2016-11-06', text }).entities;
  const start = text.indexOf('Raqqa');
  assert.ok(placeMentions(entities).some((m) => m.start === start), 'Raqqa keeps its mention');
});

test('a relational head needs a determiner, and a head coordinated with a common noun is left alone (Wikipedia, UK Government)', () => {
  const text =
    'In antiquity, the mountains were part of the frontier region between Babylonia and Assyria. ' +
    'The regime is bombing Aleppo and other towns and areas in Syria. The liberation of Fallujah and other parts of Anbar Province is welcome.';
  const found = locations(text);
  assert.ok(!found.some((s) => s.startsWith('part of')), `${found}`);
  assert.ok(!found.includes('areas in Syria'), `${found}`);
  assert.ok(found.includes('other parts of Anbar Province'), `${found}`);
});

test('the border of places joined by a hyphen is a location: "the Syria-Iraq border" (Wikipedia); "the UK-France summit" is none', () => {
  const found = locations('He smuggled fighters across the Syria-Iraq border and near the Syrian-Turkish frontier. The UK-France summit was held.');
  assert.ok(found.includes('the Syria-Iraq border'), `${found}`);
  assert.ok(found.includes('the Syrian-Turkish frontier'), `${found}`);
  assert.ok(!found.some((s) => /summit/.test(s)), `${found}`);
});

test('a determiner after a count opens no phrase: "several other large [dams in Turkey]" (Wikipedia)', () => {
  const found = locations('The Mosul Dam was built upstream, and several other large dams in Turkey were completed later.');
  assert.ok(found.includes('dams in Turkey'), `${found}`);
});
