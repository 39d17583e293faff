import irregular from '../../lexicon/events/irregular-forms.json' with { type: 'json' };

const IRREGULAR: Record<string, string> = irregular.forms;
const WHOLE_WORDS: Record<string, string> = irregular.wholeWords;
const cache = new Map<string, string>();
const VOWEL = /[aeiouy]/;

/**
 * A crude English stem shared by trigger phrases and text, so that "shelled", "shelling" and "shells"
 * all meet "shell": irregular forms first, then -ies/-es/-s, -ed, -ing, a final e, a doubled consonant.
 */
export function stem(word: string): string {
  let cached = cache.get(word);
  if (cached !== undefined) return cached;
  cached = computeStem(word);
  if (cache.size < 200_000) cache.set(word, cached);
  return cached;
}

function computeStem(word: string): string {
  let w = word.toLowerCase().replace(/[’']s$/, '').replace(/’/g, "'");
  const whole = WHOLE_WORDS[w];
  if (whole !== undefined) return whole;
  const irregularForm = IRREGULAR[w];
  if (irregularForm !== undefined) w = irregularForm;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'i';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -3) + 'i';
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is') && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5 && VOWEL.test(w.slice(0, -3))) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4 && VOWEL.test(w.slice(0, -2))) w = w.slice(0, -2);
  if (w.endsWith('y') && w.length > 3) w = w.slice(0, -1) + 'i';
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  const n = w.length;
  if (n > 3 && w[n - 1] === w[n - 2] && !VOWEL.test(w[n - 1]) && w[n - 1] !== 's') w = w.slice(0, -1);
  return w;
}

/** A phrase of the lexicon as stems ('*' kept as a gap of up to three words). */
export function stemPhrase(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/\s+/)
    .filter((part) => part.length > 0)
    .map((part) => (part === '*' ? '*' : stem(part)));
}

/** Words to be compared with a sentence's stems, as stems themselves ('outside' → 'outsid', 'was' → 'be'). */
export function stemSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(stem));
}
