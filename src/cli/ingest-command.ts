import { basename } from 'node:path';
import type { Command } from 'commander';
import { openInputs } from '../readers/index.js';
import type { InputFile } from '../readers/types.js';
import { ingest, type IngestSummary } from '../store/ingest.js';
import { addInputOptions, inputPaths, readOptionsFrom } from './input-options.js';
import { bar, progressLine } from './progress.js';
import { withStore } from './store-option.js';

export function registerIngest(program: Command): void {
  addInputOptions(
    program
      .command('ingest')
      .description('read reports, extract them and store them in the database (all or nothing unless --skip-bad)')
      .argument('[paths...]', 'files or folders; none reads stdin')
      .option('--skip-bad', 'store the good records and files, list the bad ones'),
  ).action(async (paths: string[], opts, command: Command) => {
    const options = readOptionsFrom(opts);
    const files: InputFile[] = [];
    for await (const file of openInputs(inputPaths(paths, 'ingest'), options)) files.push(file);
    const summary = await withStore(command, { readonly: false }, (store) => {
      const progress = progressLine();
      return ingest(store, fromArray(files), {
        skipBad: Boolean(opts.skipBad),
        onProgress: (p) =>
          progress.update(`${bar(p.files, files.length)}${p.files}/${files.length} files · ${p.articles} articles · ${Math.round(p.rate)}/s · ${p.file ? basename(p.file) : ''}`),
      }).finally(() => progress.done());
    });
    process.stderr.write(formatSummary(summary));
  });
}

async function* fromArray<T>(items: T[]): AsyncIterable<T> {
  yield* items;
}

export function formatSummary(s: IngestSummary): string {
  const lines = [
    `ingested ${s.files} file${s.files === 1 ? '' : 's'} in ${s.seconds.toFixed(1)} s: ${s.read} read, ${s.new} new, ${s.duplicates} duplicate${s.duplicates === 1 ? '' : 's'}, ${s.failed.length} failed`,
  ];
  for (const f of s.failed) lines.push(`  failed: ${f.file}${f.line !== undefined ? `:${f.line}` : ''}: ${f.problem}`);
  return lines.join('\n') + '\n';
}
