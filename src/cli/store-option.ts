import type { Command } from 'commander';
import { openSqliteStore, resolveDbPath } from '../store/sqlite.js';
import type { Store } from '../store/store.js';

/** The database the command names with --db (or SITREP_DB, or ./sitrep.db), opened for the callback and closed after. */
export async function withStore<T>(command: Command, mode: { readonly: boolean }, use: (store: Store) => Promise<T> | T): Promise<T> {
  const path = resolveDbPath(command.optsWithGlobals().db as string | undefined);
  const store = openSqliteStore(path, mode);
  try {
    return await use(store);
  } finally {
    store.close();
  }
}
