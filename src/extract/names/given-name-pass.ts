import type { Actor, ActorTable } from './actors.js';
import givenNamesOnly from '../../lexicon/actors/given-names-only.json' with { type: 'json' };
import groups from '../../lexicon/actors/group-nouns.json' with { type: 'json' };

const PHRASES = givenNamesOnly.phrases.map((p) => p.split(' '));
const PERSON_NOUNS = new Set(groups.personNouns);
const DETERMINERS = new Set(groups.determiners);
const PHRASE_PRONOUNS = new Set(givenNamesOnly.pronouns);

/**
 * "One woman, who gave her name only as Olena, said", "A resident who gave only his first name, Sergei,
 * told Reuters": the unnamed person before "who" is the person named after the phrase, a mention of theirs.
 */
export function findGivenNamesOnly(table: ActorTable): void {
  const { tokens, lower, sentenceOf } = table.facts;
  for (let i = 2; i < tokens.length; i++) {
    if (lower[i] !== 'who') continue;
    const phrase = PHRASES.find((words) => words.every((w, n) => lower[i + 1 + n] === w));
    if (!phrase) continue;
    let at = i + 1 + phrase.length;
    if (lower[at] === ',') at++;
    const person = namedAt(table, at);
    const head = lower[i - 1] === ',' ? i - 2 : i - 1;
    if (!person || head < 1 || sentenceOf[head] !== sentenceOf[at] || !PERSON_NOUNS.has(lower[head]) || table.owner[head] !== 0) continue;
    let first = head - 1;
    while (first > head - 3 && first >= 0 && !DETERMINERS.has(lower[first]) && /^\p{Ll}/u.test(tokens[first].text) && table.owner[first] === 0) first--;
    if (first < 0 || !DETERMINERS.has(lower[first]) || table.owner[first] !== 0) continue;
    table.mention(person, first, head + 1);
    // "gave her name", "identified himself": the pronoun of the phrase is the person too.
    for (let k = i + 1; k < i + 1 + phrase.length; k++) if (PHRASE_PRONOUNS.has(lower[k]) && table.owner[k] === 0) table.mention(person, k, k + 1);
  }
}

/** The person whose name is at token i: one found already, else a capitalised name no one holds. */
function namedAt(table: ActorTable, i: number): Actor | undefined {
  const { tokens, capitalised, doc } = table.facts;
  if (i >= tokens.length) return undefined;
  const owner = table.ownerOf(i);
  if (owner) return owner.kind === 'person' ? owner : undefined;
  let end = i;
  while (end < tokens.length && end < i + 3 && capitalised[end] && tokens[end].kind === 'word' && table.owner[end] === 0) end++;
  if (end === i) return undefined;
  const name = doc.text.slice(tokens[i].start, tokens[end - 1].end);
  const actor = table.actor(`person:${name}`, { kind: 'person', name });
  table.mention(actor, i, end);
  return actor;
}
