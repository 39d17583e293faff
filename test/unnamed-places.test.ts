import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placeMentions } from '../src/eval/geo.js';
import { extract } from '../src/extract/index.js';

test('sites named by a common noun are places without coordinates: the count stays out, a modifier noun or "of" is no head', () => {
  const text =
    'Air strikes destroyed four rebel-held buildings, a weapons storage facility and two bridges near the river. ' +
    'Building materials were scarce. The bridge of boats was rebuilt, and fighters dug a fighting position by the mosque.';
  const entities = extract({ id: 't', date: '2016-01-01', text }).entities;
  const unnamed = entities.filter((e) => e.kind === 'place' && !e.geo).flatMap((e) => e.mentions.map((m) => m.text));
  for (const t of ['rebel-held buildings', 'a weapons storage facility', 'bridges', 'a fighting position', 'the mosque']) assert.ok(unnamed.includes(t), `${t} in ${unnamed}`);
  assert.ok(!unnamed.some((t) => /Building|boats|four/.test(t)), `${unnamed}`);
  assert.deepEqual(placeMentions(entities.filter((e) => !e.geo)), []);
});

test('a farm, a courthouse, a restaurant are sites as well (re3d reports from Jordan and Azaz)', () => {
  const text =
    '"We do weeding and harvesting on the farm," says Manal. The explosion occurred outside a courthouse in the town. ' +
    'The cultural center will include an assembly hall, library, restaurant, gyms and baths.';
  const entities = extract({ id: 't', date: '2016-01-01', text }).entities;
  const unnamed = entities.filter((e) => e.kind === 'place' && !e.geo).flatMap((e) => e.mentions.map((m) => m.text));
  for (const t of ['the farm', 'a courthouse', 'restaurant']) assert.ok(unnamed.includes(t), `${t} in ${unnamed}`);
});

test('a site noun before a participle is a whole noun phrase: "a mosque located in Brandbergen" (Wikipedia)', () => {
  const text = 'The Brandbergen Mosque, officially the Islamic Association in Brandbergen is a mosque located in Brandbergen, Haninge Municipality, south of Stockholm, Sweden.';
  const entities = extract({ id: 't', date: '', text }).entities;
  const unnamed = entities.filter((e) => e.kind === 'place' && !e.geo).flatMap((e) => e.mentions.map((m) => m.text));
  assert.ok(unnamed.includes('a mosque'), `${unnamed}`);
});

test('a site noun after a capitalised determiner opening the sentence is a site, not the end of a name: "The hospital is affiliated …" (Wikipedia)', () => {
  const text = 'It was founded in 1988 and is run by the Ministry of Higher Education. The hospital is affiliated with Damascus University. The bridges were targeted by coalition air strikes in October.';
  const unnamed = extract({ id: 't', date: '2016-01-01', text }).entities.filter((e) => e.kind === 'place' && !e.geo).flatMap((e) => e.mentions.map((m) => m.text));
  assert.ok(unnamed.includes('The hospital') && unnamed.includes('The bridges'), `${unnamed}`);
});

test('after a determiner every lower-case word before the site noun is a modifier: "a petrol station", "a repeater station" (UK Government, CENTCOM)', () => {
  const text =
    'I utterly condemn the shocking attack on a petrol station and restaurant at al-Hilla earlier today. Near Ayn Isa, one strike destroyed a repeater station. ' +
    'He was killed in multiple bombings that targeted bus stations.';
  const unnamed = extract({ id: 't', date: '2016-01-01', text }).entities.filter((e) => e.kind === 'place' && !e.geo).flatMap((e) => e.mentions.map((m) => m.text));
  for (const t of ['a petrol station', 'a repeater station']) assert.ok(unnamed.includes(t), `${t} in ${unnamed}`);
  assert.ok(!unnamed.some((t) => t.startsWith('that')), `${unnamed}`);
});

