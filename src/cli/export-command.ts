import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { EXPORT_FORMATS, exportEvents, type ExportFormat } from '../export/index.js';
import { addEventFilterOptions, eventFilterFrom } from './query-commands.js';
import { openOutput } from './output.js';
import { withStore } from './store-option.js';

export function registerExport(program: Command): void {
  addEventFilterOptions(
    program
      .command('export')
      .description('write stored events as CSV, JSON lines, GeoJSON or an ACLED-style CSV')
      .requiredOption('--format <format>', EXPORT_FORMATS.join(' | '))
      .option('--out <file>', 'write here instead of stdout (the file appears only when complete)'),
  ).action(async (opts, command: Command) => {
    if (!(EXPORT_FORMATS as readonly string[]).includes(opts.format)) {
      throw new UsageError(`--format ${opts.format}: not one of ${EXPORT_FORMATS.join(', ')}`);
    }
    const filter = eventFilterFrom(opts);
    const output = openOutput(opts.out);
    const result = await withStore(command, { readonly: true }, (store) => exportEvents(store, opts.format as ExportFormat, filter, output.stream));
    await output.close();
    const skipped = result.skipped ? `, ${result.skipped} left out (no coordinates)` : '';
    process.stderr.write(`exported ${result.written} event${result.written === 1 ? '' : 's'}${skipped}${opts.out ? ` to ${opts.out}` : ''}\n`);
  });
}
