import type { Entity } from '../extract/contract.js';
import { haversineKm } from '../geo/distance.js';
import type { GeoArticle, GoldToponym } from './geo-corpora.js';

/** Acc@161: the usual geoparsing threshold (100 miles). */
export const ACC_KM = 161;

/** GeoWebNews types that name the place itself (the rest are metonymy, demonyms, modifiers of other things). */
export const LITERAL_TYPES = new Set(['Literal', 'Mixed', 'Literal_Modifier', 'Embedded_Literal', 'Coercion']);

export interface GeoScores {
  gold: number;
  predicted: number;
  /** Gold toponyms overlapped by a predicted place within ACC_KM. */
  hits: number;
  /** Predicted place mentions (with coordinates) that overlap a gold toponym and lie within ACC_KM of it. */
  correct: number;
  accuracy161: number;
  precision: number;
  meanKm: number;
  medianKm: number;
}

export interface GeoEvaluation {
  articles: number;
  all: GeoScores;
  /** Restricted to literal toponyms, where the corpus types them. */
  literal?: GeoScores;
}

interface PredictedMention {
  start: number;
  end: number;
  lat: number;
  lon: number;
  /** Set on a demonym or metonym reading of the place: not a literal toponym. */
  nonLiteral: boolean;
}

/** Every mention of a place entity that has coordinates, demonyms and metonyms included. */
export function placeMentions(entities: readonly Entity[]): PredictedMention[] {
  const out: PredictedMention[] = [];
  for (const e of entities) {
    if (e.kind !== 'place' || !e.geo) continue;
    for (const m of e.mentions) if (m.reference === undefined) out.push({ start: m.start, end: m.end, lat: e.geo.lat, lon: e.geo.lon, nonLiteral: m.sense !== undefined });
  }
  return out;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const located = (t: GoldToponym): t is GoldToponym & { lat: number; lon: number } => t.lat !== undefined && t.lon !== undefined;

class Tally {
  gold = 0;
  predicted = 0;
  hits = 0;
  correct = 0;
  errors: number[] = [];

  add(gold: GoldToponym[], predicted: PredictedMention[]): void {
    const withCoords = gold.filter(located);
    this.gold += withCoords.length;
    for (const g of withCoords) {
      let best = Infinity;
      for (const p of predicted) if (overlaps(g, p)) best = Math.min(best, haversineKm(g.lat, g.lon, p.lat, p.lon));
      if (best === Infinity) continue;
      this.errors.push(best);
      if (best <= ACC_KM) this.hits++;
    }
  }

  addPredicted(gold: GoldToponym[], predicted: PredictedMention[]): void {
    const withCoords = gold.filter(located);
    this.predicted += predicted.length;
    for (const p of predicted) {
      if (withCoords.some((g) => overlaps(g, p) && haversineKm(g.lat, g.lon, p.lat, p.lon) <= ACC_KM)) this.correct++;
    }
  }

  scores(): GeoScores {
    const sorted = [...this.errors].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    const median = sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    return {
      gold: this.gold,
      predicted: this.predicted,
      hits: this.hits,
      correct: this.correct,
      accuracy161: this.gold ? this.hits / this.gold : 0,
      precision: this.predicted ? this.correct / this.predicted : 0,
      meanKm: sorted.length ? sorted.reduce((s, x) => s + x, 0) / sorted.length : 0,
      medianKm: median,
    };
  }
}

/**
 * End-to-end geoparsing scores: each article's text goes through `extractEntities`, and its place
 * mentions with coordinates are compared with the gold toponyms. For the literal-only figures,
 * precision counts the predictions that overlap no non-literal toponym (a correct pin on a
 * demonym is neither right nor wrong there).
 */
export function evaluateGeo(corpus: readonly GeoArticle[], extractEntities: (a: GeoArticle['article']) => readonly Entity[]): GeoEvaluation {
  const all = new Tally();
  const typed = corpus.some((a) => a.toponyms.some((t) => t.type));
  const literal = new Tally();
  for (const item of corpus) {
    const predicted = placeMentions(extractEntities(item.article));
    all.add(item.toponyms, predicted);
    all.addPredicted(item.toponyms, predicted);
    if (typed) {
      const literalGold = item.toponyms.filter((t) => t.type && LITERAL_TYPES.has(t.type));
      const otherGold = item.toponyms.filter((t) => !t.type || !LITERAL_TYPES.has(t.type));
      literal.add(literalGold, predicted);
      literal.addPredicted(literalGold, predicted.filter((p) => !p.nonLiteral).filter((p) => !otherGold.some((g) => overlaps(g, p)) || literalGold.some((g) => overlaps(g, p))));
    }
  }
  return { articles: corpus.length, all: all.scores(), ...(typed ? { literal: literal.scores() } : {}) };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5) + '%';
const km = (x: number) => x.toFixed(0).padStart(6);

export function formatGeoEvaluation(name: string, e: GeoEvaluation): string {
  const rows = [['toponyms', e.all] as const, ...(e.literal ? [['literal only', e.literal] as const] : [])];
  const lines = [`${name}: ${e.articles} articles`, 'set            gold  predicted  Acc@161  precision  mean km  median km'];
  for (const [label, s] of rows) {
    lines.push(`${label.padEnd(13)} ${String(s.gold).padStart(5)}  ${String(s.predicted).padStart(9)}   ${pct(s.accuracy161)}     ${pct(s.precision)}   ${km(s.meanKm)}     ${km(s.medianKm)}`);
  }
  return lines.join('\n') + '\n';
}
