import type Database from 'better-sqlite3';
import type { Article, Origin } from '../article.js';
import type { Entity, Event, Extraction, Quote } from '../extract/contract.js';
import type { PutResult } from './store.js';

/** Writes one article and its extraction into the SQLite tables, with statements prepared once per connection. */
export class SqliteArticleWriter {
  private readonly insertArticle: Database.Statement;
  private readonly insertExtraction: Database.Statement;
  private readonly insertEntity: Database.Statement;
  private readonly insertMention: Database.Statement;
  private readonly insertPlace: Database.Statement;
  private readonly insertTime: Database.Statement;
  private readonly insertQuote: Database.Statement;
  private readonly insertEvent: Database.Statement;
  private readonly insertParticipant: Database.Statement;
  private readonly write: (article: Article, extraction: Extraction, origin: Origin) => PutResult;

  constructor(db: Database.Database) {
    this.insertArticle = db.prepare(
      `INSERT INTO articles (id, date, date_precision, title, source, url, text, format, origin_file, origin_line, ingested_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
    );
    this.insertExtraction = db.prepare('INSERT INTO extractions (article_id, schema, json) VALUES (?, ?, ?)');
    this.insertEntity = db.prepare('INSERT INTO entities (article_id, entity_id, kind, name, role, country, sector) VALUES (?, ?, ?, ?, ?, ?, ?)');
    this.insertMention = db.prepare('INSERT INTO mentions (article_id, entity_id, start, end, text, sense, reference) VALUES (?, ?, ?, ?, ?, ?, ?)');
    this.insertPlace = db.prepare(
      'INSERT INTO places (article_id, entity_id, lat, lon, feature_type, precision, country, admin1, geoname_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.insertTime = db.prepare(
      'INSERT INTO times (article_id, time_id, text, span_start, span_end, start, end, precision) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.insertQuote = db.prepare(
      `INSERT INTO quotes (article_id, quote_id, text, span_start, span_end, direct, speaker_entity_id, speaker_name, cue, cue_start, cue_end, channel)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertEvent = db.prepare(
      `INSERT INTO events (article_id, event_id, type, acled_event_type, acled_sub_event_type, plover,
         time_start, time_end, time_precision, date_start, date_end,
         place_entity_id, place_name, lat, lon, place_precision, place_feature_type, geoname_id, admin1, country,
         fatalities, quantities_json, modality, source_entity_id, source_name, source_quote_id, source_quote, source_channel,
         confidence, evidence_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertParticipant = db.prepare(
      'INSERT INTO event_participants (event_id, role, position, entity_id, name, kind, country, sector, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    // better-sqlite3 turns this into a SAVEPOINT when a transaction is already open, so it nests inside begin()…commit().
    this.write = db.transaction((article, extraction, origin) => this.writeAll(article, extraction, origin));
  }

  put(article: Article, extraction: Extraction, origin: Origin): PutResult {
    if (extraction.article.id !== article.id) {
      throw new Error(`extraction of article ${extraction.article.id} stored as article ${article.id}`);
    }
    return this.write(article, extraction, origin);
  }

  private writeAll(article: Article, extraction: Extraction, origin: Origin): PutResult {
    const id = article.id;
    const inserted = this.insertArticle.run(
      id, article.date, article.datePrecision ?? null, article.title ?? null, article.source ?? null, article.url ?? null, article.text,
      origin.format, origin.file, origin.line ?? null, new Date().toISOString(),
    );
    if (inserted.changes === 0) return 'duplicate';
    this.insertExtraction.run(id, extraction.schema, JSON.stringify(extraction));

    const entities = new Map<string, Entity>();
    for (const entity of extraction.entities) {
      entities.set(entity.id, entity);
      this.insertEntity.run(id, entity.id, entity.kind, entity.name, entity.role ?? null, entity.country ?? null, entity.sector ?? null);
      for (const m of entity.mentions) this.insertMention.run(id, entity.id, m.start, m.end, m.text, m.sense ?? null, m.reference ?? null);
      const geo = entity.geo;
      if (geo) this.insertPlace.run(id, entity.id, geo.lat, geo.lon, geo.featureType, geo.precision, geo.country ?? null, geo.admin1 ?? null, geo.geonameId ?? null);
    }
    for (const t of extraction.times) this.insertTime.run(id, t.id, t.span.text, t.span.start, t.span.end, t.start, t.end, t.precision);

    const quotes = new Map<string, Quote>();
    for (const q of extraction.quotes) {
      quotes.set(q.id, q);
      const speaker = q.speaker === null ? undefined : entities.get(q.speaker);
      this.insertQuote.run(
        id, q.id, q.span.text, q.span.start, q.span.end, q.direct ? 1 : 0, q.speaker, speaker?.name ?? null,
        q.cue?.text ?? null, q.cue?.start ?? null, q.cue?.end ?? null, q.channel ?? null,
      );
    }
    for (const event of extraction.events) this.writeEvent(id, event, entities, quotes);
    return 'new';
  }

  private writeEvent(articleId: string, event: Event, entities: Map<string, Entity>, quotes: Map<string, Quote>): void {
    const place = event.place === null ? undefined : entities.get(event.place);
    const geo = place?.geo;
    const quote = event.source?.quote ? quotes.get(event.source.quote) : undefined;
    const sourceEntityId = event.source?.entity ?? (quote?.speaker || undefined);
    const sourceName = sourceEntityId ? entities.get(sourceEntityId)?.name ?? null : null;
    const end = event.time.end || event.time.start;
    const quantities = event.quantities.map((q) => ({ value: q.value, unit: q.unit, text: q.span.text }));
    const result = this.insertEvent.run(
      articleId, event.id, event.type, event.acled?.event_type ?? null, event.acled?.sub_event_type ?? null, event.plover ?? null,
      event.time.start, end, event.time.precision, event.time.start.slice(0, 10), end.slice(0, 10),
      event.place, place?.name ?? null, geo?.lat ?? null, geo?.lon ?? null, geo?.precision ?? null, geo?.featureType ?? null,
      geo?.geonameId ?? null, geo?.admin1 ?? null, geo?.country ?? null,
      event.fatalities ?? null, JSON.stringify(quantities), event.modality,
      sourceEntityId ?? null, sourceName, event.source?.quote ?? null, quote?.span.text ?? null, event.source?.channel ?? quote?.channel ?? null,
      event.confidence, JSON.stringify(event.evidence.map((s) => s.text)),
    );
    const eventRowId = result.lastInsertRowid;
    const participants: [role: 'actor' | 'target', ids: string[]][] = [['actor', event.actors], ['target', event.targets]];
    for (const [role, ids] of participants) {
      ids.forEach((entityId, position) => {
        const entity = entities.get(entityId);
        // An id the extraction does not define is kept as its own name rather than dropped.
        this.insertParticipant.run(eventRowId, role, position, entityId, entity?.name ?? entityId, entity?.kind ?? null, entity?.country ?? null, entity?.sector ?? null, event.actorText?.[entityId] ?? null);
      });
    }
  }
}
