import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../src/extract/index.js';

function quotesOf(text: string) {
  const doc = analyze({ id: 't', date: '2016-06-15', text });
  return doc.quotes.map((q) => ({ text: q.span.text, cue: q.cue?.text, speaker: q.speaker ? doc.getEntity(q.speaker)!.name : null }));
}

describe('quotes: a participle clause opening the sentence', () => {
  it('reports what the subject after its comma said (PolNeAR: Trump and the party funders)', () => {
    const [quote] = quotesOf('After savaging major party funders as corrupt insiders during the primaries, Trump is finding them reluctant to open their wallets.');
    assert.deepEqual(quote, { text: 'major party funders as corrupt insiders during the primaries', cue: 'savaging', speaker: 'Donald Trump' });
  });

  it('takes a one-word object (PolNeAR: Rubio)', () => {
    const [quote] = quotesOf('Recognizing this, Mr. Rubio joined Democrats in writing an immigration reform bill in 2013 that created a path to citizenship and fortified border security.');
    assert.deepEqual([quote.text, quote.cue, quote.speaker], ['this', 'Recognizing', 'Rubio']);
  });

  it('steps over a relative clause to the subject (PolNeAR: Sanders)', () => {
    const quotes = quotesOf('Bernie Sanders spoke in Vermont. After thanking the raucous crowd, which periodically chanted his name, he touted how far his campaign had come in the last 10 months.');
    assert.deepEqual(quotes.find((q) => q.cue === 'thanking')?.speaker, 'Bernie Sanders');
  });

  it('a past participle opening the sentence (PolNeAR: the German coal levy)', () => {
    const [quote] = quotesOf('Worried the nation might miss its 2020 target to drastically cut emissions of carbon dioxide, the German government proposed a steep levy last year on the most heavily polluting generators.');
    assert.deepEqual([quote.text, quote.cue], ['the nation might miss its 2020 target to drastically cut emissions of carbon dioxide', 'Worried']);
  });

  it('leaves a participle that is no cue alone', () => {
    assert.deepEqual(quotesOf('Speaking to reporters, Trump said the wall would be built.').map((q) => [q.cue, q.speaker]), [['said', 'Donald Trump']]);
  });
});
