import type { Entity, EntityKind } from '../extract/contract.js';
import type { Re3dDocument } from './re3d.js';

/** The classes re3d scores, and which of our entity kinds count as each. */
export const ENTITY_CLASSES = ['Person', 'Organisation', 'Location'] as const;
export type EntityClass = (typeof ENTITY_CLASSES)[number];

const CLASS_OF_KIND: Record<EntityKind, EntityClass> = {
  person: 'Person',
  organization: 'Organisation',
  armed_group: 'Organisation',
  place: 'Location',
};

/**
 * re3d keeps the alternatives its annotators rejected (nested or differently typed spans) with a low
 * confidence; the gold reading is what the model judged more likely than not.
 */
export const DEFAULT_MIN_CONFIDENCE = 0.5;

export interface ClassSpan {
  cls: EntityClass;
  start: number;
  end: number;
}

export interface Counts {
  gold: number;
  predicted: number;
  exact: number; // predicted spans equal to a gold span of the same class
  overlap: number; // one-to-one pairs of overlapping spans of the same class
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
  overlapPrecision: number;
  overlapRecall: number;
  overlapF1: number;
}

export interface EntityEvaluation {
  documents: number;
  classes: Record<EntityClass, Scores>;
  micro: Scores;
}

/** Gold spans of the scored classes, deduplicated. */
export function goldSpans(doc: Re3dDocument, minConfidence = DEFAULT_MIN_CONFIDENCE): ClassSpan[] {
  const spans = doc.entities
    .filter((e) => e.confidence >= minConfidence && (ENTITY_CLASSES as readonly string[]).includes(e.type))
    .map((e) => ({ cls: e.type as EntityClass, start: e.begin, end: e.end }));
  return dedupe(spans);
}

/**
 * Possessive determiners our coreference links to their entity ("his", "its") but re3d does not mark
 * as mentions ("her" is left in: it is also the object pronoun, which re3d marks).
 */
const POSSESSIVE_DETERMINERS = new Set(['his', 'its', 'their', 'our', 'my', 'your']);

/** Relative pronouns our coreference links to their antecedent ("Russia, which denied …"), none of which re3d marks. */
const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'which']);

/**
 * Every mention of every entity, as a span of its class, deduplicated. A mention read in a sense other than
 * naming the entity ("Russian" as a demonym, "Moscow" as its government, "military" qualifying "airport")
 * is none of its class.
 */
export function predictedSpans(entities: readonly Entity[]): ClassSpan[] {
  const spans = dedupe(
    entities.flatMap((e) =>
      e.mentions
        .filter((m) => m.sense === undefined)
        .filter((m) => !POSSESSIVE_DETERMINERS.has(m.text.toLowerCase()) && !RELATIVE_PRONOUNS.has(m.text.toLowerCase()))
        .map((m) => ({ cls: CLASS_OF_KIND[e.kind], start: m.start, end: m.end })),
    ),
  );
  return spans.filter((s) => s.cls !== 'Location' || !spans.some((t) => t !== s && within(s, t)));
}

/**
 * re3d marks the outermost span: a place inside a longer mention ("Syria" in "Palmyra, Syria", "Iraq" in
 * "the people of Iraq") is no Location of its own, though our entities keep it as a mention of the country.
 */
function within(inner: ClassSpan, outer: ClassSpan): boolean {
  return outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;
}

