import { NUMBER, numberValue } from '../lexicon.js';
import type { Rule } from '../rule.js';

/**
 * Shifts from the time mentioned before ("a week later", "two days earlier", "the next day", "the
 * following week", "the previous day", "the day before,"): resolved in document order against the last day-level time.
 */
export const anchoredRule: Rule = {
  name: 'anchored',
  needs: /later|earlier|next|following|previous|before|after/i,
  // "the day before," / "the day after.": only standing alone; "the day before the vote" is dated by the vote.
  pattern: new RegExp(
    `\\b(?:(?<count>${NUMBER})\\s+(?<unit>days?|weeks?)\\s+(?<dir>later|earlier)|[Tt]he\\s+(?<which>next|following|previous)\\s+(?<unit2>day|morning|week)|[Tt]he\\s+(?<unit3>day)\\s+(?<rel>before|after)(?=\\s*[,.;]))\\b`,
    'gi',
  ),
  extract(match) {
    const g = match.groups!;
    const count = g.count !== undefined ? numberValue(g.count) : 1;
    if (count === undefined) return null;
    const unit = (g.unit ?? g.unit2 ?? g.unit3).toLowerCase().replace(/s$/, '');
    const sign = g.dir?.toLowerCase() === 'earlier' || g.which?.toLowerCase() === 'previous' || g.rel?.toLowerCase() === 'before' ? -1 : 1;
    return { start: match.index, end: match.index + match[0].length, kind: 'anchored', shiftDays: sign * count * (unit === 'week' ? 7 : 1) };
  },
};

/**
 * "The attack came a day after Washington announced …", "opened in 2018, four years after Russia annexed
 * the peninsula": what follows "after" (or "before") happened that long before (or after) the time the
 * report last gave. Only after a verb or a comma: a phrase opening its sentence ("Two days after the
 * attack, troops entered …") dates its own clause from a time it does not give.
 */
export const relativeToEventRule: Rule = {
  name: 'relative-to-event',
  needs: /\b(?:after|before)\b/i,
  pattern: new RegExp(`(?<=[,\\p{Ll}]\\s)(?<count>${NUMBER}|an?|one)\\s+(?<unit>days?|weeks?|months?|years?)\\s+(?<dir>after|before)\\s+(?=\\p{L})`, 'giu'),
  extract(match) {
    const g = match.groups!;
    const count = /^an?$/i.test(g.count) ? 1 : numberValue(g.count);
    if (count === undefined || count === 0) return null;
    const unit = g.unit.toLowerCase().replace(/s$/, '');
    const sign = g.dir.toLowerCase() === 'after' ? -1 : 1;
    const end = match.index + match[0].trimEnd().length;
    if (unit === 'month' || unit === 'year') return { start: match.index, end, kind: 'anchored', shiftMonths: sign * count * (unit === 'year' ? 12 : 1) };
    return { start: match.index, end, kind: 'anchored', shiftDays: sign * count * (unit === 'week' ? 7 : 1) };
  },
};
