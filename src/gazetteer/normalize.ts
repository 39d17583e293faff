const LATIN_WITH_MARKS = /([A-Za-z])[\u0300-\u036f]+/g;
const APOSTROPHES = /['’ʼ‘`´ʹʻ′"“”«»]/g;
const SEPARATORS = /[\s\-‐‑‒–—_.,/()]+/g;
const LETTER_FOLDS: Record<string, string> = {
  ø: 'o', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŀ: 'l',
};
const FOLDABLE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

/**
 * The lookup key of a name: case-folded, Latin diacritics and apostrophes removed, hyphens, dots
 * and runs of spaces made one space. Cyrillic letters keep their marks (й, ї are letters of their own).
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(LATIN_WITH_MARKS, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(FOLDABLE, (c) => LETTER_FOLDS[c])
    .replace(APOSTROPHES, '')
    .replace(SEPARATORS, ' ')
    .trim();
}

/** Whether a normalised key is in Latin or Cyrillic script only (other scripts are not indexed). */
export function isIndexableKey(key: string): boolean {
  return /^[a-z0-9 ]+$/.test(key) || /^[\u0400-\u04ff0-9 ]+$/.test(key);
}

export function isCyrillic(text: string): boolean {
  return /[\u0400-\u04ff]/.test(text);
}
