import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze, Doc, PIPELINE } from '../src/extract/index.js';
import { evaluateEvents, mainEvent, ploverMainEvent } from '../src/eval/events.js';
import { byConfidence } from '../src/eval/confidence.js';
import { entityOfToken } from '../src/extract/events/entity-index.js';
import { leadingCountWords } from '../src/extract/events/actor-text.js';
import { eventDetail } from '../src/extract/events/index.js';
import { REPO_ROOT, SHARED_DATA } from './paths.js';

const types = (text: string, date = '2022-11-11') => analyze({ id: 't', date, text }).events.map((e) => e.type);
/** The main event of one report. */
const mainOf = (text: string, date = '') => mainEvent(analyze({ id: 't', date, text }));

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
  assert.ok(cases.metrics.weighted_f1 >= 0.70, `weighted F1 ${cases.metrics.weighted_f1}`);
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

test('the token→entity index answers as doc.entityAt does when the events stage runs', () => {
  // Stages after events add mentions ("the city") that events do not read: the index is events' view.
  const doc = new Doc({ id: 't', date: '2022-11-11', text: 'Russian forces withdrew from Kherson on Friday, the Russian Defence Ministry said, and Ukrainian troops entered the city.' });
  for (const stage of PIPELINE.slice(0, PIPELINE.findIndex((s) => s.name === 'events') + 1)) stage.run(doc);
  for (let i = 0; i < doc.tokens.length; i++) {
    const token = doc.tokens[i];
    assert.equal(entityOfToken(doc, i)?.id, doc.entityAt(token.start, token.end)?.id, `token ${token.text}`);
  }
});

