import type { Store } from '../store/store.js';
import type { EventFilter, EventRow } from './types.js';

export type { EventFilter, EventParticipant, EventRow } from './types.js';

/** Stored events matching every given filter, newest first. */
export function queryEvents(store: Store, filter: EventFilter = {}): EventRow[] {
  return Array.from(store.events(filter));
}
