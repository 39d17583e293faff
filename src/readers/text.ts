import { contentId, isIsoDate, type Article } from '../article.js';
import { InputError, UsageError } from '../errors.js';
import type { TextSource } from './source.js';
import type { ReadItem, ReadOptions } from './types.js';

// A Markdown "# Title" first line, and the blank lines after it.
const MARKDOWN_TITLE = /^# +(.+?)[ \t#]*\r?\n(?:[ \t]*\r?\n)*/;

/** Plain text or Markdown without a date prefix: one article dated by options.date. */
export async function* readText(source: TextSource, options: ReadOptions): AsyncIterable<ReadItem> {
  const date = options.date;
  if (date === undefined) throw new InputError(source.name, 'no publication date: pass --date YYYY-MM-DD');
  if (!isIsoDate(date)) throw new UsageError(`--date must be a valid YYYY-MM-DD date, got "${date}"`);
  let text = await source.text();
  let title: string | undefined;
  const heading = /\.(md|markdown)$/i.test(source.name) ? MARKDOWN_TITLE.exec(text) : null;
  if (heading) {
    title = heading[1];
    text = text.slice(heading[0].length); // the article text is what follows the title
  }
  if (!/\S/.test(text)) throw new InputError(source.name, 'no report text');
  const article: Article = { id: contentId(text, date), date, text };
  if (title !== undefined) article.title = title;
  yield { article, origin: { file: source.name, format: 'text' } };
}
