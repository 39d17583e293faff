import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { InputError } from '../errors.js';
import { evaluateTemporalTable, formatTemporalReport, parseTemporalTable } from '../eval/times.js';
import { writeOut } from './output.js';

/** `sitrep eval times TABLE.tsv`: the temporal table (test/fixtures/times/temporal-table.tsv) resolved exactly. */
export function registerTimesEval(evaluate: Command): void {
  evaluate
    .command('times')
    .description('resolve a table of hand-checked temporal expressions and report how many come out exactly')
    .argument('<table>', 'TSV: source, published, text, expression, start, end, precision')
    .option('--verbose', 'list passing rows too')
    .action(async (table: string, opts: { verbose?: boolean }) => {
      let rows;
      try {
        rows = parseTemporalTable(readFileSync(table, 'utf8'));
      } catch (err) {
        throw new InputError(table, (err as Error).message);
      }
      const result = evaluateTemporalTable(rows);
      await writeOut(formatTemporalReport(result, opts.verbose));
      if (result.exact < result.total) process.exitCode = 1;
    });
}
