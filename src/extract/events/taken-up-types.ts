import taken from '../../lexicon/events/taken-up-types.json' with { type: 'json' };
import type { Event, Span } from '../contract.js';

const RULES = taken.rules.map((r) => ({ to: r.to, from: new Set(r.from), words: new Set(r.words) }));

/**
 * "carried out air and naval strikes …" … "killed in 73 strikes": a bare word for an attack, with nothing in its
 * sentence to say which kind, takes up the kind the report told of before it. `triggerOf` gives an event's trigger.
 */
export function takeUpEarlierTypes(events: readonly Event[], triggerOf: (e: Event) => Span | undefined, retype: (e: Event, type: string) => void): void {
  const seen = new Set<string>();
  for (const event of events) {
    const word = triggerOf(event)?.text.toLowerCase();
    const rule = word === undefined ? undefined : RULES.find((r) => r.from.has(event.type) && r.words.has(word) && seen.has(r.to));
    if (rule) retype(event, rule.to);
    seen.add(event.type);
  }
}
