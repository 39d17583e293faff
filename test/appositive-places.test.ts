import assert from 'node:assert/strict';
import { test } from 'node:test';
import { predictedSpans } from '../src/eval/entities.js';
import { extract } from '../src/extract/index.js';

function locations(text: string): string[] {
  return predictedSpans(extract({ id: 't', date: '2016-11-06', text }).entities)
    .filter((s) => s.cls === 'Location')
    .map((s) => text.slice(s.start, s.end));
}

test('a possessive description after a place between commas is a nominal mention of that place (CENTCOM)', () => {
  const text =
    'It sets conditions for the ultimate liberation of Raqqah, ISIL’s self-proclaimed capital, and cuts off militants. ' +
    'Iraqi forces are on three sides of Mosul, the country’s second-largest city, Davis said.';
  const found = locations(text);
  assert.ok(found.includes('ISIL’s self-proclaimed capital'), `${found}`);
  assert.ok(found.includes('the country’s second-largest city'), `${found}`);
  assert.ok(found.includes('Raqqah') && found.includes('Mosul'), `${found}`);
  const raqqah = extract({ id: 't', date: '2016-11-06', text }).entities.find((e) => e.kind === 'place' && e.mentions.some((m) => m.text === 'Raqqah'));
  assert.deepEqual(
    raqqah?.mentions.map((m) => [m.text, m.reference]),
    [
      ['Raqqah', undefined],
      ['ISIL’s self-proclaimed capital', 'nominal'],
    ],
  );
});

test('a description without a possessive is left alone: "Amarah, a city in Southern Iraq" (Wikipedia)', () => {
  const found = locations('He hails from Amarah, a city in Southern Iraq.');
  assert.ok(!found.some((s) => s.startsWith('a city')), `${found}`);
});
