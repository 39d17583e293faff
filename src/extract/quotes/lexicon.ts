import channelData from '../../lexicon/quotes/channels.json' with { type: 'json' };
import cueData from '../../lexicon/quotes/cues.json' with { type: 'json' };
import speakerData from '../../lexicon/quotes/speakers.json' with { type: 'json' };

/** The frames a reporting verb can take (see src/lexicon/quotes/cues.json). */
export type CueFrame = 'say' | 'that' | 'target' | 'infinitive' | 'naming' | 'seem';

export const VERB_FRAME = new Map<string, CueFrame>();
for (const frame of ['that', 'target', 'infinitive', 'naming', 'seem', 'say'] as const) {
  for (const form of cueData[frame]) VERB_FRAME.set(form, frame);
}
export const TAKES_LISTENER = new Set<string>(cueData.object);
for (const form of cueData.object) if (!VERB_FRAME.has(form)) VERB_FRAME.set(form, 'say');
export const AUXILIARIES = new Set<string>(cueData.auxiliaries);
export const COLON_LABELS = new Set<string>(cueData.colonLabels);

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
export const ACCORDING_CUES = byFirstWord(cueData.according);

export const ORGANIZATION_NOUNS = new Set<string>(speakerData.organization);
export const PERSON_NOUNS = new Set<string>(speakerData.person);
export const TITLES = new Set<string>(speakerData.titles);
export const PRONOUNS = new Map<string, string>(Object.entries(speakerData.pronouns));

/** Channel phrases as one regular expression per phrase, in priority order. */
export const CHANNELS: { pattern: RegExp; channel: string }[] = channelData.channels.map(([phrase, channel]) => ({
  pattern: new RegExp(`(?:^|[^\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u'),
  channel,
}));
