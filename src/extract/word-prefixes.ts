/** The opening words of each phrase of more than one word: "united", "united states" for "united states of america". */
export function wordPrefixes(phrases: Iterable<string>): Set<string> {
  const prefixes = new Set<string>();
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    for (let n = 1; n < words.length; n++) prefixes.add(words.slice(0, n).join(' '));
  }
  return prefixes;
}
