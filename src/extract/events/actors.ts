import actors from '../../lexicon/events/actors.json' with { type: 'json' };
import type { Entity } from '../contract.js';
import type { Doc } from '../document.js';
import { alpha3, countryOfWords, countriesIn, isCountryName, MAX_COUNTRY_WORDS } from './countries.js';
import type { SentenceView } from './sentence-view.js';
import { stem } from './stem.js';
import { entityOfToken, indexEntity } from './entity-index.js';

const GROUP_NOUNS = new Map<string, string>();
for (const [noun, sector] of Object.entries(actors.groupNouns)) GROUP_NOUNS.set(noun.split(' ').map(stem).join(' '), sector);
const GROUP_NOUN_FIRST = new Set([...GROUP_NOUNS.keys()].map((noun) => noun.split(' ')[0]));
const STATE_SECTORS = new Set(actors.stateSectors);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'into', 'near', 'across', 'outside', 'inside', 'toward', 'towards', 'of', 'on', 'around', 'within', 'throughout', 'over']);

/** A party to the events of a sentence: an entity mentioned at token [first, end) of the sentence. */
export interface Party {
  entity: Entity;
  first: number;
  end: number;
  afterBy: boolean;
}

/** The country an entity belongs to: its own, a country place's, or one its name names. */
export function entityCountry(entity: Entity): string | undefined {
  if (entity.country) return entity.country;
  if (entity.kind === 'place') return entity.geo?.featureType === 'country' ? alpha3(entity.geo.country) : undefined;
  return countriesIn(entity.name)[0];
}

export function isStateActor(entity: Entity): boolean {
  return entity.sector !== undefined && STATE_SECTORS.has(entity.sector);
}

/**
 * The parties of a sentence: entities of the earlier stages (places only when they are countries, which
 * act through their governments), and group phrases nobody claimed yet ("Russian forces", "gunmen"),
 * added as entities of their own.
 */
export function sentenceParties(doc: Doc, view: SentenceView): Party[] {
  const parties: Party[] = [];
  const { tokens, stems } = view;
  const offset = view.sentence.firstToken;
  for (let i = 0; i < tokens.length; i++) {
    const claimed = entityOfToken(doc, offset + i);
    if (claimed) {
      let end = i + 1;
      while (end < tokens.length && entityOfToken(doc, offset + end) === claimed) end++;
      if (claimed.kind !== 'place' || claimed.geo?.featureType === 'country' || countryOfWords(tokens.slice(i, end).map((t) => t.text).join(' '))) {
        if (claimed.kind !== 'place' || !PLACE_PREPOSITIONS.has(stems[i - 1] ?? '')) parties.push(party(claimed, i, end, stems));
      }
      i = end - 1;
      continue;
    }
    const phrase = groupPhraseAt(view, i, doc);
    if (phrase) {
      parties.push(party(addGroupEntity(doc, view, phrase), i, phrase.end, stems));
      i = phrase.end - 1;
    }
  }
  return parties;
}

function party(entity: Entity, first: number, end: number, stems: string[]): Party {
  return { entity, first, end, afterBy: stems[first - 1] === 'by' || (stems[first - 1] === 'the' && stems[first - 2] === 'by') };
}

interface GroupPhrase {
  first: number;
  end: number;
  country?: string;
  sector?: string;
}

/** "Russian forces", "the Ukrainian army", "Turkey", "police", "Kurdish militants": a country word and/or a group noun. */
function groupPhraseAt(view: SentenceView, i: number, doc: Doc): GroupPhrase | undefined {
  const { tokens, stems } = view;
  if (tokens[i].kind !== 'word' || stems[i] === 'the') return undefined;
  let country: string | undefined;
  let end = i;
  const capitalized = /^\p{Lu}/u.test(tokens[i].text);
  for (let n = capitalized ? Math.min(MAX_COUNTRY_WORDS, tokens.length - i) : 0; n >= 1; n--) {
    const code = countryOfWords(tokens.slice(i, i + n).map((t) => t.text).join(' '));
    if (code) {
      country = code;
      end = i + n;
      break;
    }
  }
  let sector: string | undefined;
  for (let n = GROUP_NOUN_FIRST.has(stems[end]) ? 2 : 0; n >= 1; n--) {
    if (end + n > tokens.length || isClaimed(doc, view.sentence.firstToken + end, n)) continue;
    const noun = GROUP_NOUNS.get(stems.slice(end, end + n).join(' '));
    if (noun && tokens[end + n - 1].kind === 'word') {
      sector = noun;
      end += n;
      break;
    }
  }
  if (end === i) return undefined;
  if (!sector) {
    // A bare country word acts only as a subject or object, not as an adjective or after "in".
    if (PLACE_PREPOSITIONS.has(stems[i - 1] ?? '')) return undefined;
    if (!isCountryName(tokens.slice(i, end).map((t) => t.text).join(' '))) return undefined;
    const next = tokens[end];
    if (next && next.kind === 'word' && /^\p{Ll}/u.test(next.text) && stems[end] !== 'and' && !/ed$|s$/.test(next.text) && !['ha', 'have', 'be', 'will', 'would', 'had', 'said', 'say', 'to'].includes(stems[end])) return undefined;
    sector = 'GOV';
  }
  return { first: i, end, country, sector };
}

function addGroupEntity(doc: Doc, view: SentenceView, phrase: GroupPhrase): Entity {
  const start = view.tokens[phrase.first].start;
  const end = view.tokens[phrase.end - 1].end;
  const mention = doc.span(start, end);
  const name = mention.text.replace(/^the\s+/i, '');
  const existing = doc.entities.find((e) => e.kind !== 'place' && e.name.toLowerCase() === name.toLowerCase());
  if (existing) {
    existing.mentions.push(mention);
    indexEntity(doc, existing);
    return existing;
  }
  const kind = phrase.sector === 'REB' ? 'armed_group' : 'organization';
  const entity = doc.addEntity({ kind, name, mentions: [mention], country: phrase.country, sector: phrase.sector });
  indexEntity(doc, entity);
  return entity;
}

function isClaimed(doc: Doc, first: number, count: number): boolean {
  for (let t = first; t < first + count; t++) if (entityOfToken(doc, t)) return true;
  return false;
}
