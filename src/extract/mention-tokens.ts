import type { Entity } from './contract.js';
import type { Doc } from './document.js';

/** 1 for each token that overlaps a mention of an entity `keep` accepts (every entity by default), in one sweep. */
export function tokensInMentions(doc: Doc, keep: (entity: Entity) => boolean = () => true): Uint8Array {
  const taken = new Uint8Array(doc.tokens.length);
  const spans = doc.entities.filter(keep).flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  let s = 0;
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    while (s < spans.length && spans[s].end <= t.start) s++;
    for (let k = s; k < spans.length && spans[k].start < t.end; k++) {
      if (spans[k].end > t.start) {
        taken[i] = 1;
        break;
      }
    }
  }
  return taken;
}
