import lexicon from '../../lexicon/actors/noun-phrase.json' with { type: 'json' };
import type { Doc, Stage } from '../document.js';

const EQUIPMENT_NOUNS: ReadonlySet<string> = new Set(lexicon.equipmentNouns);
const NUMBERED_DOCUMENTS: ReadonlySet<string> = new Set(lexicon.numberedDocuments);
const PRONOUNS: ReadonlySet<string> = new Set(lexicon.pronouns);

/** The two words after a body's name, and a number after either: " aircraft", " tactical vehicle", " Resolution 2254". */
const WORDS_AFTER = /^ (\p{L}+)(?: (\d+)| (\p{L}+)(?: (\d+))?)?/u;

/**
 * "Coalition aircraft", "an ISIL tactical vehicle", "UN Security Council Resolution 2254": a body's name run on
 * by the noun of a piece of equipment or of a numbered document names the thing, whose the body is, and no
 * body by itself: the mention is marked `sense: 'modifier'`. Runs after the events stage, which reads the
 * body as the one acting ("Coalition aircraft struck …").
 */
export function markThingModifiers(doc: Doc): void {
  for (const entity of doc.entities) {
    if (entity.kind !== 'organization' && entity.kind !== 'armed_group') continue;
    for (const mention of entity.mentions) {
      // A name, not a pronoun ("gave them weapons") nor a possessive ("ISIL's vehicles").
      if (mention.sense !== undefined || !/\p{Lu}/u.test(mention.text) || PRONOUNS.has(mention.text.toLowerCase()) || /['’]s?$/.test(mention.text)) continue;
      const after = WORDS_AFTER.exec(doc.text.slice(mention.end, mention.end + 40));
      if (after && namesThing(after)) mention.sense = 'modifier';
    }
  }
}

/** "aircraft", "tactical vehicle" (one lower-case word between), "Resolution 2254" (a number after). */
function namesThing([, first, firstNumber, second]: RegExpExecArray): boolean {
  if (EQUIPMENT_NOUNS.has(first)) return true;
  if (firstNumber !== undefined) return NUMBERED_DOCUMENTS.has(first.toLowerCase());
  return second !== undefined && /^\p{Ll}/u.test(first) && EQUIPMENT_NOUNS.has(second);
}

/** Runs after the noun-phrase stage: mentions of bodies that qualify the name of a thing. */
export const thingModifiersStage: Stage = {
  name: 'thing-modifiers',
  run: markThingModifiers,
};
