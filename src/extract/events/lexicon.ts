import battles from '../../lexicon/events/triggers/battles.json' with { type: 'json' };
import explosions from '../../lexicon/events/triggers/explosions.json' with { type: 'json' };
import violence from '../../lexicon/events/triggers/violence-against-civilians.json' with { type: 'json' };
import protests from '../../lexicon/events/triggers/protests.json' with { type: 'json' };
import strategic from '../../lexicon/events/triggers/strategic-developments.json' with { type: 'json' };
import other from '../../lexicon/events/triggers/other-events.json' with { type: 'json' };
import political from '../../lexicon/events/triggers/political.json' with { type: 'json' };
import nonEvents from '../../lexicon/events/triggers/non-events.json' with { type: 'json' };
import refinementFile from '../../lexicon/events/refinements.json' with { type: 'json' };
import typeFile from '../../lexicon/events/types.json' with { type: 'json' };
import vocabulary from '../../lexicon/events/acled-vocabulary.json' with { type: 'json' };
import { stemPhrase } from './stem.js';

/** One trigger phrase of the lexicon, as stems. */
export interface TriggerPattern {
  parts: string[];
  phrase: string;
  type: string;
  plover?: string;
  mode?: string;
  weight: number;
  requires?: string[][];
  unless?: string[][];
  casualty: boolean;
  gain: boolean;
  /** `requires` is also met by a place name right after the phrase ("captured Izium"). */
  placeAfter: boolean;
  /** The phrase names who acts ("foreign ministry", "envoy"), not an act: it governs a cluster's category only alone. */
  actorNoun: boolean;
  family: string;
}

interface TriggerEntry {
  phrases: string[];
  type: string;
  plover?: string;
  mode?: string;
  weight: number;
  requires?: string[];
  unless?: string[];
  casualty?: boolean;
  gain?: boolean;
  placeAfter?: boolean;
  actorNoun?: boolean;
}

const FAMILIES: Record<string, { triggers: TriggerEntry[] }> = {
  battles, explosions, 'violence-against-civilians': violence, protests, 'strategic-developments': strategic, 'other-events': other, political, 'non-events': nonEvents,
};

const stemAll = (phrases: string[] | undefined) => phrases?.map(stemPhrase);

function loadTriggers(): Map<string, TriggerPattern[]> {
  const byFirst = new Map<string, TriggerPattern[]>();
  for (const [family, file] of Object.entries(FAMILIES)) {
    for (const entry of file.triggers) {
      const requires = stemAll(entry.requires);
      const unless = stemAll(entry.unless);
      for (const phrase of entry.phrases) {
        const parts = stemPhrase(phrase);
        if (parts.length === 0 || parts[0] === '*') throw new Error(`events lexicon ${family}: bad phrase '${phrase}'`);
        const pattern: TriggerPattern = {
          parts, phrase, type: entry.type, plover: entry.plover, mode: entry.mode, weight: entry.weight, requires, unless,
          casualty: entry.casualty === true, gain: entry.gain === true, placeAfter: entry.placeAfter === true, actorNoun: entry.actorNoun === true, family,
        };
        const list = byFirst.get(parts[0]) ?? [];
        list.push(pattern);
        byFirst.set(parts[0], list);
      }
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.parts.length - a.parts.length || b.weight - a.weight);
  return byFirst;
}

/** The type of non-event phrases (non-events.json): they block the triggers inside them. */
export const NO_EVENT = 'NONE';

/** Trigger patterns by their first stem, longest first. */
export const TRIGGERS = loadTriggers();

export interface Refinement {
  to: string;
  when?: Set<string>;
  whenAnyMatch?: Set<string>;
  if: string[][];
  and?: string[][];
  unless?: string[][];
}

export const REFINEMENTS: Refinement[] = refinementFile.rules.map((rule) => {
  const r = rule as { to: string; when?: string[]; when_any_match?: string[]; if: string[]; and?: string[]; unless?: string[] };
  return {
    to: r.to,
    when: r.when ? new Set(r.when) : undefined,
    whenAnyMatch: r.when_any_match ? new Set(r.when_any_match) : undefined,
    if: r.if.map(stemPhrase),
    and: stemAll(r.and),
    unless: stemAll(r.unless),
  };
});

export interface EventTypeInfo {
  plover?: string;
  mode?: string;
  violent: boolean;
  territory?: 'gain' | 'transfer';
}

export const EVENT_TYPES: Record<string, EventTypeInfo> = typeFile.types as Record<string, EventTypeInfo>;

const byCaseCode: Record<string, string[] | undefined> = vocabulary.byCaseCode;

/** ACLED's event type and sub-event type names for a CASE code, when it is one of ACLED's 25. */
export function acledNames(type: string): { event_type: string; sub_event_type: string } | undefined {
  const names = byCaseCode[type];
  return names ? { event_type: names[0], sub_event_type: names[1] } : undefined;
}

/** The CASE code of an ACLED sub-event type name ("Shelling/artillery/missile attack" → ART_MISS_ATTACK). */
export function caseCodeOfAcled(subEventType: string): string | undefined {
  const wanted = subEventType.trim().toLowerCase();
  for (const [code, names] of Object.entries(byCaseCode)) if (names && names[1].toLowerCase() === wanted) return code;
  for (const [name, code] of Object.entries(vocabulary.broaderCodes)) if (name.toLowerCase() === wanted) return code;
  return undefined;
}
