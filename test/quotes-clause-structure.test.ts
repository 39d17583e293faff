import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../src/extract/index.js';

function quotesOf(text: string) {
  const doc = analyze({ id: 't', date: '2016-06-15', text });
  return doc.quotes.map((q) => ({ text: q.span.text, cue: q.cue?.text, speaker: q.speaker ? doc.getEntity(q.speaker)!.name : null }));
}

describe('quotes: asides between a subject and its verb', () => {
  it('a party label in parentheses, then a comma (PolNeAR: Sen. Jack Reed)', () => {
    const quotes = quotesOf('Sen. Jack Reed (D-R.I.), said after a lunch on Tuesday that he hadn’t gotten a chance to read the president\'s plan.');
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [['that he hadn’t gotten a chance to read the president\'s plan', 'Jack Reed']]);
  });
});

describe('quotes: where a content of a that-verb opens', () => {
  it('not at a "that" past a comma and a conjunction (PolNeAR: Gallup)', () => {
    const quotes = quotesOf('And Gallup finds states shifting toward the GOP, but that doesn’t necessarily give Republicans an election advantage.');
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [['states shifting toward the GOP', 'Gallup']]);
  });
});
