import assert from 'node:assert/strict';
import { it } from 'node:test';
import { analyze } from '../src/extract/index.js';

it('"says in a statement that …": a content two cues point at is one quote, from the verb', () => {
  const doc = analyze({ id: 't', date: '2016-02-20', text: 'Kasich’s chief strategist John Weaver says in a statement that the race will now be a four-man contest.' });
  const contents = doc.quotes.filter((q) => q.span.text.startsWith('that the race'));
  assert.equal(contents.length, 1);
  assert.equal(contents[0].cue?.text, 'says');
});
