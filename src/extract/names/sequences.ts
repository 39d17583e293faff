import type { ActorTable } from './actors.js';
import { ORG_FIRST_WORDS, ORG_HEADS } from './lexicon.js';
import weekdays from '../../lexicon/times/weekdays.json' with { type: 'json' };
import { isPossessive } from './text.js';

/** A run of capitalised words that may be a name: tokens [first, last). */
export interface Sequence {
  first: number;
  last: number;
}

/** "Yasser Arafat Wednesday accused …": a weekday after a name is when, not more of the name. */
const WEEKDAYS = new Set(Object.keys(weekdays.weekdays));
const NAME_PARTICLES = new Set(['bin', 'ibn', 'bint', 'abu', 'al', 'el', 'de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'dos', 'das', 'ul', 'y']);
const PARTICLE_PREFIX = /^(?:al|el|ad|as|ash|an|ar|at|az|ud|ul|bin|ibn|abu|de|da|di|du|d|o|van|von|le|la)[-'’]\p{Lu}/u;

/** A name word written with a lower-case particle before its capital: "al-Assad", "d'Estaing", "bin-Salman". */
export function hasParticlePrefix(text: string): boolean {
  return PARTICLE_PREFIX.test(text);
}

/** A word that can be part of a name: capitalised, or "al-Assad", "d'Estaing". */
export function isNameWord(table: ActorTable, i: number): boolean {
  const { tokens, capitalised } = table.facts;
  const t = tokens[i];
  if (t.kind !== 'word') return false;
  return capitalised[i] === 1 || PARTICLE_PREFIX.test(t.text);
}

/**
 * The longest name-like run starting at token i, within its sentence and over free tokens only.
 * Particles join words ("Osama bin Laden", "Ursula von der Leyen"); "of" (and "of the", "for the")
 * joins only after an organization's first or head word ("Ministry of Defence", "Institute for the
 * Study of War"), so "President of Ukraine" stays apart.
 */
export function sequenceAt(table: ActorTable, i: number): Sequence {
  const { tokens, lower, sentenceOf } = table.facts;
  const sentence = sentenceOf[i];
  let last = i + 1;
  let orgLike = ORG_FIRST_WORDS.has(tokens[i].text) || ORG_HEADS.has(tokens[i].text);
  while (last < tokens.length && !isPossessive(tokens[last - 1].text)) {
    if (sentenceOf[last] !== sentence || tokens[last].start - tokens[last - 1].end > 1) break;
    if (WEEKDAYS.has(lower[last])) break;
    if (table.owner[last] === 0 && isNameWord(table, last)) {
      orgLike ||= ORG_HEADS.has(tokens[last].text);
      last++;
      continue;
    }
    // Connectors need a name word after them.
    let k = last;
    const spelled = orgLike && lower[k] === 'and' ? spelledOutTo(table, i, k) : undefined;
    if (spelled !== undefined) {
      last = spelled;
      break;
    }
    if (NAME_PARTICLES.has(lower[k])) k++;
    else if (orgLike && (lower[k] === 'of' || lower[k] === 'for' || lower[k] === 'on')) {
      k++;
      if (lower[k] === 'the') k++;
    } else break;
    if (k < tokens.length && sentenceOf[k] === sentence && table.owner[k] === 0 && isNameWord(table, k) && table.free(last, k)) {
      last = k + 1;
      continue;
    }
    break;
  }
  return { first: i, last };
}

/**
 * "State Board of Antiquities and Heritage (SBAH)": after "and" at token `and`, the name words up to an acronym in
 * brackets whose letters are the initials of the whole run from token i; the token where the run ends, or undefined.
 */
function spelledOutTo(table: ActorTable, i: number, and: number): number | undefined {
  const { tokens } = table.facts;
  let k = and + 1;
  while (k < tokens.length && table.owner[k] === 0 && isNameWord(table, k)) k++;
  if (k === and + 1 || tokens[k]?.text !== '(' || tokens[k + 2]?.text !== ')') return undefined;
  const acronym = tokens[k + 1].text;
  const initials = tokens
    .slice(i, k)
    .filter((t) => /^\p{Lu}/u.test(t.text))
    .map((t) => t.text[0])
    .join('');
  return acronym.length > 1 && acronym === initials ? k : undefined;
}
