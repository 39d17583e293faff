import type { Entity } from '../contract.js';
import type { Doc } from '../document.js';

/**
 * Which entity claims each token of a Doc, as `doc.entityAt` would answer (the first entity in order
 * whose mention overlaps the token), built once per Doc instead of a scan of every entity per token.
 */
const indexes = new WeakMap<Doc, (Entity | undefined)[]>();

export function entityOfToken(doc: Doc, token: number): Entity | undefined {
  let index = indexes.get(doc);
  if (!index) {
    index = new Array<Entity | undefined>(doc.tokens.length);
    indexes.set(doc, index);
    for (const entity of doc.entities) markEntity(doc, index, entity);
  }
  return index[token];
}

/** Record an entity added after the index was built (its mentions claim only tokens still free). */
/** The end (exclusive, in the sentence's tokens) of the run of tokens from `i` that belong to `entity`. */
export function entityEnd(doc: Doc, view: { sentence: { firstToken: number }; tokens: readonly unknown[] }, i: number, entity: Entity): number {
  let end = i + 1;
  while (end < view.tokens.length && entityOfToken(doc, view.sentence.firstToken + end) === entity) end++;
  return end;
}

export function indexEntity(doc: Doc, entity: Entity): void {
  const index = indexes.get(doc);
  if (index) markEntity(doc, index, entity);
}

function markEntity(doc: Doc, index: (Entity | undefined)[], entity: Entity): void {
  for (const mention of entity.mentions) {
    for (let t = firstTokenEndingAfter(doc, mention.start); t < doc.tokens.length && doc.tokens[t].start < mention.end; t++) {
      if (index[t] === undefined) index[t] = entity;
    }
  }
}

function firstTokenEndingAfter(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid].end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
