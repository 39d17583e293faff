import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { contentId, isIsoDate, type Article } from '../article.js';
import { InputError } from '../errors.js';
import { parseDate } from './dates.js';
import { blockText } from './html-text.js';
import type { TextSource } from './source.js';
import type { ReadItem, ReadOptions } from './types.js';

type HtmlDocument = ReturnType<typeof parseHTML>['document'];

const DATE_METAS = ['article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date.issued', 'dcterms.issued'];

function meta(document: HtmlDocument, key: string): string | undefined {
  for (const attribute of ['property', 'name', 'itemprop']) {
    const value = document.querySelector(`meta[${attribute}="${key}"]`)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

/** The first datePublished in JSON-LD, looking through @graph and arrays. */
function findDatePublished(node: unknown, depth = 0): string | undefined {
  if (depth > 8 || typeof node !== 'object' || node === null) return undefined;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findDatePublished(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const record = node as Record<string, unknown>;
  if (typeof record.datePublished === 'string') return record.datePublished;
  for (const value of Object.values(record)) {
    const found = findDatePublished(value, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function jsonLdDate(document: HtmlDocument): string | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const found = findDatePublished(JSON.parse(script.textContent ?? ''));
      if (found) return found;
    } catch {
      // a broken JSON-LD block is common on real pages; the other date sources remain
    }
  }
  return undefined;
}

function publicationDate(document: HtmlDocument): string | undefined {
  const candidates = [
    ...DATE_METAS.map((key) => meta(document, key)),
    jsonLdDate(document),
    document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined,
  ];
  for (const candidate of candidates) {
    const date = candidate && parseDate(candidate, 'iso');
    if (date) return date;
  }
  return undefined;
}

/** Main text by Readability, or the text of the page's <article> (else <body>) when it finds none. */
function mainText(document: HtmlDocument): string {
  // Readability rewrites the document it reads: keep an untouched copy for the fallback.
  const fallback = (document.querySelector('article') ?? document.body)?.cloneNode(true);
  try {
    const parsed = new Readability<unknown>(document as unknown as Document, { serializer: (el) => el }).parse();
    const text = parsed?.content ? blockText(parsed.content) : '';
    if (text) return text;
  } catch {
    // Readability gives up on some documents; the fallback reads them
  }
  return fallback ? blockText(fallback) : '';
}

/** An article web page: main text by Readability, metadata from meta tags and JSON-LD. */
export async function* readHtml(source: TextSource, options: ReadOptions): AsyncIterable<ReadItem> {
  const { document } = parseHTML(await source.text());
  const title = meta(document, 'og:title') ?? (document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() || undefined);
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || meta(document, 'og:url');
  const date = publicationDate(document) ?? options.date;
  if (date === undefined) {
    throw new InputError(source.name, 'no publication date (no article:published_time, JSON-LD datePublished or <time datetime>): pass --date YYYY-MM-DD');
  }
  if (!isIsoDate(date)) throw new InputError(source.name, `invalid --date "${date}"`);
  const text = mainText(document); // after the metadata: Readability rewrites the document
  if (!text) throw new InputError(source.name, 'no article text found in the page');
  const article: Article = { id: contentId(text, date), date, text };
  if (title) article.title = title;
  if (url) article.url = url;
  yield { article, origin: { file: source.name, format: 'html' } };
}
