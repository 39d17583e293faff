import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadAcceptance } from '../src/eval/acceptance-file.js';
import { runAcceptance } from '../src/eval/acceptance.js';
import { analyze } from '../src/extract/index.js';
import type { Quote } from '../src/extract/contract.js';
import { KHERSON_ACCEPTANCE_PATH, readKherson } from './kherson-article.js';

function quotesOf(text: string) {
  const doc = analyze({ id: 't', date: '2022-11-11', text });
  return doc.quotes.map((q: Quote) => ({
    text: q.span.text,
    direct: q.direct,
    speaker: q.speaker ? doc.getEntity(q.speaker)!.name : null,
    kind: q.speaker ? doc.getEntity(q.speaker)!.kind : null,
    cue: q.cue?.text,
    channel: q.channel,
  }));
}

describe('quotes: direct quotations in every style', () => {
  const styles: [string, string][] = [
    ['“', '”'],
    ['"', '"'],
    ['«', '»'],
    ['„', '“'],
    ['‘', '’'],
  ];
  for (const [open, close] of styles) {
    it(`${open}…${close}`, () => {
      const [q] = quotesOf(`${open}We will hold the line at any cost,${close} the commander said.`);
      assert.equal(q.text, `${open}We will hold the line at any cost,${close}`);
      assert.equal(q.direct, true);
      assert.equal(q.cue, 'said');
      assert.equal(q.speaker, 'the commander');
    });
  }

  it('a quotation running over two paragraphs continues when the next paragraph opens with a quotation mark', () => {
    const text = 'Mayor Ivan Petrenko said: “The shelling lasted all night. Three houses burned.\n\n“We have no water and no power.”';
    const quotes = quotesOf(text);
    assert.equal(quotes.length, 1);
    assert.ok(quotes[0].text.startsWith('“The shelling'));
    assert.ok(quotes[0].text.endsWith('no power.”'));
    assert.equal(quotes[0].speaker, 'Ivan Petrenko');
    assert.equal(quotes[0].direct, true);
  });

  it('a quotation split by its attribution gives two quotes with one cue and one speaker', () => {
    const quotes = quotesOf('“There can be no change,” Dmitri Peskov added, “whatever happens in the region.”');
    assert.equal(quotes.length, 2);
    assert.deepEqual(
      quotes.map((q) => [q.speaker, q.cue]),
      [
        [quotes[0].speaker, 'added'],
        [quotes[0].speaker, 'added'],
      ],
    );
    assert.match(quotes[0].speaker!, /Peskov/);
    assert.equal(quotes[1].text, '“whatever happens in the region.”');
  });

  it('a short scare-quoted phrase without a cue is no quote', () => {
    assert.deepEqual(quotesOf('The so-called “referendum” took place on Friday.'), []);
  });
});

describe('quotes: indirect speech', () => {
  it('"X claimed that …": the that-clause, an institution as speaker', () => {
    const [q] = quotesOf('The Ukrainian Armed Forces have claimed that they have regained control of twelve towns.');
    assert.equal(q.text, 'that they have regained control of twelve towns');
    assert.equal(q.direct, false);
    assert.equal(q.cue, 'have claimed');
    assert.equal(q.kind, 'organization');
    assert.match(q.speaker!, /Armed Forces/);
  });

  it('"…, X said." with a title before the name', () => {
    const [q] = quotesOf('Two drones were shot down over the city overnight, regional governor Oleh Syniehubov said.');
    assert.equal(q.text, 'Two drones were shot down over the city overnight');
    assert.equal(q.speaker, 'Oleh Syniehubov');
    assert.equal(q.kind, 'person');
  });

  it('"according to X, …" and "…, according to X"', () => {
    const [a] = quotesOf('According to the General Staff, Russian forces lost 300 soldiers on Monday.');
    assert.equal(a.text, 'Russian forces lost 300 soldiers on Monday');
    assert.equal(a.cue, 'According to');
    const [b] = quotesOf('Russian forces lost 300 soldiers on Monday, according to the General Staff.');
    assert.equal(b.text, 'Russian forces lost 300 soldiers on Monday');
    assert.match(b.speaker!, /General Staff/);
  });

  it('"according to a Florida Highway Patrol report": the named publisher of a document is the source; "the survey" stays the source', () => {
    const [report] = quotesOf('The driver was thrown from the car on U.S. 27A, according to a Florida Highway Patrol report.');
    assert.equal(report.speaker, 'Florida Highway Patrol');
    const [survey] = quotesOf('Turnout fell by a third in the capital, according to the survey.');
    assert.match(survey.speaker!, /survey/);
  });

  it('"X told reporters …" names the press_conference channel', () => {
    const [q] = quotesOf('Defense Secretary Lloyd Austin told reporters that more air defense systems were on their way.');
    assert.equal(q.text, 'that more air defense systems were on their way');
    assert.equal(q.speaker, 'Lloyd Austin');
    assert.equal(q.channel, 'press_conference');
  });

  it('an apposition before the cue: "The commander, Valeri Zaluzhni, has indicated … that"', () => {
    const [q] = quotesOf('The Commander-in-Chief of the Ukrainian Armed Forces, Valeri Zaluzhni, has indicated in a message on his Telegram account that troops have recaptured 41 settlements.');
    assert.match(q.speaker!, /Zaluzhn/);
    assert.equal(q.cue, 'has indicated');
    assert.equal(q.channel, 'telegram');
    assert.equal(q.text, 'that troops have recaptured 41 settlements');
  });

  it('a name opened by "the" in apposition after a description: "Hamas\'s armed wing, the Qassam Brigades, said its fighters …" reports what follows', () => {
    for (const text of ["Hamas's armed wing, the Qassam Brigades, said its fighters had clashed with Israeli forces.", "The armed wing, the Qassam Brigades, said that its fighters had clashed with Israeli forces."]) {
      const quotes = quotesOf(text);
      assert.deepEqual(quotes.map((q) => q.text), [text.includes('that') ? 'that its fighters had clashed with Israeli forces' : 'its fighters had clashed with Israeli forces'], text);
    }
  });

  it('a phrase cue whose preposition opens a time phrase: "called on Sunday for a ceasefire" is "called … for"; "weighed in Friday about" keeps its particle', () => {
    assert.deepEqual(quotesOf('Antonio Guterres called on Sunday for a humanitarian ceasefire.').map((q) => [q.cue, q.text]), [['called on Sunday for', 'a humanitarian ceasefire']]);
    assert.deepEqual(quotesOf('Antonio Guterres called on Israel to allow aid into Gaza.').map((q) => [q.cue, q.text]), [['called on', 'Israel to allow aid into Gaza']]);
    assert.deepEqual(quotesOf('Other officials weighed in Friday about whether the video should be released.').map((q) => q.cue), ['weighed in']);
  });

  it('an -ed form after a noun inside a prepositional phrase modifies the noun: "in a video posted on Telegram" is no quote of "a video", and no end of the content', () => {
    assert.deepEqual(quotesOf('Abu Obeida said in a video posted on Telegram.').map((q) => q.speaker), []);
    assert.deepEqual(quotesOf('Abu Obeida said in a video posted on Telegram that the attack had failed.').map((q) => [q.speaker, q.cue, q.channel, q.text]), [['Abu Obeida', 'said', 'telegram', 'that the attack had failed']]);
    assert.deepEqual(quotesOf('The group posted on Telegram that the attack had failed.').map((q) => q.cue), ['posted']);
  });

  it('an alias aside is stepped over to the subject and is no attribution: "Mohamed Hamdan Dagalo, known as Hemedti, said in a post on Twitter that …"', () => {
    assert.deepEqual(quotesOf('RSF leader Mohamed Hamdan Dagalo, known as Hemedti, said in a post on Twitter that his forces controlled the palace.').map((q) => [q.speaker, q.cue, q.channel, q.text]), [['Mohamed Hamdan Dagalo', 'said', 'twitter', 'that his forces controlled the palace']]);
    assert.deepEqual(quotesOf('The region is known as the Poorhouse of the Caribbean.').map((q) => q.cue), ['is known as']);
  });

  it('a time alone after a closing cue is no content: "…, the syndicate said a day later." reports the clause before; "said two days ago that …" the clause after', () => {
    assert.deepEqual(quotesOf('More than 100 people had been killed, the syndicate said a day later.').map((q) => q.text), ['More than 100 people had been killed']);
    assert.deepEqual(quotesOf('The syndicate said two days ago that the talks had failed.').map((q) => q.text), ['that the talks had failed']);
    assert.deepEqual(quotesOf('He said a day later.'), []);
  });

  it('a body a person\'s possessive names speaks for itself, of the person\'s country: "Zelensky\'s office said …"', () => {
    const doc = analyze({ id: 't', date: '2022-09-21', text: "Ukrainian President Volodymyr Zelensky's office said the move showed Moscow was losing." });
    const speaker = doc.getEntity(doc.quotes[0].speaker!)!;
    assert.deepEqual([speaker.kind, speaker.name, speaker.country], ['organization', "Volodymyr Zelenskyy's office", 'UKR']);
  });

  it('channels of video, news agencies and newspapers: "in a video address", "told the Interfax news agency", "told the Yedioth newspaper"; a platform named with the video wins', () => {
    const channel = (text: string) => quotesOf(text).map((q) => q.channel);
    assert.deepEqual(channel('Zelensky said in a video address that the army held.'), ['video']);
    assert.deepEqual(channel('Peskov told the Interfax news agency that the Kremlin was ready.'), ['news_agency']);
    assert.deepEqual(channel('Netanyahu told the Yedioth newspaper that the war would go on.'), ['newspaper']);
    assert.deepEqual(channel('Hamas said in a video posted on Telegram that its fighters attacked.'), ['telegram']);
  });

  it('a platform after "on" is where, never who speaks: "Musk posted a message on X saying …" is Musk\'s, on Twitter', () => {
    assert.deepEqual(quotesOf('Elon Musk posted a message on X saying the deal was off.').map((q) => [q.speaker, q.cue, q.channel]), [['Elon Musk', 'saying', 'twitter']]);
  });

  it('the listener after "told" is no part of a bare clause it reports: "told AFP they feared …", "told the BBC on Monday the talks had failed"', () => {
    assert.deepEqual(quotesOf('Residents told AFP they feared new strikes.').map((q) => q.text), ['they feared new strikes']);
    assert.deepEqual(quotesOf('He told the BBC on Monday the talks had failed.').map((q) => q.text), ['the talks had failed']);
    assert.deepEqual(quotesOf('He told his aides to leave.').map((q) => q.text), ['his aides to leave']);
  });

  it('a title after a place in a speaker phrase names a person, a body noun there a body: "Russia\'s president said", "The Kherson authorities said"', () => {
    assert.deepEqual(quotesOf("Russia's president said the war would go on.").map((q) => q.kind), ['person']);
    assert.deepEqual(quotesOf('The Kherson authorities said two people died.').map((q) => q.kind), ['organization']);
  });

  it('a mixed quote is reported speech; a mostly quoted content is direct', () => {
    const [mixed] = quotesOf('For Kyiv, this withdrawal is an “important victory” and proves that the army is strong, Dmytro Kuleba said on Twitter.');
    assert.equal(mixed.direct, false);
    assert.equal(mixed.channel, 'twitter');
    const [mostly] = quotesOf('The Kherson region “is an issue of the Russian Federation,” Kremlin spokesman Dmitri Peskov said.');
    assert.equal(mostly.direct, true);
    assert.match(mostly.speaker!, /Peskov/);
  });

  it('passives and nouns are no cues', () => {
    assert.deepEqual(quotesOf('The body was found near the river after the flood.'), []);
    assert.deepEqual(quotesOf('The report on the shelling was published in Kyiv.'), []);
  });
});

