import type { Entity } from '../contract.js';
import type { Doc } from '../document.js';
import pronouns from '../../lexicon/actors/pronouns.json' with { type: 'json' };

const AUTHOR_VOICE_SENTENCES = pronouns.authorVoiceSentences;

/**
 * Outside any quote, "we" in a statement or press release is its author, who names itself as the
 * subject of a recent sentence ("The European Union is continuing its work … We will host"): the
 * organization that opens the latest of the last few sentences up to the pronoun; failing that, whoever
 * the author's previous "we" stood for.
 */
export class AuthorVoice {
  private readonly subjects: (Entity | undefined)[];
  private readonly sentenceOf: Int32Array;
  private last: Entity | undefined;

  constructor(private readonly doc: Doc) {
    const openers = new Map<number, Entity>();
    for (const entity of doc.entities) {
      if (entity.kind !== 'organization') continue; // a statement's author is a body, not an armed group it reports on
      for (const m of entity.mentions) openers.set(m.start, entity);
    }
    const { tokens } = doc;
    this.sentenceOf = new Int32Array(tokens.length).fill(-1);
    this.subjects = doc.sentences.map((s, k) => {
      for (let t = s.firstToken; t < s.endToken; t++) this.sentenceOf[t] = k;
      const first = tokens[s.firstToken];
      const second = tokens[s.firstToken + 1];
      const opener = first ? openers.get(first.start) : undefined;
      if (opener || !first || !second || first.text.toLowerCase() !== 'the') return opener;
      return openers.get(second.start);
    });
  }

  /** The author's organization for a pronoun at token i, if a recent sentence names it. */
  at(i: number): Entity | undefined {
    const sentence = this.sentenceOf[i];
    if (sentence < 0) return undefined;
    const from = this.doc.sentences[sentence].firstToken;
    for (let k = sentence; k >= 0 && k > sentence - AUTHOR_VOICE_SENTENCES; k--) {
      const subject = this.subjects[k];
      if (subject && (k < sentence || i > from)) return (this.last = subject);
    }
    return this.last;
  }

  /** As `at`, for the token starting at a character offset. */
  atOffset(start: number): Entity | undefined {
    const { tokens } = this.doc;
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (tokens[mid].start <= start) lo = mid;
      else hi = mid - 1;
    }
    return tokens[lo]?.start === start ? this.at(lo) : undefined;
  }
}
