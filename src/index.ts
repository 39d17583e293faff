// The library: everything the command line does is available without it.
export type { Article, Origin } from './article.js';
export { contentId } from './article.js';
export { InputError, UsageError } from './errors.js';
export * from './extract/contract.js';
export { extract } from './extract/index.js';
export { openInputs, readFile } from './readers/index.js';
export type { FormatName, InputFile, ReadItem, ReadOptions } from './readers/types.js';
export { openSqliteStore, resolveDbPath } from './store/sqlite.js';
export type { Store } from './store/store.js';
export { ingest } from './store/ingest.js';
export type { IngestSummary } from './store/ingest.js';
