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

  it('a long aside between dashes (PolNeAR: Ruth Bader Ginsburg)', () => {
    const quotes = quotesOf('The Supreme Court justice -- who has been involved in a scuffle with the presumptive Republican nominee over the past few days -- said she regretted her remarks and promised to stay out of it in the future.');
    assert.equal(quotes[0].cue, 'said');
    assert.equal(quotes[0].text, 'she regretted her remarks');
  });

  it('a relative clause holding a parenthesis (PolNeAR: Todd Wilcox)', () => {
    const quotes = quotesOf('Wilcox, whose education at the University of Tampa was paid for by the military because he participated in the Reserve Officers’ Training Corps (ROTC) program, said he’d like to see more students get opportunities like the one he had.');
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [['he’d like to see more students get opportunities like the one he had', 'Wilcox']]);
  });
});

describe('quotes: where a content of a that-verb opens', () => {
  it('not at a "that" past a comma and a conjunction (PolNeAR: Gallup)', () => {
    const quotes = quotesOf('And Gallup finds states shifting toward the GOP, but that doesn’t necessarily give Republicans an election advantage.');
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [['states shifting toward the GOP', 'Gallup']]);
  });
});

describe('quotes: a cue form that may be a noun, after a person or body noun', () => {
  it('is a verb when an object or clause follows (PolNeAR: Trump’s net worth, Gowdy’s office)', () => {
    assert.deepEqual(quotesOf('The candidate claims his net worth is in excess of $10 billion.').map((q) => [q.text, q.cue]), [['his net worth is in excess of $10 billion', 'claims']]);
    assert.deepEqual(quotesOf('Gowdy’s office calls the whole thing nothing short of an attack against the Committee’s legitimate functions.').map((q) => [q.speaker, q.cue]), [['Gowdy’s office', 'calls']]);
  });

  it('stays a noun before a verb', () => {
    assert.deepEqual(quotesOf('The committee reports were released on Tuesday.'), []);
  });
});

describe('quotes: words in -ly that are no adverbs', () => {
  it('"early" does not make a cue of the noun after it (PolNeAR: the Trump data push)', () => {
    const quotes = quotesOf('It also includes commercial data obtained from the RNC and other sources, in an effort to mobilize voters in key early states, the sources said.');
    assert.deepEqual(quotes.map((q) => [q.cue, q.speaker]), [['said', 'the sources']]);
  });
});

describe('quotes: a trailing subject with its modifiers', () => {
  it('between the comma and a verb ending the sentence (PolNeAR: disclosures, a study)', () => {
    const disclosures = quotesOf('Wealthy conservatives are helping pay for a series of last-ditch efforts to wound Donald J. Trump, disclosures filed on Sunday night revealed.');
    assert.deepEqual(disclosures.map((q) => [q.text, q.speaker]), [['Wealthy conservatives are helping pay for a series of last-ditch efforts to wound Donald J. Trump', 'disclosures filed on Sunday night']]);
    const study = quotesOf('Students in urban districts typically take 112 standardized tests by the time they graduate from high school, a study by the Council of the Great City Schools found.');
    assert.deepEqual(study.map((q) => q.text), ['Students in urban districts typically take 112 standardized tests by the time they graduate from high school']);
  });
});

describe('quotes: cue forms after an auxiliary or "to"', () => {
  it('"not yet" between the auxiliary and the verb (PolNeAR: Trump and Calderon)', () => {
    const quotes = quotesOf('Trump has not yet responded to Calderon’s remarks, although he did keep quiet.');
    assert.deepEqual(quotes.map((q) => [q.text, q.cue]), [['Calderon’s remarks', 'has not yet responded to']]);
  });

  it('a form that may be a noun is a verb after "to" when an object follows (PolNeAR: the leaders were expected to discuss)', () => {
    const quotes = quotesOf('The leaders were due to discuss the battle against the Islamic State and climate change.'); // "were expected to" is a cue of its own
    assert.ok(quotes.some((q) => q.cue === 'discuss' && q.text === 'the battle against the Islamic State and climate change'));
  });
});

describe('quotes: whose impression a verb of seeming reports', () => {
  it('a person subject holds it (PolNeAR: Clinton appeared to imply)', () => {
    const quotes = quotesOf('Hillary Clinton spoke in London. She appeared to imply that Trump, a political outsider, could ultimately lead to more radical upheaval than Clinton, the 68-year-old former secretary of state bidding to make history as America’s first female president.');
    const seeming = quotes.find((q) => q.cue === 'appeared');
    assert.equal(seeming?.speaker, 'Hillary Clinton');
  });

  it('a thing holds none', () => {
    assert.deepEqual(quotesOf('The plan seemed to work well for the campaign.').map((q) => q.speaker), [null]);
  });
});

