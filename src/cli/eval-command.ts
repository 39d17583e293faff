import type { Command } from 'commander';
import { InputError } from '../errors.js';
import { loadAcceptance, locateAcceptanceArticle } from '../eval/acceptance-file.js';
import { formatAcceptanceReport, runAcceptance } from '../eval/acceptance.js';
import { readExtractionFile } from '../eval/extraction-file.js';
import { readFile } from '../readers/index.js';
import type { Article } from '../article.js';
import { addInputOptions, readOptionsFrom } from './input-options.js';
import { registerEventsEval } from './eval-events-command.js';
import { writeOut } from './output.js';
import { registerGeoEval } from './eval-geo-command.js';
import { registerEntitiesEval } from './eval-entities-command.js';
import { registerQuotesEval } from './eval-quotes-command.js';
import { registerTimesEval } from './eval-times-command.js';

export function registerEval(program: Command): void {
  const evaluate = program.command('eval').description('measure extraction quality against reference data');
  registerEventsEval(evaluate);
  registerEntitiesEval(evaluate);
  registerQuotesEval(evaluate);
  registerGeoEval(evaluate);
  registerTimesEval(evaluate);
  addInputOptions(
    evaluate
      .command('acceptance')
      .description('check the extraction of a report against an acceptance file; exits 1 while any item fails')
      .argument('<file>', 'acceptance file (JSON, as ../shared/acceptance/kherson-2022-11-11.json)')
      .option('--article <path>', 'the report it describes (default: ../examples/NAME.txt beside it)')
      .option('--extraction <path>', 'check this saved extraction instead of extracting the report'),
  ).action(async (file: string, opts) => {
    const acceptance = loadAcceptance(file);
    const articlePath = locateAcceptanceArticle(file, opts.article);
    const article = await readSingleArticle(articlePath, readOptionsFrom(opts));
    const extraction = opts.extraction ? readExtractionFile(opts.extraction, article.text) : undefined;
    const result = runAcceptance(acceptance, article, extraction);
    await writeOut(formatAcceptanceReport(result));
    if (result.passed < result.total) process.exitCode = 1;
  });
}

async function readSingleArticle(path: string, options: ReturnType<typeof readOptionsFrom>): Promise<Article> {
  const articles: Article[] = [];
  for await (const item of readFile(path, options).items()) {
    if (item.error) throw item.error;
    articles.push(item.article);
  }
  if (articles.length !== 1) throw new InputError(path, `expected one report, found ${articles.length}`);
  return articles[0];
}
