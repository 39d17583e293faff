import type { Entity, Quote, Span } from '../contract.js';
import type { Doc, Stage } from '../document.js';
import type { Token } from '../tokens.js';
import type { Attribution } from './attribution-types.js';
import { UnitReader } from './attribution.js';
import { channelIn } from './channel.js';
import { LEADING_CHANNEL_OPENERS, SOURCELESS_PHRASES } from './lexicon.js';
import { FORCE_VERBS } from '../names/lexicon.js';
import { findQuoteRegions, quotedTokenMask, type QuoteRegion } from './quote-marks.js';
import { speakerOf, type Speaker } from './speakers.js';
import { attributionUnits, type Unit } from './units.js';

/** "Russian troops attacked a depot": a verb of armed action whose subject is a force is an act, not speech. */
function isArmedAct(doc: Doc, entity: Entity | null, cue: [number, number]): boolean {
  if (!entity || !(entity.kind === 'armed_group' || entity.sector === 'MIL' || entity.sector === 'REB')) return false;
  return cue[1] - cue[0] === 1 && FORCE_VERBS.has(doc.tokens[cue[0]].text.toLowerCase());
}

/** Share of a content's words that must lie inside quotation marks for it to count as a direct quote. */
const DIRECT_SHARE = 2 / 3;
/** A quotation with no attribution of its own becomes a quote when it has at least this many words. */
const FLOATING_QUOTE_WORDS = 4;

interface LastSpeaker {
  entity: Entity | null;
  unit: number;
  cue: Span;
  channel: string | undefined;
}

/**
 * Quotes and claims. Direct quotations are paired marks in any style; each sentence (or run of
 * sentences a quotation spans) is read for reporting cues — verbs of saying in their frames, "according
 * to" — whose subject becomes the speaker and whose clause or quotation becomes the content. A
 * quotation split by its attribution (“A,” he said, “B.”) gives two quotes sharing one cue and speaker.
 * A content is direct when at least two thirds of its words are quoted, so a mixed quote ("an
 * “important victory” and …") counts as reported speech. A quotation standing alone continues the
 * previous attribution (speaker and cue) of the same or previous unit.
 */
export const quotesStage: Stage = {
  name: 'quotes',
  run(doc) {
    if (doc.tokens.length === 0) return;
    const regions = findQuoteRegions(doc);
    const quoted = quotedTokenMask(doc.tokens.length, regions);
    const regionStartAt = new Int32Array(doc.tokens.length).fill(-1);
    const regionEndAt = new Int32Array(doc.tokens.length).fill(-1);
    for (const r of regions) {
      regionStartAt.fill(r.firstToken, r.firstToken, r.endToken);
      regionEndAt.fill(r.endToken, r.firstToken, r.endToken);
    }
    const reader = new UnitReader(doc, quoted, regionStartAt, regionEndAt);
    const units = attributionUnits(doc, regions);
    let last: LastSpeaker | undefined;
    let pendingColon: { speaker: Entity | null; cue: Span; channel?: string } | undefined;
    for (let u = 0; u < units.length; u++) {
      const unit = units[u];
      const attributions = reader.read(unit);
      let previous: PreviousAttribution | undefined;
      const covered: [number, number][] = [];
      for (const attribution of attributions) {
        const entity: Entity | null = attribution.inherit ? previous?.speaker ?? null : resolve(doc, attribution, unit)?.entity ?? null;
        if (isArmedAct(doc, entity, attribution.cue)) continue;
        const cue = doc.span(doc.tokens[attribution.cue[0]].start, doc.tokens[attribution.cue[1] - 1].end);
        const channel = channelIn(rangeText(doc, attribution.channelRange)) ?? inheritedChannel(doc, attribution, previous) ?? leadingChannel(doc, unit.firstToken, attribution.cue[0]);
        previous = { speaker: entity, cueStart: attribution.cue[0], channel };
        for (const [s, e] of attribution.contents) {
          if (e <= s) {
            pendingColon = { speaker: entity, cue, channel };
            continue;
          }
          if (covered.some(([a, b]) => a === s && b === e)) continue; // "said in a statement that …": one content, reported once
          addQuote(doc, quoted, s, e, entity, cue, channel);
          covered.push([s, e]);
        }
        last = { entity, unit: u, cue, channel };
      }
      const floating = regions.filter((r) => r.firstToken >= unit.firstToken && r.endToken <= unit.endToken && !covered.some(([s, e]) => r.firstToken < e && s < r.endToken));
      for (const region of floating) {
        if (wordCount(doc, region.firstToken, region.endToken) < FLOATING_QUOTE_WORDS) continue;
        if (!standsAlone(doc, region, unit)) continue;
        if (pendingColon && region.firstToken === unit.firstToken) {
          addQuote(doc, quoted, region.firstToken, region.endToken, pendingColon.speaker, pendingColon.cue, pendingColon.channel);
        } else if (last && last.unit >= u - 1) {
          // The same speaker's quotation goes on: it shares the attribution's cue.
          addQuote(doc, quoted, region.firstToken, region.endToken, last.entity, last.cue, last.channel);
          last = { ...last, unit: u };
        }
      }
      if (attributions.length === 0 && floating.length === 0) pendingColon = undefined;
    }
  },
};

