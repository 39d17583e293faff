import { NUMBER, numberValue } from '../lexicon.js';
import type { Rule } from '../rule.js';

/**
 * Shifts from the time mentioned before ("a week later", "two days earlier", "the next day", "the
 * following week", "the previous day"): resolved in document order against the last day-level time.
 */
export const anchoredRule: Rule = {
  name: 'anchored',
  needs: /later|earlier|next|following|previous/i,
  pattern: new RegExp(
    `\\b(?:(?<count>${NUMBER})\\s+(?<unit>days?|weeks?)\\s+(?<dir>later|earlier)|[Tt]he\\s+(?<which>next|following|previous)\\s+(?<unit2>day|morning|week))\\b`,
    'gi',
  ),
  extract(match) {
    const g = match.groups!;
    const count = g.count !== undefined ? numberValue(g.count) : 1;
    if (count === undefined) return null;
    const unit = (g.unit ?? g.unit2).toLowerCase().replace(/s$/, '');
    const sign = g.dir?.toLowerCase() === 'earlier' || g.which?.toLowerCase() === 'previous' ? -1 : 1;
    return { start: match.index, end: match.index + match[0].length, kind: 'anchored', shiftDays: sign * count * (unit === 'week' ? 7 : 1) };
  },
};
