import parts from '../../lexicon/places/place-parts.json' with { type: 'json' };
import type { Doc, Stage } from '../document.js';

const BORDER_NOUNS = new Set(parts.borderNouns);

/**
 * "the Syria-Iraq border", "the Syrian-Turkish frontier": the border between places joined by a hyphen is a place of
 * its own, without coordinates; the places inside keep their own (demonym) mentions.
 */
export function findSharedBorders(doc: Doc): void {
  const { tokens } = doc;
  const lowers = doc.tokensInLowerCase();
  const placeSpans = new Set(doc.entities.filter((e) => e.kind === 'place').flatMap((e) => e.mentions.map((m) => `${m.start} ${m.end}`)));
  for (let i = 0; i + 1 < tokens.length; i++) {
    const compound = tokens[i];
    if (!compound.text.includes('-') || !BORDER_NOUNS.has(tokens[i + 1].text) || tokens[i + 1].start !== compound.end + 1) continue;
    let offset = compound.start;
    const allPlaces = compound.text.split('-').every((part) => {
      const named = placeSpans.has(`${offset} ${offset + part.length}`);
      offset += part.length + 1;
      return named;
    });
    if (!allPlaces) continue;
    const start = i > 0 && lowers[i - 1] === 'the' ? tokens[i - 1].start : compound.start;
    const end = tokens[i + 1].end;
    if (doc.entities.some((e) => e.mentions.some((m) => m.start < end && start < m.end && (m.start < start || m.end > end)))) continue;
    const span = doc.span(start, end);
    doc.addEntity({ kind: 'place', name: span.text, mentions: [span] });
  }
}

/** Runs with the other unnamed places, after the events stage. */
export const sharedBordersStage: Stage = {
  name: 'shared-borders',
  run: findSharedBorders,
};
