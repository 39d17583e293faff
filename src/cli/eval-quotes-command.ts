import type { Command } from 'commander';
import { formatQuoteScores, loadPolnear, scoreQuotes } from '../eval/quotes.js';
import { writeOut } from './output.js';

export function registerQuotesEval(evaluate: Command): void {
  evaluate
    .command('quotes')
    .description('score quote extraction against PolNeAR BRAT attributions (content overlap, exact span, speaker)')
    .argument('<dir>', 'a PolNeAR split: a folder with text/ and attributions/')
    .option('--limit <n>', 'score only the first N articles', (v) => Number.parseInt(v, 10))
    .option('--json', 'print the scores as JSON')
    .action(async (dir: string, opts: { limit?: number; json?: boolean }) => {
      const scores = scoreQuotes(loadPolnear(dir, opts.limit ?? Infinity));
      await writeOut(opts.json ? JSON.stringify(scores, null, 2) + '\n' : formatQuoteScores(scores));
    });
}
