import type { Command } from 'commander';
import { extract } from '../extract/index.js';
import { extractInBatches } from '../extract/batches.js';
import { openInputs } from '../readers/index.js';
import { addInputOptions, inputPaths, readOptionsFrom } from './input-options.js';
import { writeOut } from './output.js';
import { InputError } from '../errors.js';

export function registerExtract(program: Command): void {
  addInputOptions(
    program
      .command('extract')
      .description('print the sitrep/extraction@1 record of each report (pretty JSON for one, JSON lines for several)')
      .argument('[paths...]', 'files or folders; none reads stdin')
      .option('--jsonl', 'one JSON object per line, even for a single report')
      .option('--pretty', 'indented JSON, even for several reports'),
  ).action(async (paths: string[], opts) => {
    const options = readOptionsFrom(opts);
    const pending: string[] = [];
    let count = 0;
    const emit = async (json: object) => {
      count++;
      if (opts.pretty) return writeOut(JSON.stringify(json, null, 2) + '\n');
      if (opts.jsonl) return writeOut(JSON.stringify(json) + '\n');
      // Undecided until a second article shows up: one article prints indented, several as JSON lines.
      if (count === 1) return void pending.push(JSON.stringify(json, null, 2) + '\n', JSON.stringify(json) + '\n');
      if (count === 2) await writeOut(pending.splice(0)[1]);
      return writeOut(JSON.stringify(json) + '\n');
    };
    for await (const file of openInputs(inputPaths(paths, 'extract'), options)) {
      for await (const item of extractInBatches(file.items(), extract)) {
        if (item.error) throw item.error;
        await emit(item.extraction);
      }
    }
    if (count === 1) await writeOut(pending[0]);
    if (count === 0) throw new InputError(paths.join(', ') || '-', 'no reports found');
  });
}
