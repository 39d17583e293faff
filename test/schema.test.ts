import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { extract } from '../src/extract/index.js';
import { extractionSchemaPath, validateExtraction } from '../src/extract/validate.js';
import { khersonReference, polnearDevArticles, readKherson, spanOf } from './kherson-article.js';

const clone = <T>(value: T): T => structuredClone(value);

test('the schema ships with the package and names the contract', () => {
  assert.ok(existsSync(extractionSchemaPath()), extractionSchemaPath());
  const schema = JSON.parse(readFileSync(extractionSchemaPath(), 'utf8'));
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(schema.properties.schema.const, 'sitrep/extraction@1');
});

test('extract() output on the Kherson report validates, spans included', async () => {
  const article = await readKherson();
  assert.deepEqual(validateExtraction(extract(article), article.text), { valid: true, errors: [] });
});

test('extract() output on every PolNeAR dev text validates', () => {
  for (const article of polnearDevArticles()) {
    const result = validateExtraction(extract(article), article.text);
    assert.deepEqual(result, { valid: true, errors: [] }, article.id);
  }
});

test('a hand-built full extraction with entities, times, quotes and events validates', async () => {
  const article = await readKherson();
  const reference = khersonReference(article);
  assert.deepEqual(validateExtraction(reference, article.text), { valid: true, errors: [] });
  // extension by optional fields keeps it valid
  const extended = clone(reference) as unknown as Record<string, unknown>;
  extended.language = 'en';
  (extended.entities as Record<string, unknown>[])[0].aliases = ['Zaluzhnyi'];
  assert.equal(validateExtraction(extended, article.text).valid, true);
});

test("an event's actorText is optional, keyed by its actors' and targets' ids", async () => {
  const article = await readKherson();
  const reference = khersonReference(article);
  const named = clone(reference);
  named.events[0].actorText = { [named.events[0].actors[0]]: 'Ukrainian troops' };
  assert.deepEqual(validateExtraction(named, article.text), { valid: true, errors: [] });
  const stranger = clone(reference);
  stranger.events[0].actorText = { e2: 'Kuleba' };
  assert.deepEqual(validateExtraction(stranger).errors, ["/events/0/actorText names 'e2', which is neither an actor nor a target of the event"]);
  const empty = clone(reference);
  empty.events[0].actorText = { [empty.events[0].actors[0]]: '' };
  assert.match(validateExtraction(empty).errors[0], /^\/events\/0\/actorText\/e3 must NOT have fewer than 1 characters/);
});

test('schema violations fail with the path and the problem', async () => {
  const article = await readKherson();
  const reference = khersonReference(article);

  const badPrecision = clone(reference);
  (badPrecision.entities[4].geo as { precision: number }).precision = 4;
  const precision = validateExtraction(badPrecision);
  assert.equal(precision.valid, false);
  assert.deepEqual(precision.errors, ['/entities/4/geo/precision must be one of 1, 2, 3 (got 4)']);

  const noSchema = clone(reference) as Partial<typeof reference>;
  delete noSchema.schema;
  assert.deepEqual(validateExtraction(noSchema).errors, ["(top level) is missing the required property 'schema'"]);

  const otherVersion = { ...clone(reference), schema: 'sitrep/extraction@2' };
  assert.deepEqual(validateExtraction(otherVersion).errors, ['/schema must be "sitrep/extraction@1" (got "sitrep/extraction@2")']);

  const badKind = clone(reference);
  (badKind.entities[0] as { kind: string }).kind = 'human';
  assert.match(validateExtraction(badKind).errors[0], /^\/entities\/0\/kind must be one of "person", "organization", "armed_group", "place" \(got "human"\)$/);

  const negative = clone(reference);
  negative.quotes[0].span.start = -1;
  assert.deepEqual(validateExtraction(negative).errors, ['/quotes/0/span/start must be >= 0 (got -1)']);

  const badModality = clone(reference);
  (badModality.events[0] as { modality: string }).modality = 'rumoured';
  assert.match(validateExtraction(badModality).errors.join('\n'), /\/events\/0\/modality must be one of .*"hypothetical" \(got "rumoured"\)/);

  const badDate = clone(reference);
  badDate.article.date = '11/11/2022';
  assert.match(validateExtraction(badDate).errors[0], /^\/article\/date must match pattern/);
});

test('spans that do not slice the article text, duplicate ids and dangling references fail', async () => {
  const article = await readKherson();
  const reference = khersonReference(article);

  const shifted = clone(reference);
  shifted.quotes[1].span = { ...shifted.quotes[1].span, start: shifted.quotes[1].span.start + 1 };
  const spanResult = validateExtraction(shifted, article.text);
  assert.equal(spanResult.valid, false);
  assert.match(spanResult.errors[0], /^\/quotes\/1\/span text "important victory" differs from the article text at \d+-\d+: "mportant victory"$/);
  assert.equal(validateExtraction(shifted).valid, true, 'without the text, spans cannot be checked');

  const beyond = clone(reference);
  beyond.entities[0].mentions.push({ start: article.text.length, end: article.text.length + 3, text: 'end' });
  assert.match(validateExtraction(beyond, article.text).errors[0], /^\/entities\/0\/mentions\/2 ends at \d+, beyond the article text/);

  const duplicate = clone(reference);
  duplicate.entities[1].id = 'e1';
  assert.deepEqual(validateExtraction(duplicate).errors.slice(0, 1), ["/entities/1/id 'e1' is already used by /entities/0"]);

  const dangling = clone(reference);
  dangling.quotes[0].speaker = 'e99';
  dangling.events[1].source = { quote: 'q9' };
  dangling.events[0].place = 'e1';
  assert.deepEqual(validateExtraction(dangling).errors, [
    "/quotes/0/speaker refers to entity 'e99', which does not exist",
    "/events/0/place refers to entity 'e1', a person, not a place",
    "/events/1/source/quote refers to quote 'q9', which does not exist",
  ]);

  const backwards = clone(reference);
  backwards.times[0] = { ...backwards.times[0], start: '2022-11-10', end: '2022-11-09' };
  assert.deepEqual(validateExtraction(backwards).errors, ['/times/0 ends (2022-11-09) before it starts (2022-11-10)']);

  const inverted = clone(reference);
  inverted.entities[1].mentions = [{ ...spanOf(article.text, 'Kuleba'), end: 0 }];
  assert.match(validateExtraction(inverted).errors[0], /^\/entities\/1\/mentions\/0 ends \(0\) before it starts/);
});

test("a person's titles are optional, a list of non-empty strings", async () => {
  const article = await readKherson();
  const reference = khersonReference(article) as unknown as { entities: Record<string, unknown>[] };
  const person = clone(reference);
  person.entities[0].titles = ['General', 'Army Chief'];
  assert.equal(validateExtraction(person, article.text).valid, true);
  person.entities[0].titles = 'General';
  assert.equal(validateExtraction(person, article.text).valid, false);
});
