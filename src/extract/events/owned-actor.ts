import actors from '../../lexicon/events/actors.json' with { type: 'json' };
import titles from '../../lexicon/actors/titles.json' with { type: 'json' };
import type { Doc } from '../document.js';
import { isActorModifier } from './actor-phrase.js';
import { entityOfToken } from './entity-index.js';
import type { SentenceView } from './sentence-view.js';
import { stem } from './stem.js';

/** One-word heads of what a country owns that act for it: group nouns, titles of office, bodies of state. */
const OWNED_HEADS = new Map<string, string>();
for (const [noun, sector] of Object.entries(actors.groupNouns)) if (!noun.includes(' ')) OWNED_HEADS.set(stem(noun), sector);
for (const [sector, list] of Object.entries(titles.titles)) for (const title of list) if (!title.includes(' ') && !OWNED_HEADS.has(stem(title))) OWNED_HEADS.set(stem(title), sector);
for (const [noun, sector] of Object.entries(actors.ownedHeads)) OWNED_HEADS.set(stem(noun), sector);
const TITLE_HEADS = new Set(Object.values(titles.titles).flat().filter((t) => !t.includes(' ')).map(stem));
/** Words before the head that describe it ("high court", "vice foreign minister"), beside the actor modifiers. */
const OWNED_MODIFIERS = new Set(actors.ownedModifiers);
const MAX_BEFORE_HEAD = 3;
const MAX_NAME_WORDS = 4;

const POSSESSIVE = /['’]s$|s['’]$/;

/**
 * "Taiwan's Vice Foreign Minister", "Israel's high court", "Niger's ambassador Brah Mohamane": after a
 * country's possessive ending at token `end`, the body or office of that country that acts, as one phrase.
 * The end of the phrase and the sector of its head, or undefined when no such head follows.
 */
export function ownedActorAfter(doc: Doc, view: SentenceView, end: number, triggerStarts: Set<number>): { end: number; sector: string } | undefined {
  const { tokens } = view;
  const offset = view.sentence.firstToken;
  let head = -1;
  let sector: string | undefined;
  for (let j = end; j < tokens.length && j < end + MAX_BEFORE_HEAD + 2; j++) {
    const token = tokens[j];
    if (token.kind !== 'word' || entityOfToken(doc, offset + j)?.kind === 'place') break;
    const lower = token.text.toLowerCase().replace(POSSESSIVE, '');
    const headSector = OWNED_HEADS.get(stem(lower));
    const lowerCase = /^\p{Ll}/u.test(token.text);
    if (headSector && !(lowerCase && triggerStarts.has(j) && head < 0 && j > end)) {
      head = j;
      sector = headSector;
      if (POSSESSIVE.test(token.text)) break;
      continue;
    }
    if (head >= 0 || j - end >= MAX_BEFORE_HEAD) break;
    if (lowerCase && !OWNED_MODIFIERS.has(lower) && (triggerStarts.has(j) || !isActorModifier(lower))) break;
  }
  if (head < 0 || !sector) return undefined;
  let last = head + 1;
  // A title's holder named after it ("ambassador Brah Mohamane").
  if (TITLE_HEADS.has(stem(tokens[head].text.toLowerCase()))) {
    while (last < tokens.length && last - head <= MAX_NAME_WORDS && tokens[last].kind === 'word' && /^\p{Lu}/u.test(tokens[last].text) && !triggerStarts.has(last) && entityOfToken(doc, offset + last)?.kind !== 'place') last++;
  }
  return { end: last, sector };
}
