import months from '../../lexicon/times/months.json' with { type: 'json' };
import weekdays from '../../lexicon/times/weekdays.json' with { type: 'json' };
import contextCues from '../../lexicon/places/context-cues.json' with { type: 'json' };
import extent from '../../lexicon/places/extent.json' with { type: 'json' };
import landmarks from '../../lexicon/places/landmarks.json' with { type: 'json' };
import type { Doc } from '../document.js';
import { TokenView } from './token-view.js';

/** Words that, capitalised after a place name, still name a place: a kind of place ("Hasaka Province", "Haninge Municipality"). */
const PLACE_WORDS = new Set(
  [
    ...extent.typeWordsAfter,
    ...extent.descriptorHeads,
    ...contextCues.settlementWords,
    ...contextCues.facilityWords,
    ...contextCues.regionWords,
    ...contextCues.placeTypeSuffixes,
    ...landmarks.heads,
    ...landmarks.naturalHeads,
  ].map((w) => w.toLowerCase()),
);
const DATE_WORDS = new Set([...Object.keys(months), ...Object.keys(weekdays.weekdays)]);

/**
 * "the Manama Dialogue", "the Geneva Communique", "a Pittsburgh Steelers fan": a place name run on, on the
 * same line, by a capitalised word that is no kind of place, no date and no place of its own is the start of
 * the name of something else, which it qualifies. Such a mention is marked `sense: 'modifier'`.
 */
export function markNameModifiers(doc: Doc): void {
  const view = TokenView.of(doc);
  const byEnd = new Map<number, number>();
  doc.tokens.forEach((t, i) => byEnd.set(t.end, i));
  const placeStarts = new Set(doc.entities.filter((e) => e.kind === 'place').flatMap((e) => e.mentions.map((m) => m.start)));
  for (const entity of doc.entities) {
    if (entity.kind !== 'place' || !entity.geo) continue;
    for (const mention of entity.mentions) {
      if (mention.sense !== undefined || mention.reference !== undefined) continue;
      const last = byEnd.get(mention.end);
      if (last === undefined || view.isPossessive(last)) continue;
      const next = last + 1;
      if (!view.adjacent(last, next) || !view.isCapitalised(next) || view.startsSentence(next)) continue;
      const word = view.lower(next);
      if (PLACE_WORDS.has(word) || DATE_WORDS.has(word.replace(/\.$/, '')) || placeStarts.has(view.tokens[next].start)) continue;
      mention.sense = 'modifier';
    }
  }
}
