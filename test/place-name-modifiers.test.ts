import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../src/extract/index.js';

const placeSenses = (text: string) =>
  extract({ id: 't', date: '2016-01-01', text })
    .entities.filter((e) => e.kind === 'place')
    .flatMap((e) => e.mentions.map((m) => `${m.text}:${m.sense ?? 'literal'}`));

test('a place name run on by a capitalised word that is no kind of place qualifies the longer name: "the Manama Dialogue" (US State Department)', () => {
  const senses = placeSenses('Secretary of State Antony Blinken announced today at the Manama Dialogue that the United States will provide aid.');
  assert.ok(senses.includes('Manama:modifier'), `${senses}`);
});

test('a kind of place, a date or a new line after the name leaves it literal: "Hasaka Province", "Paris November 11", a strike list heading (CENTCOM, UK Government)', () => {
  const senses = placeSenses('Suicide attacks hit the town of Tel Tamer in Hasaka Province. Ministers met in Paris November 11.\nIraq\nNear Mosul, one strike destroyed a tank.');
  for (const s of ['Hasaka Province:literal', 'Paris:literal', 'Iraq:literal', 'Mosul:literal']) assert.ok(senses.includes(s), `${s} in ${senses}`);
});
