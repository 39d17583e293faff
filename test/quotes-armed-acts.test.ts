import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../src/extract/index.js';

function cuesOf(text: string): string[] {
  return extract({ id: 't', date: '2022-11-11', text }).quotes.map((q) => q.cue?.text ?? '');
}

test('a force that attacks acts: "Ukrainian troops attacked a depot" is no quote', () => {
  assert.deepEqual(cuesOf('Ukrainian troops attacked a depot near Kherson.'), []);
  assert.deepEqual(cuesOf('Russian forces attacked the village of Pisky on Tuesday.'), []);
});

test('a politician who attacks a rival still speaks: "Trump attacked Clinton over her emails"', () => {
  assert.deepEqual(cuesOf('Trump attacked Clinton over her emails.'), ['attacked']);
});
