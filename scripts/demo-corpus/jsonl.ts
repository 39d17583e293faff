import type { Article } from '../../src/article.js';

/**
 * One article as a JSON line, keys always in the order id, date, text, title, source, url. A date known
 * only to the month is written as YYYY-MM, which the readers read back with that precision.
 */
export function articleLine(article: Article): string {
  const { id, text, title, source, url } = article;
  const date = article.datePrecision === 'month' ? article.date.slice(0, 7) : article.datePrecision === 'year' ? article.date.slice(0, 4) : article.date;
  return JSON.stringify({ id, date, text, ...(title ? { title } : {}), ...(source ? { source } : {}), ...(url ? { url } : {}) });
}

export function toJsonl(articles: readonly Article[]): string {
  return articles.map((a) => articleLine(a) + '\n').join('');
}
