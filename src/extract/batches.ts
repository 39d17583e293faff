import type { Article } from '../article.js';
import type { ReadItem } from '../readers/types.js';
import type { Extraction } from './contract.js';
import { extractWithHomes } from './places/home.js';

/** How many reports are read together: each source's home is learned from its reports in one batch. */
export const BATCH_SIZE = 512;

export type ExtractedItem = (ReadItem & { error?: undefined }) & { extraction: Extraction };

/**
 * Extracts a stream of reports in batches, in order: bad records pass through as they are, and the
 * reports of one source in a batch are read with the home their batch shows (see learnHome).
 */
export async function* extractInBatches(
  items: AsyncIterable<ReadItem>,
  extractOne: (article: Article) => Extraction,
  batchSize = BATCH_SIZE,
): AsyncIterable<ExtractedItem | (ReadItem & { error: NonNullable<ReadItem['error']> })> {
  let batch: ReadItem[] = [];
  const flush = function* () {
    const good = batch.filter((item) => !item.error);
    const extractions = extractWithHomes(good.map((item) => item.article!), extractOne);
    let next = 0;
    for (const item of batch) {
      if (item.error) yield item as ReadItem & { error: NonNullable<ReadItem['error']> };
      else yield { ...item, extraction: extractions[next++] };
    }
    batch = [];
  };
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= batchSize) yield* flush();
  }
  yield* flush();
}
