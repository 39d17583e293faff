import type Database from 'better-sqlite3';
import type { SearchHit, SearchTerm } from '../query/types.js';

const SNIPPET_TOKENS = 16;

/** An FTS5 MATCH expression that means the terms, all of them, and nothing else: every term is a quoted string. */
export function fts5Match(terms: SearchTerm[]): string {
  return terms.map((t) => '"' + t.text.replace(/"/g, '""') + '"').join(' ');
}

/** Full-text search over article title+text and quote text, each ranked by bm25 (title weighs more), merged by score. */
export class SqliteSearch {
  private readonly articles: Database.Statement;
  private readonly quotes: Database.Statement;

  constructor(db: Database.Database) {
    this.articles = db.prepare(`
      SELECT a.id AS articleId, a.title AS title, a.date AS date,
        snippet(articles_fts, -1, '[', ']', '…', ${SNIPPET_TOKENS}) AS snippet,
        -bm25(articles_fts, 4.0, 1.0) AS score
      FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
      WHERE articles_fts MATCH ?
      ORDER BY bm25(articles_fts, 4.0, 1.0) LIMIT ?`);
    this.quotes = db.prepare(`
      SELECT q.article_id AS articleId, a.title AS title, a.date AS date,
        snippet(quotes_fts, 0, '[', ']', '…', ${SNIPPET_TOKENS}) AS snippet,
        -bm25(quotes_fts) AS score
      FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid JOIN articles a ON a.id = q.article_id
      WHERE quotes_fts MATCH ?
      ORDER BY bm25(quotes_fts) LIMIT ?`);
  }

  search(terms: SearchTerm[], limit: number): SearchHit[] {
    if (terms.length === 0 || limit <= 0) return [];
    const match = fts5Match(terms);
    const hits: SearchHit[] = [
      ...(this.articles.all(match, limit) as Omit<SearchHit, 'kind'>[]).map((h) => ({ kind: 'article' as const, ...h })),
      ...(this.quotes.all(match, limit) as Omit<SearchHit, 'kind'>[]).map((h) => ({ kind: 'quote' as const, ...h })),
    ];
    return hits.sort((a, b) => b.score - a.score).slice(0, limit);
  }
}
