/** The SQLite schema, one step per version; `PRAGMA user_version` records the last step applied. Never edit a released step: add one. */
export interface Migration {
  version: number;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: /* sql */ `
CREATE TABLE articles (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  date TEXT NOT NULL,
  date_precision TEXT,
  title TEXT,
  source TEXT,
  url TEXT,
  text TEXT NOT NULL,
  format TEXT NOT NULL,
  origin_file TEXT NOT NULL,
  origin_line INTEGER,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_date ON articles (date);

CREATE TABLE extractions (
  article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  schema TEXT NOT NULL,
  json TEXT NOT NULL
);

CREATE TABLE entities (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  role TEXT,
  country TEXT,
  sector TEXT,
  PRIMARY KEY (article_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX entities_kind ON entities (kind);
CREATE INDEX entities_name ON entities (name COLLATE NOCASE);

CREATE TABLE mentions (
  article_id TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  FOREIGN KEY (article_id, entity_id) REFERENCES entities (article_id, entity_id) ON DELETE CASCADE
);
CREATE INDEX mentions_entity ON mentions (article_id, entity_id);

CREATE TABLE places (
  article_id TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  lat REAL NOT NULL,
  lon REAL NOT NULL,
  feature_type TEXT NOT NULL,
  precision INTEGER NOT NULL,
  country TEXT NOT NULL,
  admin1 TEXT,
  geoname_id INTEGER,
  PRIMARY KEY (article_id, entity_id),
  FOREIGN KEY (article_id, entity_id) REFERENCES entities (article_id, entity_id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX places_lat_lon ON places (lat, lon);

CREATE TABLE times (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  time_id TEXT NOT NULL,
  text TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  start TEXT NOT NULL,
  end TEXT NOT NULL,
  precision TEXT NOT NULL,
  PRIMARY KEY (article_id, time_id)
) WITHOUT ROWID;

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  quote_id TEXT NOT NULL,
  text TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  direct INTEGER NOT NULL,
  speaker_entity_id TEXT,
  speaker_name TEXT,
  cue TEXT,
  cue_start INTEGER,
  cue_end INTEGER,
  channel TEXT,
  UNIQUE (article_id, quote_id)
);
CREATE INDEX quotes_speaker ON quotes (speaker_name COLLATE NOCASE);

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  event_id TEXT NOT NULL,
  type TEXT NOT NULL,
  acled_event_type TEXT,
  acled_sub_event_type TEXT,
  plover TEXT,
  time_start TEXT NOT NULL,
  time_end TEXT NOT NULL,
  time_precision TEXT NOT NULL,
  date_start TEXT NOT NULL,
  date_end TEXT NOT NULL,
  place_entity_id TEXT,
  place_name TEXT,
  lat REAL,
  lon REAL,
  place_precision INTEGER,
  place_feature_type TEXT,
  geoname_id INTEGER,
  admin1 TEXT,
  country TEXT,
  fatalities INTEGER,
  quantities_json TEXT NOT NULL,
  modality TEXT NOT NULL,
  source_entity_id TEXT,
  source_name TEXT,
  source_quote_id TEXT,
  source_quote TEXT,
  source_channel TEXT,
  confidence REAL NOT NULL,
  evidence_json TEXT NOT NULL,
  UNIQUE (article_id, event_id)
);
CREATE INDEX events_time ON events (time_start);
CREATE INDEX events_dates ON events (date_start, date_end);
CREATE INDEX events_type ON events (type COLLATE NOCASE);
CREATE INDEX events_acled ON events (acled_sub_event_type COLLATE NOCASE, acled_event_type COLLATE NOCASE);
CREATE INDEX events_lat_lon ON events (lat, lon);

CREATE TABLE event_participants (
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('actor', 'target')),
  position INTEGER NOT NULL,
  entity_id TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT,
  country TEXT,
  sector TEXT,
  PRIMARY KEY (event_id, role, position)
) WITHOUT ROWID;
CREATE INDEX event_participants_name ON event_participants (name COLLATE NOCASE);
CREATE INDEX event_participants_country ON event_participants (country);

CREATE VIRTUAL TABLE articles_fts USING fts5 (
  title, text, content = 'articles', content_rowid = 'seq', tokenize = 'porter unicode61'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
  INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5 (
  text, content = 'quotes', content_rowid = 'id', tokenize = 'porter unicode61'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text ON quotes BEGIN
  INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO quotes_fts (rowid, text) VALUES (new.id, new.text);
END;
`,
  },
  {
    version: 2,
    sql: /* sql */ `
ALTER TABLE mentions ADD COLUMN sense TEXT;

CREATE TABLE places_v2 (
  article_id TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  lat REAL NOT NULL,
  lon REAL NOT NULL,
  feature_type TEXT NOT NULL,
  precision INTEGER NOT NULL,
  country TEXT,
  admin1 TEXT,
  geoname_id INTEGER,
  PRIMARY KEY (article_id, entity_id),
  FOREIGN KEY (article_id, entity_id) REFERENCES entities (article_id, entity_id) ON DELETE CASCADE
) WITHOUT ROWID;
INSERT INTO places_v2 SELECT * FROM places;
DROP TABLE places;
ALTER TABLE places_v2 RENAME TO places;
CREATE INDEX places_lat_lon ON places (lat, lon);
`,
  },
  {
    version: 3,
    sql: /* sql */ `
ALTER TABLE mentions ADD COLUMN reference TEXT;
`,
  },
  {
    version: 4,
    sql: /* sql */ `
ALTER TABLE event_participants ADD COLUMN text TEXT;
`,
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
