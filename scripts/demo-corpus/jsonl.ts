import type { Article } from '../../src/article.js';

/** One article as a JSON line, keys always in the order id, date, text, title, source, url. */
export function articleLine(article: Article): string {
  const { id, date, text, title, source, url } = article;
  return JSON.stringify({ id, date, text, ...(title ? { title } : {}), ...(source ? { source } : {}), ...(url ? { url } : {}) });
}

export function toJsonl(articles: readonly Article[]): string {
  return articles.map((a) => articleLine(a) + '\n').join('');
}
