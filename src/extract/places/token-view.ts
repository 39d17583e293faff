import type { Doc } from '../document.js';
import { isPossessive } from '../possessive.js';
import type { Token } from '../tokens.js';

const UPPER = /^\p{Lu}/u;
/** "al-Hilla", "el-Arish": a name after a lower-case Arabic article joined to it by a hyphen. */
const ARTICLE_PREFIXED = /^(?:al|el|ad|ar|as|ash|az|an|at)-\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

const views = new WeakMap<Doc, TokenView>();

/** Read-only helpers over a Doc's tokens that the place rules share. */
export class TokenView {
  /** The one view of a document's tokens (the place stages run after tokenization, which it reads once). */
  static of(doc: Doc): TokenView {
    let view = views.get(doc);
    if (view?.tokens !== doc.tokens) views.set(doc, (view = new TokenView(doc)));
    return view;
  }

  readonly tokens: Token[];
  private readonly lowers: string[];
  private readonly sentenceStart: Uint8Array;
  /** Lower-case words the text uses in lower case: a capitalised "Mobile" is a common word if "mobile" occurs. */
  readonly lowerWords = new Set<string>();

  constructor(readonly doc: Doc) {
    this.tokens = doc.tokens;
    this.lowers = doc.tokensInLowerCase();
    this.sentenceStart = new Uint8Array(this.tokens.length);
    for (const s of doc.sentences) if (s.firstToken < this.tokens.length) this.sentenceStart[s.firstToken] = 1;
    for (let i = 0; i < this.tokens.length; i++) {
      const t = this.tokens[i];
      if (t.kind === 'word') {
        const c = t.text.charCodeAt(0);
        if (c >= 97 && c <= 122) this.lowerWords.add(t.text);
      } else if (t.kind === 'quote' || t.text === ':' || t.text === '(' || t.text === '—' || t.text === '-' || t.text === '|') {
        if (i + 1 < this.tokens.length) this.sentenceStart[i + 1] = 1;
      }
    }
    if (this.tokens.length) this.sentenceStart[0] = 1;
  }

  get length(): number {
    return this.tokens.length;
  }

  text(i: number): string {
    return this.tokens[i]?.text ?? '';
  }

  lower(i: number): string {
    return this.lowers[i] ?? '';
  }

  isWord(i: number): boolean {
    return this.tokens[i]?.kind === 'word';
  }

  /** A word that starts with a capital letter. */
  /** "at al-Hilla": a lower-case Arabic article opening a name, but not inside one ("Jaysh at-Ta'ifa al-Mansurah", "Urem al-Kubra"). */
  opensArticleName(i: number): boolean {
    const t = this.tokens[i];
    if (!t || t.kind !== 'word' || !ARTICLE_PREFIXED.test(t.text)) return false;
    const before = this.tokens[i - 1];
    return !before || before.kind !== 'word' || !/^\p{L}/u.test(before.text) || (/^\p{Ll}/u.test(before.text) && !before.text.includes('-'));
  }

  isCapitalised(i: number): boolean {
    const t = this.tokens[i];
    if (!t || t.kind !== 'word') return false;
    const c = t.text.charCodeAt(0);
    if (c >= 65 && c <= 90) return true;
    if (c < 128) return false;
    return UPPER.test(t.text);
  }

  /** All capitals ("BEIRUT", "UK"): headlines, datelines and acronyms. */
  isAllCaps(i: number): boolean {
    const t = this.text(i);
    return t.length > 1 && !HAS_LOWER.test(t);
  }

  startsSentence(i: number): boolean {
    return this.sentenceStart[i] === 1;
  }

  /** Whether tokens i and j are on one line with only spaces between them. */
  adjacent(i: number, j: number): boolean {
    const a = this.tokens[i];
    const b = this.tokens[j];
    if (!a || !b) return false;
    for (let k = a.end; k < b.start; k++) if (this.doc.text.charCodeAt(k) !== 32) return false;
    return true;
  }

  isPossessive(i: number): boolean {
    return isPossessive(this.text(i));
  }

  /** Whether the lower-case words before token i, ending right before it, spell the phrase. */
  phraseBefore(i: number, phrase: readonly string[]): boolean {
    const n = phrase.length;
    if (i - n < 0) return false;
    for (let k = 0; k < n; k++) if (this.lower(i - n + k) !== phrase[k]) return false;
    return true;
  }

  /** Whether the words from token i on spell the phrase. */
  phraseAt(i: number, phrase: readonly string[]): boolean {
    if (i + phrase.length > this.tokens.length) return false;
    for (let k = 0; k < phrase.length; k++) if (this.lower(i + k) !== phrase[k]) return false;
    return true;
  }
}
