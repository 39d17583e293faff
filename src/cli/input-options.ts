import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { isIsoDate } from '../article.js';
import { DATE_STYLES, FORMATS, type DateStyle, type FormatName, type ReadOptions } from '../readers/types.js';

/** The options every command that reads reports shares: --format, --date, --field, --date-style. */
export function addInputOptions(command: Command): Command {
  return command
    .option('--format <format>', `input format instead of detection: ${FORMATS.join(', ')}`)
    .option('--date <YYYY-MM-DD>', 'publication date for plain text or markdown that carries none')
    .option('--field <name=column>', 'map an article field to another column or key (repeatable), e.g. text=notes', collect, [])
    .option('--date-style <style>', `how dates in CSV/JSON are written: ${DATE_STYLES.join(', ')}`, 'auto');
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

const ARTICLE_FIELDS = ['id', 'date', 'text', 'title', 'source', 'url'];

export function readOptionsFrom(opts: { format?: string; date?: string; field?: string[]; dateStyle?: string }): ReadOptions {
  const options: ReadOptions = {};
  if (opts.format !== undefined) {
    if (!(FORMATS as readonly string[]).includes(opts.format)) throw new UsageError(`--format ${opts.format}: not one of ${FORMATS.join(', ')}`);
    options.format = opts.format as FormatName;
  }
  if (opts.date !== undefined) {
    if (!isIsoDate(opts.date)) throw new UsageError(`--date ${opts.date}: not a date in the form YYYY-MM-DD`);
    options.date = opts.date;
  }
  if (opts.field && opts.field.length > 0) {
    options.fields = {};
    for (const mapping of opts.field) {
      const match = /^([a-z]+)=(.+)$/.exec(mapping);
      if (!match || !ARTICLE_FIELDS.includes(match[1])) {
        throw new UsageError(`--field ${mapping}: expected FIELD=COLUMN with FIELD one of ${ARTICLE_FIELDS.join(', ')}`);
      }
      options.fields[match[1]] = match[2];
    }
  }
  if (opts.dateStyle !== undefined) {
    if (!(DATE_STYLES as readonly string[]).includes(opts.dateStyle)) throw new UsageError(`--date-style ${opts.dateStyle}: not one of ${DATE_STYLES.join(', ')}`);
    options.dateStyle = opts.dateStyle as DateStyle;
  }
  return options;
}

/** Paths given on the command line, or stdin ('-') when none are given and input is piped. */
export function inputPaths(paths: string[], commandName: string): string[] {
  if (paths.length > 0) return paths;
  if (!process.stdin.isTTY) return ['-'];
  throw new UsageError(`sitrep ${commandName}: give one or more files or folders, or pipe reports on stdin`);
}