describe('quotes: round 2 frames and boundaries', () => {
  it("two apostrophes ('') are one double quotation mark, and a continuation shares the cue", () => {
    const qs = quotesOf("The talks failed. ''We will keep fighting,'' the commander said. ''Nobody here will ever surrender.''");
    assert.equal(qs.length, 2);
    assert.equal(qs[0].text, "''We will keep fighting,''");
    assert.equal(qs[0].speaker, 'the commander');
    assert.equal(qs[1].text, "''Nobody here will ever surrender.''");
    assert.equal(qs[1].cue, 'said');
    assert.equal(qs[1].speaker, 'the commander');
  });

  it("a doubled apostrophe after a plural closes the quotation (no possessive: ''the open process'')", () => {
    const qs = quotesOf("The minister said the army was ''committed to an open process'' to end the siege. ''Both sides will be represented,'' the envoy said.");
    assert.equal(qs.length, 2);
    assert.equal(qs[0].text, "the army was ''committed to an open process'' to end the siege");
    assert.equal(qs[1].text, "''Both sides will be represented,''");
    assert.equal(qs[1].speaker, 'the envoy');
  });

  it('an aside before ", said X." ends the content; it does not stand between a subject and its verb', () => {
    const [q] = quotesOf('The offensive would stretch the army thin, forcing it to fight on two fronts, said Michael Kofman, a military analyst.');
    assert.equal(q.text, 'The offensive would stretch the army thin, forcing it to fight on two fronts');
    assert.equal(q.speaker, 'Michael Kofman');
  });

  it('the last name of a list before ", X said." is no apposition of the speaker', () => {
    const [q] = quotesOf('The army retook the towns of Izium and Lyman, Kofman said.');
    assert.equal(q.text, 'The army retook the towns of Izium and Lyman');
    assert.equal(q.speaker, 'Kofman');
    const [r] = quotesOf('United States Citizenship and Immigration Services, the agency that oversees the program, said it was taking steps.');
    assert.match(r.speaker ?? '', /Immigration Services/);
  });

  it('a description joined by "of" or "and", or holding a capitalised word, may stand before an inverted speaker', () => {
    const [q] = quotesOf('"Thanks for welcoming these refugees," said master of ceremonies Asab Al-Tabchi.');
    assert.equal(q.text, '"Thanks for welcoming these refugees,"');
    assert.match(q.speaker ?? '', /Asab Al-Tabchi$/);
    const [r] = quotesOf('The firm lobbied for the hotels, said lobbyist and GOP strategist Charlie Black, a former partner.');
    assert.equal(r.text, 'The firm lobbied for the hotels');
    assert.match(r.speaker ?? '', /Charlie Black$/);
  });

  it('a fronted phrase before "X said …" is not the content', () => {
    const [q] = quotesOf('At the briefing, the minister said the bridge had been destroyed.');
    assert.equal(q.text, 'the bridge had been destroyed');
    assert.equal(q.speaker, 'the minister');
  });

  it('an aside between commas, a parenthesis and a lowercase apposition are stepped over to the subject', () => {
    assert.equal(quotesOf('Olena Kovalenko, in her report, said the shelling had stopped.')[0].speaker, 'Olena Kovalenko');
    assert.equal(quotesOf('Sen. Jack Reed (D-R.I.) said the aid package would pass.')[0].speaker, 'Jack Reed');
    assert.equal(quotesOf('Ivan Petrov, its chief executive officer, said the plant was closed.')[0].speaker, 'Ivan Petrov');
    assert.equal(quotesOf('Ivan Petrov, who runs the plant, said it was closed for good.')[0].speaker, 'Ivan Petrov');
  });

  it('intentions and stances: "declined to", "endorsed", a naming', () => {
    const declined = quotesOf('The ministry declined to comment on the strike.');
    assert.equal(declined[0].text, 'to comment on the strike');
    assert.equal(declined[0].speaker, 'The ministry');
    assert.equal(quotesOf('The governor endorsed the ceasefire plan.')[0].text, 'the ceasefire plan');
    assert.equal(quotesOf('The mayor called the attack “a war crime”.')[0].text, 'the attack “a war crime”');
    assert.equal(quotesOf('The president called the mayor on Tuesday.').length, 0);
  });

  it('"X did A and said B" shares the subject; "says A and says B" gives two contents', () => {
    const [q] = quotesOf('The general visited the front and said the line was holding.');
    assert.equal(q.text, 'the line was holding');
    assert.equal(q.speaker, 'The general');
    const two = quotesOf('The mayor says the water is back and says the power will follow.');
    assert.deepEqual(two.map((x) => x.text), ['the water is back', 'the power will follow']);
  });

  it('a "Name: …" headline line attributes what follows the colon', () => {
    const [q] = quotesOf('Zelensky: Kherson Is Ours Again\n\nThe city was retaken on Friday.');
    assert.equal(q.text, 'Kherson Is Ours Again');
    assert.equal(q.speaker, 'Volodymyr Zelenskyy'); // the names stage knows him
    assert.equal(quotesOf('UPDATE: The bridge was closed on Friday.').length, 0);
  });

  it('"X seemed to …" is an impression without a speaker', () => {
    const [q] = quotesOf('The offensive seemed to stall near the river.');
    assert.equal(q.text, 'The offensive seemed to stall near the river');
    assert.equal(q.speaker, null);
  });

  it('a quotation ending on "?" keeps its attribution in the next sentence', () => {
    const [q] = quotesOf('“Who will pay for the damage?” the mayor asked.');
    assert.equal(q.text, '“Who will pay for the damage?”');
    assert.equal(q.speaker, 'the mayor');
  });
});

describe('quotes: speakers', () => {
  it('he resolves to the latest person', () => {
    const quotes = quotesOf('“The region is ours,” Kremlin spokesman Dmitri Peskov said. “There can be no change,” he added.');
    assert.equal(quotes.length, 2);
    assert.match(quotes[1].speaker!, /Peskov/);
    assert.equal(quotes[1].cue, 'added');
  });

  it('they resolves to the latest organization', () => {
    const quotes = quotesOf('The authorities said that the bridge was closed. They added that repairs would take a week.');
    assert.equal(quotes.length, 2);
    assert.equal(quotes[1].speaker, 'The authorities');
    assert.equal(quotes[1].kind, 'organization');
  });

  it('a surname alone reuses the person named in full', () => {
    const doc = analyze({ id: 't', date: '2022-11-11', text: 'Dmytro Kuleba said that talks were over. Later, Kuleba said that a new round was possible.' });
    assert.equal(doc.quotes.length, 2);
    assert.equal(doc.quotes[0].speaker, doc.quotes[1].speaker);
  });
});

