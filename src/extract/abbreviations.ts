import abbreviations from '../lexicon/abbreviations.json' with { type: 'json' };
import openers from '../lexicon/sentence-openers.json' with { type: 'json' };

/**
 * How an abbreviation's period behaves at a sentence boundary:
 * 'prefix' never ends a sentence (Gen., Mr.), 'number' is one only before a number (No. 5),
 * 'final' may end one (etc., Inc., U.S.) when a usual sentence opener follows.
 */
export type AbbreviationClass = 'prefix' | 'number' | 'final';

const classOf = new Map<string, AbbreviationClass>();
for (const word of abbreviations.final) classOf.set(word, 'final');
for (const word of abbreviations.number) classOf.set(word, 'number');
for (const word of abbreviations.prefix) classOf.set(word, 'prefix');

const SENTENCE_OPENERS = new Set<string>(openers.words);

/** The class of a listed abbreviation, given without its period ("Gen"), or undefined. */
export function listedAbbreviation(word: string): AbbreviationClass | undefined {
  return classOf.get(word);
}

/** Capitalized words that usually open a sentence ("The", "He", "But"). */
export function isSentenceOpener(word: string): boolean {
  return SENTENCE_OPENERS.has(word);
}