test('evaluation smoke: PLOVER GSR and UCDP GED stay above their floors', () => {
  const plover = evaluateEvents(join(SHARED_DATA, 'events/plover-gsr-cameo.json'), 'plover');
  assert.ok(plover.metrics.category_accuracy >= 0.815, `category accuracy ${plover.metrics.category_accuracy}`);
  assert.ok(plover.metrics.source_f1 >= 0.83, `source F1 ${plover.metrics.source_f1}`);
  assert.ok(plover.metrics.target_f1 >= 0.785, `target F1 ${plover.metrics.target_f1}`);
  const ucdp = evaluateEvents(join(SHARED_DATA, 'events/ucdp-ged-ukraine.csv'), 'ucdp', 600);
  assert.ok(ucdp.metrics.event_found >= 0.9, `event found ${ucdp.metrics.event_found}`);
  assert.ok(ucdp.metrics.side_recall >= 0.4, `side recall ${ucdp.metrics.side_recall}`);
  assert.ok(ucdp.metrics.deaths_exact >= 0.35, `deaths exact ${ucdp.metrics.deaths_exact}`);
  assert.ok(ucdp.metrics.place_within_25km >= 0.12, `place within 25 km ${ucdp.metrics.place_within_25km}`);
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

const eventsOf = (text: string, date = '2022-11-11') => {
  const doc = analyze({ id: 't', date, text });
  const names = (ids: string[]) => ids.map((id) => doc.getEntity(id)?.name ?? id);
  return doc.events.map((e) => ({ ...e, actorNames: names(e.actors), targetNames: names(e.targets), placeName: e.place ? doc.getEntity(e.place)?.name : undefined }));
};

test('roles: who was killed or wounded is a target, never the actor; by-agents of passives act', () => {
  // UCDP GED headlines.
  const attack = eventsOf('Ukrainian soldier killed in rebel attack near Donetsk airport in east: army')[0];
  assert.deepEqual(attack.actorNames, ['rebel']);
  assert.ok(attack.targetNames.includes('Ukrainian soldier'), attack.targetNames.join());
  const killing = eventsOf('Russian troops killed three residents of Donetsk region in a day')[0];
  assert.deepEqual(killing.actorNames, ['Armed Forces of Russia']);
  assert.equal(killing.fatalities, 3);
  const passive = eventsOf('Ukrainian troops were attacked by separatists near Debaltseve.')[0];
  assert.deepEqual(passive.actorNames, ['separatists']);
  assert.deepEqual(passive.targetNames, ['Armed Forces of Ukraine']);
  // "Kiev's shelling": the capital acts for its country; it is no scene of the event.
  const shelling = eventsOf('Woman killed in Kiev’s shelling of east Ukraine')[0];
  assert.deepEqual(shelling.actorNames, ['Kyiv']);
  assert.notEqual(shelling.placeName, 'Kyiv');
});

test('roles: PLOVER GSR sources and targets', () => {
  const kurds = eventsOf('Thousands of Iraqi Kurds demonstrated in the northern city of Kirkuk on Sunday calling for independence from Iraq, witnesses said.')[0];
  assert.equal(kurds.plover, 'PROTEST');
  assert.deepEqual(kurds.actorNames, ['Iraqi Kurds']);
  const withdrawal = eventsOf('The United States speeded up the withdrawal of some invasion forces from Panama on Wednesday.')[0];
  assert.equal(withdrawal.plover, 'RETREAT');
  assert.deepEqual(withdrawal.actorNames, ['Government of the United States']);
  const rejection = eventsOf('Serbia on Thursday flatly rejected an Australian ultimatum to handover a guard involved in a shooting in front of the Yugoslav consulate in Sydney.');
  assert.ok(rejection.some((e) => e.plover === 'REJECT' && e.targetNames.includes('Australian')), JSON.stringify(rejection.map((e) => [e.plover, e.targetNames])));
  // The actor's own troops are what it moves; who reports the event is not its target.
  const troops = eventsOf('France is ready to contribute up to 4,000 troops to an international peace-keeping force in Liberia, Defence Minister Pierre Joxe said on Monday.')[0];
  assert.ok(!troops.targetNames.includes('Pierre Joxe') && !troops.targetNames.some((name) => /troops/.test(name)), JSON.stringify(troops.targetNames));
  // Only armed men or police are the actor's own forces; other unnamed parties stay targets.
  const talks = eventsOf('The government agreed to hold talks with rebels in the north next month.')[0];
  assert.deepEqual(talks.targetNames, ['rebels']);
  const withdrawal2 = eventsOf('Syria says it is willing to withdraw its troops from neighboring Lebanon, after fifteen years of effective military occupation.');
  // A withdrawal only offered is AGREE (as the GSR codes it), made to the place it is from.
  assert.ok(withdrawal2.some((e) => e.plover === 'AGREE' && e.targetNames.includes('Lebanon')), JSON.stringify(withdrawal2.map((e) => [e.plover, e.targetNames])));
  // Every place listed after the recipient's preposition.
  const embargo = eventsOf('The US Congress agreed to lift embargoes on pharmaceutical sales in late February to Iran, Libya, North Korea, Sudan, and with strings attached, Cuba.');
  assert.ok(embargo.some((e) => ['Libya', 'North Korea', 'Sudan'].every((name) => e.targetNames.includes(name))), JSON.stringify(embargo.map((e) => e.targetNames)));
  // Two demonyms sharing one noun are two parties.
  const officials = eventsOf('Senior Hungarian and Romanian officials agreed on Wednesday that their countries should cooperate to encourage Romanian refugees in Hungary to return home.')[0];
  assert.equal(officials.actors.length, 2, JSON.stringify(officials.actorNames));
});

test('roles: a trigger\'s objects lie in its own clause; a by-agent of what is asked or refused, and a threat\'s condition, are targets', () => {
  const relations = eventsOf('The Azerbaijani parliament threatened on Monday to break relations with Russia unless the Kremlin withdrew its troops from the republic.')[0];
  assert.deepEqual(relations.targetNames, ['Government of Russia']);
  const evacuation = eventsOf('Under the disengagement plan, Israel will evacuate all 21 settlements in the Gaza Strip in mid-August, said spokesperson for the Israeli prime minister.');
  assert.ok(evacuation.every((e) => !e.targetNames.some((name) => /spokesperson|minister/i.test(name))), JSON.stringify(evacuation.map((e) => e.targetNames)));
  const admission = eventsOf("Poland's parliament has demanded an immediate admission by Moscow that Soviet NKVD security forces murdered more than 15,000 captive Polish officers during World War Two.")[0];
  assert.equal(admission.plover, 'REQUEST');
  assert.deepEqual(admission.targetNames, ['Moscow']);
  const strike = eventsOf('Druze inhabitants of the Syrian Golan Heights threatened today to hold a general strike unless Israel rescinded its annexation of the region within 10 days.');
  assert.ok(strike.some((e) => e.plover === 'THREATEN' && e.targetNames.includes('Government of Israel')), JSON.stringify(strike.map((e) => [e.plover, e.targetNames])));
  // A comma before another party keeps a list going.
  const embargo = eventsOf('The US Congress agreed to lift embargoes on pharmaceutical sales in late February to Iran, Libya, North Korea, Sudan, and with strings attached, Cuba.');
  assert.ok(embargo.some((e) => e.targetNames.includes('Sudan')));
});

test('roles: a demonym\'s people past a singular modifier are a party; a violent verb before its event noun gives the roles', () => {
  const kidnap = eventsOf('Afghan rebels have kidnapped up to 16 Russian civilian advisers from a town bazaar and exploded a series of bombs in the capital Kabul, western diplomatic sources in neighboring Pakistan said today.')[0];
  assert.deepEqual(kidnap.targetNames, ['Russian civilian advisers']);
  const bomb = eventsOf('Irish nationalist guerrillas wounded two British soldiers in a bomb attack on Thursday, police said.')[0];
  assert.deepEqual(bomb.actorNames, ['Irish nationalist guerrillas']);
  assert.deepEqual(bomb.targetNames, ['British forces']);
  // A victim before the verb leaves the roles to the event noun.
  const attack = eventsOf('Ukrainian soldier killed in rebel attack near Donetsk airport in east: army')[0];
  assert.deepEqual(attack.actorNames, ['rebel']);
});

test('roles: recipient places further from the trigger, of riots and of withdrawals; a name cut to its article is no party', () => {
  const mandate = eventsOf("The Security Council today agreed to a six-month extension of the mandate for the peacekeeping force in Lebanon (UNIFIL) despite Israel's wish for a shorter period.")[0];
  assert.ok(mandate.targetNames.includes('Lebanon'), JSON.stringify(mandate.targetNames));
  const riot = eventsOf('Palestinian prisoners rioted Monday at this jail in northern Israel, setting fire to their mattresses and smashing furniture, police sources said.')[0];
  assert.equal(riot.plover, 'PROTEST');
  assert.deepEqual(riot.targetNames, ['Israel']);
  const inspectors = eventsOf('U.N. Secretary-General Kofi Annan announced on Monday that he will withdraw weapons inspectors and humanitarian workers from Iraq.');
  assert.ok(inspectors.some((e) => e.type === 'NON_VIOL_TERRIT_TRANSFER' && e.targetNames.join() === 'Iraq'), JSON.stringify(inspectors.map((e) => [e.type, e.targetNames])));
  const ties = eventsOf('Sri Lanka has established diplomatic ties with and opened an embassy in Tehran, the foreign ministry said on Wednesday.')[0];
  assert.deepEqual(ties.targetNames, ['Tehran']);
});

test('PLOVER category: a promised retreat, a condition, reported "would" and a negated cooperative act', () => {
  const plover = (text: string) => eventsOf(text).map((e) => e.plover);
  assert.ok(plover('The Fijian rebels said they will release Prime Minister Mahendra Chaudhry and more than 30 members of his government, whom they had taken hostage two weeks ago, on the weekend.').includes('AGREE'));
  assert.ok(plover('Nigeria today announced that it will withdraw their peacekeeping force from Chad unless President Goukouni Oueddei arranged a ceasefire with rebels.').includes('THREATEN'));
  assert.ok(plover('Palestinian leaders said they would boycott all official contact with the United States.').includes('THREATEN'));
  assert.ok(plover('Syria says it will not accept any more refugees if war starts in Iraq.').includes('REJECT'));
  // "would" after a noun stays hypothetical.
  assert.equal(eventsOf('Rebels would attack Kabul if the talks failed.').find((e) => e.plover === 'ASSAULT')?.modality, 'hypothetical');
});

test('roles: "X announced that Y must Z" is X asking Y, even where the reported speech was cut short', () => {
  const demand = eventsOf('Rwandan rebels announced that President Kagame and his Rwandan Patriotic Front must agree to major constitutional changes before they demobilize.')[0];
  assert.equal(demand.plover, 'REQUEST');
  assert.deepEqual(demand.actorNames, ['Rwandan rebels']);
  assert.ok(demand.targetNames.includes('Rwandan Patriotic Front'), JSON.stringify(demand.targetNames));
});

test('fatalities: one death for a singular victim, none for destroyed materiel, injuries apart', () => {
  assert.equal(eventsOf('A man was killed in Kharkiv region due to enemy shelling, three more were injured')[0]?.fatalities, 1);
  assert.equal(eventsOf('Kiev forces’ shelling kills one, injures two in Donetsk republic')[0]?.fatalities, 1);
  assert.equal(eventsOf('UPDATE 1-Thirty Ukrainian troops possibly killed in rebel missile attack- government adviser')[0]?.fatalities, 30);
  const materiel = eventsOf('Russian Armed Forces destroyed up to 125 military units of the Armed Forces of Ukraine during offensive in Donetsk direction - Russian Defense Ministry');
  assert.ok(materiel.every((e) => e.fatalities === undefined), JSON.stringify(materiel.map((e) => e.fatalities)));
});

test('PLOVER category in context: governing verb, promised, demanded, withheld and threatened acts', () => {
  const plover = (text: string) => eventsOf(text).map((e) => e.plover);
  assert.ok(plover('Pakistan President Mohammad Zia-Ul-Haq today rejected a fresh offer from Afganistan for direct talks between the two neighbors.').includes('REJECT'));
  assert.ok(plover('The United States suspended part of a military aid program for Bosnia aimed at bringing Bosnian Croat and Moslem armed forces together.').includes('SANCTION'));
  assert.ok(plover('A senior British minister reiterated that Libya must hand over alleged bombers of the U.S. airliner as he embarked on a trip to North Africa.').includes('REQUEST'));
  assert.ok(plover('Gambian President Dawda Jawara will visit Mauritania and Senegal to mediate in a border dispute between the two West African neighbors, diplomatic sources said on Wednesday.').includes('AGREE'));
  assert.ok(plover('President Laurent Gbagbo announced on Sunday that he will extend the night-time curfew in Abidjan in response to recent unrest within the city.').includes('THREATEN'));
  // A trigger word inside an organisation's name is no event: no CONSULT from "Security Council".
  assert.ok(!plover('Hungary has said it will support a U.N. Security Council resolution that aims to tighten sanctions against neighboring Serbia.').includes('CONSULT'));
});

test('event place: not a place that labels something else, not a backdrop truce', () => {
  const talks = eventsOf('Donetsk set to raise issue of ambulance shelling at Minsk peace talks');
  assert.ok(talks.every((e) => e.placeName !== 'Minsk'));
  const truce = eventsOf('Two soldiers killed in eastern Ukraine despite ceasefire');
  assert.deepEqual(truce.map((e) => e.type), ['ATTACK']);
  assert.equal(truce[0].fatalities, 2);
});

test('confidence trades recall for precision on CASE 2021: the report\'s threshold table keeps fewer, surer main events', () => {
  const rows = evaluateEvents(join(SHARED_DATA, 'events/case2021-task2-dev.tsv'), 'case2021').byConfidence!;
  const at = (t: number) => rows.find((row) => row.threshold === t)!;
  assert.ok(at(0.8).precision >= at(0).precision + 0.05, `${at(0.8).precision} vs ${at(0).precision}`);
  assert.ok(at(0.9).precision >= at(0.7).precision, `${at(0.9).precision} vs ${at(0.7).precision}`);
  for (let i = 1; i < rows.length; i++) assert.ok(rows[i].kept <= rows[i - 1].kept && rows[i].recall <= rows[i - 1].recall);
});

test('byConfidence: items without a prediction lower recall, not precision', () => {
  const rows = byConfidence([{ confidence: 0.9, right: true }, { confidence: 0.6, right: false }, undefined, { confidence: 0.95, right: true }], [0, 0.8]);
  assert.deepEqual(rows, [
    { threshold: 0, kept: 3, precision: 2 / 3, recall: 0.5 },
    { threshold: 0.8, kept: 2, precision: 1, recall: 0.5 },
  ]);
});

test('actor hygiene: only whole noun phrases that name a party become entities, and only when an event takes them', () => {
  const actorNames = (text: string) => analyze({ id: 't', date: '2016-11-18', text }).entities.filter((e) => e.kind !== 'place' && e.kind !== 'person').map((e) => e.mentions.map((m) => m.text)).flat();
  // re3d: a modifier, a stem match, a unit inside a name, a noun after a possessive name are no actors.
  assert.ok(!actorNames('The airstrike hit a terrorist training camp near Raqqa.').includes('terrorist'));
  assert.ok(!actorNames('They were being forced by IS to relocate to another village.').includes('forced'));
  assert.ok(!actorNames('These sanctions show that the EU is united in its condemnation of the attack.').includes('united'));
  assert.ok(!actorNames('Soldiers from 3rd Battalion, 321st Field Artillery Regiment fired rockets at the town.').includes('Battalion'));
  assert.ok(!actorNames('Ground-based artillery fired in counter-fire at ISIL positions.').includes('artillery'));
  assert.ok(!actorNames('He was sent to support President Bashar al-Assad’s forces near Aleppo.').includes('forces'));
  assert.ok(!actorNames('The strikes destroyed a tactical unit and an air defense artillery system.').some((m) => /artillery|unit/.test(m)));
  // A description of a party the event needs is kept, its span the whole phrase.
  assert.ok(actorNames('Unidentified gunmen attacked a checkpoint near Donetsk.').includes('Unidentified gunmen'));
  assert.ok(actorNames('Shelling kills three civilians in Donetsk.').includes('three civilians'));
  assert.ok(actorNames('Swiss aid worker killed in shelling of Donetsk.').includes('Swiss aid worker'));
  assert.ok(actorNames('Nine Ukrainian soldiers killed in rebel attacks.').includes('rebel'));
  // A group word in a sentence with no event becomes nothing.
  assert.deepEqual(actorNames('The report describes the military situation, local residents and their families in the region.').filter((m) => /military|residents|families/.test(m)), []);
});

/** The main event of an ACLED-style note read as a report of its date. */
const acledNote = (text: string, date: string) => {
  const doc = analyze({ id: 'n', date, text });
  const event = mainEvent(doc);
  return { doc, event, place: event?.place ? doc.getEntity(event.place) : undefined };
};

test('ACLED notes: the glossed location is the place, not its district or region in the parentheses', () => {
  const { event, place } = acledNote('On 28 March 2022, Russian forces left Slavutych (Vyshhorod, Kyiv) after an agreement with the local authorities, and the town returned to Ukrainian control.', '2022-03-28');
  assert.equal(event?.type, 'NON_VIOL_TERRIT_TRANSFER');
  assert.equal(place?.name, 'Slavutych');
  const plant = acledNote('On 4 March 2022, Russian forces set up a base at the Zaporizhzhia nuclear power plant in Enerhodar (Vasylivka, Zaporizhia).', '2022-03-04');
  assert.equal(plant.place?.name, 'Enerhodar');
  const moscow = acledNote('On 14 April 2022, Russian police arrested a man in Moscow (Moscow, Moscow) for discrediting the army.', '2022-04-14');
  assert.equal(moscow.event?.type, 'ARREST');
  assert.equal(moscow.place?.name, 'Moscow');
});

test('ACLED notes: "Around D (between A and B)" is dated D', () => {
  const { event } = acledNote('Around 5 March 2022 (between 1 and 5 March 2022), Russian forces shelled residential areas of Chernihiv city (Chernihiv, Chernihiv). Fatalities unknown.', '2022-03-05');
  assert.equal(event?.time.start, '2022-03-05');
  assert.equal(event?.fatalities ?? 0, 0);
});

test('ACLED notes: one event told over two sentences keeps its place and gets its dead', () => {
  const drones = acledNote('On 17 October 2022, Russian forces launched Shahed drones at Kyiv city (Kyiv City, Kyiv City). A drone hit a residential building, killing 4 civilians, including a pregnant woman.', '2022-10-17');
  assert.equal(drones.event?.type, 'AIR_STRIKE');
  assert.equal(drones.event?.fatalities, 4);
  const odesa = acledNote('On 26 September 2022, Russian forces launched drones at Odesa city (Odesa, Odesa). Ukraine\'s air defence shot down 8 of them. No casualties reported.', '2022-09-26');
  const interception = odesa.doc.events.find((e) => e.type === 'DISR_WEAP');
  assert.equal(interception && odesa.doc.getEntity(interception.place ?? '')?.name, 'Odesa');
});

test('ACLED notes: the coder\'s label names the event', () => {
  assert.equal(acledNote('Interception: On 23 November 2022, Ukrainian air defence shot down 5 Shahed drones over Dnipro city (Dnipro, Dnipropetrovsk).', '2022-11-23').event?.type, 'DISR_WEAP');
  assert.equal(acledNote('Property destruction: On 11 November 2022, Russian forces blew up the Antonivskyi bridge near Kherson city (Kherson, Kherson) while retreating across the Dnipro river.', '2022-11-11').event?.type, 'PROPERTY_DISTRUCT');
});

test('ACLED notes: a "while retreating" clause is background to the main clause, whose actor the event keeps', () => {
  const shelling = acledNote('On 5 May 2022, Russian forces shelled Kharkiv city (Kharkiv, Kharkiv) while withdrawing from its outskirts.', '2022-05-05');
  assert.equal(shelling.event?.type, 'ART_MISS_ATTACK');
  const bridge = acledNote('Property destruction: On 11 November 2022, Russian forces blew up the Antonivskyi bridge near Kherson city (Kherson, Kherson) while retreating across the Dnipro river.', '2022-11-11');
  assert.deepEqual(bridge.event?.actors.map((id) => bridge.doc.getEntity(id)?.country), ['RUS']);
  // Before a finite clause "while" contrasts two events; neither is background.
  const both = acledNote('Russian forces shelled Kharkiv, while Ukrainian troops withdrew from Lyman.', '2022-05-05');
  const withdrawal = both.doc.events.find((e) => e.type === 'NON_VIOL_TERRIT_TRANSFER');
  assert.equal(withdrawal && eventDetail(withdrawal)?.subordinate, false);
  const retreat = bridge.doc.events.find((e) => e.type === 'NON_VIOL_TERRIT_TRANSFER');
  assert.equal(retreat && eventDetail(retreat)?.subordinate, true);
});

test('ACLED notes: protesters are the actor of their protest, of the country they protest in when the text names none', () => {
  const actorOf = (text: string, date: string) => {
    const { doc, event } = acledNote(text, date);
    const actor = event?.actors.map((id) => doc.getEntity(id))[0];
    return `${actor?.name}/${actor?.country}`;
  };
  assert.equal(actorOf('On 24 February 2022, anti-war protesters gathered in central Moscow (Moscow, Moscow) against the Russian invasion of Ukraine.', '2022-02-24'), 'anti-war protesters/RUS');
  assert.equal(actorOf('On 6 March 2022, residents of Nova Kakhovka (Kakhovka, Kherson) held a rally against the Russian occupation with Ukrainian flags.', '2022-03-06'), 'residents/UKR');
  assert.equal(actorOf('Thousands of demonstrators marched through Tbilisi on Sunday.', '2023-03-12'), 'demonstrators/GEO');
  // A country the phrase gives is kept.
  assert.equal(actorOf('Ukrainian protesters rallied in Warsaw against the invasion.', '2022-02-26'), 'Ukrainian protesters/UKR');
});

test('ACLED notes: fatalities of this event by the codebook', () => {
  const fatalities = (text: string) => acledNote(text, '2022-09-30').event?.fatalities ?? 0;
  assert.equal(fatalities('On 30 September 2022, Russian forces shelled a civilian convoy near Zaporizhzhia city (Zaporizhzhia, Zaporizhia), killing 30 civilians and injuring 88.'), 30);
  assert.equal(fatalities('On 4 March 2022, Russian forces shot dead 2 civilians in a car in Bucha (Bucha, Kyiv).'), 2);
  assert.equal(fatalities('On 2 April 2022, a civilian was killed when his car drove over a mine on a road near Chernihiv city (Chernihiv, Chernihiv).'), 1);
  assert.equal(fatalities('On 24 June 2022, a car bomb exploded in Nova Kakhovka (Kakhovka, Kherson), killing a Russian-appointed official.'), 1);
  assert.equal(fatalities('On 3 May 2022, Russian forces shelled Ukrainian positions near Avdiivka (Pokrovsk, Donetsk). The Russian MoD claimed to have killed dozens of Ukrainian soldiers.'), 12);
  assert.equal(fatalities('On 8 August 2022, Russian forces fired at Nikopol (Nikopol, Dnipropetrovsk) with Grad MLRS. 2 civilians were injured.'), 0);
});

test('ACLED notes: a detention by an occupying force is an abduction; a capture outranks the fighting before it', () => {
  assert.equal(acledNote('On 20 March 2022, Russian forces detained a journalist in Berdiansk (Berdiansk, Zaporizhia).', '2022-03-20').event?.type, 'ABDUCT_DISSAP');
  assert.equal(acledNote('On 7 June 2022, the SBU detained a resident of Kramatorsk (Kramatorsk, Donetsk).', '2022-06-07').event?.type, 'ARREST');
  assert.equal(acledNote('On 24 February 2022, Russian forces seized control of the Chornobyl nuclear power plant near Chornobyl (Vyshhorod, Kyiv) after fighting with the Ukrainian National Guard.', '2022-02-24').event?.type, 'NON_STATE_ACTOR_OVERTAKES_TER');
  assert.equal(acledNote('On 24 February 2022, anti-war protesters gathered in central Moscow (Moscow, Moscow) against the invasion. Police detained over 1,000 people.', '2022-02-24').event?.type, 'PROTEST_WITH_INTER');
});

test('evaluation smoke: hand-coded ACLED notes of the war in Ukraine stay above their floors', () => {
  const floors: [string, Record<string, number>][] = [
    ['acled-ukraine-notes-dev.csv', { sub_event_type_accuracy: 0.95, place_within_10km: 0.95, fatalities_exact: 0.96, date_exact: 0.96 }],
    ['acled-ukraine-notes-check.csv', { sub_event_type_accuracy: 0.85, place_within_10km: 0.9, fatalities_exact: 0.95, date_exact: 0.9 }],
    ['acled-ukraine-notes-check2.csv', { sub_event_type_accuracy: 0.9, place_within_10km: 0.95, fatalities_exact: 0.95, date_exact: 0.95 }],
    ['acled-ukraine-notes-check3.csv', { sub_event_type_accuracy: 0.93, place_within_10km: 0.93, fatalities_exact: 0.93, date_exact: 0.96 }],
    ['acled-ukraine-notes-check4.csv', { sub_event_type_accuracy: 0.93, place_within_10km: 0.9, fatalities_exact: 0.93, date_exact: 0.96 }],
  ];
  for (const [file, want] of floors) {
    const report = evaluateEvents(join(REPO_ROOT, 'test/fixtures/events', file), 'acled');
    for (const [metric, floor] of Object.entries(want)) assert.ok(report.metrics[metric] >= floor, `${file} ${metric} ${report.metrics[metric]} < ${floor}`);
  }
});

const readOut = (text: string, date: string) => {
  const doc = analyze({ id: 't', date, text });
  const name = (id: string | undefined) => doc.entities.find((e) => e.id === id)?.name;
  return doc.events.map((e) => ({ type: e.type, actors: e.actors.map(name), targets: e.targets.map(name), source: name(e.source?.entity), place: name(e.place ?? undefined) }));
};

test('UCDP headlines: "fire" in military language is firing; "units of X" is X; a trailing "- SOURCE" credits the source', () => {
  const [event] = readOut('RF Armed Forces inflicted a comprehensive fire defeat on units of the Armed Forces of Ukraine near Ugledar - RF Ministry of Defense', '2023-02-28');
  assert.equal(event.type, 'ART_MISS_ATTACK');
  assert.deepEqual(event.targets, ['Armed Forces of Ukraine']);
  assert.equal(event.source, 'Ministry of Defence of Russia', 'the lexicon ministry, whatever its spelling');
  const [damage] = readOut('Russian troops inflicted fire damage on the Armed Forces of Ukraine in the area of Ugledar and Prechistovka - Russian Defense Ministry', '2023-02-17');
  assert.equal(damage.type, 'ART_MISS_ATTACK');
  const [credited] = readOut('More than 50 militants killed by missile attack near Kupyansk - Russian Defense Ministry', '2022-09-29');
  assert.ok(!credited.targets.includes(credited.source ?? ''), `the credited ministry is no target: ${credited.targets}`);
  assert.ok(credited.source);
});

test('UCDP headlines: a credit is no scene, a capital credit pins nothing, and a sentence running on after a name is no credit', () => {
  assert.equal(readOut('One Ukrainian serviceman killed, 2 wounded in Donbas in past 24 hours - Kyiv', '2019-03-17')[0].place, 'Donbas');
  assert.equal(readOut('Two militiamen killed - Kyiv', '2019-03-17')[0]?.place, undefined);
  assert.ok(!readOut('A man died in Donetsk during shelling from the Ukrainian Armed Forces - DPR Defense Headquarters', '2022-09-01').some((e) => e.type === 'HQ_ESTABLISHED'));
});

test('UCDP headlines: "an attack by X" makes X the actor even when X is followed by a verb', () => {
  const [event] = readOut('In Khmelnytskyi, one person died and four were injured due to a drone attack;A rescuer injured in a night attack by the Russian Federation died in a Khmelnytskyi hospital', '2023-02-26');
  assert.equal(event.type, 'AIR_STRIKE');
  assert.equal(event.actors.length, 1);
  assert.match(event.actors[0] ?? '', /Russia/);
  assert.ok(!event.targets.some((t) => /Russia/.test(t ?? '')));
});

test('UCDP headlines: a victim named only as a person is the civilians of the country where it happened', () => {
  const [shelled] = readOut('the Russians shelled Kupyansk, a man was killed', '2023-02-28');
  assert.deepEqual(shelled.targets, ['Civilians (Ukraine)']);
  const [hit] = readOut('the Russians hit Nikopol with barrel artillery, a woman was killed', '2023-02-12');
  assert.deepEqual(hit.targets, ['Civilians (Ukraine)']);
  const [passive] = readOut('More than 120 military units of the Armed Forces of Ukraine, as well as 2 howitzers were destroyed in the Donetsk direction - Russian Defense Ministry', '2023-02-24');
  assert.deepEqual(passive.actors, []);
  assert.deepEqual(passive.targets, ['Armed Forces of Ukraine']);
});

test('an auxiliary ending in s is no plural noun of people: "Sinjar is free because …" makes no party "Sinjar is" (FCO)', () => {
  const doc = analyze('The strategy to defeat ISIL is succeeding. Sinjar is free because Royal Air Force and other Coalition forces provided support.');
  assert.ok(!doc.entities.some((e) => e.name === 'Sinjar is'), doc.entities.map((e) => e.name).join(' | '));
});

test('event actor text: a leading count is the event\'s quantity, not who acted (PLOVER GSR)', () => {
  const doc = analyze({ id: 'x', date: '', text: 'Irish nationalist guerrillas wounded two British soldiers in a bomb attack on Thursday, police said.' });
  const event = ploverMainEvent(doc)!;
  assert.deepEqual(event.targets.map((id) => event.actorText?.[id]), ['British soldiers']);
  assert.equal(leadingCountWords('Some 800,000 Iraqi Kurds'), 2);
  assert.equal(leadingCountWords('Hundreds of thousands of people'), 4);
  assert.equal(leadingCountWords('some foreign monitors'), 0, 'a hedge with no count keeps its words');
  assert.equal(leadingCountWords('two'), 0, 'a bare count stays: nothing would be left');
});

test('event actor text: an institution\'s name before the people acting for it is the actor (PLOVER GSR)', () => {
  const doc = analyze({ id: 'x', date: '', text: 'European Community foreign ministers demanded the withdrawal of Serbian forces from Bosnia-Herzogovina on Monday calling them an occupying army, diplomats quoted an EC declaration as saying.' });
  const event = ploverMainEvent(doc)!;
  assert.deepEqual(event.actors.map((id) => event.actorText?.[id]), ['European Community']);
  const leaders = analyze({ id: 'y', date: '', text: 'Recent US Predator attacks, occurring about once every three days, have killed at least eight top al-Qaeda leaders since last July, according to Pentagon sources.' });
  const strike = ploverMainEvent(leaders)!;
  assert.ok(strike.targets.map((id) => strike.actorText?.[id]).includes('al-Qaeda leaders'), 'leaders are coded as leaders');
});

test('event actor text: an acting group keeps the place it is of ("Ethnic Albanians in south Serbia", PLOVER GSR)', () => {
  const doc = analyze({ id: 'x', date: '', text: 'Ethnic Albanians in south Serbia are demanding a U.N. military presence to protect them against a heavily armed ruling Serb minority and prevent a Bosnia-style civil war, but some foreign monitors are skeptical.' });
  const event = ploverMainEvent(doc)!;
  assert.deepEqual(event.actors.map((id) => event.actorText?.[id]), ['Ethnic Albanians in south Serbia']);
  const police = analyze({ id: 'y', date: '', text: 'In an unprecedented move, Palestinian police in Jericho confiscated weapons and explosives from Palestinian armed groups, the Israeli army said Friday.' });
  const seizure = ploverMainEvent(police)!;
  assert.ok(seizure.actors.map((id) => seizure.actorText?.[id]).includes('Palestinian police in Jericho'));
  const southern = analyze({ id: 'z', date: '', text: 'The Albanians of southern Serbia are demanding political and territorial autonomy from Serbian authorities.' });
  const demand = ploverMainEvent(southern)!;
  assert.deepEqual(demand.actors.map((id) => demand.actorText?.[id]), ['The Albanians of southern Serbia'], 'the compass word inside the place mention');
  const king = analyze({ id: 'k', date: '', text: 'King Hassan of Morocco was quoted today as saying he would be ready to host a meeting between an Israeli peace movement and the Palestine Liberation Organization (PLO).' });
  const host = ploverMainEvent(king)!;
  assert.ok(host.actors.map((id) => host.actorText?.[id]).includes('King Hassan of Morocco'), 'a person keeps "of" and a country');
  const armenia = analyze({ id: 'a', date: '', text: ' On September 29, Putin offered to negotiate with the president of Armenia following the invasions of Dagestan.' });
  const offer = ploverMainEvent(armenia)!;
  assert.deepEqual(offer.targets.map((id) => offer.actorText?.[id]), ['the president of Armenia'], 'a target keeps "of" and a country');
});

test('a demonym\'s group never runs across a preposition ("with the U.S. about contacts", PLOVER GSR)', () => {
  const doc = analyze({ id: 'x', date: '', text: 'Israeli intelligence officials have shared evidence with the U.S. about contacts between al Qaeda and senior members of Saddam Hussein\'s Ba\'ath Party, according to governmental officials.' });
  assert.ok(!doc.entities.some((e) => /about contacts/.test(e.name)), JSON.stringify(doc.entities.map((e) => e.name)));
  const event = ploverMainEvent(doc)!;
  assert.deepEqual(event.targets.map((id) => event.actorText?.[id]), ['the U.S.']);
});

test('event actor text: a body\'s kind noun goes, a demonym the mention left out comes back (PLOVER GSR)', () => {
  const jihad = analyze({ id: 'j', date: '', text: 'The radical Palestinian Islamic Jihad movement rejected an invitation to attend a meeting next week of Palestinian factions to debate plans for independence from Israel, the group said Wednesday.' });
  const union = analyze({ id: 'u', date: '', text: 'The Nigerian Union of Teachers (NUT), the umbrella union for primary school teachers, announced Thursday that it has called off a four-day strike after deliberations with the Nigerian government.' });
  const strike = ploverMainEvent(union)!;
  assert.deepEqual(strike.actors.map((id) => strike.actorText?.[id]), ['Nigerian Union of Teachers']);
  const rejection = ploverMainEvent(jihad)!;
  assert.ok(rejection.actors.map((id) => rejection.actorText?.[id]).includes('Palestinian Islamic Jihad'), 'the kind noun goes');
});

test('event actor text: a mood word opening the phrase is no part of who acted; a word of stance is (PLOVER GSR)', () => {
  const angry = analyze({ id: 'a', date: '', text: 'Angry French paper workers blocked the Europe Bridge spanning the Rhine from France to Germany for more than three hours by dumping sawdust on the roadway, French border police said.' });
  const blockade = ploverMainEvent(angry)!;
  assert.deepEqual(blockade.actors.map((id) => blockade.actorText?.[id]), ['French paper workers']);
  const doc = analyze({ id: 'x', date: '', text: "Radical French farmers said on Friday they would blockade Paris from Monday night to demand an end to the European Community's drastic farm reform." });
  const event = ploverMainEvent(doc)!;
  assert.deepEqual(event.actors.map((id) => event.actorText?.[id]), ['Radical French farmers'], "CAMEO codes 'radical' as an agent (RAD)");
});

test('event actor text: a word of the party\'s passing situation is no part of who it is (PLOVER GSR)', () => {
  const visit = analyze({ id: 'v', date: '', text: "Israeli President Moshe Katsav has refused to meet Jordan's visiting King Abdullah II in Tel Aviv, saying he would only welcome him in Jerusalem, his office said Tuesday." });
  const refusal = ploverMainEvent(visit)!;
  assert.deepEqual(refusal.targets.map((id) => refusal.actorText?.[id]), ["Jordan's King Abdullah II"]);
  const siege = analyze({ id: 's', date: '', text: 'U.N. helicopters evacuated the wounded from the besieged Bosnian town of Gorazde on Friday.' });
  const evacuation = ploverMainEvent(siege)!;
  assert.deepEqual(evacuation.targets.map((id) => evacuation.actorText?.[id]), ['the Bosnian town of Gorazde']);
});

test('event actor text: a place acted on is the place, not the part of it a compass word names (PLOVER GSR)', () => {
  const doc = analyze({ id: 'j', date: '', text: 'Palestinian prisoners rioted Monday at this jail in northern Israel, setting fire to their mattresses and smashing furniture, police sources said.' });
  const riot = ploverMainEvent(doc)!;
  assert.deepEqual(riot.targets.map((id) => riot.actorText?.[id]), ['Israel']);
});

test('event actor text: a person\'s title in lower case gets back the country the mention left out (PLOVER GSR)', () => {
  const doc = analyze({ id: 'k', date: '', text: "President Francois Mitterand gave a warm welcome on Thursday to South African leader F.W. de Klerk who is attempting to break his country's international isolation." });
  const welcome = ploverMainEvent(doc)!;
  assert.deepEqual(welcome.targets.map((id) => welcome.actorText?.[id]), ['South African leader F.W. de Klerk']);
});

test('PLOVER main event: an event stands where its governing trigger does, not where a word naming its actor does (PLOVER GSR AGREE-0010, AGREE-0012)', () => {
  const willing = analyze({ id: 'a', date: '', text: "NATO-member Norway is willing to send material to help defend Saudi Arabia if it is attacked, Norway's foreign minister said." });
  assert.equal(ploverMainEvent(willing)?.plover, 'AGREE');
  const aid = analyze({ id: 'b', date: '', text: 'European Community foreign ministers agreed in principle on Saturday to provide about 70 million dollars of aid for Romania and Poland.' });
  assert.equal(ploverMainEvent(aid)?.plover, 'AGREE');
});

test('a state of siege is a state of emergency: COERCE, as CAMEO 1724 codes it (PLOVER GSR COERCE-0011)', () => {
  const doc = analyze({ id: 'a', date: '', text: 'The military government of President Prosper Avril declared a 30-day state of siege in Haiti on Saturday, suspending parts of the constitution and arresting political opponents, a spokeswoman for the U.S. embassy said.' });
  assert.equal(ploverMainEvent(doc)?.plover, 'COERCE');
});

test('ACLED check set 3: an aside after a count, a military mine, a withdrawal the news is ahead of', () => {
  assert.equal(mainOf('On 17 October 2022, Russian forces attacked Kyiv city (Kyiv City) with Shahed-136 kamikaze drones, hitting a residential building in Shevchenkivskyi district. 4 civilians, including a pregnant woman, were killed.', '2022-10-17')?.fatalities, 4);
  // The counts inside the aside are part of the count before it, not a more conservative toll.
  assert.equal(mainOf('Seven people (five soldiers and two civilians) were killed in the shelling.', '2022-10-17')?.fatalities, 7);
  const mine = mainOf('On 4 June 2023, a tractor driver was killed when his tractor hit an anti-tank mine in a field near Balakliia (Izium, Kharkiv).', '2023-06-04');
  assert.equal(mine?.type, 'REM_EXPLOS');
  assert.equal(mine?.fatalities, 1);
  const looting = mainOf('On 1 November 2022, Russian forces looted the Kherson Regional Art Museum in Kherson city (Kherson, Kherson), taking thousands of paintings to Crimea ahead of their withdrawal from the city.', '2022-11-01');
  assert.equal(looting?.type, 'PROPERTY_DISTRUCT');
});

test('ACLED check set 4: a dated note label tells no event, paired demonyms name two sides, one victim after a cue of killing', () => {
  const events = (text: string, date: string) => {
    const doc = analyze({ id: 't', date, text });
    return doc.events.map((e) => ({ ...e, actorNames: e.actors.map((id) => doc.getEntity(id)?.name) }));
  };
  const clash = events('Frontline clashes: On 8 June 2022, Ukrainian and Russian forces clashed in and around Sievierodonetsk (Sievierodonetsk, Luhansk). Fatalities unknown.', '2022-06-08');
  assert.equal(clash.length, 1);
  assert.deepEqual([...clash[0].actorNames].sort(), ['Armed Forces of Russia', 'Armed Forces of Ukraine']);
  // A headline's colon opens no label: its words still tell the event.
  assert.equal(mainOf('US throws out Russian diplomats: Russia vows revenge, trolls Obama')?.type, 'DIPLO');
  assert.equal(events('On 1 April 2022, Russian forces shot dead a cyclist on Yablunska street in Bucha (Bucha, Kyiv).', '2022-04-01')[0]?.fatalities, 1);
  assert.equal(events('The airstrike killed a number of fighters near Idlib.', '2022-04-01')[0]?.fatalities, undefined);
});

test('Kramatorsk report: an aside inside a casualty clause keeps the victims victims and the toll whole', () => {
  const main = (text: string) => {
    const doc = analyze({ id: 't', date: '2022-04-08', text });
    const event = mainEvent(doc);
    return { fatalities: event?.fatalities, actors: event?.actors.map((id) => doc.getEntity(id)?.country) };
  };
  assert.deepEqual(main('At least 50 people, five of them children, were killed on Friday when a Russian missile struck the railway station in Kramatorsk.'), { fatalities: 50, actors: ['RUS'] });
  assert.deepEqual(main('Fifty people, including five children, were killed when a Russian missile struck the station.'), { fatalities: 50, actors: ['RUS'] });
  assert.equal(main('At least 50 people were killed, five of them children, when a Russian missile struck the station.').fatalities, 50);
});

test('a time in a relative clause after the trigger dates that clause, not the event', () => {
  const doc = analyze({ id: 't', date: '2023-06-06', text: "Ukraine's Operational Command South said that Russian forces had blown up the dam at Nova Kakhovka, which Russia has controlled since February 2022." });
  const event = mainEvent(doc);
  assert.equal(event?.time.start.slice(0, 10), '2023-06-06');
});

test('"categorically denies using any chemical or toxic material": a denied chemical attack by the speaker', () => {
  const doc = analyze({ id: 't', date: '2017-04-05', text: 'The Syrian army denied any role. In a statement carried by state media, the army’s general command said it “categorically denies using any chemical or toxic material in Khan Sheikhoun today”.' });
  const chemical = doc.events.find((e) => e.type === 'CHEM_WEAP');
  assert.equal(chemical?.modality, 'denied');
  // A cache of chemicals seized is no attack (CASE 2021 dev: a Mosul seizure).
  assert.ok(!analyze({ id: 't', date: '', text: 'Iraqi government forces seized on Thursday a cache of chemical substances belonging to Islamic State militants in central Mosul.' }).events.some((e) => e.type === 'CHEM_WEAP'));
});

test('a force named by a common noun alone, in what a commander of one country says, is that country\'s', () => {
  const doc = analyze({ id: 't', date: '2023-12-29', text: "The commander of Ukraine's air force, Mykola Oleshchuk, wrote on Telegram that air defences had shot down 87 of the missiles and 27 of the Shahed drones overnight." });
  const interception = doc.events.find((e) => e.type === 'DISR_WEAP');
  assert.deepEqual(interception?.actors.map((id) => doc.getEntity(id)?.country), ['UKR']);
});

test('a party of one word qualifying the noun after it is a modifier-sense mention, no name of the group (re3d)', () => {
  const modifierMentions = (text: string) =>
    analyze({ id: 't', date: '2016-12-01', text }).entities.flatMap((e) => e.mentions.filter((m) => m.sense === 'modifier').map((m) => m.text));
  // BBC, December 2016: the Mezzeh airport strikes.
  assert.deepEqual(modifierMentions('Syria has accused Israel of bombarding an area west of Damascus, with reports of a military airport being hit.'), ['military']);
  assert.deepEqual(modifierMentions('Days earlier, on 30 November, Israeli jets were reported to have fired missiles from Lebanese airspace.'), ['Israeli']);
  // The event keeps the group as its party.
  const doc = analyze({ id: 't', date: '2016-12-01', text: 'The jihadist group also took over a nearby military barracks during the battle.' });
  assert.ok(doc.events.some((e) => [...e.actors, ...e.targets].some((id) => doc.entities.find((x) => x.id === id)?.name === 'military')));
  // People as people qualify nothing: 'The two men first met in 2001'.
  assert.deepEqual(modifierMentions("It's also a story about Iraq. The two men first met in 2001 - a time when Iraq was in the iron grip of Saddam Hussein."), []);
});

test('a second group of the dead joined by "and" adds to the toll, as ACLED counts it; the wounded after "and" do not', () => {
  const toll = (text: string) => mainOf(text, '2021-08-27')?.fatalities;
  assert.equal(toll("Two suicide bombings outside Kabul's airport on Thursday killed at least 60 Afghans and 13 U.S. service members."), 73);
  assert.equal(toll('Shelling killed 3 soldiers and 2 civilians.'), 5);
  assert.equal(toll('The attack killed 5 people and 3 soldiers were wounded.'), 5);
});

test('events place: a city owning a site after "outside" or "inside" ("outside Kabul\'s airport", "inside Mosul\'s old market") is where the event is, not its target', () => {
  for (const text of ['A car bomb exploded outside Herat\'s central bus station on Sunday, killing nine people.', 'A rocket struck inside Mosul\'s main market, killing four civilians.']) {
    const doc = analyze({ id: 't', date: '2021-08-27', text });
    const event = mainEvent(doc);
    const place = doc.getEntity(event?.place ?? '');
    assert.ok(place?.kind === 'place', text);
    assert.ok(!event!.targets.includes(place!.id), text);
  }
  // "Kiev's shelling": a possessive before an act, not a site, still names the side that did it.
  const shelling = mainEvent(analyze({ id: 't', date: '2015-02-02', text: "Kiev's shelling of Donetsk killed three people." }));
  assert.ok(shelling && shelling.actors.length > 0);
});

test("event actor text: a person's bare lower-case title is left out; qualified by capitalised words before it, the title keeps them (PLOVER GSR)", () => {
  const bare = ploverMainEvent(analyze({ id: 'b', date: '', text: "Hundreds of farmers protested in the capital on Friday against the movement's leader Tomas Varga, witnesses said." }))!;
  assert.deepEqual(bare.targets.map((id) => bare.actorText?.[id]), ['Tomas Varga']);
  const qualified = ploverMainEvent(analyze({ id: 'q', date: '', text: 'On Monday, Kenyan deputy trade minister Peter Otieno rejected the proposal from the opposition.' }))!;
  assert.deepEqual(qualified.actors.map((id) => qualified.actorText?.[id]), ['Kenyan deputy trade minister Peter Otieno']);
  const opening = ploverMainEvent(analyze({ id: 'o', date: '', text: 'Exiled president Marco Rivas has been accused of embezzling state funds by the new government.' }))!;
  assert.deepEqual(opening.targets.map((id) => opening.actorText?.[id]), ['Marco Rivas']);
  const titled = ploverMainEvent(analyze({ id: 't', date: '', text: 'President Marco Rivas rejected the proposal from the opposition.' }))!;
  assert.deepEqual(titled.actors.map((id) => titled.actorText?.[id]), ['President Marco Rivas'], 'a capitalised title opening the sentence stays');
});

test("event actor text: a target named by a plural noun keeps the participle's phrase after it, up to the next punctuation (PLOVER GSR)", () => {
  const aid = ploverMainEvent(analyze({ id: 'a', date: '', text: 'The United Nations will provide food aid to families sheltering from the floods in Assam, the agency said on Tuesday.' }))!;
  assert.deepEqual(aid.targets.map((id) => aid.actorText?.[id]), ['families sheltering from the floods in Assam']);
  const during = ploverMainEvent(analyze({ id: 'b', date: '', text: 'The United Nations will provide food aid to families during the harvest in Assam, the agency said on Tuesday.' }))!;
  assert.deepEqual(during.targets.map((id) => during.actorText?.[id]), ['families'], 'a preposition in -ing opens no participle phrase');
});

test('word sets compared with stems are stemmed too: "nearly" and "roughly" open a count, "outside" governs a place', () => {
  for (const limiter of ['nearly', 'roughly', 'approximately']) {
    const event = mainEvent(analyze({ id: 't', date: '2022-10-08', text: `Shelling killed ${limiter} 40 people in the town.` }));
    assert.deepEqual(event?.quantities.map((q) => q.span.text), [`${limiter} 40 people`]);
  }
  const bombing = mainEvent(analyze({ id: 't', date: '2021-08-27', text: "A car bomb outside Baghdad's central market killed 12 people." }));
  assert.ok(bombing && !bombing.targets.some((id) => bombing.place === id));
});

test('territory: a ministry\'s "its forces" are of its country, so Russia taking a Ukrainian town is a non-state actor\'s gain', () => {
  const doc = analyze({ id: 't', date: '2024-02-17', text: 'The Russian Defence Ministry said on Saturday that its forces had taken full control of Avdiivka.' });
  const capture = mainEvent(doc);
  assert.equal(capture?.type, 'NON_STATE_ACTOR_OVERTAKES_TER');
  assert.deepEqual(capture?.actors.map((id) => doc.getEntity(id)?.country), ['RUS']);
  const recapture = mainEvent(analyze({ id: 't', date: '2022-11-11', text: 'The Ukrainian General Staff said on Friday that its forces had taken full control of Kherson.' }));
  assert.equal(recapture?.type, 'GOV_REGAINS_TERIT');
});

test('event actor text: an opening collective noun is no part of who acted, "A group of Moroccan diplomats" (PLOVER GSR)', () => {
  const doc = analyze({ id: 'x', date: '', text: 'A group of Moroccan diplomats held their first meeting with President Obama at a lunch hosted by the Ambassador of Kingdom of Morocco.' });
  const event = ploverMainEvent(doc)!;
  assert.deepEqual(event.actors.map((id) => event.actorText?.[id]), ['Moroccan diplomats']);
});

test('artillery is a weapon, no armed group: "Ground-based artillery fired in counter-fire" makes no organization of it (CENTCOM)', () => {
  const doc = analyze('Ground-based artillery fired in counter-fire or in fire support to maneuver roles is not classified as a strike.');
  assert.ok(!doc.entities.some((e) => /artillery/i.test(e.name)), doc.entities.map((e) => e.name).join(' | '));
});
