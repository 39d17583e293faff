import type { Actor, ActorTable } from './actors.js';
import { ALIASES, type AliasEntry, type LexiconActor } from './lexicon.js';
import { isAllCaps, isPossessive } from './text.js';
import { governmentNamedFor } from './regime.js';

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
    if (actor.kind !== 'person' && i > 0 && lower[i - 1] === 'the' && table.free(i - 1, i)) {
      first = i - 1;
      start = tokens[first].start;
    }
    table.mention(actor, first, last, start, end);
    i = last - 1;
  }
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
