import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../src/article.js';
import { extract } from '../src/extract/index.js';
import { validateExtraction } from '../src/extract/validate.js';
import { readFile } from '../src/readers/index.js';
import { loadGeoWebNews, loadLgl, loadPolnear } from '../bench/corpus.js';
import { SHARED_DATA } from './paths.js';

/** Every kind of real text we have: whole articles, headlines, snippets. Each must extract and validate. */
async function realTexts(): Promise<{ corpus: string; articles: Article[] }[]> {
  const ucdp: Article[] = [];
  const file = readFile(join(SHARED_DATA, 'events', 'ucdp-ged-ukraine.csv'), { fields: { text: 'source_headline', date: 'date_start', id: 'id' } });
  for await (const item of file.items()) if (item.article) ucdp.push(item.article);
  const caseSnippets = readFileSync(join(SHARED_DATA, 'events', 'case2021-task2-dev.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim())
    .map((line, i) => ({ id: `case:${i}`, date: '2021-01-01', text: line.split('\t')[1] ?? '' }))
    .filter((a) => a.text.trim());
  return [
    { corpus: 'UCDP headlines', articles: ucdp },
    { corpus: 'CASE 2021 snippets', articles: caseSnippets },
    { corpus: 'GeoWebNews', articles: loadGeoWebNews(join(SHARED_DATA, 'geoparsing', 'GWN.xml'), 1000) },
    { corpus: 'LGL', articles: loadLgl(join(SHARED_DATA, 'geoparsing', 'lgl.xml'), 1000) },
    { corpus: 'PolNeAR dev', articles: loadPolnear(join(SHARED_DATA, 'quotes', 'polnear', 'dev', 'text')) },
  ];
}

test('extract() never throws and always returns a valid, consistent extraction on every real text we have', { skip: !existsSync(SHARED_DATA) && 'no ../shared/data' }, async () => {
  for (const { corpus, articles } of await realTexts()) {
    assert.ok(articles.length > 50, `${corpus}: only ${articles.length} texts`);
    const failures: string[] = [];
    for (const article of articles) {
      try {
        const { valid, errors } = validateExtraction(extract(article), article.text);
        if (!valid) failures.push(`${article.id}: ${errors[0]}`);
      } catch (error) {
        failures.push(`${article.id}: threw ${(error as Error).stack?.split('\n').slice(0, 2).join(' ')}`);
      }
    }
    assert.deepEqual(failures.slice(0, 5), [], `${corpus}: ${failures.length} of ${articles.length} texts failed`);
  }
});