describe('quotes: channels', () => {
  const cases: [string, string][] = [
    ['in a message on his Telegram account', 'telegram'],
    ['on Facebook', 'facebook'],
    ['on social media', 'social_media'],
    ['in a statement', 'statement'],
    ['at a press conference', 'press_conference'],
    ['in an interview', 'interview'],
    ['on state TV', 'television'],
    ['on its website', 'website'],
  ];
  for (const [phrase, channel] of cases) {
    it(`${phrase} → ${channel}`, () => {
      const [q] = quotesOf(`The air defence shot down 20 missiles overnight, the ministry said ${phrase}.`);
      assert.equal(q.channel, channel);
    });
  }
});

describe('quotes: attribution shapes of news language', () => {
  const find = (text: string, content: string) => quotesOf(text).find((q) => q.text === content);

  it('an attribution set between commas inside its content gives both halves', () => {
    const quotes = quotesOf('In his state, Christie said, nonviolent first-time drug offenders are sent to treatment.');
    assert.deepEqual(quotes.map((q) => q.text), ['In his state', 'nonviolent first-time drug offenders are sent to treatment']);
    assert.ok(quotes.every((q) => q.cue === 'said' && q.speaker === 'Christie'));
  });

  it('a question put to someone ("Asked whether …") is content without a source', () => {
    const q = find('Asked whether he would run again, the senator smiled.', 'whether he would run again');
    assert.ok(q);
    assert.equal(q.speaker, null);
  });

  it('"according to" opening a sentence takes its whole source phrase up to the comma', () => {
    const q = find('According to early results of exit polls conducted by Edison Research for the networks, most voters were black.', 'most voters were black');
    assert.ok(q);
    assert.equal(q.cue, 'According to');
  });

  it('a closing "according to" attributes the whole sentence, a reported saying included', () => {
    const [q] = quotesOf('About four in 10 said the items are often too costly, according to the survey.');
    assert.equal(q.text, 'About four in 10 said the items are often too costly');
    assert.equal(q.cue, 'according to');
  });

  it('a record ("In a CNN poll, …") reports the clause after it', () => {
    const q = find('In an NBC News poll released Monday, 50 percent of respondents chose Clinton.', '50 percent of respondents chose Clinton');
    assert.ok(q);
  });

  it('a name and a colon before a quotation inside a paragraph: "- Mark Blumenthal: “…”"', () => {
    const q = find('NOT WRONG, JUST EARLY - Mark Blumenthal: “The polls ended too early to see the surge.”', '“The polls ended too early to see the surge.”');
    assert.ok(q);
    assert.equal(q.speaker, 'Mark Blumenthal');
  });

  it('a noun of saying or intending with its possessor: "Trump’s claim that …"', () => {
    const q = find('The crowd cheered Trump’s claim that Mexico would pay for the wall.', 'that Mexico would pay for the wall');
    assert.ok(q);
    assert.match(q.speaker ?? '', /Trump$/);
    assert.equal(quotesOf('The idea that thousands of people cheered spread fast.').length, 0);
  });

  it('a "that"-verb takes a clause without "that" when a subject and a verb follow', () => {
    const q = find('Chris Christie hopes his latest celebrity endorsement will give him a boost.', 'his latest celebrity endorsement will give him a boost');
    assert.ok(q);
    assert.equal(q.speaker, 'Chris Christie');
  });

  it('a verb of saying that may be a noun is no cue in a noun phrase', () => {
    assert.equal(quotesOf('The United States began conducting airstrikes on Islamic State targets in 2014.').length, 0);
    // "support" is no verb here; the backing Rubio won is an attribution of its own, whose source follows "from"
    assert.deepEqual(quotesOf('But Rubio has won overwhelming support from members of Congress.').map((q) => [q.text, q.cue]), [['Rubio', 'won overwhelming support from']]);
    assert.equal(quotesOf('Men under 35 support Sanders by 4 percentage points.').length, 1);
  });

  it('a cue form that may be a noun is a verb before an object pronoun (PolNeAR: "Video of the incident shows him …")', () => {
    const [quote] = quotesOf('Video of the incident shows him with his hands in the air.');
    assert.equal(quote?.cue, 'shows');
    assert.equal(quote?.text, 'him with his hands in the air');
  });

  it('a name ending in -ly is no adverb: "Kelly said that …"', () => {
    const [q] = quotesOf('Kelly said that the numbers changed over the summer.');
    assert.equal(q.text, 'that the numbers changed over the summer');
    assert.equal(q.speaker, 'Kelly');
  });

  it('a quotation then a speaker and a verb of any manner of speaking', () => {
    const [q] = quotesOf('He came to the rally. “Go back to Univision,” Trump barked.');
    assert.equal(q.text, '“Go back to Univision,”');
    assert.equal(q.cue, 'barked');
    assert.match(q.speaker ?? '', /Trump/);
  });

  it('a quotation then a past form of writing that does not end in "-ed": "“…,” read one."', () => {
    const q = quotesOf('Planes flew over the parade. “America is great! Trump is disgusting,” read one.').find((x) => x.cue === 'read');
    assert.equal(q?.text, '“America is great! Trump is disgusting,”');
  });

  it('verbs of titling, nominating and pleading are cues: "a book titled “…”", "nominated Judge Merrick Garland", "pleaded guilty to …"', () => {
    assert.match(quotesOf("Her new book is a memoir titled ''The Day of the Donald,'' due in May.").find((q) => q.cue === 'titled')?.text ?? '', /^''The Day of the Donald,''/);
    assert.match(quotesOf('Obama nominated Judge Merrick Garland to fill the vacant seat.').find((q) => q.cue === 'nominated')?.text ?? '', /^Judge Merrick Garland/);
    assert.match(quotesOf('Petraeus pleaded guilty to a misdemeanor charge of mishandling classified information.').find((q) => q.cue === 'pleaded')?.text ?? '', /guilty to a misdemeanor charge/);
  });

  it('verbs of approving, negotiating and persuading take their object as content: "the committee approved a bill …"', () => {
    assert.match(quotesOf('The House Financial Services Committee approved a bill designed to hamstring the agency.').find((q) => q.cue === 'approved')?.text ?? '', /^a bill designed/);
    assert.match(quotesOf('Kerry negotiated a ceasefire with the Russians last year.').find((q) => q.cue === 'negotiated')?.text ?? '', /^a ceasefire/);
  });

  it('verbs taking a stance on their object are target cues: "insulted a Gold Star family", "contradicted the claim"', () => {
    assert.match(quotesOf('Trump insulted a Gold Star family at the convention.').find((q) => q.cue === 'insulted')?.text ?? '', /^a Gold Star family/);
    assert.match(quotesOf('The report contradicted the claim that the border was secure.').find((q) => q.cue === 'contradicted')?.text ?? '', /^the claim/);
  });

  it('a verb and its preposition make one cue: "boasted of", "wrote about"', () => {
    assert.equal(quotesOf('The candidate boasted of his negotiating skills.').find((q) => q.cue === 'boasted of')?.text, 'his negotiating skills');
    assert.equal(quotesOf('Fiorina wrote about her battle with cancer.').find((q) => q.cue === 'wrote about')?.text, 'her battle with cancer');
  });

  it('a content stops where another speaker’s attribution starts', () => {
    const [q] = quotesOf('Some 30 percent said they were more likely to vote for him, while 9 percent found it a deterrent.');
    assert.equal(q.text, 'they were more likely to vote for him');
  });

  it('a capitalized label opening several paragraphs is a transcript speaker, a lone dateline is not', () => {
    const quotes = quotesOf('PENCE: Well, look, she wants a bigger government.\n\nKAINE: You have got to answer this.\n\nPENCE: I will answer it right now.\n\nWASHINGTON: The debate went on for hours.');
    assert.deepEqual(quotes.map((q) => q.text), ['Well, look, she wants a bigger government', 'I will answer it right now']);
    assert.ok(quotes.every((q) => q.speaker?.toLowerCase() === 'pence'));
  });

  it('a quotation signed with a dash and a name is that person’s', () => {
    const quotes = quotesOf('Readers sent in their views.\n\n“He is ignorant of our culture. He makes blanket statements about people.” ― Pamela Padilla\n\n“Maybe we can build a wall around him.”― Steve Quinlan.');
    assert.deepEqual(quotes.map((q) => [q.speaker, q.direct]), [['Pamela Padilla', true], ['Steve Quinlan', true]]);
    assert.equal(quotes[0].text, '“He is ignorant of our culture. He makes blanket statements about people.”');
  });

  it('transcript lines opening with a quotation mark are one quote each, a nested quotation inside', () => {
    const text = 'Partial transcript as follows:\n\n"WALLACE: Why would Trump do that? Will she be there tomorrow night?\n\n"PENCE: Well, she apparently thinks this is an episode of “Shark Tank.” But this is America, Chris.\n\n"WALLACE: Governor, I want to try to get an answer.\n\n"PENCE: Sure, I will answer it right now.';
    const quotes = quotesOf(text);
    assert.deepEqual(quotes.map((q) => q.speaker), ['WALLACE', 'PENCE', 'WALLACE', 'PENCE']);
    assert.ok(quotes[1].text.endsWith('But this is America, Chris.'), quotes[1].text);
  });

  it('an aside between commas opening with "including" or a participle stands between the subject and its verb', () => {
    const [unions] = quotesOf('Other major unions, including the American Federation of Teachers and the AFL-CIO, have also endorsed Clinton in the race.');
    assert.equal(unions.speaker, 'Other major unions');
    const [judge] = quotesOf('Circuit Court Judge David McKeague, writing for the majority in the 2-1 decision, said the early voting period is really quite generous.');
    assert.equal(judge.speaker, 'David McKeague');
    assert.equal(judge.text, 'the early voting period is really quite generous');
  });

  it('a name alone can be what a verb of backing or opposing is about', () => {
    const [q] = quotesOf('About a dozen people demonstrated outside the Dallas Morning News after it backed Clinton.');
    assert.equal(q.text, 'Clinton');
    assert.equal(q.cue, 'backed');
  });

  it('a name after a preposition is no subject before the comma ("exports to Mexico, the report says")', () => {
    const [q] = quotesOf('Six million American jobs also depend on exports to Mexico, the report says.');
    assert.equal(q.text, 'Six million American jobs also depend on exports to Mexico');
    assert.equal(q.speaker, 'the report');
  });

  it('a subject may carry a prepositional phrase after its head', () => {
    const [morgan] = quotesOf('“It was the least bad outcome,” Mr. Morgan of the Sierra Club said.');
    assert.match(morgan.speaker ?? '', /Morgan/);
    const [analysis] = quotesOf('Donations to super PACs hit nearly $1.1 billion through the end of August, a newspaper analysis of newly filed campaign-finance reports shows.');
    assert.equal(analysis.text, 'Donations to super PACs hit nearly $1.1 billion through the end of August');
    assert.equal(analysis.cue, 'shows');
  });

  it('a name with a parenthesis, or an apposition opening with a possessive, still heads the subject', () => {
    const [cummings] = quotesOf('Rep. Elijah Cummings (D-Md.), chair of the Platform Committee, said that the process would be open and transparent.');
    assert.equal(cummings.speaker, 'Elijah Cummings');
    assert.equal(cummings.text, 'that the process would be open and transparent');
    const [devine] = quotesOf("Tad Devine, Sanders' senior media adviser, said Republicans are engaged in misguided mischief.");
    assert.match(devine.speaker ?? '', /Devine/);
    assert.equal(devine.text, 'Republicans are engaged in misguided mischief');
  });

  it('a content ends before a participle clause after a comma', () => {
    const [q] = quotesOf('Cruz denied that waterboarding constitutes torture, appearing to rely on a discredited definition of the term.');
    assert.equal(q.text, 'that waterboarding constitutes torture');
  });

  it('a passive reporting verb with its agent: the agent speaks, the subject is the content', () => {
    const [q] = quotesOf('The registration issue was first reported by The Washington Post.');
    assert.equal(q.text, 'The registration issue');
    assert.match(q.speaker ?? '', /Washington Post/);
    assert.equal(q.cue, 'was first reported by');
  });

  it('a long sentence whose reporting verb a comma ends attributes the quotation before it', () => {
    const [q] = quotesOf("“What does that mean, he kept the country safe after 9/11?” Mr. Trump asked, repeating a broadside that he had used in the Republican debate on Saturday night in South Carolina.");
    assert.equal(q.text, '“What does that mean, he kept the country safe after 9/11?”');
    assert.match(q.speaker ?? '', /Trump/);
  });

  it('a sentence with a quotation of its own is not the attribution of the quotation before it', () => {
    const quotes = quotesOf('Donald Trump said Hillary Clinton "caused death." Bernie Sanders called Trump a "pathological liar."');
    assert.deepEqual(quotes.map((q) => [q.speaker, q.text]), [['Donald Trump', 'Hillary Clinton "caused death."'], ['Bernie Sanders', 'Trump a "pathological liar."']]);
  });

  it('a content ends where a subordinate clause brings its own attribution', () => {
    const quotes = quotesOf('Netanyahu said late Wednesday that he would go ahead with the meeting, although he tweeted that he “rejects the latest comments about Muslims.”');
    assert.deepEqual(quotes.map((q) => [q.cue, q.text]), [['said', 'that he would go ahead with the meeting'], ['tweeted', 'that he “rejects the latest comments about Muslims.”']]);
  });

  it('a cue word after a possessive is a noun: "Editor’s note:" attributes nothing to an editor', () => {
    const quotes = quotesOf('Editor’s note: Donald Trump regularly incites political violence and is a serial liar.');
    assert.deepEqual(quotes, []);
  });

  it('"since" can stand after an auxiliary of a reporting verb', () => {
    const quotes = quotesOf('Clinton has since stressed that she did not send any classified information.');
    assert.deepEqual(quotes.map((q) => [q.speaker, q.cue, q.text]), [['Clinton', 'has since stressed', 'that she did not send any classified information']]);
  });

  it('an inverted question has no subject: "did you discuss Aleppo?" attributes nothing', () => {
    assert.deepEqual(quotesOf('QUESTION: Secretary Kerry, did you discuss Aleppo? Were there any agreements?'), []);
  });

  it('a thing someone owns is no antecedent of a speaking "which"', () => {
    const quotes = quotesOf('I welcome the Board of Inquiry’s report, which found that the aid convoy was attacked from the air.');
    assert.equal(quotes.length, 1);
    assert.notEqual(quotes[0].speaker, 'Inquiry’s report');
  });

  it('a passive reporting verb before "that": its subject holds a conviction, else nobody named is the source', () => {
    const [ackman] = quotesOf('But Mr. Ackman is convinced that Valeant will be a comeback story.');
    assert.match(ackman.speaker ?? '', /Ackman/);
    assert.equal(ackman.text, 'that Valeant will be a comeback story');
    const [reported] = quotesOf('It was widely reported that Mr. Trump paid $100 million for the jet.');
    assert.equal(reported.speaker, null);
    assert.equal(reported.text, 'that Mr. Trump paid $100 million for the jet');
    assert.deepEqual(quotesOf('The plan was found to be illegal by the court.'), []);
  });

  it('"according to" is no infinitive marker, and its source may hold a slash', () => {
    const quotes = quotesOf('Clinton leads Sanders by 271 pledged delegates according to a count by The Associated Press.');
    assert.deepEqual(quotes.map((q) => [q.cue, q.text]), [['according to', 'Clinton leads Sanders by 271 pledged delegates']]);
    const [poll] = quotesOf('According to a Reuters/Ipsos poll, the two candidates are in a dead heat nationally.');
    assert.equal(poll.text, 'the two candidates are in a dead heat nationally');
  });

  it('a negated auxiliary belongs to the cue, not to the speaker', () => {
    const [q] = quotesOf('Party leaders don’t think the plan will survive a vote.');
    assert.equal(q.cue, 'don’t think');
    assert.equal(q.speaker, 'Party leaders');
    assert.equal(q.text, 'the plan will survive a vote');
  });

  it('a dateline is not part of the speaker', () => {
    const [q] = quotesOf('WASHINGTON — Sen. Chuck Grassley said that the hearings would go ahead.');
    assert.equal(q.speaker, 'Chuck Grassley');
  });
});

