import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { evaluateEvents, formatEventsReport, type EventsFormat } from '../eval/events.js';
import { writeOut } from './output.js';

const FORMATS: EventsFormat[] = ['case2021', 'plover', 'acled', 'ucdp'];

export function registerEventsEval(evaluate: Command): void {
  evaluate
    .command('events')
    .description('score event extraction against CASE 2021, PLOVER GSR, an ACLED-style export or UCDP GED')
    .argument('<file>', 'reference file')
    .requiredOption('--format <format>', FORMATS.join(' | '))
    .option('--limit <n>', 'only the first N items')
    .option('--json', 'print the report as JSON')
    .action(async (file: string, opts: { format: string; limit?: string; json?: boolean }) => {
      if (!FORMATS.includes(opts.format as EventsFormat)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
      const limit = opts.limit === undefined ? undefined : Number(opts.limit);
      if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) throw new UsageError('--limit must be a positive whole number');
      const report = evaluateEvents(file, opts.format as EventsFormat, limit);
      await writeOut(opts.json ? JSON.stringify(report, null, 2) + '\n' : formatEventsReport(report));
    });
}
