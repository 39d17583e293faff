import type { Entity } from '../contract.js';
import type { ActorKind, LexiconActor } from './lexicon.js';
import type { TokenFacts } from './text.js';

export interface Mention {
  first: number; // tokens[first] … tokens[last - 1]
  last: number;
  start: number; // character span (may drop a possessive 's or add a leading "the")
  end: number;
}

/** The roles and ranks the text gives an actor besides the one its `role` says, as the entity's `titles` (none: no field). */
function titlesField(actor: Actor): { titles?: string[] } {
  const role = (actor.role ?? actor.lexicon?.role)?.toLowerCase();
  const titles = (actor.titles ?? []).filter((t) => t.toLowerCase() !== role);
  return titles.length > 0 ? { titles } : {};
}

/** One real-world actor the document names, as the passes build it up. */
export interface Actor {
  key: string;
  kind: ActorKind;
  name: string;
  country?: string;
  sector?: string;
  role?: string; // from the text
  titles?: string[]; // every role and rank the text gives the person ("Army Chief", "Gen."), the role among them
  lexicon?: LexiconActor;
  mentions: Mention[];
}

/** The actors found so far and which tokens their mentions hold. */
export class ActorTable {
  readonly actors: Actor[] = [];
  private readonly byKey = new Map<string, Actor>();
  /** Actor index + 1 holding each token, 0 when free. */
  readonly owner: Int32Array;

  constructor(readonly facts: TokenFacts) {
    this.owner = new Int32Array(facts.tokens.length);
  }

  get(key: string): Actor | undefined {
    return this.byKey.get(key);
  }

  /** The actor under this key, created with `fields` the first time. */
  actor(key: string, fields: Omit<Actor, 'key' | 'mentions'>): Actor {
    let actor = this.byKey.get(key);
    if (!actor) {
      actor = { key, ...fields, mentions: [] };
      this.byKey.set(key, actor);
      this.actors.push(actor);
    }
    return actor;
  }

  /** Whether tokens [first, last) are free: no actor of ours nor an entity of an earlier stage holds them. */
  free(first: number, last: number): boolean {
    for (let i = first; i < last; i++) if (this.owner[i] !== 0) return false;
    const { tokens, doc } = this.facts;
    return first >= last || doc.entities.length === 0 || !doc.entityAt(tokens[first].start, tokens[last - 1].end);
  }

  ownerOf(token: number): Actor | undefined {
    const index = this.owner[token];
    return index === 0 ? undefined : this.actors[index - 1];
  }

  /** Records a mention over tokens [first, last); start/end default to the tokens' span. */
  mention(actor: Actor, first: number, last: number, start?: number, end?: number): Mention {
    const tokens = this.facts.tokens;
    const m: Mention = { first, last, start: start ?? tokens[first].start, end: end ?? tokens[last - 1].end };
    actor.mentions.push(m);
    const index = this.actors.indexOf(actor) + 1;
    for (let i = first; i < last; i++) this.owner[i] = index;
    return m;
  }

  /** Moves every mention of `from` to `into`: two names of one person. */
  merge(from: Actor, into: Actor): void {
    const index = this.actors.indexOf(into) + 1;
    for (const m of from.mentions) {
      into.mentions.push(m);
      for (let i = m.first; i < m.last; i++) this.owner[i] = index;
    }
    from.mentions.length = 0;
  }

  /** Removes a mention and frees its tokens. */
  dropMention(actor: Actor, m: Mention): void {
    actor.mentions.splice(actor.mentions.indexOf(m), 1);
    for (let i = m.first; i < m.last; i++) this.owner[i] = 0;
  }

  /** Widens a mention to start at token `first` (a title or "the" before it). */
  extendBack(actor: Actor, m: Mention, first: number): void {
    const index = this.actors.indexOf(actor) + 1;
    for (let i = first; i < m.first; i++) this.owner[i] = index;
    m.first = first;
    m.start = this.facts.tokens[first].start;
  }

  /** The contract entities, in order of first mention, each with its mentions in text order. */
  toEntities(): Omit<Entity, 'id'>[] {
    const text = this.facts.doc.text;
    return this.actors
      .filter((a) => a.mentions.length > 0)
      .map((a) => ({ actor: a, mentions: [...a.mentions].sort((x, y) => x.start - y.start) }))
      .sort((x, y) => x.mentions[0].start - y.mentions[0].start)
      .map(({ actor, mentions }) => ({
        kind: actor.kind,
        name: actor.name,
        mentions: mentions.map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end) })),
        role: actor.role ?? actor.lexicon?.role,
        ...titlesField(actor),
        country: actor.country ?? actor.lexicon?.country,
        sector: actor.sector ?? actor.lexicon?.sector,
      }));
  }
}
