import countryActors from '../../lexicon/actors/country-actors.json' with { type: 'json' };
import groups from '../../lexicon/actors/group-nouns.json' with { type: 'json' };
import heads from '../../lexicon/actors/organization-heads.json' with { type: 'json' };
import extent from '../../lexicon/places/extent.json' with { type: 'json' };

const WORDS_AFTER_HEAD = new Set(extent.wordsAfterHead);
/** Plurals and other words ending like a present-tense verb that are none after a noun ("the coalition forces"). */
const NOT_VERBS = new Set(countryActors.notVerbs);
/** Plural nouns of people and of a body's members: after a noun they are the head it qualifies ("the army officers"). */
const PLURAL_HEADS = new Set([...groups.nouns, ...heads.memberNouns]);

/**
 * The lower-case word after a noun ends the noun phrase rather than being the head the noun qualifies: a word
 * that follows a whole noun phrase, a past-tense verb ("a group caused …"), or a present-tense verb after a
 * singular noun ("this terrorist group poses", "the global coalition continues").
 */
export function endsNounPhraseBefore(noun: string, word: string): boolean {
  return WORDS_AFTER_HEAD.has(word) || /[^e]ed$/.test(word) || (!noun.toLowerCase().endsWith('s') && /[^su]s$/.test(word) && !NOT_VERBS.has(word) && !PLURAL_HEADS.has(word));
}
