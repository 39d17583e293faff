/** What callers of the store ask for and get back; shared by every Store implementation. */

export interface EventFilter {
  from?: string; // YYYY-MM-DD: events whose time range ends on or after this day
  to?: string; // YYYY-MM-DD: events whose time range starts on or before this day
  type?: string; // CASE 2021 code (any case), or an ACLED event type or sub-event type
  place?: string; // part of the place name or its admin1, any case
  actor?: string; // part of an actor's or target's name, any case, or an ISO 3166-1 alpha-3 country
  near?: { lat: number; lon: number; km: number };
  limit?: number;
}

export interface EventParticipant {
  role: 'actor' | 'target';
  entityId: string;
  name: string;
  kind: string | null;
  country: string | null; // ISO 3166-1 alpha-3
  sector: string | null;
  text: string | null; // the words the event's evidence uses for it ('British soldiers'); null when stored before sitrep kept them
}

export interface EventRow {
  key: string; // unique across the store: `${articleId}#${eventId}`
  eventId: string;
  articleId: string;
  articleDate: string;
  articleTitle: string | null;
  articleSource: string | null;
  articleUrl: string | null;
  ingestedAt: string;
  type: string;
  acledEventType: string | null;
  acledSubEventType: string | null;
  plover: string | null;
  timeStart: string;
  timeEnd: string;
  timePrecision: string;
  placeEntityId: string | null;
  placeName: string | null;
  lat: number | null;
  lon: number | null;
  placePrecision: number | null; // ACLED geo precision 1..3
  placeFeatureType: string | null;
  geonameId: number | null;
  admin1: string | null;
  country: string | null; // ISO 3166-1 alpha-2 of the place
  fatalities: number | null;
  quantities: { value: number; unit: string; text: string }[];
  modality: string;
  sourceEntityId: string | null;
  sourceName: string | null;
  sourceChannel: string | null;
  sourceQuote: string | null; // the supporting quote's text
  confidence: number;
  evidence: string[]; // the supporting sentences
  actors: string[];
  targets: string[];
  participants: EventParticipant[];
  distanceKm?: number; // only with a `near` filter
}

/** One search term as the user meant it: a word, or an exact phrase. */
export interface SearchTerm {
  text: string;
  phrase: boolean;
}

export interface SearchHit {
  kind: 'article' | 'quote';
  articleId: string;
  title: string | null;
  date: string;
  snippet: string; // matches marked [like this]
  score: number; // higher is better
}

export interface StoreCounts {
  articles: number;
  entitiesByKind: Record<string, number>;
  places: number;
  quotes: number;
  events: number;
  dateRange: { from: string; to: string } | null;
}
