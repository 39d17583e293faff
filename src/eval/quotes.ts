import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../article.js';
import { InputError } from '../errors.js';
import { analyze } from '../extract/index.js';

/** [start, end) character ranges; a span may be discontinuous (a split quotation). */
export type Ranges = [number, number][];

export interface GoldAttribution {
  content: Ranges;
  source: Ranges | null; // null: an attribution without a source ("it was reported that …")
  cue?: Ranges; // the reporting cue, when annotated (not scored; for error analysis)
}

export interface GoldDocument {
  article: Article;
  attributions: GoldAttribution[];
}

export interface PredictedAttribution {
  content: Ranges;
  speakerMentions: Ranges; // every mention of the speaker entity (pronouns resolved to it included)
  speakerName: string | null;
  cue?: [number, number]; // the reporting cue, when there is one (not scored; for error analysis)
}

export interface QuoteScores {
  documents: number;
  gold: number;
  predicted: number;
  matched: number;
  exact: number;
  precision: number;
  recall: number;
  f1: number;
  exactF1: number;
  speakerPairs: number; // matched pairs whose gold attribution has a source
  speakerCorrect: number;
  speakerAccuracy: number;
}

/** Parses one BRAT .ann file of PolNeAR: Source / Cue / Content(2) text-bound spans linked by Attribution relations. */
export function parseBratAttributions(ann: string): GoldAttribution[] {
  const spans = new Map<string, Ranges>();
  const attributions: GoldAttribution[] = [];
  const relations: string[] = [];
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id || !body) continue;
    if (id[0] === 'T') {
      const space = body.indexOf(' ');
      const ranges = body
        .slice(space + 1)
        .split(';')
        .map((r) => r.trim().split(' ').map(Number) as [number, number]);
      if (ranges.every(([s, e]) => Number.isInteger(s) && Number.isInteger(e))) spans.set(id, ranges);
    } else if (id[0] === 'E') {
      relations.push(body);
    }
  }
  for (const body of relations) {
    const roles = new Map<string, Ranges>();
    for (const part of body.split(' ')) {
      const [role, ref] = part.split(':');
      const ranges = spans.get(ref);
      if (!role || !ranges) continue;
      const key = role.startsWith('Content') ? 'Content' : role;
      roles.set(key, [...(roles.get(key) ?? []), ...ranges]);
    }
    const content = roles.get('Content');
    if (!content) continue;
    const cue = roles.get('Cue');
    attributions.push({ content: content.sort((a, b) => a[0] - b[0]), source: roles.get('Source') ?? null, ...(cue ? { cue } : {}) });
  }
  return attributions;
}

/**
 * A PolNeAR split (a folder holding text/NAME.txt and attributions/NAME_ANNOTATOR.ann). When several
 * annotators annotated one article, the first annotation in name order is the reference.
 */
export function loadPolnear(dir: string, limit = Infinity): GoldDocument[] {
  const textDir = join(dir, 'text');
  const annDir = join(dir, 'attributions');
  if (!existsSync(textDir) || !existsSync(annDir)) throw new InputError(dir, 'expected text/ and attributions/ folders (PolNeAR BRAT layout)');
  const annotations = readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
  const documents: GoldDocument[] = [];
  for (const file of readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort()) {
    if (documents.length >= limit) break;
    const name = file.slice(0, -4);
    const ann = annotations.find((a) => a.startsWith(name + '_') && !a.slice(name.length + 1, -4).includes('_'));
    if (!ann) continue;
    const date = /_(\d{4}-\d{2}-\d{2})_/.exec(name)?.[1] ?? '';
    const text = readFileSync(join(textDir, file), 'utf8');
    documents.push({ article: { id: name, date, text }, attributions: parseBratAttributions(readFileSync(join(annDir, ann), 'utf8')) });
  }
  return documents;
}

/** Quotes of one article as attributions: quotes sharing a cue (a split quotation) are one. */
export function predictAttributions(article: Article): PredictedAttribution[] {
  const doc = analyze(article);
  const byCue = new Map<string, PredictedAttribution>();
  const result: PredictedAttribution[] = [];
  for (const quote of doc.quotes) {
    const key = quote.cue ? `${quote.cue.start}:${quote.cue.end}` : undefined;
    const existing = key ? byCue.get(key) : undefined;
    if (existing) {
      existing.content.push([quote.span.start, quote.span.end]);
      continue;
    }
    const speaker = quote.speaker ? doc.getEntity(quote.speaker) : undefined;
    const predicted: PredictedAttribution = {
      content: [[quote.span.start, quote.span.end]],
      speakerMentions: speaker ? speaker.mentions.map((m) => [m.start, m.end] as [number, number]) : [],
      speakerName: speaker?.name ?? null,
      ...(quote.cue ? { cue: [quote.cue.start, quote.cue.end] as [number, number] } : {}),
    };
    if (key) byCue.set(key, predicted);
    result.push(predicted);
  }
  return result;
}

