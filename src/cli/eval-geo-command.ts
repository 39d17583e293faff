import type { Command } from 'commander';
import { Option } from 'commander';
import { Doc } from '../extract/document.js';
import { extract } from '../extract/index.js';
import { placesStage } from '../extract/places/index.js';
import { extractWithHomes } from '../extract/places/home.js';
import { sentenceStage } from '../extract/sentences.js';
import { tokenStage } from '../extract/tokens.js';
import type { Article } from '../article.js';
import { evaluateGeo, formatGeoEvaluation } from '../eval/geo.js';
import { GEO_FORMATS, readGeoCorpus, type GeoFormat } from '../eval/geo-corpora.js';
import { evaluateUcdp, formatUcdpEvaluation, readUcdpSettlements } from '../eval/geo-ucdp.js';
import { writeOut } from './output.js';

/** The place stage alone (with tokens and sentences), for a short location description. */
function placesOnly(article: Article) {
  const doc = new Doc(article);
  for (const stage of [tokenStage, sentenceStage, placesStage]) stage.run(doc);
  return doc.entities;
}

export function registerGeoEval(evaluate: Command): void {
  evaluate
    .command('geo')
    .description('geoparsing: Acc@161 and precision on GeoWebNews / LGL / GeoVirus XML, or the share of UCDP settlement rows placed within 10 km')
    .argument('<file>', 'GWN.xml, lgl.xml (or WikToR, TR-News), a GeoVirus-style XML file, or a UCDP GED CSV with --format ucdp')
    .addOption(new Option('--format <format>', 'corpus schema (detected for XML)').choices([...GEO_FORMATS, 'ucdp']))
    .option('--limit <n>', 'only the first N articles (rows for ucdp)', (v) => Number.parseInt(v, 10))
    .option('--description-only', 'ucdp: read where_description alone, without the row\'s adm_2, adm_1 and country')
    .option('--no-source-homes', 'read every article alone, without the home learned from the other articles of its source')
    .option('--json', 'machine-readable output')
    .action(async (file: string, opts: { format?: GeoFormat | 'ucdp'; limit?: number; json?: boolean; descriptionOnly?: boolean; sourceHomes: boolean }) => {
      const limit = opts.limit ?? Infinity;
      if (opts.format === 'ucdp' || (!opts.format && /\.csv$/i.test(file))) {
        const withDivisions = !opts.descriptionOnly;
        const result = evaluateUcdp(readUcdpSettlements(file, limit), placesOnly, withDivisions);
        await writeOut(opts.json ? JSON.stringify(result) + '\n' : formatUcdpEvaluation(result, withDivisions));
        return;
      }
      const corpus = readGeoCorpus(file, opts.format, limit);
      const articles = corpus.map((item) => item.article);
      const read = opts.sourceHomes ? extractWithHomes(articles, extract) : articles.map((article) => extract(article));
      const extractions = new Map(read.map((x) => [x.article.id, x]));
      const result = evaluateGeo(corpus, (article) => extractions.get(article.id)!.entities);
      await writeOut(opts.json ? JSON.stringify(result) + '\n' : formatGeoEvaluation(file, result));
    });
}
