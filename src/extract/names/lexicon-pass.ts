import type { Actor, ActorTable } from './actors.js';
import { ALIASES, GIVEN_NAMES, NOT_NAMES, ORG_HEADS, TITLES, type AliasEntry, type LexiconActor } from './lexicon.js';
import { isAllCaps, isPossessive, withoutPossessive } from './text.js';
import { governmentNamedFor } from './regime.js';
import { countryIndex } from './countries.js';

export function lexiconActor(table: ActorTable, actor: LexiconActor): Actor {
  return table.actor(`lex:${actor.name}`, { kind: actor.kind, name: actor.name, country: actor.country, sector: actor.sector, lexicon: actor });
}

/**
 * Names from the actor lexicon, longest match first. Case must agree with the alias except for the
 * first letter of a sentence-initial word; an acronym alias ("IS", "WHO") is not read in a run of
 * capitals (a headline). Contextual aliases ("Austin") are left to the title pass.
 */
export function findLexiconNames(table: ActorTable): void {
  const { tokens, lower } = table.facts;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'word' && tokens[i].kind !== 'number') continue;
    const match = longestAlias(table, i);
    if (!match) continue;
    const [entry, last] = match;
    if (insideLongerName(table, i, last)) continue;
    const regime = entry.actor.kind === 'person' ? governmentNamedFor(table, entry.actor, i, last) : undefined;
    if (regime) {
      i = regime - 1;
      continue;
    }
    const actor = lexiconActor(table, entry.actor);
    let start: number | undefined;
    let end: number | undefined;
    const lastText = tokens[last - 1].text;
    if (isPossessive(lastText) && !isPossessive(entry.words[entry.words.length - 1])) end = tokens[last - 1].end - 2;
    let first = i;
    if (actor.kind === 'person') first = givenNamesBefore(table, i);
    if (actor.kind !== 'person' && i > 0 && lower[i - 1] === 'the' && table.free(i - 1, i)) {
      first = i - 1;
      start = tokens[first].start;
    }
    table.mention(actor, first, last, start, end);
    i = last - 1;
  }
}

/**
 * "Counter ISIL Coalition", "the Syrian Arab Coalition", "U.S. Naval Forces Central Command": an alias
 * followed by capitalised words up to an organization's head word, or a one-word alias that is itself
 * a head word right after other capitalised words, is part of a longer name the lexicon does not hold.
 */
function insideLongerName(table: ActorTable, i: number, last: number): boolean {
  const { tokens, capitalised, sentenceInitial } = table.facts;
  const adjacent = (a: number, b: number) => b < tokens.length && tokens[b].start - tokens[a].end === 1;
  // "U.S. Naval Forces Central Command": capitalised words after the alias, up to an organization's head word.
  if (!isPossessive(tokens[last - 1].text) && !startsTitle(table, last)) {
    for (let k = last; k < last + 4 && adjacent(k - 1, k) && capitalised[k] === 1 && tokens[k].kind === 'word'; k++) {
      if (ORG_HEADS.has(withoutPossessive(tokens[k].text))) return true;
      if (isPossessive(tokens[k].text)) break;
    }
  }
  // "the Syrian Arab Coalition", "U.S. Naval Forces Central Command": capitalised words before an alias ending in a head word.
  const before = tokens[i - 1];
  return (
    i > 0 &&
    ORG_HEADS.has(withoutPossessive(tokens[last - 1].text)) &&
    capitalised[i - 1] === 1 &&
    !sentenceInitial[i - 1] &&
    adjacent(i - 1, i) &&
    table.owner[i - 1] === 0 &&
    !NOT_NAMES.has(before.text) &&
    (last - i === 1 || countryIndex().countryOf(withoutPossessive(before.text)) === undefined)
  );
}

/** "Press Secretary" in "Pentagon Press Secretary Peter Cook": a title, not the rest of a name. */
function startsTitle(table: ActorTable, k: number): boolean {
  const { lower } = table.facts;
  let node = TITLES.next.get(lower[k]);
  for (let j = k + 1; node; j++) {
    if (node.values.some((v) => v.kind === 'title') && j > k + 1) return true;
    node = j < lower.length ? node.next.get(lower[j]) : undefined;
  }
  return false;
}

const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'de', 'van', 'von']);

/**
 * "Haider Al Abadi", "Nouri Maliki": a surname alias with the person's given name (and a particle)
 * before it, written in a way the lexicon lacks; the mention takes them in.
 */
function givenNamesBefore(table: ActorTable, i: number): number {
  const { tokens, lower } = table.facts;
  let k = i;
  if (k > 0 && NAME_PARTICLES.has(lower[k - 1]) && /^[A-Z]/.test(tokens[k - 1].text)) k--;
  if (k > 0 && GIVEN_NAMES.has(tokens[k - 1].text) && table.free(k - 1, i) && tokens[k].start - tokens[k - 1].end === 1) return k - 1;
  return i;
}

/** The longest non-contextual alias starting at token i, with the token after it. */
export function longestAlias(table: ActorTable, i: number, contextual = false): [AliasEntry, number] | undefined {
  const { tokens, lower } = table.facts;
  let node = ALIASES.next.get(stripPossessive(lower[i]));
  let best: [AliasEntry, number] | undefined;
  let k = i;
  while (node) {
    k++;
    for (const entry of node.values) {
      if (entry.contextual !== contextual) continue;
      if (agrees(table, entry.words, i) && table.free(i, k)) best = [entry, k];
    }
    if (k >= tokens.length || isPossessive(tokens[k - 1].text)) break;
    node = node.next.get(stripPossessive(lower[k]));
  }
  return best;
}

function stripPossessive(word: string): string {
  return isPossessive(word) ? word.slice(0, -2) : word;
}

function agrees(table: ActorTable, words: readonly string[], i: number): boolean {
  const { tokens, sentenceInitial } = table.facts;
  for (let k = 0; k < words.length; k++) {
    let text = tokens[i + k].text;
    if (isPossessive(text) && !isPossessive(words[k])) text = text.slice(0, -2);
    const want = words[k];
    if (text === want) continue;
    if (k === 0 && sentenceInitial[i] && text.slice(1) === want.slice(1) && text[0].toLowerCase() === want[0].toLowerCase()) continue;
    if (k === 0 && want[0] !== want[0].toUpperCase() && text.slice(1) === want.slice(1)) continue; // "Al-Qaeda" for "al-Qaeda"
    return false;
  }
  if (words.length === 1 && isAllCaps(words[0]) && words[0].length <= 4) return !inCapitalsRun(table, i);
  return true;
}

function inCapitalsRun(table: ActorTable, i: number): boolean {
  const { tokens } = table.facts;
  const capsWord = (k: number) => k >= 0 && k < tokens.length && tokens[k].kind === 'word' && isAllCaps(tokens[k].text) && !ALIASES.next.has(tokens[k].text.toLowerCase());
  return capsWord(i - 1) || capsWord(i + 1);
}
