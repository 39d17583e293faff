// TEMPORARY placeholder so other modules compile while the pipeline is written; replaced by the real pipeline.
import type { Article } from '../article.js';
import { EXTRACTION_SCHEMA, type Extraction } from './contract.js';

export type { Extraction } from './contract.js';

export function extract(article: Article): Extraction {
  const { id, date, title, source, url } = article;
  const meta = { id, date, ...(title ? { title } : {}), ...(source ? { source } : {}), ...(url ? { url } : {}) };
  return { schema: EXTRACTION_SCHEMA, article: meta, entities: [], times: [], quotes: [], events: [] };
}