describe('quotes: a noun of saying with its possessor', () => {
  it('takes a one-word object after its preposition (PolNeAR: Ros-Lehtinen and Curbelo)', () => {
    const quotes = quotesOf('Reps. Ileana Ros-Lehtinen and Carlos Curbelo, have been vocal in their criticism of Trump.');
    assert.deepEqual(quotes.map((q) => [q.text, q.cue]), [['Trump', 'criticism of']]);
  });

  it('but not without one', () => {
    assert.deepEqual(quotesOf('The criticism of Trump grew.'), []);
  });
});

describe('quotes: a noun of saying with no possessor, held by the clause subject', () => {
  it('the subject holds it past an apposition (PolNeAR: Barney Frank, a fierce critic of Mr. Sanders)', () => {
    const quotes = quotesOf('Barney Frank, a former Massachusetts congressman and fierce critic of Mr. Sanders and his Wall Street proposals, will be a co-chairman of the platform committee.');
    assert.deepEqual(quotes.map((q) => [q.cue, q.text, q.speaker]), [['critic of', 'Mr. Sanders and his Wall Street proposals', 'Barney Frank']]);
  });

  it('a lone sentence opener is nobody: "Elsewhere, …" leaves the attempt without a speaker and makes no person (re3d)', () => {
    const doc = analyze({ id: 't', date: '2016-10-20', text: 'Elsewhere, 15 civilians were reportedly killed and their bodies thrown into a river in an attempt to spread terror.' });
    assert.deepEqual(doc.quotes.map((q) => [q.cue?.text, q.speaker]), [['attempt', null]]);
    assert.ok(!doc.entities.some((e) => e.name === 'Elsewhere'));
  });

  it('but not when a verb of saying later in the sentence reports the clause (PolNeAR: disclosures … revealed)', () => {
    const quotes = quotesOf('Wealthy conservatives are helping pay for a series of last-ditch efforts to wound Donald J. Trump, disclosures filed on Sunday night revealed.');
    assert.deepEqual(quotes.map((q) => q.cue), ['revealed']);
  });
});

describe('quotes: a bare passive of a verb of saying', () => {
  it('reports what was asked when an infinitive follows (PolNeAR: Clinton’s speech transcripts)', () => {
    const quotes = quotesOf('Clinton has been asked to release the transcripts of these speeches.');
    assert.deepEqual(quotes.map((q) => [q.text, q.cue, q.speaker]), [['Clinton', 'has been asked', null], ['to release the transcripts of these speeches', 'has been asked', null]]);
  });

  it('stays out without one', () => {
    assert.deepEqual(quotesOf('The remarks were said in private.'), []);
  });
});

describe('quotes: what is no subject phrase (re3d)', () => {
  it('a clause after the comma is no trailing subject with modifiers', () => {
    const quotes = quotesOf('In addition to facilitating access to essential financing as Iraq addresses multiple humanitarian crises, the guarantee agreement bolsters important economic and institutional reforms aimed at consolidating a foundation for stability and growth.');
    assert.ok(quotes.every((q) => !/guarantee agreement bolsters/.test(q.speaker ?? '')));
  });
});

describe('quotes: a one-word object before a coordinated cue', () => {
  it('ends at "and" (PolNeAR: Rubio thanked Miami and said …)', () => {
    const quotes = quotesOf('Some in the crowd booed, and when Rubio thanked Miami and said it was great to be home, a man yelled “Stay there!”');
    assert.deepEqual(quotes.filter((q) => q.cue === 'thanked' || q.cue === 'said').map((q) => [q.text, q.cue]), [['Miami', 'thanked'], ['it was great to be home', 'said']]);
  });
});

describe('quotes: a fronted adjunct before the clause subject', () => {
  it('"Two weeks after …," and "Reached by POLITICO," open no subject: the speaker follows their comma', () => {
    const thomas = quotesOf('Two weeks after Justice Scalia died, Justice Clarence Thomas broke a decade-long silence by asking questions from the bench.');
    assert.deepEqual(thomas.map((q) => [q.cue, q.speaker]), [['asking', 'Clarence Thomas']]);
    const hammond = quotesOf('Reached by POLITICO, Hammond, the Indiana national committeeman, hesitated to repeat his previous criticism of the New York mogul.');
    assert.deepEqual(hammond.map((q) => [q.cue, q.speaker]), [['repeat', 'Hammond']]);
  });
});

