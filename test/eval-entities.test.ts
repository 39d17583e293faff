import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { countMatches, evaluateEntities, formatEntityEvaluation, goldSpans, predictedSpans } from '../src/eval/entities.js';
import type { Entity } from '../src/extract/contract.js';
import { readRe3d } from '../src/eval/re3d.js';
import { extract } from '../src/extract/index.js';
import { SHARED_DATA } from './paths.js';

const RE3D = join(SHARED_DATA, 'ner', 're3d');

describe('entity span scoring', () => {
  it('counts exact and one-to-one overlapping matches per class', () => {
    const gold = [
      { cls: 'Person' as const, start: 0, end: 10 },
      { cls: 'Person' as const, start: 20, end: 30 },
      { cls: 'Organisation' as const, start: 40, end: 50 },
    ];
    const predicted = [
      { cls: 'Person' as const, start: 0, end: 10 },
      { cls: 'Person' as const, start: 22, end: 30 },
      { cls: 'Person' as const, start: 24, end: 28 },
      { cls: 'Location' as const, start: 40, end: 50 },
    ];
    const c = countMatches(gold, predicted);
    assert.deepEqual(c.Person, { gold: 2, predicted: 3, exact: 1, overlap: 2 });
    assert.deepEqual(c.Organisation, { gold: 1, predicted: 0, exact: 0, overlap: 0 });
    assert.deepEqual(c.Location, { gold: 0, predicted: 1, exact: 0, overlap: 0 });
  });

  it('counts a place mention read in a non-literal sense as no Location', () => {
    const literal = { start: 0, end: 6, text: 'Moscow' };
    const metonym = { start: 10, end: 16, text: 'Moscow', sense: 'metonym' };
    const entities = [
      { id: 'e1', kind: 'place', name: 'Moscow', mentions: [literal, metonym] },
      { id: 'e2', kind: 'organization', name: 'Government of Russia', mentions: [{ start: 10, end: 16, text: 'Moscow' }] },
    ] as unknown as Entity[];
    assert.deepEqual(predictedSpans(entities), [
      { cls: 'Location', start: 0, end: 6 },
      { cls: 'Organisation', start: 10, end: 16 },
    ]);
  });

  it('counts a group mention read as a modifier ("military" in "a military airport") as no Organisation', () => {
    const entities = [
      { id: 'e1', kind: 'organization', name: 'military', mentions: [{ start: 0, end: 8, text: 'military', sense: 'modifier' }] },
    ] as unknown as Entity[];
    assert.deepEqual(predictedSpans(entities), []);
  });

  it('counts a relative pronoun linked to its antecedent ("Russia, which denied …") as no mention, as re3d marks none', () => {
    const entities = [
      { id: 'e1', kind: 'organization', name: 'Kremlin', mentions: [{ start: 0, end: 7, text: 'Kremlin' }, { start: 9, end: 14, text: 'which' }] },
      { id: 'e2', kind: 'person', name: 'Graham', mentions: [{ start: 20, end: 26, text: 'Graham' }, { start: 28, end: 31, text: 'who' }] },
    ] as unknown as Entity[];
    assert.deepEqual(predictedSpans(entities), [
      { cls: 'Organisation', start: 0, end: 7 },
      { cls: 'Person', start: 20, end: 26 },
    ]);
  });

  it('counts a place inside a longer mention as none of its own, as re3d marks the outermost span', () => {
    const text = 'He died near Palmyra, Syria.';
    const spans = predictedSpans(extract({ id: 'd', date: '', text }).entities).filter((s) => s.cls === 'Location');
    assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['Palmyra, Syria']);
  });

  it('reads re3d gold as the annotations judged more likely than not', () => {
    const docs = readRe3d(join(RE3D, 'BBC Online'));
    assert.equal(docs.length, 8);
    const spans = docs.flatMap((d) => goldSpans(d).map((s) => ({ ...s, text: d.text.slice(s.start, s.end) })));
    assert.ok(spans.some((s) => s.cls === 'Organisation' && s.text === 'Syria'), 'the country as the actor');
    assert.ok(!spans.some((s) => s.cls === 'Location' && s.text === 'Syria' && s.start === 0), 'the rejected alternative');
  });
});

describe('re3d smoke test (floors just under the measured figures)', () => {
  it('keeps Person and Organisation span F1 up', () => {
    const docs = readRe3d(RE3D);
    const result = evaluateEntities(docs, (d) => extract({ id: d.id, date: '', text: d.text }).entities);
    assert.match(formatEntityEvaluation(result), /^98 documents/);
    assert.ok(result.classes.Person.f1 >= 0.78, `Person exact F1 ${result.classes.Person.f1}`);
    assert.ok(result.classes.Person.precision >= 0.84, `Person exact precision ${result.classes.Person.precision}`);
    assert.ok(result.classes.Organisation.f1 >= 0.61, `Organisation exact F1 ${result.classes.Organisation.f1}`);
    assert.ok(result.classes.Organisation.overlapF1 >= 0.74, `Organisation overlap F1 ${result.classes.Organisation.overlapF1}`);
    assert.ok(result.classes.Location.f1 >= 0.60, `Location exact F1 ${result.classes.Location.f1}`);
  });
});
