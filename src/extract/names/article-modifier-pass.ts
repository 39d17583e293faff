import nounPhrase from '../../lexicon/actors/noun-phrase.json' with { type: 'json' };
import type { ActorTable } from './actors.js';
import { countryIndex } from './countries.js';

const NOT_MODIFIERS = new Set([...nounPhrase.quantifiers, ...nounPhrase.cardinals, ...nounPhrase.determiners, ...nounPhrase.possessives, ...nounPhrase.notArticleModifiers]);

/**
 * "the Kurdish YPG", "the moderate Syrian Opposition", "the wider Global Coalition": a demonym or a describing
 * word between "the" and a body's name is part of its mention, as re3d marks it. A count, a quantifier, a
 * participle or adverb ("the enduring U.S."), or a hyphenated word ("the so-called Islamic State") is not.
 */
export function extendOverArticleModifiers(table: ActorTable): void {
  const { tokens, lower, capitalised } = table.facts;
  const countries = countryIndex();
  for (const actor of table.actors) {
    if (actor.kind === 'person') continue;
    for (const m of actor.mentions) {
      const word = m.first - 1;
      const article = word - 1;
      if (article < 0 || !capitalised[m.first] || lower[article] !== 'the' || !table.free(article, m.first)) continue;
      if (tokens[word].kind !== 'word' || tokens[article].end + 1 !== tokens[word].start || tokens[word].end + 1 !== tokens[m.first].start) continue;
      if (countries.countryOf(table.facts.doc.text.slice(m.start, m.end)) !== undefined) continue; // a country's own name
      const text = tokens[word].text;
      // A demonym before a one-word name ("the Kurdish YPG"); before a longer one the name passes chose to leave it out ("the Nigerian | Union of Teachers").
      const describing = capitalised[word] ? m.last - m.first === 1 && countries.countryOf(text) !== undefined : isDescribingWord(lower[word]);
      if (describing) table.extendBack(actor, m, article);
    }
  }
}

function isDescribingWord(word: string): boolean {
  return /^\p{Ll}+$/u.test(word) && !NOT_MODIFIERS.has(word) && !/(?:ed|ing|ly)$/.test(word);
}
