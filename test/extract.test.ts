import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc, EXTRACTION_STAGES, analyze, extract, splitSentences, tokenize, type Token } from '../src/extract/index.js';
import { polnearDevArticles, readKherson } from './kherson-article.js';

const texts = (tokens: Token[]) => tokens.map((t) => t.text);
const GAP = /^[\s\u200B]*$/; // whitespace and zero-width spaces separate tokens

function assertTokensSliceExactly(text: string, tokens: Token[], name: string): void {
  let previousEnd = 0;
  for (const [i, token] of tokens.entries()) {
    assert.ok(token.start >= previousEnd, `${name}: token ${i} '${token.text}' starts at ${token.start}, before the previous end ${previousEnd}`);
    assert.ok(token.end > token.start, `${name}: token ${i} is empty`);
    assert.equal(text.slice(token.start, token.end), token.text, `${name}: token ${i} does not slice the text`);
    assert.ok(!/[\s\u200B]/.test(token.text), `${name}: token ${i} '${token.text}' holds whitespace`);
    assert.ok(GAP.test(text.slice(previousEnd, token.start)), `${name}: text skipped before token ${i}: '${text.slice(previousEnd, token.start)}'`);
    previousEnd = token.end;
  }
  assert.ok(GAP.test(text.slice(previousEnd)), `${name}: text left after the last token`);
}

test('Kherson report: 15 sentences, each slicing the text exactly', async () => {
  const { text } = await readKherson();
  const tokens = tokenize(text);
  assertTokensSliceExactly(text, tokens, 'kherson');
  const sentences = splitSentences(text, tokens);
  assert.equal(sentences.length, 15);
  for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
  assert.equal(sentences[0].text.slice(0, 27), 'The Ukrainian Army has once');
  assert.ok(sentences[1].text.startsWith('“Our partisans have hung the Ukrainian flag in the center of Kherson”, the authorities'));
  assert.equal(
    sentences[6].text,
    '“Today at five in the morning from Moscow, the transfer of Russian troops to the left bank of the Dnieper River was completed,” the Russian Defense Ministry said on social media.',
  );
  assert.equal(sentences[14].text, '“There can be no change,” he added in the Russian presidency’s first comment on the withdrawal announced on Wednesday.');
  // the tokens of consecutive sentences follow each other without gaps
  assert.equal(sentences[0].firstToken, 0);
  for (let i = 1; i < sentences.length; i++) assert.equal(sentences[i].firstToken, sentences[i - 1].endToken);
  assert.equal(sentences.at(-1)!.endToken, tokens.length);
});

test('Kherson report: names, numbers, quotes and possessives come out as single tokens', async () => {
  const { text } = await readKherson();
  const tokens = tokenize(text);
  const all = texts(tokens);
  assert.ok(all.includes('Commander-in-Chief'));
  assert.ok(all.includes('presidency’s'));
  const opening = tokens.find((t) => t.text === '“')!;
  assert.equal(opening.kind, 'quote');
  assert.equal(tokens.find((t) => t.text === '41')!.kind, 'number');
  const flag = tokens.findIndex((t) => t.text === 'Kherson' && text[t.end] === '”');
  assert.deepEqual(texts(tokens.slice(flag, flag + 3)), ['Kherson', '”', ',']);
});

test('abbreviations, initials and initialisms keep their period and do not end a sentence', () => {
  const text = 'Gen. Valerii Zaluzhnyi met U.S. and U.N. officials on Nov. 9 with Lt. Col. J. Smith. Mr. Smith said No. 5 was ready. He left.';
  const tokens = tokenize(text);
  for (const word of ['Gen.', 'U.S.', 'U.N.', 'Nov.', 'Lt.', 'Col.', 'J.', 'Mr.', 'No.']) {
    assert.ok(texts(tokens).includes(word), `${word} is one token`);
  }
  assert.deepEqual(
    splitSentences(text, tokens).map((s) => s.text),
    ['Gen. Valerii Zaluzhnyi met U.S. and U.N. officials on Nov. 9 with Lt. Col. J. Smith.', 'Mr. Smith said No. 5 was ready.', 'He left.'],
  );
});

test('an abbreviation that may end a sentence ends it before a usual sentence opener', () => {
  assert.deepEqual(
    splitSentences('Troops arrived from the U.S. The base is in Poland, etc. And a U.S. Army unit came at 5 a.m. on Friday.').map((s) => s.text),
    ['Troops arrived from the U.S.', 'The base is in Poland, etc.', 'And a U.S. Army unit came at 5 a.m. on Friday.'],
  );
  assert.deepEqual(texts(tokenize('No. 5 and the answer is no.')), ['No.', '5', 'and', 'the', 'answer', 'is', 'no', '.']);
});

