/** One judged prediction: how sure the extractor was, and whether it was right. */
export interface Judged {
  confidence: number;
  right: boolean;
}

/** What keeping only predictions at or above a confidence buys: how many are kept, how often they are right, how much of the whole they cover. */
export interface ConfidenceRow {
  threshold: number;
  kept: number;
  precision: number;
  recall: number;
}

export const CONFIDENCE_THRESHOLDS = [0, 0.5, 0.6, 0.7, 0.8, 0.9];

/** Precision and recall at each threshold; items with no prediction count against recall only. */
export function byConfidence(judged: (Judged | undefined)[], thresholds = CONFIDENCE_THRESHOLDS): ConfidenceRow[] {
  const total = judged.length || 1;
  return thresholds.map((threshold) => {
    const kept = judged.filter((j): j is Judged => j !== undefined && j.confidence >= threshold);
    const right = kept.filter((j) => j.right).length;
    return { threshold, kept: kept.length, precision: kept.length ? right / kept.length : 0, recall: right / total };
  });
}

export function formatConfidenceRows(rows: ConfidenceRow[]): string[] {
  const lines = ['', `  ${'confidence >='.padEnd(16)} ${'kept'.padStart(6)} precision recall`];
  for (const row of rows) lines.push(`  ${row.threshold.toFixed(2).padEnd(16)} ${String(row.kept).padStart(6)} ${row.precision.toFixed(3).padStart(9)} ${row.recall.toFixed(3).padStart(6)}`);
  return lines;
}
