import { contentId, isIsoDate } from '../article.js';
import { InputError } from '../errors.js';
import type { TextSource } from './source.js';
import type { ReadItem, ReadOptions } from './types.js';

/**
 * The " date YYYY-MM-DD" prefix of a dated report (leading space optional), and the one space, tab
 * or line break that separates it from the report. The report text starts right after that
 * separator, so span offsets count from the report's first character.
 */
export const DATED_PREFIX = /^[ \t]*date:?[ \t]+(\d{4}-\d{2}-\d{2})(?:\r?\n|[ \t]|$)/i;

export async function* readDatedText(source: TextSource, _options: ReadOptions): AsyncIterable<ReadItem> {
  const whole = await source.text();
  const match = DATED_PREFIX.exec(whole);
  if (!match) throw new InputError(source.name, 'no " date YYYY-MM-DD" prefix on the first line', 1);
  const date = match[1];
  if (!isIsoDate(date)) throw new InputError(source.name, `invalid date ${date} in the " date" prefix`, 1);
  const text = whole.slice(match[0].length);
  if (!/\S/.test(text)) throw new InputError(source.name, 'no report text after the date');
  yield { article: { id: contentId(text, date), date, text }, origin: { file: source.name, format: 'dated-text' } };
}
