import type { Doc } from '../document.js';
import { GIVEN_NAMES } from '../names/lexicon.js';
import type { Token } from '../tokens.js';
import { AUXILIARIES, PHRASE_CUES, VERB_FRAME, ORGANIZATION_NOUNS, PERSON_NOUNS, QUANTITY_WORDS } from './lexicon.js';
import type { Unit } from './units.js';
import { CLAUSE_BOUNDARIES, TIME_MODIFIERS, NP_OPENERS, STOPS, ADJUNCT_OPENERS, EXISTENTIAL_VERBS, COORDINATED_SUBJECTS, DATE_WORDS, SUBORDINATORS, NOT_PARTICIPLES, POSSESSIVE_PRONOUNS, MANNER_PARTICLES, IRREGULAR_MANNER_VERBS, OBJECT_PRONOUNS, NOT_MANNER_ADVERBS } from './word-classes.js';

/** "publicly", "typically": an adverb between the auxiliary and the verb. */
export function isMannerAdverb(word: string): boolean {
  return word.length > 4 && word.endsWith('ly') && !NOT_MANNER_ADVERBS.has(word);
}

/** The unit's tokens as the attribution reader sees them: lowercase forms, quotation marks, and word tests shared by every reading. */
export class TokenView {
  protected readonly tokens: Token[];
  protected readonly lower: string[];

  constructor(
    protected readonly doc: Doc,
    protected readonly quoted: Uint8Array,
    protected readonly regionStartAt: Int32Array, // token index → first token of its region, -1 outside
    protected readonly regionEndAt: Int32Array, // token index → end token of its region
  ) {
    this.tokens = doc.tokens;
    const lowers = doc.tokensInLowerCase();
    this.lower = doc.tokens.map((t, i) => (t.kind === 'word' ? lowers[i] : t.text));
  }

  /**
   * A subject that counts people, as polls report them: "75 percent of Democrats", "nine in 10", "a majority",
   * or "who" after such a count ("64 percent who say").
   */
  protected countsPeople(a: number, b: number): boolean {
    const quantity = (t: number) => this.tokens[t].kind === 'number' || QUANTITY_WORDS.has(this.lower[t]);
    if (b - a === 1 && this.lower[a] === 'who') return a - 1 >= 0 && !this.quoted[a - 1] && quantity(a - 1);
    for (let t = a; t < b; t++) if (quantity(t)) return true;
    return false;
  }

  protected isPossessive(t: number): boolean {
    const lower = this.lower[t];
    return POSSESSIVE_PRONOUNS.has(lower) || (/^[\p{Lu}]/u.test(this.tokens[t].text) && (lower.endsWith('’s') || lower.endsWith("'s") || lower.endsWith("s'") || lower.endsWith('s’')));
  }

  /** Whether a verb of saying or "according to" stands unquoted in [s, e): then the clause carries its own attribution. */
  protected hasCueBetween(s: number, e: number): boolean {
    for (let t = s; t < e; t++) if (!this.quoted[t] && (VERB_FRAME.has(this.lower[t]) || this.lower[t] === 'according')) return true;
    return false;
  }

  /** A lowercase past-tense verb ("barked", "exclaimed"), or one with its particle ("shot back", "went on"). */
  protected isMannerVerb(t: number, unit: Unit, inverted = false): boolean {
    if (t >= unit.endToken || this.quoted[t] || this.tokens[t].kind !== 'word') return false;
    const word = this.tokens[t].text;
    if (word !== this.lower[t]) return false;
    if (MANNER_PARTICLES.has(this.lower[t + 1]) && (word === 'went' || word === 'shot' || word === 'fired' || word === 'wrote' || word === 'chimed' || word === 'cut' || word === 'broke')) return true;
    if (VERB_FRAME.get(word) === 'say') return true;
    if (IRREGULAR_MANNER_VERBS.has(word)) return true;
    if (word.length < 5 || !word.endsWith('ed') || AUXILIARIES.has(word)) return false;
    const after = t + 1;
    if (inverted) return after < unit.endToken && (/^[\p{Lu}]/u.test(this.tokens[after].text) || NP_OPENERS.has(this.lower[after]));
    return after >= unit.endToken || STOPS.has(this.tokens[after].text) || this.tokens[after].text === ',' || this.isOpeningQuote(after) || OBJECT_PRONOUNS.has(this.lower[after]) || ADJUNCT_OPENERS.has(this.lower[after]) || isMannerAdverb(this.lower[after]);
  }

  protected isAllCapsTag(t: number): boolean {
    const text = this.tokens[t]?.text ?? '';
    return this.tokens[t]?.kind === 'word' && text.length > 2 && text === text.toUpperCase() && text !== text.toLowerCase();
  }