function resolve(doc: Doc, attribution: Attribution, unit: Unit): Speaker | undefined {
  if (!attribution.speaker || isSourceless(doc, attribution)) return undefined;
  const segments = attribution.speaker.map(([s, e]) => doc.tokens.slice(s, e).filter((t) => t.kind !== 'punct' || t.text === '-' || t.text === '%').map(possessor));
  const sentenceStart = doc.tokens[unit.firstToken].start;
  return speakerOf(doc, segments, sentenceStart);
}

/** The attribution before, in the same unit: a cue that shares its speaker ("… and added") shares its channel too. */
interface PreviousAttribution {
  speaker: Entity | null;
  cueStart: number;
  channel?: string;
}

/**
 * "said on Telegram that … and added that …", "condemned the bombing on Twitter and said …": a cue sharing the
 * speaker of the one before it shares its channel, named at that cue or anywhere up to this one.
 */
function inheritedChannel(doc: Doc, attribution: Attribution, previous: PreviousAttribution | undefined): string | undefined {
  if (!attribution.inherit || !previous) return undefined;
  return previous.channel ?? channelIn(rangeText(doc, [previous.cueStart, attribution.cue[0]]));
}

const PERSONAL_FOR_POSSESSIVE: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it' };

/** A possessor as its owner: "his" → he, "Trump’s" → Trump. */
function possessor(token: Token): Token {
  const lower = token.text.toLowerCase();
  const personal = PERSONAL_FOR_POSSESSIVE[lower];
  if (personal) return { ...token, text: personal };
  if (/^\p{Lu}.*['’]s$/u.test(token.text)) return { ...token, text: token.text.slice(0, -2), end: token.end - 2 };
  return token;
}

const MAX_LEADING_CHANNEL_TOKENS = 8;

/** The channel a sentence names in a phrase before its first comma, ahead of the cue it belongs to. */
function leadingChannel(doc: Doc, first: number, cue: number): string | undefined {
  if (!LEADING_CHANNEL_OPENERS.has(doc.tokens[first]?.text.toLowerCase())) return undefined;
  for (let k = first + 1; k < Math.min(cue, first + MAX_LEADING_CHANNEL_TOKENS); k++) {
    if (doc.tokens[k].text === ',') return channelIn(rangeText(doc, [first, k]));
  }
  return undefined;
}

function rangeText(doc: Doc, [s, e]: [number, number]): string {
  if (e <= s) return '';
  return doc.text.slice(doc.tokens[s].start, doc.tokens[e - 1].end);
}

function wordCount(doc: Doc, s: number, e: number): number {
  let n = 0;
  for (let t = s; t < e; t++) if (doc.tokens[t].kind === 'word' || doc.tokens[t].kind === 'number') n++;
  return n;
}

/** A quotation that makes up (nearly) its whole unit: not a phrase quoted inside someone's sentence. */
function standsAlone(doc: Doc, region: QuoteRegion, unit: Unit): boolean {
  const outside = wordCount(doc, unit.firstToken, region.firstToken) + wordCount(doc, region.endToken, unit.endToken);
  return outside <= 1;
}

function addQuote(doc: Doc, quoted: Uint8Array, s: number, e: number, speaker: Entity | null, cue: Span | undefined, channel: string | undefined): Quote {
  let words = 0;
  let inside = 0;
  for (let t = s; t < e; t++) {
    const kind = doc.tokens[t].kind;
    if (kind !== 'word' && kind !== 'number') continue;
    words++;
    inside += quoted[t];
  }
  return doc.addQuote({
    span: doc.span(doc.tokens[s].start, doc.tokens[e - 1].end),
    direct: words > 0 && inside / words >= DIRECT_SHARE,
    speaker: speaker?.id ?? null,
    cue,
    channel,
  });
}

/** "This withdrawal is seen as a setback": a view no one is named as holding; its subject is no speaker. */
function isSourceless(doc: Doc, attribution: Attribution): boolean {
  const [start, end] = attribution.cue;
  return SOURCELESS_PHRASES.has(doc.tokens.slice(start, end).map((t) => t.text.toLowerCase()).join(' '));
}