describe('quotes: PolNeAR round (subjects, marks, nested attributions)', () => {
  it("three apostrophes close a nested single quotation and the double one: ''…'Kosovo is a special case,'''", () => {
    const quotes = quotesOf("''We are told all the time, 'Kosovo is a special case,''' Mr. Putin said. ''It is all lies.''");
    assert.deepEqual(quotes.map((q) => [q.speaker, q.text]), [
      ['Vladimir Putin', "''We are told all the time, 'Kosovo is a special case,'''"],
      ['Vladimir Putin', "''It is all lies.''"],
    ]);
  });

  it('an opening mark typed as the closing one still closes the quotation', () => {
    const [q] = quotesOf('“The reality is, if Mrs. Clinton loses Iowa, that could create new problems for her here,“ said Jim Clyburn.');
    assert.equal(q.text, '“The reality is, if Mrs. Clinton loses Iowa, that could create new problems for her here,“');
    assert.equal(q.speaker, 'Jim Clyburn');
  });

  it('"Senator X of Texas, the No. 2 Republican …, said" and "X, of RBC Capital Markets, said": the name is the speaker', () => {
    const [cornyn] = quotesOf('Senator John Cornyn of Texas, the No. 2 Republican in the Senate, said the chamber will most likely vote on four gun control measures on Monday.');
    assert.equal(cornyn.speaker, 'John Cornyn');
    assert.equal(cornyn.text, 'the chamber will most likely vote on four gun control measures on Monday');
    const [mahaney] = quotesOf("''We regularly survey advertisers,'' Mr. Mahaney, of RBC Capital Markets, said.");
    assert.equal(mahaney.speaker, 'Mahaney');
    const [gidley] = quotesOf('Hogan Gidley, a former executive director of the South Carolina Republican Party, whose roots are in the evangelical community, said the Republican base was angry.');
    assert.deepEqual([gidley.speaker, gidley.text], ['Hogan Gidley', 'the Republican base was angry']);
  });

  it('a relative clause in the subject: "people who have battled other online threats say …"', () => {
    const [q] = quotesOf('The tech industry cannot block all terror content, but people who have battled other online threats say it could be doing more.');
    assert.deepEqual([q.speaker, q.text], ['people', 'it could be doing more']);
    const [groups] = quotesOf('But progressive organizations that have endorsed him say they believe superdelegates should choose the winner.');
    assert.equal(groups.text, 'they believe superdelegates should choose the winner');
  });

  it('"even X says there is …": a focus adverb is no question, and "there is" is a clause, not an adjunct', () => {
    const [q] = quotesOf('Still, even Mr. Slinker says there is good reason for the lack of enthusiasm.');
    assert.deepEqual([q.speaker, q.text], ['Slinker', 'there is good reason for the lack of enthusiasm']);
    const [trump] = quotesOf('Pressed by Mr. Stephanopoulos, Mr. Trump said there was no direct evidence of his involvement.');
    assert.equal(trump.text, 'there was no direct evidence of his involvement');
  });

  it('"…, said the chamber will vote": a clause after the verb, not an inverted speaker', () => {
    const quotes = quotesOf('Republicans doubt the bills can pass, said the chamber will vote on Monday.');
    assert.ok(!quotes.some((q) => q.speaker === 'the'), JSON.stringify(quotes));
    assert.ok(!quotes.some((q) => q.text === 'Republicans doubt the bills can pass'), JSON.stringify(quotes));
  });

  it('an attribution with its own named subject inside another content ends that content', () => {
    const quotes = quotesOf('The campaign released a new ad on Monday showing voters in Ohio, and Clinton says in the ad that she will fight for working families.');
    const clinton = quotes.find((q) => q.speaker === 'Hillary Clinton' || q.speaker === 'Clinton');
    assert.ok(clinton, JSON.stringify(quotes));
    assert.equal(clinton.text, 'that she will fight for working families');
    for (const q of quotes) if (q !== clinton) assert.ok(!q.text.includes('Clinton says'), q.text);
  });
});