describe('quotes: a hearsay adverb', () => {
  it('"reportedly" in a sentence with no other cue reports the sentence, said by nobody named (PolNeAR: the FBI)', () => {
    const quotes = quotesOf('The FBI is reportedly making arrangements to interview Hillary Clinton as it nears the end of its investigation.');
    assert.deepEqual(quotes.map((q) => [q.cue, q.text, q.speaker]), [['reportedly', 'The FBI is', null], ['reportedly', 'making arrangements to interview Hillary Clinton as it nears the end of its investigation', null]]);
  });

  it('but leaves a sentence with its own cue alone', () => {
    const quotes = quotesOf('Cuccinelli reportedly said the decision was a disgrace.');
    assert.deepEqual(quotes.map((q) => [q.cue, q.speaker]), [['reportedly said', 'Cuccinelli']]);
  });
});

describe('quotes: a verb of showing set between commas before a clause', () => {
  it('reports the clause after it as well (PolNeAR: F.A.A. records show)', () => {
    const quotes = quotesOf('During the same stretch, F.A.A. records show, the Cessna has flown roughly 216 hours.');
    assert.ok(quotes.some((q) => q.text === 'the Cessna has flown roughly 216 hours' && q.cue === 'show' && q.speaker === 'F.A.A. records'));
  });
});

describe('quotes: a participle aside ending in a quotation', () => {
  it('stands between the subject and its verb (PolNeAR: Mr. Manafort, citing …)', () => {
    const quotes = quotesOf("Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could be in a very competitive situation in states like Pennsylvania, Maryland and Delaware.");
    assert.ok(quotes.some((q) => q.cue === 'said' && q.speaker === 'Manafort' && q.text.startsWith('the candidate could be in a very competitive situation')));
  });
});

describe('quotes: a name ending in a word that may open a noun phrase', () => {
  it('is the subject of the verb after it (PolNeAR: Islamic State said)', () => {
    const quotes = quotesOf('The Islamic State said the two were its followers.');
    assert.deepEqual(quotes.map((q) => [q.cue, q.text]), [['said', 'the two were its followers']]);
  });
});

describe('quotes: a word capitalized only as the first of its sentence, then a comma', () => {
  it('is no name in apposition to the speaker but part of the content (PolNeAR: Survival, VandeHei says, …)', () => {
    const quotes = quotesOf('Survival, Jim VandeHei says, depends on giving readers what they really want.');
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [['Survival', 'Jim VandeHei'], ['depends on giving readers what they really want', 'Jim VandeHei']]);
  });
});

describe('quotes: an aside holding an attribution of its own', () => {
  it('leaves the phrase before it the subject of the verb after it (PolNeAR: Priebus, in the wake of a new poll showing …, told)', () => {
    const quotes = quotesOf('Priebus, in the wake of a new poll showing Trump losing ground, told reporters that the party was united.');
    assert.deepEqual(quotes.map((q) => [q.cue, q.text, q.speaker]), [['showing', 'Trump losing ground', 'a new poll'], ['told', 'that the party was united', 'Priebus']]);
  });
});

describe('quotes: a participle cue in an aside between the subject and its verb', () => {
  it('is an attribution of the same speaker (PolNeAR: The Journal, citing internal documents, reported)', () => {
    const quotes = quotesOf('The Journal, citing internal documents, reported that the campaign is spending more than it takes in.');
    assert.deepEqual(quotes.map((q) => [q.cue, q.text, q.speaker]), [['citing', 'internal documents', 'Journal'], ['reported', 'that the campaign is spending more than it takes in', 'Journal']]);
  });

  it('but not one that says how the speaker speaks (PolNeAR: McKeague, writing for the majority, said)', () => {
    const quotes = quotesOf('McKeague, writing for the majority, said the law was valid.');
    assert.deepEqual(quotes.map((q) => q.cue), ['said']);
  });
});

describe('quotes: a second subject and its verb inside a content', () => {
  it('ends the content before a subject holding "of" (PolNeAR: 75 percent of Democrats said yes)', () => {
    const quotes = quotesOf('Most voters said the economy was weak, while 75 percent of Democrats said it was strong.');
    assert.deepEqual(quotes.map((q) => [q.cue, q.text]), [['said', 'the economy was weak'], ['said', 'it was strong']]);
  });
});