test('a safehouse, a factory, schools and a marketplace are sites (Wikipedia, CENTCOM, UK Government, US State Department)', () => {
  const text =
    'He maintained a safehouse in the village. Near Tal Afar, one strike destroyed a VBIED factory. ' +
    'It details deliberate attacks against civilian infrastructure such as hospitals, schools and markets. The attack killed civilians at a hospital and marketplace.';
  const unnamed = extract({ id: 't', date: '2016-01-01', text }).entities.filter((e) => e.kind === 'place' && !e.geo).flatMap((e) => e.mentions.map((m) => m.text));
  for (const t of ['a safehouse', 'a VBIED factory', 'schools', 'marketplace']) assert.ok(unnamed.includes(t), `${t} in ${unnamed}`);
});

test('a site noun before a pronoun or "every" ends its noun phrase: "visits the library every day" (BBC)', () => {
  const text = 'There is one child who visits the library every day. And every time there is shelling near the library we pray for it.';
  const unnamed = extract({ id: 't', date: '2016-01-01', text }).entities.filter((e) => e.kind === 'place' && !e.geo).flatMap((e) => e.mentions.map((m) => m.text));
  assert.equal(unnamed.filter((t) => t === 'the library').length, 2, `${unnamed}`);
});

test('"here" is a place of its own; "there" opening an existential clause is none (BBC)', () => {
  const text = 'It was the deadliest attack, ever. 292 Iraqis died here. And then there is the vast majority who feel they have no choice.';
  const unnamed = extract({ id: 't', date: '2016-01-01', text }).entities.filter((e) => e.kind === 'place' && !e.geo).flatMap((e) => e.mentions.map((m) => m.text));
  assert.deepEqual(unnamed, ['here']);
});

test('a locative "there" is a place of its own, an existential one none: "I put them there", "Were there any agreements?" (BBC, US State Department)', () => {
  const text =
    'So I bring a collection of books and I put them there. Once there, he needed a suit. ' +
    'Were there any agreements? There must be no impunity, and there will still be work to do. We hope there are more.';
  const unnamed = extract({ id: 't', date: '2016-01-01', text }).entities.filter((e) => e.kind === 'place' && !e.geo).flatMap((e) => e.mentions.map((m) => m.text));
  assert.deepEqual(unnamed, ['there', 'there']);
});

test('a site noun with a possessive ends its noun phrase; the span stops before the \'s: "the library\'s shelves" (BBC)', () => {
  const text = 'Users scoured the devastated streets for more material to fill the library\'s shelves.';
  const unnamed = extract({ id: 't', date: '2016-01-01', text }).entities.filter((e) => e.kind === 'place' && !e.geo).flatMap((e) => e.mentions.map((m) => m.text));
  assert.ok(unnamed.includes('the library'), `${unnamed}`);
});

test('"line" is a site only as "the front line"; "lines of effort" and "in line with" are none (BBC, CENTCOM)', () => {
  const text = 'Omar was killed on the front line during an attack. The coalition pressed its multiple lines of effort, in line with the plan.';
  const unnamed = extract({ id: 't', date: '2016-01-01', text }).entities.filter((e) => e.kind === 'place' && !e.geo).flatMap((e) => e.mentions.map((m) => m.text));
  assert.deepEqual(unnamed, ['the front line']);
});

test('after a determiner an acronym, a hyphenated or a capitalised word before the site noun is a modifier too: "a UAV launch site", "a large al-Qaida headquarters" (CENTCOM, BBC)', () => {
  const text =
    'Near Sinjar, one strike destroyed a VBIED facility, and a UAV launch site. Two vehicles had departed a large al-Qaida headquarters near Sarmada. ' +
    'IS had carried out a mortar attack on a Peshmerga frontline position about 6km from Daquq.';
  const unnamed = extract({ id: 't', date: '2016-01-01', text }).entities.filter((e) => e.kind === 'place' && !e.geo).flatMap((e) => e.mentions.map((m) => m.text));
  for (const t of ['a UAV launch site', 'a large al-Qaida headquarters', 'a Peshmerga frontline position']) assert.ok(unnamed.includes(t), `${t} in ${unnamed}`);
});

