import type { Token } from '../tokens.js';

/** Prepositions that open an adjunct between a verb of saying and its clause: "said in a statement Thursday they …". */
const ADJUNCT_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'for', 'after', 'before', 'over', 'from', 'via', 'through', 'since', 'while']);
const CLAUSE_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'there', 'he’s', "he's", 'she’s', "she's", 'it’s', "it's", 'they’re', "they're", 'we’re', "we're", 'i’m', "i'm", 'there’s', "there's"]);
const OBJECT_TAKERS = new Set(['to', 'with', 'for', 'by', 'of', 'about', 'from', 'at', 'on', 'in', 'that', 'than', 'as', 'like', 'and', 'or']);
/** Words after which a pronoun is a verb's or a preposition's object, or starts no clause of its own. */
const NOT_CLAUSE_VERBS = new Set(['and', 'or', 'but', 'who', 'which', 'that', 'to', 'of', 'the', 'a', 'an']);
/** "said about half of …": "about" before a quantity means "roughly", and the clause starts there. */
const ROUGH_QUANTITIES = new Set(['half', 'a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a third', 'a quarter', 'twice', 'dozen']);
const MAX_ADJUNCT_WORDS = 10;

/**
 * Where the reported clause starts after a verb of saying whose first words are an adjunct rather than the
 * clause: "said in a statement Thursday night they pulled …", "said for weeks he’s …", "said in politics it
 * takes time …", "said about half of …". The clause must open with a subject pronoun followed by a word;
 * -1 when there is none within a short adjunct.
 */
export function clauseAfterAdjunct(tokens: Token[], lower: string[], quoted: Uint8Array, first: number, endToken: number): number {
  if (first >= endToken || quoted[first]) return -1;
  if (lower[first] === 'about' && first + 1 < endToken && (tokens[first + 1].kind === 'number' || ROUGH_QUANTITIES.has(lower[first + 1]))) return first;
  if (!ADJUNCT_PREPOSITIONS.has(lower[first])) return -1;
  for (let k = first + 1; k < endToken && k - first <= MAX_ADJUNCT_WORDS; k++) {
    const token = tokens[k];
    if (quoted[k] || (token.kind !== 'word' && token.kind !== 'number' && token.text !== ',')) return -1;
    if (!CLAUSE_SUBJECTS.has(lower[k])) continue;
    if (OBJECT_TAKERS.has(lower[k - 1])) return -1;
    if (/['’]/.test(lower[k])) return k; // "he’s": the verb is in the word
    const next = k + 1;
    if (next >= endToken || tokens[next].kind !== 'word' || quoted[next] || NOT_CLAUSE_VERBS.has(lower[next])) return -1;
    return k;
  }
  return -1;
}
