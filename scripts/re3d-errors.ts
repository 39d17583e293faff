// Lists re3d span errors per class, with context, for error analysis:
//   node dist/scripts/re3d-errors.js RE3D_DIR [OUT.json]
// Prints exact F1 per class for documents of even and odd index (a tuning half and a held-out half),
// then writes every false positive and false negative (with the overlapping span of the other side,
// if any, and a window of text) to OUT.json.
import { writeFileSync } from 'node:fs';
import { countMatches, ENTITY_CLASSES, goldSpans, predictedSpans, type ClassSpan, type Counts } from '../src/eval/entities.js';
import { readRe3d } from '../src/eval/re3d.js';
import { extract } from '../src/extract/index.js';

interface ErrorRow {
  half: 'even' | 'odd';
  doc: string;
  source: string;
  cls: string;
  side: 'fp' | 'fn';
  text: string;
  other: string | null; // the overlapping span of the same class on the other side
  otherClass: string | null; // an exact span of another class on the other side
  context: string;
}

const dir = process.argv[2] ?? '../shared/data/ner/re3d';
const out = process.argv[3] ?? '/tmp/re3d-errors.json';
const docs = readRe3d(dir);
const totals = { even: emptyTotals(), odd: emptyTotals() };
const rows: ErrorRow[] = [];

docs.forEach((doc, index) => {
  const half = index % 2 === 0 ? 'even' : 'odd';
  const gold = goldSpans(doc);
  const predicted = predictedSpans(extract({ id: doc.id, date: '', text: doc.text }).entities);
  const counts = countMatches(gold, predicted);
  for (const cls of ENTITY_CLASSES) for (const k of ['gold', 'predicted', 'exact'] as const) totals[half][cls][k] += counts[cls][k];
  const slice = (s: ClassSpan) => doc.text.slice(s.start, s.end);
  const context = (s: ClassSpan) =>
    (doc.text.slice(Math.max(0, s.start - 60), s.start) + '[' + slice(s) + ']' + doc.text.slice(s.end, s.end + 60)).replace(/\s+/g, ' ');
  const record = (side: 'fp' | 'fn', mine: ClassSpan[], theirs: ClassSpan[]) => {
    for (const s of mine) {
      const same = theirs.filter((t) => t.cls === s.cls);
      if (same.some((t) => t.start === s.start && t.end === s.end)) continue;
      const over = same.find((t) => t.start < s.end && s.start < t.end);
      const otherCls = theirs.find((t) => t.cls !== s.cls && t.start === s.start && t.end === s.end);
      rows.push({
        half,
        doc: doc.id,
        source: doc.source,
        cls: s.cls,
        side,
        text: slice(s),
        other: over ? slice(over) : null,
        otherClass: otherCls ? otherCls.cls : null,
        context: context(s),
      });
    }
  };
  record('fn', gold, predicted);
  record('fp', predicted, gold);
});

for (const half of ['even', 'odd'] as const) {
  const line = ENTITY_CLASSES.map((cls) => `${cls} ${f1(totals[half][cls]).toFixed(3)}`).join('  ');
  process.stdout.write(`${half}: ${line}\n`);
}
writeFileSync(out, JSON.stringify(rows, null, 1));
process.stdout.write(`${rows.length} errors written to ${out}\n`);

function emptyTotals(): Record<string, Counts> {
  return Object.fromEntries(ENTITY_CLASSES.map((c) => [c, { gold: 0, predicted: 0, exact: 0, overlap: 0 }]));
}

function f1(c: Counts): number {
  return c.gold + c.predicted === 0 ? 0 : (2 * c.exact) / (c.gold + c.predicted);
}
