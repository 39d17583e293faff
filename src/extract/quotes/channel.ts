import { ANY_CHANNEL, CHANNELS } from './lexicon.js';

/** The channel named in the attribution text around a cue ("on his Telegram account" → telegram), if any. */
export function channelIn(attributionText: string): string | undefined {
  if (attributionText.length < 2) return undefined;
  const lower = attributionText.toLowerCase();
  if (!ANY_CHANNEL.test(lower)) return undefined;
  for (const { pattern, channel } of CHANNELS) if (pattern.test(lower)) return channel;
  return undefined;
}