/** Characters two range lists share. */
export function overlap(a: Ranges, b: Ranges): number {
  let total = 0;
  for (const [as, ae] of a) for (const [bs, be] of b) total += Math.max(0, Math.min(ae, be) - Math.max(as, bs));
  return total;
}

/** The letters and digits a span covers, as offsets: spans equal up to quotation marks, punctuation and spaces. */
function alnumKey(text: string, ranges: Ranges): string {
  const offsets: number[] = [];
  for (const [s, e] of ranges) for (let i = s; i < e; i++) if (/[\p{L}\p{N}]/u.test(text[i])) offsets.push(i);
  return offsets.join(',');
}

const PRONOUN_SOURCES = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'who', 'which', 'that', 'his', 'her', 'their', 'its']);

function speakerCorrect(text: string, gold: Ranges, predicted: PredictedAttribution): boolean {
  if (overlap(gold, predicted.speakerMentions) > 0) return true;
  if (!predicted.speakerName) return false;
  const source = gold.map(([s, e]) => text.slice(s, e)).join(' ').trim();
  if (PRONOUN_SOURCES.has(source.toLowerCase())) return false;
  const surname = (name: string) => name.toLowerCase().replace(/[’']s$/, '').split(/\s+/).pop() ?? '';
  return surname(source) === surname(predicted.speakerName);
}

/** One-to-one matching of gold and predicted attributions by largest content overlap: index pairs. */
export function matchAttributions(gold: GoldAttribution[], predicted: PredictedAttribution[]): { g: number; p: number }[] {
  const pairs: { g: number; p: number; size: number }[] = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      const size = overlap(g.content, p.content);
      if (size > 0) pairs.push({ g: gi, p: pi, size });
    }),
  );
  pairs.sort((a, b) => b.size - a.size || a.g - b.g || a.p - b.p);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const matches: { g: number; p: number }[] = [];
  for (const pair of pairs) {
    if (usedGold.has(pair.g) || usedPredicted.has(pair.p)) continue;
    usedGold.add(pair.g);
    usedPredicted.add(pair.p);
    matches.push({ g: pair.g, p: pair.p });
  }
  return matches;
}

/** One-to-one matching by largest content overlap, then the scores. */
export function scoreQuotes(documents: GoldDocument[], predict: (article: Article) => PredictedAttribution[] = predictAttributions): QuoteScores {
  let gold = 0;
  let predictedCount = 0;
  let matched = 0;
  let exact = 0;
  let speakerPairs = 0;
  let speakerRight = 0;
  for (const document of documents) {
    const predicted = predict(document.article);
    const text = document.article.text;
    gold += document.attributions.length;
    predictedCount += predicted.length;
    for (const pair of matchAttributions(document.attributions, predicted)) {
      matched++;
      const g = document.attributions[pair.g];
      const p = predicted[pair.p];
      if (alnumKey(text, g.content) === alnumKey(text, p.content)) exact++;
      if (g.source) {
        speakerPairs++;
        if (speakerCorrect(text, g.source, p)) speakerRight++;
      }
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
  const precision = ratio(matched, predictedCount);
  const recall = ratio(matched, gold);
  return {
    documents: documents.length,
    gold,
    predicted: predictedCount,
    matched,
    exact,
    precision,
    recall,
    f1: f1(precision, recall),
    exactF1: f1(ratio(exact, predictedCount), ratio(exact, gold)),
    speakerPairs,
    speakerCorrect: speakerRight,
    speakerAccuracy: ratio(speakerRight, speakerPairs),
  };
}

export function formatQuoteScores(scores: QuoteScores): string {
  const pct = (x: number) => x.toFixed(3);
  return [
    `documents        ${scores.documents}`,
    `gold quotes      ${scores.gold}`,
    `predicted        ${scores.predicted}`,
    `matched          ${scores.matched}`,
    '',
    'metric                    value',
    `content-overlap precision ${pct(scores.precision)}`,
    `content-overlap recall    ${pct(scores.recall)}`,
    `content-overlap F1        ${pct(scores.f1)}`,
    `exact-span F1             ${pct(scores.exactF1)}`,
    `speaker accuracy          ${pct(scores.speakerAccuracy)}  (${scores.speakerCorrect}/${scores.speakerPairs} matched pairs with a gold source)`,
    '',
  ].join('\n');
}
