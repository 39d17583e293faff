import compounds from '../../lexicon/places/compounds.json' with { type: 'json' };

const NOT_QUALIFIED = new Set(compounds.notQualified);
/** An Arabic article joined to a name ("Al-Raqqa", "El-Arish") is part of that name, not a word of a compound. */
const ARABIC_ARTICLE = /(?:^|[^\p{L}])(?:A[lrsdntz]|El|Ash|Adh|Ath)$/u;
const NEXT_WORD = /^\s+(\p{L}[\p{L}.'’]*)/u;

const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);

/**
 * "the UK-France Summit", "Jordan-made", "the Syria-Iraq border": a place name joined by a hyphen to
 * another word, in a compound that is an adjective or qualifies the word after it, is used like its
 * demonym, not as a name of the place ("Fargo-Moorhead on Friday" names two places).
 */
export function isCompoundPart(text: string, start: number, end: number): boolean {
  const joinedAfter = text[end] === '-' && isLetter(text[end + 1]);
  const joinedBefore = text[start - 1] === '-' && isLetter(text[start - 2]) && !ARABIC_ARTICLE.test(text.slice(Math.max(0, start - 5), start - 1));
  if (!joinedAfter && !joinedBefore) return false;
  let wordEnd = end;
  while (wordEnd < text.length && (isLetter(text[wordEnd]) || text[wordEnd] === '-' || text[wordEnd] === '.')) wordEnd++;
  // "Jordan-made", "Britain-based": a lower-case word after the hyphen makes the compound an adjective.
  if (joinedAfter && /\p{Ll}/u.test(text[end + 1])) return true;
  const next = NEXT_WORD.exec(text.slice(wordEnd, wordEnd + 40));
  return next !== null && !NOT_QUALIFIED.has(next[1].toLowerCase());
}