  /** A headline in title case ("Zoe Saldana Asked Men Everywhere To …"): most words capitalized. */
  protected isTitleCase(unit: Unit): boolean {
    let words = 0;
    let capitalized = 0;
    for (let t = unit.firstToken; t < unit.endToken; t++) {
      if (this.tokens[t].kind !== 'word' || this.tokens[t].text.length < 4) continue;
      words++;
      if (/^[\p{Lu}]/u.test(this.tokens[t].text)) capitalized++;
    }
    return words >= 3 && capitalized >= words * 0.8;
  }

  protected matchPhrase(candidates: string[][] | undefined, i: number, unit: Unit): number | undefined {
    if (!candidates) return undefined;
    for (const words of candidates) {
      if (i + words.length > unit.endToken) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) ok = this.lower[i + k] === words[k] && !this.quoted[i + k];
      if (ok) return i + words.length;
    }
    return undefined;
  }

  /** A capitalized word that is not just a sentence's first word: "Kelly" (not "Significantly"). */
  protected isName(t: number): boolean {
    const text = this.tokens[t].text;
    return /^[\p{Lu}]/u.test(text) && (!isMannerAdverb(this.lower[t]) || GIVEN_NAMES.has(text));
  }

  protected isWordLike(t: number): boolean {
    const token = this.tokens[t];
    return !this.quoted[t] && (token.kind === 'word' || token.kind === 'number' || token.kind === 'handle' || token.text === '-' || token.text === '&' || token.text === '%');
  }

  protected isClosingQuote(t: number): boolean {
    return this.tokens[t]?.kind === 'quote' && this.quoted[t] === 1 && this.regionEndAt[t] === t + 1;
  }

  protected isOpeningQuote(t: number): boolean {
    return this.tokens[t]?.kind === 'quote' && this.regionStartAt[t] === t;
  }

  /** An adjunct opens at `k` ("on Tuesday", "there"), but not an existential clause ("said there was no evidence"). */
  protected opensAdjunct(k: number): boolean {
    const lower = this.lower[k];
    if (!ADJUNCT_OPENERS.has(lower)) return false;
    if ((lower === 'this' || lower === 'last') && k + 1 < this.tokens.length && !TIME_MODIFIERS.has(this.lower[k + 1]) && !DATE_WORDS.has(this.lower[k + 1])) return false; // "this effect could …" (but "this week")
    return !((lower === 'there' || lower === 'here') && k + 1 < this.tokens.length && EXISTENTIAL_VERBS.has(this.lower[k + 1]) && !this.quoted[k + 1]);
  }

  /** A subordinate or participial clause opens at `k` ("before clarifying", "referencing"): no content of the cue's lies beyond. */
  protected opensOtherClause(k: number): boolean {
    const lower = this.lower[k];
    return SUBORDINATORS.has(lower) || (this.tokens[k].kind === 'word' && lower.length > 5 && lower.endsWith('ing') && !NOT_PARTICIPLES.has(lower));
  }

  /** Whether a multi-word cue ("railed against", "called for") starts at `t` and ends before `end`. */
  protected phraseCueAt(t: number, end: number): boolean {
    const phrases = PHRASE_CUES.get(this.lower[t]);
    if (!phrases) return false;
    return phrases.some((words) => t + words.length <= end && words.every((w, n) => this.lower[t + n] === w && !this.quoted[t + n]));
  }

  /** A word that can make up a short subject: a name, a pronoun, a number, a determiner, a person or body noun. */
  protected isSubjectWord(t: number): boolean {
    const token = this.tokens[t];
    if (token.kind === 'number') return true;
    if (token.kind !== 'word') return token.text === '%';
    const lower = this.lower[t];
    if (CLAUSE_BOUNDARIES.has(lower) || AUXILIARIES.has(lower) || VERB_FRAME.has(lower)) return false;
    return /^[\p{Lu}]/u.test(token.text) || COORDINATED_SUBJECTS.has(lower) || lower === 'percent' || NP_OPENERS.has(lower) || PERSON_NOUNS.has(lower) || ORGANIZATION_NOUNS.has(lower);
  }

  protected trimEnd(end: number, floor: number): number {
    while (end > floor && !this.quoted[end - 1] && (STOPS.has(this.tokens[end - 1].text) || this.tokens[end - 1].text === ',')) end--;
    return end;
  }

  /** A source phrase after its cue ("according to X", "reported by X"): a short phrase, or, opening its sentence, all up to the comma ("According to early results of exit polls conducted by …,"). */
  protected sourcePhraseAfter(start: number, unit: Unit, opening: boolean): number {
    let b = start;
    if (opening) {
      while (b < unit.endToken && b - start < 30 && (this.isWordLike(b) || this.quoted[b] || this.tokens[b].text === '’s' || this.tokens[b].text === "'s" || this.tokens[b].text === '/')) b++; // "a Reuters/Ipsos poll"
      if (b < unit.endToken && (this.tokens[b].text === ',' || this.tokens[b].text === ':')) return b;
      b = start;
    }
    while (b < unit.endToken && b - start < 12 && this.isWordLike(b) && !(b > start && (this.lower[b] === 'that' || this.lower[b] === 'and'))) b++;
    return b;
  }
}
