import type { PlaceMention } from './mention.js';
import type { TokenView } from './token-view.js';

const LIST_LINKS = new Set([',', 'and', 'or']);
const ARTICLE_WORD = /^(?:al|el|as|az|ad|ar|ash)-\p{Lu}/u;

/**
 * "near Sarmada, Syria", "in Anbar, Iraq", "in Urem al-Kubra, northern Syria", "near Tabqa Dam, Syria": a place the gazetteer
 * could not tie to the country or first-level division after its comma (an unknown or loosely matched
 * name, or a division qualified by its own country) still reads as one phrase naming it — the
 * country or division widens the name's extent and becomes a qualifier mention inside it. A country
 * is never qualified this way by another ("Iraq, Syria"), nor a division by a division, and a third
 * place listed after the pair makes it a list ("Mosul, Syria and Lebanon").
 */
export function joinQualifiers(view: TokenView, mentions: PlaceMention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const head = mentions[k];
    const next = mentions[k + 1];
    if (next.qualifier || head.qualifier || head.embedded || next.embedded) continue;
    let comma = lastOfExtent(view, head) + 1;
    // "Urem al-Kubra, northern Syria": a lower-case Arabic article's word ends the name the gazetteer missed.
    while (head.fuzzy && ARTICLE_WORD.test(view.text(comma)) && view.adjacent(comma - 1, comma)) comma++;
    if (view.text(comma) !== ',' || view.tokens[comma + 1]?.start !== next.start) continue;
    if (!qualifies(head, next)) continue;
    const after = mentions[k + 2];
    // A third place listed after the pair ("Mosul, Syria and Lebanon"), not a person's name ("Sarmada, Syria, Cook said").
    const listed = after && LIST_LINKS.has(view.lower(next.last + 1)) && view.tokens[next.last + 2]?.start === after.start && !after.doubtful;
    if (listed) continue;
    head.extent = { start: head.extent?.start ?? head.start, end: next.end };
    next.qualifier = true;
    k++;
  }
}

/** The last token of the phrase naming the head: "Dam" in "Tabqa Dam, Syria", where the extent reaches past the name. */
function lastOfExtent(view: TokenView, head: PlaceMention): number {
  const end = head.extent?.end ?? head.end;
  let last = head.last;
  while (end > view.tokens[last].end && last + 1 < view.tokens.length && view.tokens[last + 1].end <= end) last++;
  return last;
}

function qualifies(head: PlaceMention, next: PlaceMention): boolean {
  const regions = next.candidates.filter((c) => c.featureType === 'country' || c.featureType === 'admin1');
  if (!regions.length) return false;
  if (head.candidates.some((c) => c.featureType === 'country')) return false;
  // An unknown or loosely matched name ("Sarmada") has nothing to disagree with; a known one must lie in the region.
  if (head.fuzzy) return true;
  const divisionHead = head.candidates.some((c) => c.featureType === 'admin1');
  return regions.some((r) => head.candidates.some((c) => c.country === r.country && (!divisionHead || r.featureType === 'country')));
}
