import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../src/extract/index.js';

test('an institution a force takes names its site, a place: "seized full control of Mosul University", "the liberation of the University of Mosul" (BBC)', () => {
  const text =
    'Iraqi forces have seized full control of Mosul University in their battle with so-called Islamic State. ' +
    '"The liberation of the University of Mosul means much," Lt Gen Talib Shaghati said.';
  const entities = extract({ id: 't', date: '2017-01-14', text }).entities;
  const places = entities.filter((e) => e.kind === 'place').flatMap((e) => e.mentions.map((m) => m.text));
  assert.ok(places.includes('Mosul University'), `${places}`);
  assert.ok(places.includes('the University of Mosul'), `${places}`);
  assert.ok(!entities.some((e) => e.kind === 'organization' && /University/.test(e.name)));
});

test('an institution that acts, or one named without a taking, stays an organisation', () => {
  const text = 'Mosul University said classes would resume. Students of Mosul University returned after the city was seized.';
  const entities = extract({ id: 't', date: '2017-01-14', text }).entities;
  const orgs = entities.filter((e) => e.kind === 'organization').flatMap((e) => e.mentions.map((m) => m.text));
  assert.ok(orgs.includes('Mosul University'), `${orgs}`);
  assert.ok(!entities.some((e) => e.kind === 'place' && /University/.test(e.name)));
});