describe('quotes: the Kherson report', () => {
  it('passes every quotes item of the acceptance file', async () => {
    const result = runAcceptance(loadAcceptance(KHERSON_ACCEPTANCE_PATH), await readKherson());
    const items = result.items.filter((item) => item.section === 'quotes');
    assert.equal(items.length, 6);
    for (const item of items) assert.ok(item.pass, `${item.label}: ${item.reason}`);
  });
});

describe('quotes: PolNeAR round 2 (subjects, asides, clause ends, poll counts)', () => {
  const find = (text: string, cue: string) => quotesOf(text).find((q) => q.cue === cue);

  it('a pronoun-like subject after a noun-phrase opener: "Several said", "each state say"', () => {
    const q = find('Critics asked questions. Several said they would rather federal officials dole out funding for public schools.', 'said');
    assert.equal(q?.text, 'they would rather federal officials dole out funding for public schools');
    assert.equal(q?.speaker, 'Several');
    assert.equal(find('The report was sent to the council for review.', 'report'), undefined, '"the report" stays a noun');
  });

  it('a coordinated cue after ", but" shares the clause subject', () => {
    const q = find('Heather Johnston brought that down to $42,000 in five years, but said she couldn’t fulfill her dream of teaching high school.', 'said');
    assert.equal(q?.text, 'she couldn’t fulfill her dream of teaching high school');
    assert.equal(q?.speaker, 'Heather Johnston');
  });

  it('a fixed aside between subject and verb, and a dash aside between verb and "that"', () => {
    assert.equal(find('Dow’s chief executive, Andrew Liveris, of course, said that the timing was unrelated.', 'said')?.speaker, 'Andrew Liveris');
    const q = find('His campaign chairman Paul Manafort said — on Twitter, as it happens — that Trump raised about $4 million that day.', 'said');
    assert.equal(q?.text, 'that Trump raised about $4 million that day');
    assert.equal(q?.speaker, 'Paul Manafort');
  });

  it('an inverted speaker with a lowercase descriptor before the name', () => {
    const q = find('Even India has more cultural resonance through Bollywood films, says political scientist Dossym Satpayev in Almaty.', 'says');
    assert.equal(q?.text, 'Even India has more cultural resonance through Bollywood films');
    assert.match(q?.speaker ?? '', /Dossym Satpayev/);
  });

  it('a name opening the clause, then any aside, then ", said"', () => {
    const q = find('City authorities removed the banner. Brian Abernathy, the city’s first deputy manager, said the flag was removed indefinitely.', 'said');
    assert.equal(q?.text, 'the flag was removed indefinitely');
    assert.equal(q?.speaker, 'Brian Abernathy');
    assert.equal(find('Michael Green, associate professor of history at the University of Nevada-Las Vegas, said places such as Iowa have more resonance.', 'said')?.speaker, 'Michael Green');
  });

  it('a quotation before "he said" stays the content when words follow the verb', () => {
    const q = find('“I cannot believe how civil it’s been up here,” Trump said 30 minutes into the debate.', 'said');
    assert.equal(q?.text, '“I cannot believe how civil it’s been up here,”');
  });

  it('the object of a cue ends before a participle or another clause after a comma; the participle keeps the speaker', () => {
    const quotes = quotesOf('Clinton attacked Trump, saying he would appoint Supreme Court judges who would overturn Roe v. Wade.');
    assert.equal(quotes.find((q) => q.cue === 'attacked')?.text, 'Trump');
    const saying = quotes.find((q) => q.cue === 'saying');
    assert.equal(saying?.text, 'he would appoint Supreme Court judges who would overturn Roe v. Wade');
    assert.equal(saying?.speaker, 'Clinton');
    assert.equal(find('Saudi officials deny any links to terrorism groups, but critics point to Saudi charities.', 'deny')?.text, 'any links to terrorism groups');
    assert.equal(find('Cruz endorsed Rubio, Bush, and Kasich at once.', 'endorsed')?.text, 'Rubio, Bush, and Kasich at once', 'a list goes on');
  });

  it('"state"/"states" after a name or a number is a noun; after a record noun a verb', () => {
    assert.equal(find('Named in his email are Wisconsin state Rep. David Bowen and Illinois state Rep. Carol Ammons.', 'state'), undefined);
    assert.equal(find('The campaign now moves to Western states this week that Sanders is counting on winning.', 'states'), undefined);
    assert.equal(find('The document states that the agency had no direct evidence of a breach.', 'states')?.text, 'that the agency had no direct evidence of a breach');
  });

  it('an attribution between commas after a fronted adjunct: "In the long run, many economists say, this effect …"', () => {
    const quotes = quotesOf('In the long run, many economists say, this effect could ripple through the rest of the health care system.');
    assert.ok(quotes.some((q) => q.text === 'this effect could ripple through the rest of the health care system' && q.speaker === 'many economists'));
  });

  it('a verb of saying opening the sentence: "Said X, …, “…”", "But, said X, “…”"', () => {
    const q = find('Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him.”', 'Said');
    assert.equal(q?.text, '“We were all so proud of him.”');
    assert.match(q?.speaker ?? '', /Dorothy Poynter/);
    assert.equal(find('But, said Solovey, "I don’t want to drum up conflict because I know his penchant."', 'said')?.speaker, 'Solovey');
    assert.deepEqual(quotesOf('Reports came in. Said'), [], 'a verb ending the text has no speaker after it');
  });

  it('a participle cue after a comma inside the closing quotation mark starts its own attribution: “…,” adding that …', () => {
    const quotes = quotesOf('Cruz said that there is “only one strong conservative in a position to win this race,” adding that it’s what voters want.');
    assert.equal(quotes.find((q) => q.cue === 'said')?.text, 'that there is “only one strong conservative in a position to win this race,”');
    const adding = quotes.find((q) => q.cue === 'adding');
    assert.equal(adding?.text, 'that it’s what voters want');
    assert.equal(adding?.speaker, 'Cruz');
  });

  it('a poll count reporting inside another content ends it: "more than 4 in 10 said", "64 percent who say"', () => {
    const quotes = quotesOf('Most said they were very worried about the economy, and more than 4 in 10 said billionaire Donald Trump would be best at handling it.');
    assert.equal(quotes.length, 2);
    assert.match(quotes[0].text, /^they were very worried about the economy/);
    assert.doesNotMatch(quotes[0].text, /said/);
    assert.equal(quotes[1].text, 'billionaire Donald Trump would be best at handling it');
    const who = quotesOf('Eight in 10 said they have a favorable view of Clinton, compared with 64 percent who say the same of Sanders.');
    assert.equal(who.length, 2);
    assert.equal(who[1].text, 'the same of Sanders');
  });
});

