import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/extract/index.js';

const eventsOf = (text: string) => {
  const doc = analyze({ id: 't', date: '', text });
  const names = (ids: string[]) => ids.map((id) => doc.getEntity(id)?.name ?? id);
  return doc.events.map((e) => ({ ...e, actorNames: names(e.actors), targetNames: names(e.targets) }));
};

test('PLOVER AID: who gives, provides or delivers acts; the first object or "to X" receives', () => {
  const gift = eventsOf('Japan on Tuesday gave Bangladesh 30 million dollars in flood relief.').find((e) => e.plover === 'AID');
  assert.deepEqual(gift?.actorNames, ['Japan']);
  assert.deepEqual(gift?.targetNames, ['Bangladesh']);
  const supply = eventsOf('Britain is providing night-vision equipment and military intelligence to Nigeria, a defence ministry spokesman said.').find((e) => e.plover === 'AID');
  assert.deepEqual(supply?.actorNames, ['Government of the United Kingdom']);
  assert.deepEqual(supply?.targetNames, ['Nigeria']);
  // A verb of giving with nothing given that is aid is no aid.
  assert.ok(!eventsOf('The president gave a speech in Lagos on Monday.').some((e) => e.plover === 'AID'));
});

test('the European Community is an organization that acts', () => {
  const halt = eventsOf('The European Community on Monday gave Poland 50 million dollars of food aid.').find((e) => e.plover === 'AID');
  assert.deepEqual(halt?.actorNames, ['European Community']);
});

test('a violent event on no one named strikes the place after of, at or into', () => {
  const invasion = eventsOf('Turkey today launched an invasion of northern Iraq, military sources said.').find((e) => e.plover === 'ASSAULT');
  assert.ok(invasion?.targetNames.some((n) => /Iraq/.test(n)), JSON.stringify(invasion?.targetNames));
  const shelling = eventsOf('Serb gunners fired shells at targets in Gorazde on Sunday.').find((e) => e.plover === 'ASSAULT');
  assert.ok(shelling?.targetNames.some((n) => /^Gora.de$/.test(n)), JSON.stringify(shelling?.targetNames));
});
