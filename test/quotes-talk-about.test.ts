import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../src/extract/index.js';

function quotesOf(text: string) {
  const doc = analyze({ id: 't', date: '2016-06-15', text });
  return doc.quotes.map((q) => ({ text: q.span.text, cue: q.cue?.text, speaker: q.speaker ? doc.getEntity(q.speaker)!.name : null }));
}

describe('quotes: speaking, joking or complaining about a topic', () => {
  it('reads a verb of saying and its preposition as one cue whose object is the content (PolNeAR: Trump joked about stereotypes)', () => {
    const quotes = quotesOf('Donald Trump joked about Jewish stereotypes.');
    assert.deepEqual(quotes, [{ text: 'Jewish stereotypes', cue: 'joked about', speaker: 'Donald Trump' }]);
  });

  it('takes the base and out forms ("would comment on", "has spoken out about")', () => {
    assert.equal(quotesOf('Neither company would comment on those reports.')[0]?.text, 'those reports');
    assert.equal(quotesOf('Mr. Loeb has spoken out about the company.')[0]?.text, 'the company');
  });
});

describe('quotes: a phrase cue with a manner adverb inside', () => {
  it('steps over the adverb between the verb and its preposition (PolNeAR: spoke briefly of his friendship)', () => {
    assert.deepEqual(quotesOf('Sanders spoke briefly of his time in Chicago.'), [{ text: 'his time in Chicago', cue: 'spoke briefly of', speaker: 'Sanders' }]);
  });

  it('and a word of degree ("talked more about")', () => {
    assert.equal(quotesOf('Trump talked more about trade than immigration.')[0]?.cue, 'talked more about');
  });
});