describe('quotes: frames beyond the clause after a verb of saying', () => {
  const find = (text: string, cue: string) => quotesOf(text).find((q) => q.cue === cue);

  it('a verb of intending or knowing with a noun-phrase object and no clause: "urged a ceasefire", "knew the mayor"', () => {
    assert.equal(find('The envoy urged a ceasefire along the river.', 'urged')?.text, 'a ceasefire along the river');
    assert.equal(find('The old colonel knew the mayor for decades.', 'knew')?.text, 'the mayor for decades');
    const agreed = find('The governor agreed with the assessment of the engineers.', 'agreed');
    assert.equal(agreed?.text, 'the assessment of the engineers');
    assert.equal(agreed?.speaker, 'The governor');
  });

  it('verb families mined from the cue spans of the training data: "rebuked", "mused", "balked at"', () => {
    assert.equal(find('The minister rebuked the regional governor over the delays.', 'rebuked')?.text, 'the regional governor over the delays');
    assert.equal(find('The mayor mused that the bridge might never reopen.', 'mused')?.text, 'that the bridge might never reopen');
    assert.equal(find('The council balked at the price of the new shelters.', 'balked at')?.text, 'the price of the new shelters');
  });

  it('an object relative: "the truce, which the rebels rejected, …" reports "which"', () => {
    const q = find('The army announced a truce, which the rebels rejected.', 'rejected');
    assert.equal(q?.text, 'which');
    assert.equal(q?.speaker, 'the rebels');
  });

  it('an object pronoun after a verb of praise or blame: "strongly backed her"', () => {
    assert.equal(find('Both local councils strongly backed her.', 'strongly backed')?.text, 'her');
  });

  it('a verb of issuing and its record make one cue: "issued a statement saying …", "put out a memo"', () => {
    const q = quotesOf('The ministry issued a statement saying the convoy had reached the town.').find((x) => x.cue === 'issued a statement');
    assert.match(q?.text ?? '', /the convoy had reached the town/);
    assert.equal(q?.speaker, 'The ministry');
    assert.equal(find('The governor released a statement: “The roads are open again.”', 'released a statement')?.text, '“The roads are open again.”');
  });

  it('a bare passive of a verb of expecting or judging reports about its subject: "is expected to …", "is considered …"', () => {
    const praised = quotesOf('The night shift was praised for the repairs.').find((q) => q.cue === 'was praised');
    assert.deepEqual(praised && [praised.text, praised.speaker], ['The night shift', null]);
    const considered = find('The northern road is considered unsafe by the drivers.', 'is considered');
    assert.equal(considered?.speaker, 'the drivers');
    assert.equal(find('The two villages were decided in favour of the province, a local official said.', 'were decided'), undefined, 'a clause that is someone else’s content');
  });

  it('"is expected to" with a negation or an adverb inside is a cue as well: "is not expected to", "is widely expected to"', () => {
    assert.equal(find('The final shuttering of the factory is not expected to happen until 2019.', 'is not expected to')?.text, 'happen until 2019');
    assert.equal(find('The first Fed move is widely expected to come in December.', 'is widely expected to')?.text, 'come in December');
  });

  it('a passive verb of saying with a "the" phrase reports its subject: "was declared the winner"', () => {
    const quotes = quotesOf('Sanders was declared the winner in Rhode Island.').filter((q) => q.cue === 'was declared');
    assert.deepEqual(quotes.map((q) => q.text), ['Sanders', 'the winner in Rhode Island']);
  });

  it('a participle cue after a preposition takes the clause’s subject: "… by saying …"', () => {
    const q = find('The commander ended the briefing by saying the offensive had stalled.', 'saying');
    assert.equal(q?.text, 'the offensive had stalled');
    assert.equal(q?.speaker, 'The commander');
  });

  it('a one-word pro-form content: "said no", "said so"', () => {
    assert.equal(find('Asked whether he would stay, the governor said no.', 'said')?.text, 'no');
  });

  it('a sentence adverb between the subject and its verb: "Petrenko however said …"', () => {
    const q = quotesOf('Petrenko however said the water supply would be restored by Friday.').find((x) => x.text === 'the water supply would be restored by Friday');
    assert.equal(q?.speaker, 'Petrenko');
  });

  it('an infinitive of purpose takes the clause’s subject: "went on television to denounce …"', () => {
    const q = find('The mayor went on television to denounce the shelling of the market.', 'denounce');
    assert.equal(q?.text, 'the shelling of the market');
    assert.equal(q?.speaker, 'The mayor');
    assert.equal(find('The council approved a plan to support the farmers.', 'support'), undefined, 'a noun owns the infinitive');
  });

  it('a noun of saying without a possessor takes the subject of the verb governing it: "raised funds in support of …"', () => {
    const q = find('The Red Cross raised funds in support of the displaced families.', 'support of');
    assert.equal(q?.text, 'the displaced families');
    assert.match(q?.speaker ?? '', /Red Cross/);
  });

  it('the clause’s subject holds a noun of saying further off: "has emerged as a leading advocate for …", "made the suggestion that …"', () => {
    const q = find('The governor has emerged over the past winter as a leading advocate for a lasting ceasefire.', 'advocate for');
    assert.equal(q?.text, 'a lasting ceasefire');
    assert.equal(q?.speaker, 'The governor');
    const r = find('And the mayor made the suggestion that the bridge should be closed to trucks.', 'suggestion');
    assert.equal(r?.text, 'that the bridge should be closed to trucks');
    assert.equal(r?.speaker, 'the mayor');
  });

  it('every form of "point to" is a cue: "pointing to …", "Officials point to …"', () => {
    const q = find('The governor defended the evacuation, pointing to the shelling of the northern districts.', 'pointing to');
    assert.equal(q?.text, 'the shelling of the northern districts');
    assert.equal(q?.speaker, 'The governor');
    assert.equal(find('Officials point to the shelling of the northern districts.', 'point to')?.speaker, 'Officials');
  });

  it('a noun of saying that can be a verb is left to the verb reading: "Residents worry that …"', () => {
    const q = find('Residents worry that the dam could fail in the spring.', 'worry');
    assert.equal(q?.text, 'that the dam could fail in the spring');
    assert.equal(q?.speaker, 'Residents');
  });
});

describe('quotes: PolNeAR round 4 (inverted speakers, adjuncts before the clause, views)', () => {
  it('", said NAME." after a plain clause: the name before the comma stays in the content', () => {
    const q = quotesOf('The convoy will reach the port by Friday in Odesa, said regional governor Oleh Kiper.').find((x) => x.cue === 'said');
    assert.equal(q?.text, 'The convoy will reach the port by Friday in Odesa');
    assert.match(q?.speaker ?? '', /Kiper/);
  });

  it('an adjunct between the verb and its clause: "said in a statement on Monday they …", "has said for weeks he’s …"', () => {
    const q = quotesOf('The relief agency said in a statement on Monday they had reopened the crossing.').find((x) => x.cue === 'said');
    assert.equal(q?.text, 'they had reopened the crossing');
    const r = quotesOf('The governor has said for weeks he’s ready to evacuate the town.').find((x) => x.cue === 'has said');
    assert.equal(r?.text, 'he’s ready to evacuate the town');
    assert.equal(quotesOf('The officer spoke in Kharkiv on Monday.').length, 0);
  });

  it('"about" before a quantity opens the clause: "said about half of …"', () => {
    const q = quotesOf('The ministry said about half of the villages had lost power.').find((x) => x.cue === 'said');
    assert.equal(q?.text, 'about half of the villages had lost power');
  });

  it('"X, who said …, said …": the relative clause ends at the comma before the main verb of saying', () => {
    const quotes = quotesOf('The mayor, who said the shelling had stopped, said he would reopen the schools on Monday.');
    assert.deepEqual(quotes.map((q) => [q.text, q.cue]), [['the shelling had stopped', 'said'], ['he would reopen the schools on Monday', 'said']]);
    assert.equal(quotes[1].speaker, quotes[0].speaker);
  });

  it('a sentence closing on "in the … poll" reports the clause before it', () => {
    const q = quotesOf('The governor holds a narrow lead in the latest regional poll.').find((x) => x.cue === 'in');
    assert.equal(q?.text, 'The governor holds a narrow lead');
    assert.equal(quotesOf('Voters in the capital head to the polls.').length, 0);
  });

  it('nouns for a stance holder take what follows "of": "critics of the new dam"', () => {
    const q = quotesOf('Many residents are fierce critics of the new dam.').find((x) => x.cue === 'critics of');
    assert.equal(q?.text, 'the new dam');
    assert.equal(q?.speaker, 'Many residents');
  });

  it('"X, who criticized …, told …": the verb after the relative clause is the antecedent’s', () => {
    const quotes = quotesOf('The governor, who criticized the slow aid deliveries, told reporters, “We will rebuild every house.”');
    const told = quotes.find((q) => q.cue === 'told');
    assert.equal(told?.text, '“We will rebuild every house.”');
    assert.equal(told?.speaker, quotes.find((q) => q.cue === 'criticized')?.speaker);
  });

  it('"To X, …" opening a sentence: X holds the view the clause states', () => {
    const q = quotesOf('To many residents, the new road is a lifeline for the harvest.').find((x) => x.cue === 'To');
    assert.equal(q?.text, 'the new road is a lifeline for the harvest');
    assert.equal(quotesOf('To date, the road has been closed for three weeks.').length, 0);
  });
});

