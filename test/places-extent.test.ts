import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/extract/index.js';

/** The texts of the literal place mentions, in order. */
function placeSpans(text: string): string[] {
  const doc = analyze(text);
  return doc.entities
    .filter((e) => e.kind === 'place')
    .flatMap((e) => e.mentions.filter((m) => m.sense === undefined))
    .sort((a, b) => a.start - b.start)
    .map((m) => m.text);
}

test('a place mention takes in the article before the name: "the Middle East", "the Red Sea"', () => {
  const spans = placeSpans('The coalition condemned acts of terror in Europe and the Middle East. Ships patrol the Red Sea.');
  assert.ok(spans.includes('the Middle East'), spans.join(' | '));
  assert.ok(spans.includes('the Red Sea'), spans.join(' | '));
});

test('a place naming what follows it leaves the article to that noun: "the Mosul offensive"', () => {
  const spans = placeSpans('Iraqi forces trained for the Mosul offensive.');
  assert.ok(spans.includes('Mosul'), spans.join(' | '));
});

test('a name closed by a capitalised word of its kind of place keeps the article before a lower-case word: "the Mosul Dam upstream" (Wikipedia)', () => {
  const spans = placeSpans('Floods became less critical with the construction of the Mosul Dam upstream. It is a barrage on the Tigris River adjacent to Samarra.');
  assert.ok(spans.includes('the Mosul Dam'), spans.join(' | '));
  assert.ok(spans.includes('the Tigris River'), spans.join(' | '));
});

test('an Arabic article written apart before the name is part of the mention, and alone it is no place: "throughout Al Anbar", "the Al bu Nimr tribe" (Wikipedia, UK Government)', () => {
  const spans = placeSpans('Marines fought throughout Al Anbar to establish a presence. ISIL has killed 70 members of the Al bu Nimr tribe. At Mosul, one strike hit.');
  assert.ok(spans.includes('Al Anbar'), spans.join(' | '));
  assert.ok(!spans.includes('Al'), spans.join(' | '));
  assert.ok(spans.includes('Mosul'), spans.join(' | '));
});

test('a descriptor of the kind of place is part of its mention: "the Syrian town of Azaz", "the port city of Tartus"', () => {
  assert.ok(placeSpans('At least 43 people have been killed in a car bomb blast in the rebel-held Syrian town of Azaz, near the Turkish border.').includes('the rebel-held Syrian town of Azaz'));
  assert.ok(placeSpans('Bombs struck the port city of Tartus, for which Daesh has claimed responsibility.').includes('the port city of Tartus'));
  assert.ok(placeSpans('Operations to free the city of Mosul began.').includes('the city of Mosul'));
  const republic = placeSpans('Armenia cut gas supplies to the autonomous Azerbaijani republic of Nakhichevan on Monday.');
  assert.ok(republic.includes('the autonomous Azerbaijani republic of Nakhichevan'), republic.join(' | '));
});

test('an adjective before a kind of place is no place of its own: "the Jordanian city of Ramtha"', () => {
  const spans = placeSpans('In a sun-baked field just outside the Jordanian city of Ramtha, a group of Syrian men and women work.');
  assert.ok(!spans.includes('Jordanian'), spans.join(' | '));
  assert.ok(!placeSpans('The mosque in Daquq, a Kurdish-controlled town, was hit.').includes('Kurdish-controlled'));
});

test('a lower-case type word after the name closes the mention: "Idlib province"', () => {
  const spans = placeSpans('Air strikes hit Idlib province on Monday.');
  assert.ok(spans.includes('Idlib province'), spans.join(' | '));
});

test('"Istanbul, Turkey": the country placing a town is in its mention, and still a mention of its own', () => {
  const doc = analyze('Carter commented on the terrorist bombings in Istanbul, Turkey.');
  const istanbul = doc.entities.find((e) => e.name === 'Istanbul');
  assert.deepEqual(istanbul?.mentions.map((m) => m.text), ['Istanbul, Turkey']);
  const turkey = doc.entities.find((e) => e.kind === 'place' && e.geo?.featureType === 'country' && e.mentions.some((m) => m.text === 'Turkey'));
  assert.ok(turkey, 'Turkey keeps its own mention');
});

test('an Arabic article inside a name joins its words: "Dayr az Zawr"', () => {
  assert.ok(placeSpans('The September 17 strike near Dayr az Zawr killed soldiers.').includes('Dayr az Zawr'));
});

test('a landmark the gazetteer does not know is a place of its own: "Tabqa Dam", "Camp Hurriya", "the Tharthar Barrage"', () => {
  const spans = placeSpans('SDF forces have advanced to within 7.5 kilometers of Tabqa Dam. The United States condemns the attack on Camp Hurriya. In April 2015 the Tharthar Barrage was captured.');
  for (const name of ['Tabqa Dam', 'Camp Hurriya', 'the Tharthar Barrage']) assert.ok(spans.includes(name), `${name}: ${spans.join(' | ')}`);
});

test('a landmark named after a known place is left to the place rules, its mention spanning the landmark: "Hartford Hospital", "Mount Vernon Chamber of Commerce"', () => {
  assert.ok(placeSpans('She was taken to Hartford Hospital on Monday.').includes('Hartford Hospital'));
  assert.ok(!placeSpans('The Mount Vernon Chamber of Commerce met on Monday.').some((s) => s.includes('Chamber')));
});

test('a name no gazetteer entry holds reaches over its type word and article too: "the Al-Sinek neighborhood", "Al-Raqqa province"', () => {
  const spans = placeSpans(
    'On Saturday, Dae’sh claimed dual attacks in the commercial area of the Al-Sinek neighborhood in Baghdad which killed at least 28 people. ' +
      'The new district under the criminal code follows the declaration of Al-Raqqa province in Syria in December 2014.',
  );
  assert.ok(spans.includes('the Al-Sinek neighborhood'), spans.join(' | '));
  assert.ok(spans.includes('Al-Raqqa province'), spans.join(' | '));
});

test('a capitalised type word after a name the gazetteer spells otherwise closes the mention: "in Hasaka Province" (UK Government); not before a longer name', () => {
  assert.ok(placeSpans('Suicide attacks hit the town of Tel Tamer in Hasaka Province, killing scores of civilians.').includes('Hasaka Province'));
  assert.ok(!placeSpans('Members of the Hasaka Province Council met on Monday.').includes('Hasaka Province'));
});
