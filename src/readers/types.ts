import type { Article, Origin } from '../article.js';
import type { InputError } from '../errors.js';

export const FORMATS = ['dated-text', 'text', 'json', 'jsonl', 'csv', 'tsv', 'html', 'feed', 'telegram'] as const;
export type FormatName = (typeof FORMATS)[number];

/** How dates in CSV/JSON columns are written, when they are not ISO. */
export const DATE_STYLES = ['auto', 'iso', 'dmy', 'mdy'] as const;
export type DateStyle = (typeof DATE_STYLES)[number];

export interface ReadOptions {
  format?: FormatName; // overrides detection
  date?: string; // YYYY-MM-DD: publication date for plain text / markdown that carries none
  fields?: Record<string, string>; // article field -> column or key name in the input, e.g. { text: 'notes', date: 'event_date' }
  dateStyle?: DateStyle;
}

/** A record that could not be read: the rest of the file may still be good. */
export interface BadRecord {
  error: InputError;
}

export type ReadItem = ({ article: Article; origin: Origin } & { error?: undefined }) | (BadRecord & { article?: undefined });

/**
 * One input file (or stdin). `items()` streams its articles and bad records in order; a problem with the
 * file as a whole (unreadable, binary, empty, unknown format, bad encoding) is thrown as an InputError.
 */
export interface InputFile {
  path: string; // '-' for stdin
  items(): AsyncIterable<ReadItem>;
}
