import type { Store } from '../store/store.js';
import type { EventRow } from './types.js';

const LATEST_EVENTS = 5;

export interface StoreStats {
  articles: number;
  entities: { total: number; byKind: Record<string, number> };
  places: number;
  quotes: number;
  events: number;
  dateRange: { from: string; to: string } | null; // publication dates of the stored articles
  latestEvents: EventRow[];
}

/** What the database holds: counts, the span of publication dates, and the newest events. */
export function storeStats(store: Store): StoreStats {
  const counts = store.counts();
  return {
    articles: counts.articles,
    entities: { total: Object.values(counts.entitiesByKind).reduce((a, b) => a + b, 0), byKind: counts.entitiesByKind },
    places: counts.places,
    quotes: counts.quotes,
    events: counts.events,
    dateRange: counts.dateRange,
    latestEvents: Array.from(store.events({ limit: LATEST_EVENTS })),
  };
}
