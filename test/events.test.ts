import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../src/extract/index.js';
import { evaluateEvents, mainEvent } from '../src/eval/events.js';
import { entityOfToken } from '../src/extract/events/entity-index.js';
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
  assert.ok(cases.metrics.weighted_f1 >= 0.66, `weighted F1 ${cases.metrics.weighted_f1}`);
  const acled = evaluateEvents(join(REPO_ROOT, 'test/fixtures/events/acled-ukraine-sample.csv'), 'acled');
  assert.ok(acled.metrics.date_exact >= 0.66, `date exact ${acled.metrics.date_exact}`);
});

/** One real snippet of the CASE 2021 dev file (by id) for every event type sitrep emits. */
const SNIPPET_OF_TYPE: Record<string, string> = {
  ABDUCT_DISSAP: '115', AGREEMENT: '5', AIR_STRIKE: '1', ARMED_CLASH: '65', ARREST: '45', ART_MISS_ATTACK: '25', ATTACK: '133', ATTRIB: '19',
  CHANGE_TO_GROUP_ACT: '37', CHEM_WEAP: '7', DIPLO: '41', DISR_WEAP: '11', FORCE_AGAINST_PROTEST: '3', GOV_REGAINS_TERIT: '71', GRENADE: '95',
  HQ_ESTABLISHED: '101', MAN_MADE_DISASTER: '161', MOB_VIOL: '29', NATURAL_DISASTER: '105', NON_STATE_ACTOR_OVERTAKES_TER: '211',
  NON_VIOL_TERRIT_TRANSFER: '53', ORG_CRIME: '61', PEACE_PROTEST: '93', PROPERTY_DISTRUCT: '329', PROTEST_WITH_INTER: '301', REM_EXPLOS: '47',
  SEX_VIOL: '91', SUIC_BOMB: '43', VIOL_DEMONSTR: '17',
};

function caseSnippets(): Map<string, { text: string; gold: string }> {
  const lines = readFileSync(join(SHARED_DATA, 'events/case2021-task2-dev.tsv'), 'utf8').split('\n').slice(1);
  const byId = new Map<string, { text: string; gold: string }>();
  for (const line of lines) {
    const [id, text, gold] = line.split('\t');
    if (gold) byId.set(id, { text, gold: gold.trim() });
  }
  return byId;
}

test('every CASE 2021 event type is the main event of a real snippet', () => {
  const snippets = caseSnippets();
  for (const [type, id] of Object.entries(SNIPPET_OF_TYPE)) {
    const snippet = snippets.get(id);
    assert.ok(snippet, `snippet ${id}`);
    assert.equal(snippet.gold, type, `snippet ${id} is gold ${type}`);
    const event = mainEvent(analyze({ id, date: '', text: snippet.text }));
    assert.equal(event?.type, type, `snippet ${id}: ${snippet.text.slice(0, 80)}`);
    assert.ok(event.confidence > 0 && event.confidence < 1);
  }
});

test('phrases holding a trigger word but no event make none', () => {
  assert.ok(!types('According to the ministry, the talks will resume.').includes('AGREEMENT'));
  assert.deepEqual(types('The figures were published on March 21 by the ministry.'), []);
  assert.ok(types('Thousands of people marched through the capital on Sunday to protest against the new law.').includes('PEACE_PROTEST'));
});

test('seized weapons are disrupted weapons use, seized towns are territory', () => {
  assert.ok(types('Police seized 50 Kalashnikov rifles, a grenade launcher and ammunition in the town on Monday.').includes('DISR_WEAP'));
  const town = types('Ukrainian forces seized the village of Pravdyne on Monday.');
  assert.ok(town.includes('GOV_REGAINS_TERIT'), town.join());
  assert.ok(types('The militants seized the deserted town without a fight.').includes('NON_VIOL_TERRIT_TRANSFER'));
});

test('violence against protesters is force against protest', () => {
  assert.ok(types('Serious injuries among Sulaymaniyah demonstrators as the region authorities suppressed their peaceful protests.').includes('FORCE_AGAINST_PROTEST'));
});

test('the token→entity index answers as doc.entityAt does', () => {
  const doc = analyze({ id: 't', date: '2022-11-11', text: 'Russian forces withdrew from Kherson on Friday, the Russian Defence Ministry said, and Ukrainian troops entered the city.' });
  for (let i = 0; i < doc.tokens.length; i++) {
    const token = doc.tokens[i];
    assert.equal(entityOfToken(doc, i)?.id, doc.entityAt(token.start, token.end)?.id, `token ${token.text}`);
  }
});

test('evaluation smoke: PLOVER GSR and UCDP GED stay above their floors', () => {
  const plover = evaluateEvents(join(SHARED_DATA, 'events/plover-gsr-cameo.json'), 'plover');
  assert.ok(plover.metrics.category_accuracy >= 0.42, `category accuracy ${plover.metrics.category_accuracy}`);
  assert.ok(plover.metrics.source_f1 >= 0.46, `source F1 ${plover.metrics.source_f1}`);
  assert.ok(plover.metrics.target_f1 >= 0.22, `target F1 ${plover.metrics.target_f1}`);
  const ucdp = evaluateEvents(join(SHARED_DATA, 'events/ucdp-ged-ukraine.csv'), 'ucdp', 600);
  assert.ok(ucdp.metrics.event_found >= 0.9, `event found ${ucdp.metrics.event_found}`);
  assert.ok(ucdp.metrics.side_recall >= 0.42, `side recall ${ucdp.metrics.side_recall}`);
  assert.ok(ucdp.metrics.deaths_exact >= 0.25, `deaths exact ${ucdp.metrics.deaths_exact}`);
  assert.ok(ucdp.metrics.pipeline_errors === 0);
});

test('confidence ranks: the surest third of CASE main events is more often right than the rest', () => {
  const snippets = [...caseSnippets().entries()].slice(0, 300);
  const scored = snippets.map(([id, { text, gold }]) => {
    const event = mainEvent(analyze({ id, date: '', text }));
    return { confidence: event?.confidence ?? 0, right: (event?.type ?? 'OTHER') === gold };
  });
  scored.sort((a, b) => b.confidence - a.confidence);
  const cut = Math.floor(scored.length / 3);
  const share = (part: typeof scored) => part.filter((s) => s.right).length / part.length;
  assert.ok(share(scored.slice(0, cut)) > share(scored.slice(cut)), `${share(scored.slice(0, cut))} vs ${share(scored.slice(cut))}`);
});
