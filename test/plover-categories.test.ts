import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/extract/index.js';
import { ploverMainEvent } from '../src/eval/events.js';

const category = (text: string) => ploverMainEvent(analyze({ id: 't', date: '', text }))?.plover;

test('a political act drawn into a protest by its sentence keeps its own category when it comes first', () => {
  assert.equal(category('Authorities imposed a curfew in the city of Leh on Wednesday after a demonstration demanding statehood for Ladakh.'), 'COERCE');
  assert.equal(category('Thousands of students staged a demonstration in Dhaka on Sunday demanding the resignation of the prime minister.'), 'PROTEST');
});

test('resigning, surrendering, official complaints, verbal defence and obstruction take their PLOVER categories', () => {
  assert.equal(category('Sri Lankan President Gotabaya Rajapaksa resigned on Thursday after fleeing the country.'), 'RETREAT');
  assert.equal(category('More than 200 Islamic State fighters surrendered to Kurdish-led forces in Baghouz on Tuesday.'), 'RETREAT');
  assert.equal(category('China lodged a formal protest with Japan on Monday over the visit of its defence minister to the shrine.'), 'ACCUSE');
  assert.equal(category('Germany summoned the Russian ambassador on Tuesday.'), 'ACCUSE');
  assert.equal(category('The White House on Friday defended the decision of the United States to withdraw its troops from Afghanistan.'), 'SUPPORT');
  assert.equal(category('Hundreds of farmers blocked traffic on the roads into Paris on Monday.'), 'PROTEST');
  assert.equal(category('Italy announced a suspension of flights to Libya on Wednesday.'), 'SANCTION');
});

test('acceding, defying, receiving observers, expelling or withdrawing them and signing take the CAMEO2PLOVER categories', () => {
  assert.equal(category('The Serbian government on Friday accepted the demands of the striking miners for higher wages.'), 'CONCEDE');
  assert.equal(category('Thousands of residents of Shanghai violated a lockdown order on Sunday.'), 'REJECT');
  assert.equal(category('Belarus received a mission of observers from the OSCE on Monday.'), 'RETREAT');
  assert.equal(category('Iran expelled two inspectors of the International Atomic Energy Agency on Wednesday.'), 'SANCTION');
  assert.equal(category('Sweden withdrew its peacekeepers from Mali on Friday.'), 'SANCTION');
  assert.equal(category('Israel and the United Arab Emirates signed a peace treaty at the White House on Tuesday.'), 'SUPPORT');
});

test('a phrase naming the actor gives a cluster its category only when no act of it does', () => {
  assert.equal(category('The German foreign ministry summoned the Russian ambassador on Tuesday.'), 'ACCUSE');
  assert.equal(category('The Chinese foreign ministry on Monday condemned the visit of the Japanese prime minister to the shrine.'), 'ACCUSE');
  assert.equal(category('The foreign ministers of Britain and France met in London on Friday.'), 'CONSULT');
});

test('strengthening or bolstering one\'s forces is a mobilization, made on the place they are in (PLOVER GSR)', () => {
  const doc = analyze({ id: 's', date: '', text: 'Israel has strengthened its forces in Lebanon following the discovery of Russian-made Katyusha rockets in the area last week, military sources said today.' });
  const event = ploverMainEvent(doc)!;
  assert.equal(event.plover, 'MOBILIZE');
  assert.deepEqual(event.targets.map((id) => event.actorText?.[id]), ['Lebanon']);
});

test('denying permission or an allocation is a refusal, REJECT (PLOVER GSR)', () => {
  assert.equal(category("Ankara's Cankaya district administration has denied land allocation for the construction of an Alewite temple, Cemevi, in the district."), 'REJECT');
});
