import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../src/extract/index.js';

function quotesOf(text: string) {
  const doc = analyze({ id: 't', date: '2016-06-15', text });
  return doc.quotes.map((q) => ({ text: q.span.text, cue: q.cue?.text, speaker: q.speaker ? doc.getEntity(q.speaker)!.name : null }));
}

describe('quotes: backing the subject receives', () => {
  it('makes who follows "the support of" the source and the subject the content (PolNeAR: Clinton has the support of women)', () => {
    const [quote] = quotesOf('Clinton has the support of women and older voters.');
    assert.equal(quote?.text, 'Clinton');
    assert.equal(quote?.speaker, 'women');
  });

  it('reads "support from" after a verb of receiving, past an adjective (PolNeAR: Rubio has won overwhelming support)', () => {
    const quotes = quotesOf('But Rubio has won overwhelming support from members of Congress and governors.');
    assert.deepEqual(quotes.map((q) => q.text), ['Rubio']);
    assert.equal(quotes[0].cue, 'won overwhelming support from');
  });

  it('takes the clause subject for "with the support of" (PolNeAR: Rebecca Bradley)', () => {
    const quotes = quotesOf('She has risen through the ranks with the support of groups like the Wisconsin Club for Growth.');
    assert.equal(quotes.find((q) => q.cue === 'with the support of')?.text, 'She');
  });

  it('leaves support given alone ("raised money in support of Rubio")', () => {
    const quotes = quotesOf('Conservative Solutions PAC raised about $58 million in support of Rubio.');
    assert.ok(quotes.every((q) => q.text !== 'Conservative Solutions PAC'));
  });
});
