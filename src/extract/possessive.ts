/** "Russia's", "Trump’s": a word ending in a possessive 's, straight or curly apostrophe. */
export function isPossessive(text: string): boolean {
  const n = text.length;
  if (n < 2 || text.charCodeAt(n - 1) !== 115) return false; // 's'
  const apostrophe = text.charCodeAt(n - 2);
  return apostrophe === 39 || apostrophe === 0x2019;
}

/** "Russia's" → "Russia". */
export function withoutPossessive(text: string): string {
  return isPossessive(text) ? text.slice(0, -2) : text;
}
