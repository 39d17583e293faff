import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { openInputs } from '../readers/index.js';
import type { InputFile } from '../readers/types.js';
import { ingest } from '../store/ingest.js';
import { openSqliteStore, resolveDbPath } from '../store/sqlite.js';
import { storeStats } from '../query/stats.js';
import { packageRoot } from '../package-root.js';
import { formatSummary } from './ingest-command.js';
import { formatStats } from './query-commands.js';
import { writeOut } from './output.js';

/** The bundled demo corpus: the reference report and the corpus built from open data (see examples/PROVENANCE.md). */
export function demoCorpusFiles(): string[] {
  const dir = join(packageRoot(), 'examples');
  return readdirSync(dir)
    .filter((name) => /\.(txt|jsonl)$/.test(name))
    .sort()
    .map((name) => join(dir, name));
}

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('the main job: build the database from the bundled demo corpus if it is absent, then show what it holds')
    .action(async (_opts, command: Command) => {
      const path = resolveDbPath(command.optsWithGlobals().db as string | undefined);
      if (!existsSync(path)) {
        process.stderr.write(`building ${path} from the demo corpus (${demoCorpusFiles().length} files)…\n`);
        const files: InputFile[] = [];
        for await (const file of openInputs(demoCorpusFiles(), {})) files.push(file);
        const store = openSqliteStore(path, { readonly: false });
        try {
          process.stderr.write(formatSummary(await ingest(store, (async function* () { yield* files; })(), {})));
        } finally {
          store.close();
        }
      }
      const store = openSqliteStore(path, { readonly: true });
      try {
        await writeOut(`sitrep database ${path}\n\n` + formatStats(storeStats(store)));
      } finally {
        store.close();
      }
      await writeOut('\nTry: sitrep search "Kherson" · sitrep events --near 46.64,32.62,50 · sitrep export --format geojson --out events.geojson\n');
    });
}