test('numbers keep thousands separators, decimals, times of day and ordinals', () => {
  const tokens = tokenize('About 1,000.5 tonnes, 12,000 troops and 3.5 km at 05:00 on the 41st day of the 1990s and the ’90s; 2014-2022.');
  const numbers = tokens.filter((t) => t.kind === 'number').map((t) => t.text);
  assert.deepEqual(numbers, ['1,000.5', '12,000', '3.5', '05:00', '41st', '1990s', '’90s', '2014', '2022']);
  assert.deepEqual(texts(tokenize('1,2 and 10,00')), ['1', ',', '2', 'and', '10', ',', '00']);
});

test('hyphens and apostrophes join words; quotes and guillemets are tokens of their own', () => {
  const tokens = tokenize('Russia\'s F-16 don\'t «Kherson’s» ‘crazy system’ "24-hour" the troops\' positions');
  assert.deepEqual(texts(tokens), ["Russia's", 'F-16', "don't", '«', 'Kherson’s', '»', '‘', 'crazy', 'system', '’', '"', '24-hour', '"', 'the', "troops'", 'positions']);
  assert.deepEqual(
    tokens.filter((t) => t.kind === 'quote').map((t) => t.text),
    ['«', '»', '‘', '’', '"', '"'],
  );
  // a closing single quote after an s is a quote, not a possessive, when a single quote is open
  assert.deepEqual(texts(tokenize("the 'crazy systems' were")), ['the', "'", 'crazy', 'systems', "'", 'were']);
});

test('URLs, handles, hashtags, ellipses and emoji', () => {
  const tokens = tokenize('See https://t.me/kherson_gov/123. Also t.me/abc, @ZelenskyyUa and #Kherson… Wait... really?! 👍🏽 ok');
  const kinds = tokens.map((t) => `${t.kind}:${t.text}`);
  assert.deepEqual(kinds, [
    'word:See',
    'url:https://t.me/kherson_gov/123',
    'punct:.',
    'word:Also',
    'url:t.me/abc',
    'punct:,',
    'handle:@ZelenskyyUa',
    'word:and',
    'hashtag:#Kherson',
    'punct:…',
    'word:Wait',
    'punct:...',
    'word:really',
    'punct:?!',
    'punct:👍🏽',
    'word:ok',
  ]);
});

test('letters outside the Basic Multilingual Plane and Cyrillic stay inside words', () => {
  const text = 'Київ і 𝐁𝐨𝐥𝐝 text.';
  assert.deepEqual(texts(tokenize(text)), ['Київ', 'і', '𝐁𝐨𝐥𝐝', 'text', '.']);
});

test('sentences end at ! and ?, keep closing quotes, and always end at a line break', () => {
  const text = 'He called it “an important victory.” Kuleba said more!\nNo period here\n\nNext paragraph? “Why?” he asked. (It was late.) Done';
  assert.deepEqual(
    splitSentences(text).map((s) => s.text),
    ['He called it “an important victory.”', 'Kuleba said more!', 'No period here', 'Next paragraph?', '“Why?” he asked.', '(It was late.)', 'Done'],
  );
  assert.deepEqual(splitSentences('See kyiv.ua now. Fine').map((s) => s.text), ['See kyiv.ua now.', 'Fine']);
  assert.deepEqual(splitSentences('“Хто?” — спитав він. Sen. John McCain (R-Ariz.). Next').map((s) => s.text), ['“Хто?” — спитав він.', 'Sen. John McCain (R-Ariz.).', 'Next']);
  assert.deepEqual(splitSentences('He said . . . nothing. Then').map((s) => s.text), ['He said . . . nothing.', 'Then']);
  assert.deepEqual(splitSentences(''), []);
  assert.deepEqual(splitSentences('  \n '), []);
});

test('every PolNeAR dev text: token and sentence spans are ordered, non-overlapping and slice exactly', () => {
  const articles = polnearDevArticles();
  assert.ok(articles.length >= 50, `found ${articles.length} PolNeAR dev texts`);
  for (const { id, text } of articles) {
    const tokens = tokenize(text);
    assertTokensSliceExactly(text, tokens, id);
    const sentences = splitSentences(text, tokens);
    let previous = 0;
    let nextToken = 0;
    for (const s of sentences) {
      assert.ok(s.start >= previous && s.end > s.start, `${id}: sentence '${s.text.slice(0, 30)}' overlaps the one before`);
      assert.equal(text.slice(s.start, s.end), s.text);
      assert.equal(s.firstToken, nextToken, `${id}: sentences skip tokens`);
      assert.equal(s.start, tokens[s.firstToken].start);
      assert.equal(s.end, tokens[s.endToken - 1].end);
      assert.ok(!/[\n\r]/.test(s.text), `${id}: sentence crosses a line break: '${s.text.slice(0, 60)}'`);
      previous = s.end;
      nextToken = s.endToken;
    }
    assert.equal(nextToken, tokens.length, `${id}: sentences miss the last tokens`);
  }
});

