import type { Article } from '../article.js';
import { EXTRACTION_SCHEMA, type Entity, type Event, type Extraction, type Quote, type Span, type TimeRef } from './contract.js';
import type { Sentence } from './sentences.js';
import type { Token } from './tokens.js';

/** One step of the pipeline: reads what earlier stages left on the Doc and adds its own annotations. */
export interface Stage {
  readonly name: string;
  run(doc: Doc): void;
}

type IdPrefix = 'e' | 't' | 'q' | 'v';

/**
 * The one document every stage reads and annotates (spaCy's Doc): the article text, its tokens and
 * sentences, and the growing lists of entities, times, quotes and events that become the Extraction.
 */
export class Doc {
  readonly text: string;
  tokens: Token[] = [];
  sentences: Sentence[] = [];
  readonly entities: Entity[] = [];
  readonly times: TimeRef[] = [];
  readonly quotes: Quote[] = [];
  readonly events: Event[] = [];
  private readonly lastId: Record<IdPrefix, number> = { e: 0, t: 0, q: 0, v: 0 };
  private lowerTexts?: string[];

  constructor(readonly article: Article) {
    this.text = article.text;
  }

  /** Each token's text in lower case, computed once the tokens are there (shared: do not modify). */
  tokensInLowerCase(): string[] {
    if (this.lowerTexts?.length !== this.tokens.length) this.lowerTexts = this.tokens.map((token) => token.text.toLowerCase());
    return this.lowerTexts;
  }

  /** 'e1', 'e2', … for entities; 't' times, 'q' quotes, 'v' events. */
  nextId(prefix: IdPrefix): string {
    return prefix + ++this.lastId[prefix];
  }

  /** A contract Span over [start, end) of the text. */
  span(start: number, end: number): Span {
    if (!(start >= 0 && end >= start && end <= this.text.length)) {
      throw new RangeError(`span [${start}, ${end}) outside the text (length ${this.text.length})`);
    }
    return { start, end, text: this.text.slice(start, end) };
  }

  addEntity(fields: Omit<Entity, 'id'>): Entity {
    const entity: Entity = { id: this.nextId('e'), ...fields };
    this.entities.push(entity);
    return entity;
  }

  addTime(fields: Omit<TimeRef, 'id'>): TimeRef {
    const time: TimeRef = { id: this.nextId('t'), ...fields };
    this.times.push(time);
    return time;
  }

  addQuote(fields: Omit<Quote, 'id'>): Quote {
    const quote: Quote = { id: this.nextId('q'), ...fields };
    this.quotes.push(quote);
    return quote;
  }

  addEvent(fields: Omit<Event, 'id'>): Event {
    const event: Event = { id: this.nextId('v'), ...fields };
    this.events.push(event);
    return event;
  }

  getEntity(id: string): Entity | undefined {
    return this.entities.find((entity) => entity.id === id);
  }

  /** The entity one of whose mentions overlaps [start, end): stages use it to leave claimed text alone. */
  entityAt(start: number, end: number): Entity | undefined {
    return this.entities.find((entity) => entity.mentions.some((m) => m.start < end && start < m.end));
  }

  /** The `sitrep/extraction@1` record: optional keys that are absent or undefined are left out. */
  toExtraction(): Extraction {
    const { id, date, datePrecision, title, source, url } = this.article;
    const article: Extraction['article'] = { id, date };
    if (datePrecision) article.datePrecision = datePrecision;
    if (title) article.title = title;
    if (source) article.source = source;
    if (url) article.url = url;
    return {
      schema: EXTRACTION_SCHEMA,
      article,
      entities: withoutUndefined(this.entities),
      times: withoutUndefined(this.times),
      quotes: withoutUndefined(this.quotes),
      events: withoutUndefined(this.events),
    };
  }
}

/** A deep copy with undefined-valued keys removed, so the record is the same in memory and as JSON. */
function withoutUndefined<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const items = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) items[i] = withoutUndefined(value[i]);
    return items as T;
  }
  const copy: Record<string, unknown> = {};
  // The records are plain objects: for…in walks the same keys as Object.entries without building pairs.
  for (const key in value) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined) copy[key] = typeof item === 'object' ? withoutUndefined(item) : item;
  }
  return copy as T;
}
