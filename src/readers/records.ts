import { contentId, type Article, type DatePrecision } from '../article.js';
import { InputError } from '../errors.js';
import { describeStyle, numericDateOrder, parseDate, parsePartialDate, type NumericOrder } from './dates.js';
import type { ArticleField, FieldValues } from './fields.js';
import type { FormatName, ReadItem, ReadOptions } from './types.js';

/** Where a record is: a line of the file (JSONL, CSV) or its position in a list (JSON array, feed). */
export interface RecordPlace {
  line?: number;
  record?: number;
  label?: string; // 'item', 'message', …: how a record is named in messages; default 'record'
}

/** Records whose day/month order is unknown are held back this long, then the file is refused. */
const MAX_PENDING = 50_000;

function optionalString(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * Turns records (field values read from JSON, CSV, feeds, …) into articles, in order. Numeric dates
 * such as 05/02/2014 are read with options.dateStyle, or with the day/month order the file's
 * first unambiguous date shows; records before that one are held back until it is known.
 */
export class ArticleBuilder {
  private order: NumericOrder | undefined;
  private readonly pending: Array<{ values: FieldValues; place: RecordPlace }> = [];
  private firstAmbiguous: string | undefined;

  constructor(
    private readonly file: string,
    private readonly format: FormatName,
    private readonly options: ReadOptions,
    private readonly label: (field: ArticleField) => string, // how a field is named in messages: 'field "date"', 'column "date_start"'
  ) {
    const style = options.dateStyle;
    if (style === 'dmy' || style === 'mdy') this.order = style;
  }

  private error(place: RecordPlace, problem: string): ReadItem {
    const prefix = place.line === undefined && place.record !== undefined ? `${place.label ?? 'record'} ${place.record}: ` : '';
    return { error: new InputError(this.file, prefix + problem, place.line) };
  }

  *add(values: FieldValues, place: RecordPlace): Generator<ReadItem> {
    if (this.order === undefined && this.options.dateStyle !== 'iso') {
      const raw = typeof values.date === 'string' ? values.date : undefined;
      const order = raw === undefined ? undefined : numericDateOrder(raw);
      if (order === 'dmy' || order === 'mdy') {
        this.order = order;
        yield* this.flush();
      } else if (order === 'either' || this.pending.length > 0) {
        if (order === 'either') this.firstAmbiguous ??= raw;
        this.pending.push({ values, place });
        if (this.pending.length > MAX_PENDING) throw this.ambiguityError();
        return;
      }
    }
    yield this.build(values, place);
  }

  /** Call at the end of the input: throws if dates stayed ambiguous. */
  *finish(): Generator<ReadItem> {
    if (this.pending.length > 0) {
      if (this.firstAmbiguous !== undefined) throw this.ambiguityError();
      yield* this.flush();
    }
  }

  private ambiguityError(): InputError {
    return new InputError(
      this.file,
      `dates such as "${this.firstAmbiguous}" can be read as day/month or month/day: pass --date-style dmy or mdy`,
    );
  }

  private *flush(): Generator<ReadItem> {
    for (const { values, place } of this.pending.splice(0)) yield this.build(values, place);
  }

  private build(values: FieldValues, place: RecordPlace): ReadItem {
    const text = values.text;
    if (text === undefined) return this.error(place, `no text (${this.label('text')})`);
    if (typeof text !== 'string') return this.error(place, `text is not a string (${this.label('text')})`);
    if (!/\S/.test(text)) return this.error(place, `empty text (${this.label('text')})`);

    let date: string | undefined;
    let datePrecision: DatePrecision | undefined;
    const rawDate = optionalString(values.date);
    if (rawDate === undefined) {
      date = this.options.date;
      if (date === undefined) return this.error(place, `no date (${this.label('date')}): pass --date YYYY-MM-DD`);
    } else {
      date = parseDate(rawDate, this.order ?? this.options.dateStyle ?? 'auto');
      const partial = date === undefined ? parsePartialDate(rawDate) : undefined;
      if (partial) ({ date, precision: datePrecision } = partial);
      if (date === undefined) {
        const how = this.order ? ` as ${describeStyle(this.order)}` : '';
        return this.error(place, `unparseable date "${rawDate}"${how} (${this.label('date')})`);
      }
    }

    // The text is kept verbatim: span offsets index it.
    const article: Article = { id: optionalString(values.id) ?? contentId(text, date), date, text };
    if (datePrecision !== undefined) article.datePrecision = datePrecision;
    const title = optionalString(values.title);
    if (title !== undefined) article.title = title;
    const source = optionalString(values.source);
    if (source !== undefined) article.source = source;
    const url = optionalString(values.url);
    if (url !== undefined) article.url = url;
    return { article, origin: { file: this.file, line: place.line ?? place.record, format: this.format } };
  }
}
