import type { Article, Origin } from '../article.js';
import type { Extraction } from '../extract/contract.js';
import type { EventFilter, EventRow, SearchHit, SearchTerm, StoreCounts } from '../query/types.js';

export type PutResult = 'new' | 'duplicate';

/**
 * Where articles and their extractions live. SQLite (src/store/sqlite.ts) is the default; every
 * dialect-specific statement stays behind this interface.
 *
 * Transactions are explicit so they can span `await`s: begin() … commit() or rollback(), with named
 * savepoints inside. putArticle() works inside or outside one.
 */
export interface Store {
  readonly path: string;
  readonly readonly: boolean;
  readonly inTransaction: boolean;

  /** Stores the article and everything extracted from it; an article already stored under its id is a duplicate and left as it is. */
  putArticle(article: Article, extraction: Extraction, origin: Origin): PutResult;

  begin(): void;
  savepoint(name: string): void;
  release(name: string): void;
  rollbackTo(name: string): void;
  commit(): void;
  rollback(): void;

  counts(): StoreCounts;
  searchText(terms: SearchTerm[], limit: number): SearchHit[];
  /** Matching events, newest first, one at a time: do not use the store for anything else until the iteration ends. */
  events(filter: EventFilter): IterableIterator<EventRow>;

  close(): void;
}
