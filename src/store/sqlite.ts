import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Article, Origin } from '../article.js';
import { InputError } from '../errors.js';
import type { Extraction } from '../extract/contract.js';
import { haversineKm } from '../geo/distance.js';
import type { EventFilter, EventRow, SearchHit, SearchTerm, StoreCounts } from '../query/types.js';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations.js';
import { eventsQuery, registerEventFunctions, toEventRow } from './sqlite-events.js';
import { SqliteSearch } from './sqlite-search.js';
import { SqliteArticleWriter } from './sqlite-write.js';
import type { PutResult, Store } from './store.js';

/** 'sitr' in ASCII: marks a SQLite file as a sitrep database. */
const APPLICATION_ID = 0x73697472;
const BUSY_TIMEOUT_MS = 10_000;
const SQLITE_HEADER = 'SQLite format 3\0';
const SAVEPOINT_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The database to use: the --db flag, else $SITREP_DB, else ./sitrep.db. */
export function resolveDbPath(flag?: string): string {
  return flag || process.env.SITREP_DB || './sitrep.db';
}

export interface OpenOptions {
  readonly?: boolean;
}

/**
 * Opens (creating when writable and absent) a sitrep SQLite database and brings its schema up to date.
 * A file that is not SQLite, not a sitrep database, or from a newer sitrep is refused with an InputError.
 */
export function openSqliteStore(path: string, options: OpenOptions = {}): SqliteStore {
  const readonly = options.readonly ?? false;
  if (readonly && !existsSync(path)) throw new InputError(path, 'no such database (create it with sitrep ingest or sitrep start)');
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) throw new InputError(path, 'a folder, not a database file');
    if (!hasSqliteHeader(path)) throw new InputError(path, 'not a SQLite database');
  }
  let db: Database.Database;
  try {
    db = new Database(path, { readonly, fileMustExist: readonly, timeout: BUSY_TIMEOUT_MS });
  } catch (error) {
    throw new InputError(path, `cannot open the database: ${(error as Error).message}`);
  }
  try {
    configure(db, path, readonly);
    return new SqliteStore(db, path, readonly);
  } catch (error) {
    db.close();
    if (error instanceof InputError) throw error;
    throw new InputError(path, `cannot use the database: ${(error as Error).message}`);
  }
}

function hasSqliteHeader(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new InputError(path, `cannot read the database: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    const header = Buffer.alloc(16);
    const n = readSync(fd, header, 0, 16, 0);
    return n === 0 || header.toString('latin1') === SQLITE_HEADER; // an empty file is a database yet to be written
  } finally {
    closeSync(fd);
  }
}

function configure(db: Database.Database, path: string, readonly: boolean): void {
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('foreign_keys = ON');
  const version = db.pragma('user_version', { simple: true }) as number;
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  if (version > LATEST_VERSION) {
    throw new InputError(path, `database schema version ${version} is newer than this sitrep understands (${LATEST_VERSION}); upgrade sitrep`);
  }
  if (applicationId !== APPLICATION_ID && (applicationId !== 0 || hasTables(db))) {
    throw new InputError(path, 'a SQLite database, but not a sitrep one');
  }
  if (readonly) {
    if (version === 0) throw new InputError(path, 'an empty database (fill it with sitrep ingest or sitrep start)');
    if (version < LATEST_VERSION) {
      throw new InputError(path, `database schema version ${version} is older than ${LATEST_VERSION}; run sitrep ingest on it once to upgrade it`);
    }
    return;
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  migrate(db);
}

function hasTables(db: Database.Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' LIMIT 1").get() !== undefined;
}

/** Applies the steps newer than the database's user_version, all in one write transaction. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): void {
  const latest = migrations[migrations.length - 1].version;
  const apply = db.transaction(() => {
    // Read again inside the write lock: another process may have migrated in the meantime.
    const current = db.pragma('user_version', { simple: true }) as number;
    for (const step of migrations) {
      if (step.version <= current) continue;
      db.exec(step.sql);
      db.pragma(`user_version = ${step.version}`);
    }
    db.pragma(`application_id = ${APPLICATION_ID}`);
  });
  if ((db.pragma('user_version', { simple: true }) as number) < latest) apply.immediate();
}

export class SqliteStore implements Store {
  private readonly writer: SqliteArticleWriter | undefined;
  private readonly search: SqliteSearch;

  constructor(
    readonly db: Database.Database,
    readonly path: string,
    readonly readonly: boolean,
  ) {
    this.writer = readonly ? undefined : new SqliteArticleWriter(db);
    this.search = new SqliteSearch(db);
    registerEventFunctions(db, haversineKm);
  }

  get inTransaction(): boolean {
    return this.db.inTransaction;
  }

  get schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  putArticle(article: Article, extraction: Extraction, origin: Origin): PutResult {
    if (!this.writer) throw new Error(`${this.path}: opened read-only`);
    return this.writer.put(article, extraction, origin);
  }

  begin(): void {
    this.db.exec('BEGIN IMMEDIATE');
  }

  savepoint(name: string): void {
    this.db.exec(`SAVEPOINT ${savepointName(name)}`);
  }

  release(name: string): void {
    this.db.exec(`RELEASE ${savepointName(name)}`);
  }

  rollbackTo(name: string): void {
    const quoted = savepointName(name);
    // ROLLBACK TO keeps the savepoint open; releasing it too leaves the transaction as it was before savepoint().
    this.db.exec(`ROLLBACK TO ${quoted}; RELEASE ${quoted}`);
  }

  commit(): void {
    this.db.exec('COMMIT');
  }

  rollback(): void {
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
  }

  counts(): StoreCounts {
    const one = (sql: string) => (this.db.prepare(sql).pluck().get() as number | null) ?? 0;
    const byKind: Record<string, number> = {};
    for (const row of this.db.prepare('SELECT kind, count(*) AS n FROM entities GROUP BY kind ORDER BY kind').all() as { kind: string; n: number }[]) {
      byKind[row.kind] = row.n;
    }
    const range = this.db.prepare('SELECT min(date) AS "from", max(date) AS "to" FROM articles').get() as { from: string | null; to: string | null };
    return {
      articles: one('SELECT count(*) FROM articles'),
      entitiesByKind: byKind,
      places: one('SELECT count(*) FROM places'),
      quotes: one('SELECT count(*) FROM quotes'),
      events: one('SELECT count(*) FROM events'),
      dateRange: range.from && range.to ? { from: range.from, to: range.to } : null,
    };
  }

  searchText(terms: SearchTerm[], limit: number): SearchHit[] {
    return this.search.search(terms, limit);
  }

  *events(filter: EventFilter): IterableIterator<EventRow> {
    const { sql, params } = eventsQuery(filter);
    for (const record of this.db.prepare(sql).iterate(params)) yield toEventRow(record as Parameters<typeof toEventRow>[0]);
  }

  close(): void {
    if (this.db.open) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      this.db.close();
    }
  }
}

function savepointName(name: string): string {
  if (!SAVEPOINT_NAME.test(name)) throw new Error(`savepoint name ${JSON.stringify(name)}: letters, digits and _ only`);
  return `"${name}"`;
}