describe('quotes: PolNeAR train sentences', () => {
  it('a verb of backing ends its object where "and" opens a second predicate, which keeps the speaker', () => {
    const quotes = quotesOf('Limbaugh began by crediting Trump for his instincts and urging him to keep following them.');
    assert.deepEqual(quotes.map((q) => [q.cue, q.text, q.speaker]), [['crediting', 'Trump for his instincts', 'Limbaugh'], ['urging', 'to keep following them', 'Limbaugh']]);
    const aside = quotesOf('Paul backed Ron Paul for the presidency in 2012 and, in Republican contests, has supported Sen. Ted Cruz, R-Texas, and former Hewlett-Packard CEO Carly Fiorina.');
    assert.deepEqual(aside.map((q) => [q.cue, q.text]), [['backed', 'Ron Paul for the presidency in 2012'], ['has supported', 'Sen. Ted Cruz, R-Texas, and former Hewlett-Packard CEO Carly Fiorina']]);
  });

  it('"“…,” X said when asked …": the quotation, not the subordinate clause, is what was said', () => {
    const q = quotesOf('"You bet I would," Christie said when asked whether he would issue a quarantine for people traveling into the U.S. from Brazil.').find((x) => x.cue === 'said');
    assert.equal(q?.text, '"You bet I would,"');
    assert.equal(q?.speaker, 'Christie');
  });

  it('a one-word quotation after its attribution ends the unit: the next sentence is not its attribution', () => {
    const quotes = quotesOf('Asked whether he would fire a speechwriter under these circumstances, Priebus said, "Probably." New Jersey Gov. Chris Christie agreed with him.');
    const said = quotes.find((q) => q.cue === 'said');
    assert.equal(said?.text, '"Probably."');
    assert.equal(said?.speaker, 'Priebus');
  });

  it('"“…,” he vowed, adding …": a verb of intending after a quotation, with a participle clause after it, attributes the quotation', () => {
    const quotes = quotesOf('"As part of the campaign team, my job is to secure and protect Mr. Trump\'s nomination and that is what we will do," he vowed, adding he intended to win.');
    assert.deepEqual(quotes.map((q) => q.cue), ['vowed', 'adding']);
    assert.equal(quotes[0].text, '"As part of the campaign team, my job is to secure and protect Mr. Trump\'s nomination and that is what we will do,"');
  });

  it('"accused X of …" takes X and the charge, not just the quotation inside it', () => {
    const q = quotesOf('And in 2011, he accused then-Fed Chair Ben S. Bernanke of trying to "debase" the dollar.').find((x) => x.cue?.endsWith('accused'));
    assert.equal(q?.text, 'then-Fed Chair Ben S. Bernanke of trying to "debase" the dollar');
  });

  it('"X, who is reviled by Y, said …": the passive relative clause leaves X the subject of the main verb', () => {
    const said = quotesOf('Wasserman Schultz, who is reviled by progressives, said at the hearing that drafting the platform "is an open process."').find((q) => q.cue === 'said');
    assert.equal(said?.text, 'that drafting the platform "is an open process."');
    assert.equal(said?.speaker, 'Wasserman Schultz');
  });

  it('a subject at the clause start keeps its verb across a relative or participle aside, name or not', () => {
    const campaign = quotesOf("Mrs. Clinton's presidential campaign, which has been shadowed for 17 months by the controversy over the private email server she used exclusively while at the State Department, said that the emails released on Tuesday had no bearing on the foundation's work.").find((q) => q.cue === 'said');
    assert.equal(campaign?.text, "that the emails released on Tuesday had no bearing on the foundation's work");
    const delegate = quotesOf('Minnesota state delegate Mary Susan, clad in a red cape with blinking lights that formed the name Trump, said the convention could be a “failure” if Trump can’t rally the broad coalition of Republicans in the coming months.').find((q) => q.cue === 'said');
    assert.equal(delegate?.text, 'the convention could be a “failure” if Trump can’t rally the broad coalition of Republicans in the coming months');
    assert.equal(delegate?.speaker, 'Mary Susan');
  });

  it('"sees X as Y": a verb of regarding names what it sees something as', () => {
    const q = quotesOf('That, however, will not deter Sanders. He sees the calendar farther ahead as increasingly favorable.').find((x) => x.cue === 'sees');
    assert.equal(q?.text, 'the calendar farther ahead as increasingly favorable');
    const voters = quotesOf('Four in 10 voters see the campaign of Donald Trump as most unfair, and a third said the same of Clinton.').find((x) => x.cue === 'see');
    assert.equal(voters?.text, 'the campaign of Donald Trump as most unfair');
    assert.equal(quotesOf('Voters came to see Trump at the arena.').length, 0);
    const horses = quotesOf('Kasich, Christie and Bush’s support will collapse as mainstream voters view them as bad horses.').find((x) => x.cue === 'view');
    assert.equal(horses?.text, 'them as bad horses');
    assert.equal(horses?.speaker, 'mainstream voters');
    assert.equal(quotesOf('The view from the hill is great.').length, 0);
  });

  it('verbs of voicing or listing take their object: "sounded a cautious note about …", "listed the qualities …"', () => {
    const note = quotesOf('Bill McInturff, the Republican half of a bipartisan polling team for The Wall Street Journal and NBC News, sounded a cautious note about the jobs report.').find((q) => q.cue === 'sounded');
    assert.equal(note?.text, 'a cautious note about the jobs report');
    assert.equal(note?.speaker, 'Bill McInturff');
    const listed = quotesOf('He then listed the qualities necessary in a successful Republican presidential nominee in 2016.').find((q) => q.cue?.endsWith('listed'));
    assert.equal(listed?.text, 'the qualities necessary in a successful Republican presidential nominee in 2016');
  });

  it('a percentage is a subject: "42% say they are liberal"', () => {
    const q = quotesOf('On economic issues, 42% say they are liberal.').find((x) => x.cue === 'say');
    assert.equal(q?.text, 'they are liberal');
    assert.equal(q?.speaker, '42%');
  });

  it('leaves a bare day word between the speaker and the verb out of the speaker (PLOVER GSR)', () => {
    const q = quotesOf("A top U.S. official today praised Haiti's efforts to improve its record on human rights and said it was an important partner for the United States.");
    assert.ok(q.length > 0 && q.every((x) => x.speaker === null || !/today/.test(x.speaker)), JSON.stringify(q));
    assert.ok(q.some((x) => x.speaker === 'A top U.S. official'), JSON.stringify(q));
  });
});

describe('a speaker phrase that is a misread clause', () => {
  it('is no organisation: "Next month it is expected to announce …" and "A man whose sister was killed told …" (BBC)', () => {
    const doc = analyze('The bank gave Jordan an interest-free loan. Next month it is expected to announce a $300m programme to attract investment. A man whose sister was killed told the campaign group that he had heard a plane flying overhead.');
    const names = doc.entities.map((e) => e.name);
    assert.ok(!names.includes('Next month it'), names.join(' | '));
    assert.ok(!names.some((n) => n.includes('was killed')), names.join(' | '));
  });
});

it('a name in apposition to a body noun speaks for that body, with its country; a leading "In a statement," is the channel', () => {
  const doc = analyze({ id: 't', date: '2022-04-08', text: "Ukraine's state railway company, Ukrzaliznytsia, said in a statement that two rockets hit the station. The Russian Defence Ministry denied it. In a statement, it said that the missiles are used only by the Ukrainian army." });
  const rail = doc.entities.find((e) => e.name === 'Ukrzaliznytsia');
  assert.equal(rail?.kind, 'organization');
  assert.equal(rail?.country, 'UKR');
  const denial = doc.quotes.find((q) => q.span.text.includes('used only by'));
  assert.equal(denial?.channel, 'statement');
});

it('a noun of kin heads a person\'s phrase, not a body\'s: "A man whose sister was killed told …" (BBC)', () => {
  const doc = analyze({ id: 't', date: '2016-12-11', text: 'A man whose sister was killed told the campaign group that he had heard a plane.' });
  const sister = doc.entities.find((e) => e.mentions.some((m) => m.text === 'sister'));
  assert.equal(sister?.kind, 'person', JSON.stringify(doc.entities.map((e) => [e.kind, e.name])));
});

