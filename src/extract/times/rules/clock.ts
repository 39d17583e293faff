import { NUMBER, numberValue } from '../lexicon.js';
import type { Rule } from '../rule.js';

const MERIDIEM = '(?<mer>[ap]\\.m\\.|[ap]m\\b|[AP]M\\b)';

function clock(hour: number, minute: number, minuteStated: boolean, meridiem: string | undefined, part: string | undefined) {
  const mer = meridiem?.toLowerCase()[0];
  if (mer === 'p' || part === 'afternoon' || part === 'evening' || part === 'night') {
    if (hour < 12 && !(part === 'night' && hour <= 4)) hour += 12;
  } else if ((mer === 'a' || part === 'morning') && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return null;
  return { hour, minute, minuteStated };
}

/** "10:30 a.m.", "19:30", "07:00", "5 p.m.", "five in the morning", "eight o'clock in the evening", "at noon". */
export const clockRule: Rule = {
  name: 'clock',
  needs: /\d|o['’]clock|morning|afternoon|evening|night|noon/i,
  pattern: new RegExp(
    `(?<![\\d:.,])\\b(?:(?<h1>[012]?\\d):(?<m1>[0-5]\\d)(?:\\s*${MERIDIEM.replace('mer', 'mer1')})?(?![\\d:])|(?<h2>1[0-2]|0?[1-9])\\s*${MERIDIEM.replace('mer', 'mer2')}|(?<h3>${NUMBER})(?:\\s+o['’]clock)?\\s+(?:in\\s+the\\s+(?<part>morning|afternoon|evening)|at\\s+(?<night>night))|(?<h4>${NUMBER})\\s+o['’]clock|(?<=\\b[Aa]t\\s+)(?<noon>noon|midnight))`,
    'g',
  ),
  extract(match) {
    const g = match.groups!;
    const base = { start: match.index, end: match.index + match[0].length, kind: 'clock' as const };
    let time: ReturnType<typeof clock>;
    if (g.noon) time = { hour: g.noon === 'noon' ? 12 : 0, minute: 0, minuteStated: false };
    else if (g.h1 !== undefined) time = clock(Number(g.h1), Number(g.m1), true, g.mer1, undefined);
    else if (g.h2 !== undefined) time = clock(Number(g.h2), 0, false, g.mer2, undefined);
    else {
      const hour = numberValue(g.h3 ?? g.h4);
      if (hour === undefined || hour < 1 || hour > 12) return null;
      time = clock(hour, 0, false, undefined, g.part ?? g.night);
    }
    return time ? { ...base, clock: time } : null;
  },
};
