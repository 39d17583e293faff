import type { Actor, ActorTable, Mention } from './actors.js';
import { countryIndex } from './countries.js';
import { LOWERCASE_ROLES, TITLES, TITLES_BACKWARDS, type TitleEntry } from './lexicon.js';
import { isPossessive, titleCase, withoutPossessive } from './text.js';

interface TitlePhrase {
  first: number; // where the phrase starts ("the", a demonym, or the title)
  titleFirst: number;
  titleLast: number;
  entry: TitleEntry;
  country?: string;
  of?: Actor; // "Commander-in-Chief of the Ukrainian Armed Forces"
}

/** The role a title phrase gives: "Foreign Minister", "spokesman", "Commander-in-Chief of the Armed Forces of Ukraine". */
function roleOf(phrase: TitlePhrase): string | undefined {
  if (phrase.entry.kind !== 'title') return undefined;
  const words = phrase.entry.words;
  const joined = words.join(' ');
  const title = LOWERCASE_ROLES.has(joined) ? joined : titleCase(words);
  if (!phrase.of) return title;
  const institution = phrase.of.name;
  return `${title} of ${/\s/.test(institution) && !/^the /i.test(institution) ? 'the ' : ''}${institution}`;
}

function apply(actor: Actor, phrase: TitlePhrase): void {
  actor.role ??= roleOf(phrase);
  const country = phrase.of?.country ?? phrase.country;
  if (country && !actor.lexicon) actor.country ??= country;
  if (!actor.sector && phrase.entry.kind === 'title') actor.sector = phrase.of?.sector === 'MIL' ? 'MIL' : phrase.entry.sector;
}

/** A title ending right before token `end`, read backwards, with the demonyms and "the" before it. */
function titleEndingAt(table: ActorTable, end: number): TitlePhrase | undefined {
  const { lower } = table.facts;
  let node = TITLES_BACKWARDS.next.get(lower[end - 1]);
  let best: { first: number; entry: TitleEntry } | undefined;
  let k = end - 1;
  while (node && k >= 0 && table.owner[k] === 0) {
    if (node.values.length) best = { first: k, entry: node.values[0] };
    k--;
    if (k < 0) break;
    node = node.next.get(lower[k]);
  }
  if (!best) return undefined;
  return widen(table, best.first, end, best.entry);
}

function widen(table: ActorTable, titleFirst: number, titleLast: number, entry: TitleEntry): TitlePhrase {
  const { tokens, lower } = table.facts;
  const countries = countryIndex();
  let first = titleFirst;
  let country: string | undefined;
  while (first > 0 && table.owner[first - 1] === 0) {
    const word = tokens[first - 1].text;
    const iso3 = countries.countryOf(isPossessive(word) ? withoutPossessive(word) : word);
    if (iso3 === undefined) break;
    country ??= iso3 ?? undefined;
    first--;
  }
  if (!country && first > 0) country = table.ownerOf(first - 1)?.country; // "Kremlin spokesman"
  if (first > 0 && lower[first - 1] === 'the' && table.owner[first - 1] === 0) first--;
  return { first, titleFirst, titleLast, entry, country };
}

/** "the Russian president" starting at token i (a determiner or title), forwards; with "of ORG" after it. */
function titleStartingAt(table: ActorTable, i: number): TitlePhrase | undefined {
  const { tokens, lower } = table.facts;
  const countries = countryIndex();
  let k = i;
  if (lower[k] === 'the') k++;
  let country: string | undefined;
  while (k < tokens.length && table.owner[k] === 0) {
    const word = tokens[k].text;
    const iso3 = countries.countryOf(isPossessive(word) ? withoutPossessive(word) : word);
    if (iso3 === undefined) break;
    country ??= iso3 ?? undefined;
    k++;
  }
  let node = TITLES.next.get(lower[k]);
  let best: { last: number; entry: TitleEntry } | undefined;
  let j = k;
  while (node && j < tokens.length && table.owner[j] === 0) {
    j++;
    const entry = node.values.find((v) => v.kind === 'title');
    if (entry) best = { last: j, entry };
    node = node.next.get(lower[j]);
  }
  if (!best) return undefined;
  const phrase: TitlePhrase = { first: i, titleFirst: k, titleLast: best.last, entry: best.entry, country };
  // "of the Ukrainian Armed Forces": the institution the title belongs to.
  let o = best.last;
  if (lower[o] === 'of') {
    o++;
    if (lower[o] === 'the' && !table.ownerOf(o)) o++;
    const of = table.ownerOf(o);
    if (of && of.kind !== 'person') phrase.of = of;
  }
  return phrase;
}

/** The token after the institution of a phrase with "of ORG", else after the title. */
function phraseEnd(table: ActorTable, phrase: TitlePhrase): number {
  if (!phrase.of) return phrase.titleLast;
  let k = phrase.titleLast + 1; // after "of"
  while (k < table.facts.tokens.length && table.ownerOf(k) !== phrase.of) k++;
  while (k < table.facts.tokens.length && table.ownerOf(k) === phrase.of) k++;
  return k;
}

/**
 * Roles and countries of the people found: a title right before a mention becomes part of it
 * ("Ukrainian Foreign Minister Dmytro Kuleba"); a title phrase in apposition before or after one
 * ("the Russian president, Vladimir Putin"; "Vladimir Putin, Russia's president,") is a mention of
 * its own.
 */
export function findRoles(table: ActorTable): void {
  const { tokens, lower } = table.facts;
  for (const actor of table.actors) {
    if (actor.kind !== 'person') continue;
    for (const m of [...actor.mentions]) {
      const before = titleEndingAt(table, m.first);
      if (before) {
        apply(actor, before);
        table.extendBack(actor, m, before.first);
        continue;
      }
      if (m.first >= 2 && lower[m.first - 1] === ',') appositiveBefore(table, actor, m);
      if (lower[m.last] === ',' && m.last + 1 < tokens.length) {
        const phrase = titleStartingAt(table, m.last + 1);
        const end = phrase && phraseEnd(table, phrase);
        if (phrase && end !== undefined && [',', '.', ';', ')'].includes(lower[end] ?? '.')) {
          apply(actor, phrase);
          table.mention(actor, phrase.first, phrase.titleLast);
        }
      }
    }
  }
}

function appositiveBefore(table: ActorTable, actor: Actor, m: Mention): void {
  const { lower, sentenceInitial } = table.facts;
  const comma = m.first - 1;
  // Walk back to the phrase start: the sentence start or "the".
  for (let start = comma - 1; start >= 0 && start >= comma - 12; start--) {
    if (lower[start] !== 'the' && !sentenceInitial[start]) continue;
    const phrase = titleStartingAt(table, start);
    if (!phrase || phraseEnd(table, phrase) !== comma) {
      if (sentenceInitial[start]) return;
      continue;
    }
    apply(actor, phrase);
    table.mention(actor, phrase.first, phrase.titleLast);
    return;
  }
}

export { titleStartingAt, roleOf, type TitlePhrase };
