import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/extract/index.js';

const eventsOf = (text: string) => {
  const doc = analyze({ id: 't', date: '', text });
  const mentions = (ids: string[]) => ids.map((id) => doc.getEntity(id)?.mentions.at(-1)?.text ?? id);
  return doc.events.map((e) => ({ ...e, actorMentions: mentions(e.actors), targetMentions: mentions(e.targets) }));
};

test('a subject described by a capitalised word and a plural noun of people acts, without its count', () => {
  const strike = eventsOf('About 300 Kurdish students began a hunger strike on Tuesday.').find((e) => e.plover === 'PROTEST');
  assert.deepEqual(strike?.actorMentions, ['Kurdish students']);
  const threat = eventsOf('Druze villagers threatened on Monday to hold a general strike.').find((e) => e.plover === 'THREATEN');
  assert.deepEqual(threat?.actorMentions, ['Druze villagers']);
});

test('a described subject keeps where its people are', () => {
  const fire = eventsOf('Christian farmers in the city of Jos set fire to a mosque overnight.').find((e) => e.actorMentions.length > 0);
  assert.deepEqual(fire?.actorMentions, ['Christian farmers in the city of Jos']);
});

test("a stand a subject takes ('is opposed to') is no passive: its subject acts", () => {
  const stand = eventsOf('Norway is opposed to Swedish mediation in the dispute.').find((e) => e.plover === 'REJECT');
  assert.ok(stand?.actorMentions.includes('Norway'), JSON.stringify(stand?.actorMentions));
});
