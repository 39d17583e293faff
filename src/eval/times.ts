/**
 * The temporal table: hand-resolved time expressions from real reports. A row passes when a TimeRef of
 * its text contains the expression and has exactly the expected start, end and precision; a row whose
 * start is "-" passes when no TimeRef overlaps the expression (a false-positive check).
 */
import type { TimePrecision, TimeRef } from '../extract/contract.js';
import { Doc } from '../extract/document.js';
import { sentenceStage } from '../extract/sentences.js';
import { timesStage } from '../extract/times/index.js';
import { tokenStage } from '../extract/tokens.js';

export interface TemporalRow {
  line: number;
  source: string;
  published: string;
  text: string;
  expression: string;
  expected: { start: string; end: string; precision: TimePrecision } | null;
}

export interface TemporalRowResult {
  row: TemporalRow;
  pass: boolean;
  got: TimeRef | undefined;
}

export interface TemporalTableResult {
  rows: TemporalRowResult[];
  exact: number;
  total: number;
}

/** Rows of the TSV (comment lines start with #, the first other line is the header). */
export function parseTemporalTable(tsv: string): TemporalRow[] {
  const rows: TemporalRow[] = [];
  let header = true;
  tsv.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) return;
    if (header) {
      header = false;
      return;
    }
    const cells = line.split('\t');
    if (cells.length !== 7) throw new Error(`temporal table line ${i + 1}: expected 7 tab-separated cells, got ${cells.length}`);
    const [source, published, text, expression, start, end, precision] = cells;
    if (!text.includes(expression)) throw new Error(`temporal table line ${i + 1}: the text does not contain "${expression}"`);
    rows.push({ line: i + 1, source, published, text, expression, expected: start === '-' ? null : { start, end, precision: precision as TimePrecision } });
  });
  return rows;
}

/** The TimeRefs the times stage finds in one text (tokens and sentences first, no other stage). */
export function timesOf(text: string, published: string): TimeRef[] {
  const doc = new Doc({ id: 'row', date: published, text });
  for (const stage of [tokenStage, sentenceStage, timesStage]) stage.run(doc);
  return doc.times;
}

export function evaluateTemporalTable(rows: TemporalRow[]): TemporalTableResult {
  const results = rows.map((row): TemporalRowResult => {
    const times = timesOf(row.text, row.published);
    const at = row.text.indexOf(row.expression);
    if (!row.expected) {
      const got = times.find((t) => t.span.start < at + row.expression.length && at < t.span.end);
      return { row, pass: !got, got };
    }
    const covering = times.filter((t) => t.span.text.includes(row.expression));
    const { start, end, precision } = row.expected;
    const exact = covering.find((t) => t.start === start && t.end === end && t.precision === precision);
    return { row, pass: !!exact, got: exact ?? covering[0] ?? times[0] };
  });
  return { rows: results, exact: results.filter((r) => r.pass).length, total: results.length };
}

export function formatTemporalReport(result: TemporalTableResult, verbose = false): string {
  const lines: string[] = [];
  for (const { row, pass, got } of result.rows) {
    if (pass && !verbose) continue;
    const want = row.expected ? `${row.expected.start}..${row.expected.end} ${row.expected.precision}` : 'no time';
    const have = got ? `"${got.span.text}" ${got.start}..${got.end} ${got.precision}` : 'nothing';
    lines.push(`${pass ? 'PASS' : 'FAIL'} line ${row.line} (${row.published}) "${row.expression}": want ${want}, got ${have}`);
  }
  lines.push(`temporal table: ${result.exact}/${result.total} exact (${((100 * result.exact) / Math.max(1, result.total)).toFixed(1)}%)`);
  return lines.join('\n') + '\n';
}