test('extract() returns the contract with the article meta and no absent optional keys', async () => {
  const article = await readKherson();
  const extraction = extract(article);
  assert.equal(extraction.schema, 'sitrep/extraction@1');
  assert.deepEqual(extraction.article, { id: article.id, date: '2022-11-11' });
  for (const list of ['entities', 'times', 'quotes', 'events'] as const) assert.ok(Array.isArray(extraction[list]), list);
  assert.ok(!('title' in extraction.article));
  assert.equal(JSON.stringify(extraction).includes('undefined'), false);
  assert.deepEqual(JSON.parse(JSON.stringify(extraction)), extraction, 'the record is the same in memory and as JSON');
  const full = extract({ id: 'a1', date: '2022-11-11', text: 'Kherson.', title: 'Flag over Kherson', source: 'Example News', url: 'https://example.org/a1' });
  assert.deepEqual(full.article, { id: 'a1', date: '2022-11-11', title: 'Flag over Kherson', source: 'Example News', url: 'https://example.org/a1' });
  assert.deepEqual(extract(article), extraction, 'deterministic');
});

test('the pipeline lists the stages that exist, and analyze() returns the annotated Doc', async () => {
  assert.deepEqual(EXTRACTION_STAGES, ['tokens', 'sentences', 'names', 'places', 'times', 'quotes', 'speaker-pronouns', 'events', 'place-senses', 'place-nominals', 'unnamed-places', 'appositive-places', 'shared-borders', 'place-parts', 'seized-sites', 'coordinates', 'group-nouns', 'body-nouns', 'group-pronouns', 'it-pronoun', 'noun-phrases', 'thing-modifiers', 'event-actor-text']);
  const doc = analyze(await readKherson());
  assert.ok(doc instanceof Doc);
  assert.equal(doc.sentences.length, 15);
  assert.equal(doc.tokens.length, tokenize(doc.text).length);
  assert.equal(analyze('One. Two.').sentences.length, 2);
});

test('Doc allocates ids per kind, builds spans from offsets and leaves undefined keys out of the record', () => {
  const doc = new Doc({ id: 'd', date: '2022-11-11', text: 'Kuleba said Kherson fell.' });
  const kuleba = doc.addEntity({ kind: 'person', name: 'Dmytro Kuleba', mentions: [doc.span(0, 6)], role: undefined });
  const kherson = doc.addEntity({ kind: 'place', name: 'Kherson', mentions: [doc.span(12, 19)] });
  assert.equal(kuleba.id, 'e1');
  assert.equal(kherson.id, 'e2');
  assert.equal(doc.addTime({ span: doc.span(0, 6), start: '2022-11-11', end: '2022-11-11', precision: 'day' }).id, 't1');
  assert.equal(doc.addQuote({ span: doc.span(12, 24), direct: false, speaker: kuleba.id }).id, 'q1');
  assert.equal(doc.nextId('v'), 'v1');
  assert.deepEqual(kherson.mentions[0], { start: 12, end: 19, text: 'Kherson' });
  assert.throws(() => doc.span(20, 40), RangeError);
  const record = doc.toExtraction();
  assert.ok(!('role' in record.entities[0]), 'role: undefined is left out');
  assert.equal(JSON.stringify(JSON.parse(JSON.stringify(record))), JSON.stringify(record));
});

test('invisible format marks between words are space: "Iraqi Prime Minister \u200eHaider al-Abadi" (re3d, US State Department) is one titled name', () => {
  const tokens = tokenize('Iraqi Prime Minister \u200eHaider al-Abadi said');
  assert.deepEqual(tokens.map((t) => t.text), ['Iraqi', 'Prime', 'Minister', 'Haider', 'al-Abadi', 'said']);
  const person = analyze({ id: 't', date: '2016-12-11', text: 'Iraqi Prime Minister \u200eHaider al-Abadi said the offensive would go on.' }).entities.find((e) => e.kind === 'person');
  assert.equal(person?.role, 'Prime Minister');
});
