import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placeMentions } from '../src/eval/geo.js';
import { extract } from '../src/extract/index.js';

const text =
  'Shelling hit Kherson and the Mykolaiv region on Sunday. The besieged city has had no power since. ' +
  'Residents said the city council met in a basement. The country has appealed for generators, the city of Odesa said.';

test('"the city", "the besieged city" take up the city named before; "the city council" and "the city of …" do not', () => {
  const entities = extract({ id: 't', date: '2022-11-11', text }).entities;
  const nominals = entities.flatMap((e) => e.mentions.filter((m) => m.reference === 'nominal').map((m) => `${m.text} → ${e.name}`));
  assert.ok(nominals.includes('The besieged city → Kherson'), `${nominals}`);
  assert.ok(!nominals.some((n) => /council|of Odesa/.test(n)), `${nominals}`);
});

test('"the country" needs a country named before, and a nominal is no toponym for the geo evaluation', () => {
  const entities = extract({ id: 't', date: '2022-11-11', text }).entities;
  assert.ok(!entities.some((e) => e.mentions.some((m) => m.reference === 'nominal' && m.text === 'The country')));
  const nominalStarts = new Set(entities.flatMap((e) => e.mentions.filter((m) => m.reference === 'nominal').map((m) => m.start)));
  assert.ok(nominalStarts.size > 0);
  assert.ok(placeMentions(entities).every((m) => !nominalStarts.has(m.start)));
});

test('with nothing fitting named before, "the region" is an unnamed place of its own; "the country" is none (Delegation of the EU to Syria)', () => {
  const text = 'The EU will host a conference on the future of Syria and the region in the spring. The country has appealed for aid.';
  const entities = extract({ id: 't', date: '2017-01-01', text }).entities;
  const own = entities.filter((e) => e.kind === 'place' && !e.geo).flatMap((e) => e.mentions.map((m) => m.text));
  assert.ok(own.includes('the region'), `${own}`);
  assert.ok(!own.includes('The country'), `${own}`);
});

test('a possessive determiner opens a nominal as well: "rebuild their country" takes up Syria (Delegation of the EU to Syria)', () => {
  const text = 'Fighting in Syria has displaced millions. Aid will help the Syrian people to rebuild their country once the political conditions are in place.';
  const entities = extract({ id: 't', date: '2017-01-01', text }).entities;
  const nominals = entities.flatMap((e) => e.mentions.filter((m) => m.reference === 'nominal').map((m) => `${m.text} → ${e.name}`));
  assert.ok(nominals.includes('their country → Syria'), `${nominals}`);
});

test('a time after the head closes the noun phrase: "had cleared the city four days later", "the town last week" (Wikipedia)', () => {
  const text = 'Iraqi forces began their assault on Mosul, and had cleared the city four days later. Rebels shelled Aleppo and entered the town last week.';
  const entities = extract({ id: 't', date: '2016-01-01', text }).entities;
  const nominals = entities.flatMap((e) => e.mentions.filter((m) => m.reference === 'nominal').map((m) => `${m.text} → ${e.name}`));
  assert.ok(nominals.some((n) => n.startsWith('the city →')), `${nominals}`);
  assert.ok(nominals.some((n) => n.startsWith('the town →')), `${nominals}`);
});
