import type { ActorTable } from './actors.js';
import { ALIAS_OPENERS } from '../quotes/lexicon.js';

/**
 * "Mohamed Hamdan Dagalo, known as Hemedti,", "The Islamic State affiliate, known as ISIS-K,": a capitalised name in an
 * aside opened by an alias word names what the comma before it closes: a person's other name is a mention of them;
 * a body's is a body of its own, of the same kind, when the text has not named it already.
 */
export function findAliases(table: ActorTable): void {
  const { tokens, lower, capitalised } = table.facts;
  for (let i = 1; i < tokens.length; i++) {
    if (lower[i - 1] !== ',') continue;
    const opener = ALIAS_OPENERS.find((words) => words.every((w, n) => lower[i + n] === w));
    if (!opener) continue;
    const first = i + opener.length;
    let last = first;
    while (last < tokens.length && last - first < 5 && capitalised[last] && tokens[last].kind === 'word') last++;
    if (last === first || !table.free(first, last) || ![',', '.', ';', ')'].includes(lower[last] ?? '.')) continue;
    const named = i >= 2 ? table.ownerOf(i - 2) : undefined;
    if (named?.kind === 'person') {
      table.mention(named, first, last);
      continue;
    }
    if (!named && !nounPhraseBefore(table, i - 1)) continue;
    const name = table.facts.doc.text.slice(tokens[first].start, tokens[last - 1].end);
    const kind = named?.kind === 'armed_group' ? 'armed_group' : 'organization';
    const actor = table.actor(`org:${name}`, { kind, name, country: named?.country, sector: named?.sector });
    table.mention(actor, first, last);
  }
}

/** Whether the words before the comma at `comma` end in a common noun a body may be ("the group", "a militia affiliate"). */
function nounPhraseBefore(table: ActorTable, comma: number): boolean {
  const { tokens } = table.facts;
  const last = comma - 1;
  return last >= 0 && tokens[last].kind === 'word' && /^\p{Ll}/u.test(tokens[last].text) && !/(?:ly|ing)$/.test(tokens[last].text);
}