describe('a speaker phrase headed by a thing, an event or a time', () => {
  it('makes no entity of it, and the content stays a quote: "The meeting focused on …", "His permit describes him as …" (re3d)', () => {
    const text =
      'Defense Secretary Ash Carter today met with Iraqi Prime Minister Haider al-Abadi in Baghdad. The meeting focused on the military campaign to deliver ISIL a lasting defeat. ' +
      'However, in Jordan, he can be paid only the minimum wage. His permit describes him as doing a different, low-skilled job.';
    const doc = analyze({ id: 't', date: '2016-12-11', text });
    const names = doc.entities.map((e) => e.name);
    assert.ok(!names.includes('The meeting') && !names.includes('His permit'), names.join(' | '));
    assert.ok(doc.quotes.some((q) => q.span.text.startsWith('the military campaign') && q.speaker === null), JSON.stringify(doc.quotes));
  });

  it('takes a release and funds for things too: "The release said the two leaders discussed …" (CENTCOM)', () => {
    const doc = analyze({ id: 't', date: '2016-12-11', text: 'The release said the two leaders discussed the next steps in the Mosul operation. Funds pledged for some 4.7 million Syrians now living in Jordan fall short.' });
    const names = doc.entities.map((e) => e.name.toLowerCase());
    assert.ok(!names.includes('the release') && !names.includes('release') && !names.includes('funds'), names.join(' | '));
  });

  it('takes a demonstrative before a noun of no body nor people for a thing: "These sanctions show that …" (re3d)', () => {
    const doc = analyze({ id: 't', date: '2016-12-11', text: 'The EU listed 13 more people. These sanctions show that the EU is united. These people said they were afraid. This official said it was over.' });
    const names = doc.entities.map((e) => e.name);
    assert.ok(!names.includes('These sanctions'), names.join(' | '));
    assert.ok(names.includes('These people') && names.includes('This official'), names.join(' | '));
  });

  it('takes places, talks, reforms, ceremonies and operations for things too: "an area considered too dangerous", "political talks aimed at …" (BBC, US State Department)', () => {
    const text =
      'As it is, the library is in an area considered too dangerous for children to approach. ' +
      'We urge compliance, so that political talks aimed at ending the crisis have a chance to succeed. ' +
      'The agreement bolsters important economic and institutional reforms aimed at consolidating a foundation.';
    const names = analyze({ id: 't', date: '2016-12-11', text }).entities.map((e) => e.name.toLowerCase());
    assert.ok(!names.includes('an area') && !names.includes('political talks') && !names.includes('institutional reforms'), names.join(' | '));
  });

  it('still lets a named body speak: "The Clinton campaign said …"', () => {
    const q = quotesOf('The Clinton campaign said the report was false.');
    assert.ok(q.some((x) => x.speaker !== null), JSON.stringify(q));
  });
});

it('a cue word before a noun of a medium names it, and the medium is the channel ("told Russian state television that …")', () => {
  const doc = analyze({ id: 't', date: '2023-06-06', text: 'The mayor told Russian state television that the town was flooded.' });
  assert.equal(doc.quotes[0]?.span.text, 'that the town was flooded');
  assert.equal(doc.quotes[0]?.channel, 'television');
});

it('"a Peshmerga commander told reporters": the speaker is the commander, of the Peshmerga\'s country, not the body', () => {
  const doc = analyze({ id: 't', date: '2016-10-17', text: 'Islamic State fighters set oil wells on fire to hide their positions, a Peshmerga commander told reporters.' });
  const speaker = doc.entities.find((e) => e.id === doc.quotes[0]?.speaker);
  assert.equal(speaker?.kind, 'person');
  assert.equal(speaker?.name, 'Peshmerga commander');
});

it('"The army\'s commander, General Abdel Fattah al-Burhan, told …": the possessive title phrase and the name after it are one speaker', () => {
  const doc = analyze({ id: 't', date: '2023-04-16', text: "The army's commander, General Abdel Fattah al-Burhan, told Al Jazeera television that the RSF had attacked his residence at around 9 a.m." });
  const quote = doc.quotes.find((q) => q.span.text.includes('had attacked his residence'));
  assert.equal(doc.entities.find((e) => e.id === quote?.speaker)?.name, 'Abdel Fattah al-Burhan');
  assert.equal(quote?.channel, 'television');
});

it('"The head of X, Name, said …": a title that only a body after "of" names, then the name, is one speaker, of that body\'s country', () => {
  const doc = analyze({ id: 't', date: '2023-05-02', text: 'The commander of the Ukrainian Navy, Admiral Oleksiy Neizhpapa, told reporters in Odesa that two ships had been hit overnight.' });
  const quote = doc.quotes.find((q) => q.span.text.includes('two ships had been hit'));
  const speaker = doc.entities.find((e) => e.id === quote?.speaker);
  assert.equal(speaker?.name, 'Oleksiy Neizhpapa');
  assert.equal(speaker?.country, 'UKR');
});

it('"criticised the decision on Telegram and said …": a coordinated cue shares the channel named before it', () => {
  const doc = analyze({ id: 't', date: '2023-02-10', text: 'The regional governor criticised the curfew on Telegram and said that the shelling had stopped by midnight.' });
  const quote = doc.quotes.find((q) => q.span.text.includes('the shelling had stopped'));
  assert.equal(quote?.channel, 'telegram');
});

it('"said in a statement that … and added that …": the second cue keeps the first one\'s channel', () => {
  const doc = analyze({ id: 't', date: '2023-02-10', text: 'The ministry said in a statement that two drones were downed and added that no one was hurt.' });
  const quote = doc.quotes.find((q) => q.span.text.includes('no one was hurt'));
  assert.equal(quote?.channel, 'statement');
});

it('"In Odesa, …, the regional governor, Oleh Kiper, said": a fronted place phrase is no speaker; the title and name before the verb are', () => {
  const doc = analyze({ id: 't', date: '2024-03-02', text: 'In Odesa, two people were injured when a drone struck a residential building, the regional governor, Oleh Kiper, said.' });
  const quote = doc.quotes.find((q) => q.span.text.includes('two people were injured'));
  assert.equal(doc.entities.find((e) => e.id === quote?.speaker)?.name, 'Oleh Kiper');
});

it('"The head of the campaign, Robby Mook, said": an unnamed title with no name in it, then the name, is the named person', () => {
  const doc = analyze({ id: 't', date: '2016-10-02', text: 'The head of the campaign, Robby Mook, said that the numbers were wrong.' });
  const speaker = doc.entities.find((e) => e.id === doc.quotes[0]?.speaker);
  assert.equal(speaker?.name, 'Robby Mook');
  assert.equal(speaker?.country, undefined);
});

it('"A Foreign Office spokesman said": the person\'s mention is the whole noun phrase, and the body\'s name in it a modifier (re3d)', () => {
  const text = 'Foreign Secretary Boris Johnson met Russian Foreign Minister Sergei Lavrov. A Foreign Office spokesman said: “The Foreign Secretary met Russian Foreign Minister Sergei Lavrov earlier today.”';
  const doc = analyze({ id: 't', date: '2016-09-22', text });
  const speaker = doc.entities.find((e) => e.id === doc.quotes[0]?.speaker);
  assert.equal(speaker?.name, 'Foreign Office spokesman');
  assert.ok(speaker?.mentions.some((m) => m.text === 'A Foreign Office spokesman'));
  const office = doc.entities.find((e) => e.name === 'Foreign Office');
  assert.ok(office === undefined || office.mentions.every((m) => m.sense === 'modifier'));
});

it('a trailing subject "the city\'s mayor, Vitali Klitschko," with a possessor in its title phrase ends the content before it', () => {
  const doc = analyze({ id: 't', date: '2023-12-29', text: "At least 16 people were killed in Kyiv, the city's mayor, Vitali Klitschko, said." });
  assert.equal(doc.quotes[0]?.span.text, 'At least 16 people were killed in Kyiv');
  assert.equal(doc.entities.find((e) => e.id === doc.quotes[0]?.speaker)?.name, 'Vitali Klitschko');
});

it('"…, Peskov told the RIA Novosti news agency.": a named medium after a listener verb is the listener, and the clause before is the content', () => {
  const doc = analyze({ id: 't', date: '2022-10-08', text: 'Putin created a government commission, Peskov told the RIA Novosti news agency.' });
  assert.deepEqual(doc.quotes.map((q) => q.span.text), ['Putin created a government commission']);
});

it('"The talks will continue, the Pentagon said.": a subject and a verb of saying after the comma report the clause before; "continue" is no cue of its own', () => {
  const doc = analyze({ id: 't', date: '2016-01-01', text: 'The talks will continue, the Pentagon said.' });
  assert.deepEqual(doc.quotes.map((q) => [q.span.text, q.cue?.text]), [['The talks will continue', 'said']]);
});

it('"Washington (AFP) – …": a capitalised place with a credit in parentheses and a dash is a dateline, never a speaker', () => {
  const doc = analyze({ id: 't', date: '2016-01-01', text: 'Washington (AFP) – Warning that the strikes will continue, US officials met.' });
  const quote = doc.quotes.find((q) => q.cue?.text === 'Warning');
  assert.ok(quote);
  assert.notEqual(doc.getEntity(quote.speaker!)?.name, 'Washington');
});

it('"This withdrawal is seen as a severe setback": a view no one is named as holding has no speaker, and its subject becomes no entity', () => {
  const doc = analyze({ id: 'q', date: '2022-11-11', text: 'This withdrawal is seen as a severe setback for the Russian president, Vladimir Putin.' });
  const quote = doc.quotes.find((q) => q.span.text.includes('severe setback'));
  assert.ok(quote);
  assert.equal(quote.speaker, null);
  assert.ok(!doc.entities.some((e) => e.name === 'This withdrawal'));
  const held = analyze({ id: 'q', date: '2022-11-11', text: 'Analysts said the withdrawal was a severe setback for Putin.' });
  assert.ok(held.quotes.some((q) => q.speaker !== null));
});