function dedupe(spans: ClassSpan[]): ClassSpan[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const key = `${s.cls} ${s.start} ${s.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Counts for one document, per class. */
export function countMatches(gold: readonly ClassSpan[], predicted: readonly ClassSpan[]): Record<EntityClass, Counts> {
  const counts = emptyCounts();
  for (const cls of ENTITY_CLASSES) {
    const g = gold.filter((s) => s.cls === cls).sort(byStart);
    const p = predicted.filter((s) => s.cls === cls).sort(byStart);
    const c = counts[cls];
    c.gold = g.length;
    c.predicted = p.length;
    const exact = new Set(g.map((s) => `${s.start} ${s.end}`));
    c.exact = p.filter((s) => exact.has(`${s.start} ${s.end}`)).length;
    c.overlap = overlapPairs(g, p);
  }
  return counts;
}

/** Greedy one-to-one pairing of overlapping spans, exact matches first. */
function overlapPairs(gold: ClassSpan[], predicted: ClassSpan[]): number {
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  for (let i = 0; i < predicted.length; i++) {
    const j = gold.findIndex((g) => g.start === predicted[i].start && g.end === predicted[i].end);
    if (j >= 0 && !usedGold.has(j)) {
      usedGold.add(j);
      usedPredicted.add(i);
    }
  }
  for (let i = 0; i < predicted.length; i++) {
    if (usedPredicted.has(i)) continue;
    const p = predicted[i];
    const j = gold.findIndex((g, k) => !usedGold.has(k) && g.start < p.end && p.start < g.end);
    if (j >= 0) {
      usedGold.add(j);
      usedPredicted.add(i);
    }
  }
  return usedPredicted.size;
}

const byStart = (a: ClassSpan, b: ClassSpan) => a.start - b.start || a.end - b.end;

function emptyCounts(): Record<EntityClass, Counts> {
  return Object.fromEntries(ENTITY_CLASSES.map((cls) => [cls, { gold: 0, predicted: 0, exact: 0, overlap: 0 }])) as Record<EntityClass, Counts>;
}

/** Scores every document: `extractEntities` gives the entities our pipeline finds in a text. */
export function evaluateEntities(
  documents: readonly Re3dDocument[],
  extractEntities: (doc: Re3dDocument) => readonly Entity[],
  minConfidence = DEFAULT_MIN_CONFIDENCE,
): EntityEvaluation {
  const totals = emptyCounts();
  for (const doc of documents) {
    const counts = countMatches(goldSpans(doc, minConfidence), predictedSpans(extractEntities(doc)));
    for (const cls of ENTITY_CLASSES) {
      for (const key of ['gold', 'predicted', 'exact', 'overlap'] as const) totals[cls][key] += counts[cls][key];
    }
  }
  const micro: Counts = { gold: 0, predicted: 0, exact: 0, overlap: 0 };
  for (const cls of ENTITY_CLASSES) for (const key of ['gold', 'predicted', 'exact', 'overlap'] as const) micro[key] += totals[cls][key];
  return {
    documents: documents.length,
    classes: Object.fromEntries(ENTITY_CLASSES.map((cls) => [cls, scores(totals[cls])])) as Record<EntityClass, Scores>,
    micro: scores(micro),
  };
}

function scores(c: Counts): Scores {
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
  const precision = ratio(c.exact, c.predicted);
  const recall = ratio(c.exact, c.gold);
  const overlapPrecision = ratio(c.overlap, c.predicted);
  const overlapRecall = ratio(c.overlap, c.gold);
  return { ...c, precision, recall, f1: f1(precision, recall), overlapPrecision, overlapRecall, overlapF1: f1(overlapPrecision, overlapRecall) };
}

/** A plain-text table: one row per class and the micro average. */
export function formatEntityEvaluation(result: EntityEvaluation): string {
  const pct = (x: number) => x.toFixed(3);
  const header = ['class', 'gold', 'pred', 'exact P', 'exact R', 'exact F1', 'overlap P', 'overlap R', 'overlap F1'];
  const rows = [...ENTITY_CLASSES.map((cls) => [cls, result.classes[cls]] as const), ['micro', result.micro] as const].map(([name, s]) => [
    name,
    String(s.gold),
    String(s.predicted),
    pct(s.precision),
    pct(s.recall),
    pct(s.f1),
    pct(s.overlapPrecision),
    pct(s.overlapRecall),
    pct(s.overlapF1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [`${result.documents} documents`, line(header), ...rows.map(line)].join('\n') + '\n';
}
