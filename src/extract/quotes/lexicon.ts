import channelData from '../../lexicon/quotes/channels.json' with { type: 'json' };
import cueData from '../../lexicon/quotes/cues.json' with { type: 'json' };
import speakerData from '../../lexicon/quotes/speakers.json' with { type: 'json' };

/** The frames a reporting verb can take (see src/lexicon/quotes/cues.json). */
export type CueFrame = 'say' | 'that' | 'target' | 'infinitive' | 'naming' | 'seem';

export const VERB_FRAME = new Map<string, CueFrame>();
/** Nouns of a medium: a cue word before one names it ('state television'). */
export const MEDIA_NOUNS = new Set<string>(channelData.mediaNouns);
/** Prepositions that open a sentence's leading phrase of channel ('In a statement, it said …'). */
export const LEADING_CHANNEL_OPENERS = new Set<string>(channelData.leadingOpeners);
for (const frame of ['that', 'target', 'infinitive', 'naming', 'seem', 'say'] as const) {
  for (const form of cueData[frame]) VERB_FRAME.set(form, frame);
}
export const TAKES_LISTENER = new Set<string>(cueData.object);
for (const form of cueData.object) if (!VERB_FRAME.has(form)) VERB_FRAME.set(form, 'say');
export const AUXILIARIES = new Set<string>(cueData.auxiliaries);
export const AFTER_AUXILIARY = new Set<string>(cueData.afterAuxiliary);
export const EXPERIENCER_PASSIVES = new Set<string>(cueData.experiencerPassives);
export const HEARSAY_ADVERBS = new Set<string>(cueData.hearsayAdverbs);
export const COLON_LABELS = new Set<string>(cueData.colonLabels);
export const SOURCE_NOUNS = new Set<string>(cueData.sourceNouns);
export const NOUN_LIKE_CUES = new Set<string>(cueData.nounLike);
export const THAT_NOUNS = new Set<string>(cueData.thatNouns);
export const TO_NOUNS = new Set<string>(cueData.toNouns);
/** "criticism of": noun → the prepositions after which its object follows. */
export const PREP_NOUNS = new Map<string, Set<string>>();
for (const phrase of cueData.prepNouns) {
  const [noun, preposition] = phrase.split(' ');
  PREP_NOUNS.set(noun, (PREP_NOUNS.get(noun) ?? new Set<string>()).add(preposition));
}

/** "has the support of", "won support from": nouns of backing, the prepositions before who backs, and the verbs of having or receiving before them. */
export const BACKING_NOUNS = new Set<string>(cueData.receivedBacking.nouns);
export const BACKING_PREPOSITIONS = new Set<string>(cueData.receivedBacking.prepositions);
export const BACKING_RECEIVERS = new Set<string>(cueData.receivedBacking.receivers);

/** Multi-word cues as word lists, keyed by their first word. */
function byFirstWord(phrases: string[]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    const list = map.get(words[0]) ?? [];
    list.push(words);
    map.set(words[0], list);
  }
  return map;
}
export const PHRASE_CUES = byFirstWord(cueData.phrases);
/** Phrase cues whose subject is what the view is of, with no source named ('is seen as'). */
export const SOURCELESS_PHRASES = new Set<string>(cueData.sourcelessPhrases);
export const ACCORDING_CUES = byFirstWord(cueData.according);

export const ORGANIZATION_NOUNS = new Set<string>(speakerData.organization);
export const DOCUMENT_NOUNS = new Set<string>(speakerData.documentNouns);
export const PERSON_NOUNS = new Set<string>(speakerData.person);
export const TITLES = new Set<string>(speakerData.titles);
/** "praised him", "To them, …": personal pronouns standing as an object. */
export const PERSONAL_OBJECTS = new Set<string>(cueData.objectPronouns);
/** "To voters, …": plural nouns of people that hold views. */
export const VIEW_HOLDERS = new Set<string>(cueData.viewHolders);
export const PRONOUNS = new Map<string, string>(Object.entries(speakerData.pronouns));

const escapeRegExp = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Channel phrases as one regular expression per phrase, in priority order. */
export const CHANNELS: { pattern: RegExp; channel: string }[] = channelData.channels.map(([phrase, channel]) => ({
  pattern: new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(phrase)}(?![\\p{L}])`, 'u'),
  channel,
}));

/** Whether any channel phrase occurs: most attributions name none, and one scan rules them all out. */
export const ANY_CHANNEL = new RegExp(`(?:^|[^\\p{L}])(?:${channelData.channels.map(([phrase]) => escapeRegExp(phrase)).join('|')})(?![\\p{L}])`, 'u');
export const ARTICLES = new Set<string>(cueData.articles);
/** Fixed asides between a subject and its verb, as word lists: "of course". */
export const ASIDE_PHRASES: string[][] = cueData.asides.map((phrase) => phrase.split(' '));
export const ALIAS_OPENERS: string[][] = cueData.aliasOpeners.map((phrase) => phrase.split(' '));
export const QUANTITY_WORDS = new Set<string>(cueData.quantities);
export const STRICT_NOUN_LIKE = new Set<string>(cueData.strictNounLike);
/** Verbs of issuing a record ("issued", "put out"), as word lists keyed by their first word; the records they issue. */
export const ISSUE_VERBS = byFirstWord(cueData.issueVerbs);
export const ISSUED_RECORDS = new Set<string>(cueData.issuedRecords);
/** Words that make a would-be speaker phrase a misread clause (see clauseWords in src/lexicon/quotes/speakers.json). */
export const CLAUSE_WORDS = new Set<string>(speakerData.clauseWords);
/** Heads of noun phrases naming a thing, an event or a time, which speaks for no one (see thingHeads in src/lexicon/quotes/speakers.json). */
export const THING_HEADS = new Set<string>(speakerData.thingHeads);
/** One-word platform names: after 'on' a place of posting, not a speaker. */
export const PLATFORMS = new Set<string>(channelData.platforms);
