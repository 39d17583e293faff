import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../src/extract/index.js';

function quotesOf(text: string) {
  const doc = analyze({ id: 't', date: '2016-06-15', text });
  return doc.quotes.map((q) => ({ text: q.span.text, cue: q.cue?.text, speaker: q.speaker ? doc.getEntity(q.speaker)!.name : null }));
}

describe('quotes: the subject a coordinated cue shares', () => {
  it('reads past fronted adjuncts to the subject (PolNeAR: Warren endorses Clinton)', () => {
    const quotes = quotesOf('On Monday, after remaining neutral throughout the primary process, Warren appeared with MSNBC’s Rachel Maddow and officially endorsed Clinton, saying, “I think she is ready.”');
    const endorsed = quotes.find((q) => q.cue === 'officially endorsed');
    assert.equal(endorsed?.speaker, 'Warren');
    assert.equal(endorsed?.text, 'Clinton');
  });

  it('takes a lowercase personal pronoun as the subject (PolNeAR: the Zika deal)', () => {
    const quotes = quotesOf('Senator Marco Rubio backed the plan. But on Tuesday, he stood with other GOP leaders and urged Democrats to vote for the Republican deal instead.');
    const urged = quotes.find((q) => q.cue === 'urged');
    assert.match(urged?.text ?? '', /to vote for the Republican deal instead$/);
    assert.equal(urged?.speaker, 'Marco Rubio');
  });

  it('reads past a few words of time (PolNeAR: Trump and Adelson)', () => {
    const quotes = quotesOf('Hours later, Trump returned the compliment to Adelson, telling Reuters, “Sheldon and I have been friends for a long time. He is an amazing man.”');
    assert.equal(quotes.find((q) => q.cue === 'telling')?.speaker, 'Donald Trump');
  });

  it('keeps a plural noun after a demonym in the subject (PLOVER GSR: Algerian landowners)', () => {
    const quotes = quotesOf('Algerian landowners began a hunger strike outside Parliament to demand the return of property seized by Algerian government forces in the 1970s.');
    assert.equal(quotes.find((q) => q.cue === 'demand')?.speaker, 'Algerian landowners');
    // with a closing ", APS news agency said." the agency's attribution takes the whole clause, the demand included (PolNeAR)
    const reported = quotesOf('Algerian landowners began a hunger strike outside Parliament to demand the return of property seized by Algerian government forces in the 1970s, APS news agency said.');
    assert.deepEqual(reported.map((q) => q.cue), ['said']);
  });

  it('but not an adjective in -ous (re3d: "These vicious acts")', () => {
    const quotes = quotesOf('These vicious acts of mass murder are a sobering reminder of the need to continue coalition operations against Da’esh and to eliminate the threat this terrorist group poses.');
    assert.ok(quotes.every((q) => q.speaker !== 'These vicious'));
  });

  it('leaves a fronted participle clause out of the content (PolNeAR: Khizr Khan)', () => {
    const quotes = quotesOf('Standing on stage at the Wells Fargo Center in Philadelphia, Khizr Khan pulled his worn pocket-sized copy of the Constitution from his pocket and defiantly offered to loan it to Trump to read.');
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [['to loan it to Trump to read', 'Khizr Khan']]);
  });
});

describe('quotes: a trailing participle after a clause ending in a day', () => {
  it('takes the clause subject, not the clause as a fronted time phrase (PolNeAR: Trump went further on Tuesday)', () => {
    const doc = analyze({ id: 't', date: '2016-05-24', text: "Trump went further on Tuesday, saying that in Mr. Clinton's political career, ''there were certainly a lot of abuse of women.''" });
    const quote = doc.quotes.find((q) => q.cue?.text === 'saying');
    assert.ok(quote);
    assert.equal(quote.span.text, "that in Mr. Clinton's political career, ''there were certainly a lot of abuse of women.''");
    assert.equal(doc.getEntity(quote.speaker!)?.name, 'Donald Trump');
  });
});

describe('quotes: a participle after a dash', () => {
  it('reports for the clause subject, as after a comma (PolNeAR: Marco Rubio flipped his choice)', () => {
    const quotes = quotesOf('Marco Rubio flipped his choice on the spot – saying he was rooting for Peyton Manning but would now root for North Carolina since Jeb chose Denver.');
    assert.ok(quotes.some((q) => q.cue === 'saying' && q.speaker === 'Marco Rubio' && q.text.startsWith('he was rooting for Peyton Manning')));
  });
});

describe('quotes: a participle after a clause of seeming', () => {
  it('is an attribution of its own, not part of the seeming (PolNeAR: Clinton appeared to oppose the effort, saying …)', () => {
    const quotes = quotesOf('Clinton appeared to oppose the effort, saying in court files that her email account was private.');
    assert.ok(quotes.some((q) => q.cue === 'appeared' && q.text === 'Clinton appeared to oppose the effort'));
    assert.ok(quotes.some((q) => q.cue === 'saying' && q.text === 'that her email account was private' && q.speaker === 'Clinton'));
  });
});

describe('quotes: participle cues joined by "and"', () => {
  it('are two attributions of the same speaker (PolNeAR: saying … and suggesting that …)', () => {
    const doc = analyze({ id: 't', date: '2016-06-15', text: 'Trump fired back with a response saying he would not support Ryan’s agenda and suggesting that politicians should do what is best for the American people.' });
    assert.deepEqual(doc.quotes.map((q) => [q.cue?.text, q.span.text]), [
      ['saying', 'he would not support Ryan’s agenda'],
      ['suggesting', 'that politicians should do what is best for the American people'],
    ]);
  });
});

describe('quotes: a participle cue after a quotation in doubled apostrophes', () => {
  it('starts an attribution of its own (PolNeAR: Mr. Ackman … adding that …)', () => {
    const doc = analyze({ id: 't', date: '2016-06-15', text: "Mr. Ackman told reporters that concerns about drug makers were ''overblown,'' adding that Valeant had ''significant upside.''" });
    assert.deepEqual(doc.quotes.map((q) => [q.cue?.text, q.span.text]), [
      ['told', "that concerns about drug makers were ''overblown,''"],
      ['adding', "that Valeant had ''significant upside.''"],
    ]);
  });
});
