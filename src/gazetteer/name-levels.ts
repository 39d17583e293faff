import type { NameSource } from './types.js';

/** Name evidence, strongest first; stored with every name → place posting. */
export const NAME_SOURCES: readonly NameSource[] = ['canonical', 'alternate', 'transliteration', 'derived'];

export const LEVEL: Record<NameSource, number> = { canonical: 0, alternate: 1, transliteration: 2, derived: 3 };