test('a common verb after a site noun ends its noun phrase: "The hospital contains 645 beds", "the library gave me back my life" (Wikipedia, BBC)', () => {
  const text = 'It has a kidney transplant unit. The hospital contains 645 beds. "In a sense the library gave me back my life," he replies.';
  const unnamed = extract({ id: 't', date: '2016-01-01', text }).entities.filter((e) => e.kind === 'place' && !e.geo).flatMap((e) => e.mentions.map((m) => m.text));
  for (const t of ['The hospital', 'the library']) assert.ok(unnamed.includes(t), `${t} in ${unnamed}`);
});

test('a preposition such as "outside" or the participle "being" after a site noun ends its noun phrase: "a building outside Mosul", "a military airport being hit" (BBC)', () => {
  const text = 'They killed police officers they had been holding in a building outside Mosul. Israel bombarded an area west of Damascus, with reports of a military airport being hit.';
  const unnamed = extract({ id: 't', date: '2016-01-01', text }).entities.filter((e) => e.kind === 'place' && !e.geo).flatMap((e) => e.mentions.map((m) => m.text));
  for (const t of ['a building', 'a military airport']) assert.ok(unnamed.includes(t), `${t} in ${unnamed}`);
});

test('a river, a tent and a studio are sites too (BBC, US State Department)', () => {
  const text = 'Their bodies were thrown into a river in an attempt to spread terror. The bomber targeted mourners inside a funeral tent. The explosions distort the studio\'s speakers.';
  const unnamed = extract({ id: 't', date: '2016-01-01', text }).entities.filter((e) => e.kind === 'place' && !e.geo).flatMap((e) => e.mentions.map((m) => m.text));
  for (const t of ['a river', 'a funeral tent', 'the studio']) assert.ok(unnamed.includes(t), `${t} in ${unnamed}`);
});

test('"the Gulf" names the region on its own, without coordinates; "the Gulf War" and "the Gulf states" do not (US State Department, Wikipedia)', () => {
  const text = 'The ship will reinforce maritime security operations in the Gulf, said Burns. He served in the 1991 Gulf War and visited the Gulf states.';
  const unnamed = extract({ id: 't', date: '2016-01-01', text }).entities.filter((e) => e.kind === 'place' && !e.geo).flatMap((e) => e.mentions.map((m) => m.text));
  assert.deepEqual(unnamed, ['the Gulf']);
});

test('an acronym after a number is the quantity\'s unit, no modifier of the site: "an 84 MW hydro-electricity station" (Wikipedia)', () => {
  const text = 'Water flows into Lake Tharthar along with irrigation and an 84 MW hydro-electricity station.';
  const unnamed = extract({ id: 't', date: '2016-01-01', text }).entities.filter((e) => e.kind === 'place' && !e.geo).flatMap((e) => e.mentions.map((m) => m.text));
  assert.ok(unnamed.includes('hydro-electricity station'), `${unnamed}`);
});

test('after "the", a place\'s name before the site\'s modifiers is part of the site\'s phrase: "the Mezzeh military airport" (BBC)', () => {
  const text = 'Sana reported explosions at the Mezzeh military airport and said ambulances were rushing to the scene.';
  const entities = extract({ id: 't', date: '2016-01-01', text }).entities;
  const unnamed = entities.filter((e) => e.kind === 'place' && !e.geo).flatMap((e) => e.mentions.map((m) => m.text));
  assert.ok(unnamed.includes('the Mezzeh military airport'), `${unnamed}`);
  assert.ok(entities.some((e) => e.name === 'Mezzeh' && e.geo), 'Mezzeh keeps its own mention and point');
});

test('a complex is a site, and "hospital" before it is its modifier: "the university complex", "the Al Salem hospital complex" (BBC, CENTCOM)', () => {
  const text =
    'Iraqi officials said the IS group had used laboratories in the university complex to make chemical weapons. ' +
    'Iraqi Security Forces attempted to seize the Al Salem hospital complex from ISIL fighters.';
  const entities = extract({ id: 't', date: '2016-12-06', text }).entities;
  const unnamed = entities.filter((e) => e.kind === 'place' && !e.geo).flatMap((e) => e.mentions.map((m) => m.text));
  assert.ok(unnamed.includes('the university complex'), `${unnamed}`);
  assert.ok(unnamed.includes('the Al Salem hospital complex'), `${unnamed}`);
});
