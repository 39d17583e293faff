import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../src/extract/index.js';

test('each written form of a coordinate pair is a location mention; "Coordinates" is no organisation', () => {
  const text = 'It is predominately Shia Arab.[1]\nCoordinates: 33°47′N 44°30′E / 33.783°N 44.500°E / 33.783; 44.500\n';
  const entities = extract({ id: 't', date: '', text }).entities;
  const places = entities.filter((e) => e.kind === 'place').flatMap((e) => e.mentions.map((m) => m.text));
  assert.deepEqual(places, ['33°47′N 44°30′E', '33.783°N 44.500°E', '33.783; 44.500']);
  assert.ok(!entities.some((e) => e.kind !== 'place' && e.mentions.some((m) => m.text === 'Coordinates')));
});

test('a bare pair of decimals is no coordinate without the degrees before it', () => {
  const text = 'The vote was 33.783; 44.500 abstained.';
  const entities = extract({ id: 't', date: '', text }).entities;
  assert.ok(!entities.some((e) => e.kind === 'place'));
});
