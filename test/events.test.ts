import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../src/extract/index.js';
import { evaluateEvents } from '../src/eval/events.js';
import { REPO_ROOT, SHARED_DATA } from './paths.js';

const types = (text: string, date = '2022-11-11') => analyze({ id: 't', date, text }).events.map((e) => e.type);

test('real CASE 2021 snippets get their event type', () => {
  assert.ok(types('The US warplanes pounded the village of Kashkash in the Southern parts of al-Shadadi city in Southern Hasaka, killing 6 civilians, including 2 women').includes('AIR_STRIKE'));
  assert.ok(types('Russian forces have set up a new military base in the village of Kalta in southern countryside of Ain Issa area, north of Raqqa').includes('HQ_ESTABLISHED'));
  assert.ok(types('Al Qaeda in Yemen claimed responsibility for the attack on French satirical newspaper Charlie Hebdo').includes('ATTRIB'));
});

test('fatalities follow ACLED: injuries are not deaths, a subset is not added', () => {
  const doc = analyze({ id: 't', date: '2022-11-11', text: 'The US warplanes pounded the village of Kashkash, killing 6 civilians, including 2 women.' });
  assert.equal(doc.events.find((e) => e.type === 'AIR_STRIKE')?.fatalities, 6);
  const ucdp = analyze({ id: 'u', date: '2016-11-18', text: '4 civilians killed, one wounded in DPR in shelling by Ukrainian troops over week - DPR operations command' });
  assert.equal(ucdp.events[0]?.fatalities, 4);
});

test('modality and negation', () => {
  const announced = analyze({ id: 't', date: '2022-11-11', text: 'The Russian army announced on Wednesday that it was leaving the northern part of the Kherson region.' });
  assert.equal(announced.events.find((e) => e.type === 'NON_VIOL_TERRIT_TRANSFER')?.modality, 'announced');
  const denied = analyze({ id: 't', date: '2022-11-11', text: 'Government troops did not shell the town.' });
  assert.equal(denied.events[0]?.modality, 'denied');
});

test('territorial direction: Ukraine is the government in Ukraine', () => {
  const doc = analyze({ id: 't', date: '2022-11-11', text: 'The Ukrainian Armed Forces have claimed that they have regained control of twelve towns in the region after Russia has withdrawn from the area.' });
  const gain = doc.events.find((e) => e.type === 'GOV_REGAINS_TERIT');
  assert.ok(gain);
  assert.deepEqual(gain.quantities.map((q) => [q.value, q.unit]), [[12, 'settlements']]);
  assert.equal(gain.modality, 'claimed');
});

test('evaluation smoke: CASE 2021 dev and the ACLED-style fixture stay above their floors', () => {
  const cases = evaluateEvents(join(SHARED_DATA, 'events/case2021-task2-dev.tsv'), 'case2021', 200);
  assert.ok(cases.metrics.weighted_f1 >= 0.55, `weighted F1 ${cases.metrics.weighted_f1}`);
  const acled = evaluateEvents(join(REPO_ROOT, 'test/fixtures/events/acled-ukraine-sample.csv'), 'acled');
  assert.ok(acled.metrics.date_exact >= 0.66, `date exact ${acled.metrics.date_exact}`);
});
