import { performance } from 'node:perf_hooks';

/** When to stop timing a workload: at least `minPasses`, then more until `budgetSeconds` of timed work or `maxPasses`. */
export interface PassBudget {
  warmups: number;
  minPasses: number;
  maxPasses: number;
  budgetSeconds: number;
}

export const DEFAULT_BUDGET: PassBudget = { warmups: 1, minPasses: 3, maxPasses: 7, budgetSeconds: 15 };

/** One pass over the corpus; `after` (untimed) tidies up what the pass left behind. */
export interface Pass {
  run(): Promise<void> | void;
  after?(): void;
}

/** A full collection, where --expose-gc allows it. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Seconds taken by each timed pass, after the warm-up passes. The passes run back to back, as a long
 * ingest does: a forced full collection between them would also shrink V8's young generation to its
 * smallest, so that every pass starts with the collector tuned for an idle process (about 30% slower
 * for sitrep, which allocates much short-lived garbage).
 */
export async function timePasses(pass: Pass, budget: PassBudget = DEFAULT_BUDGET): Promise<number[]> {
  for (let i = 0; i < budget.warmups; i++) {
    await pass.run();
    pass.after?.();
  }
  const seconds: number[] = [];
  let total = 0;
  while (seconds.length < budget.minPasses || (seconds.length < budget.maxPasses && total < budget.budgetSeconds)) {
    const start = performance.now();
    await pass.run();
    const took = (performance.now() - start) / 1000;
    pass.after?.();
    seconds.push(took);
    total += took;
  }
  return seconds;
}
