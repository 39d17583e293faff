import type { Command } from 'commander';
import { DEFAULT_MIN_CONFIDENCE, evaluateEntities, formatEntityEvaluation } from '../eval/entities.js';
import { readRe3d } from '../eval/re3d.js';
import { extract } from '../extract/index.js';
import { writeOut } from './output.js';

export function registerEntitiesEval(evaluate: Command): void {
  evaluate
    .command('entities')
    .description('span F1 of people, organizations and places against re3d (exact and overlapping spans)')
    .argument('<dir>', 're3d folder (../shared/data/ner/re3d) or one of its subfolders')
    .option('--min-confidence <x>', 'gold annotations at or above this confidence', String(DEFAULT_MIN_CONFIDENCE))
    .option('--json', 'machine-readable output')
    .action(async (dir: string, opts: { minConfidence: string; json?: boolean }) => {
      const documents = readRe3d(dir);
      const result = evaluateEntities(
        documents,
        (doc) => extract({ id: doc.id, date: '', text: doc.text }).entities,
        Number(opts.minConfidence),
      );
      await writeOut(opts.json ? JSON.stringify(result) + '\n' : formatEntityEvaluation(result));
    });
}
