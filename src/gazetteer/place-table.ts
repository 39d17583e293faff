import { LEVEL } from './name-levels.js';
import { isIndexableKey, normalizeName } from './normalize.js';
import type { NameSource, Place } from './types.js';

export interface TablePlace extends Place {
  settlement?: string;
  /** GeoNames admin2 code, for computing division centres. */
  admin2Code?: string;
  /** Normalised name → strongest name level (see name-levels.ts). */
  names: Map<string, number>;
}

/** The places of the gazetteer while it is being built, with every name they are known by. */
export class PlaceTable {
  readonly places: TablePlace[] = [];

  add(place: Place & { settlement?: string }): number {
    this.places.push({ ...place, names: new Map() });
    const index = this.places.length - 1;
    this.addName(index, place.name, 'canonical');
    return index;
  }

  addName(index: number, name: string, source: NameSource): void {
    const key = normalizeName(name);
    if (key.length < 2 || !isIndexableKey(key)) return;
    const names = this.places[index].names;
    const level = LEVEL[source];
    const known = names.get(key);
    if (known === undefined || level < known) names.set(key, level);
  }

  addNames(index: number, names: Iterable<string>, source: NameSource): void {
    for (const name of names) this.addName(index, name, source);
  }
}
