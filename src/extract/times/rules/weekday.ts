import { weekdayOf } from '../calendar.js';
import { NOT_A_DAY_AFTER, NOT_A_DAY_BEFORE, PLANNED_ACT_BEFORE, WEEKDAY, WEEKDAYS } from '../lexicon.js';
import { days } from '../resolved.js';
import type { Rule } from '../rule.js';

/**
 * A weekday, as news uses it: the most recent one on or before the publication date (a report's own
 * weekday is its publication day, the AP convention of writing the weekday for "today"); "last Monday"
 * is strictly before, "next Monday" strictly after, and a sentence in the future, or a planned act
 * ("invited him to meet on Thursday"), looks forward (on or after). "Monday night", "Friday morning" are that day.
 */
export const weekdayRule: Rule = {
  name: 'weekday',
  needs: new RegExp(WEEKDAY),
  pattern: new RegExp(`\\b(?:(?<which>[Ll]ast|[Nn]ext|[Tt]his)\\s+)?(?<day>${WEEKDAY})(?:\\s+(?:morning|afternoon|evening|night))?\\b`, 'g'),
  extract(match, { sentence, published, future }) {
    const end = match.index + match[0].length;
    if (NOT_A_DAY_AFTER.test(sentence.slice(end, end + 30)) || NOT_A_DAY_BEFORE.test(sentence.slice(Math.max(0, match.index - 20), match.index))) return null;
    const wanted = WEEKDAYS[match.groups!.day.toLowerCase()];
    const which = match.groups!.which?.toLowerCase();
    const back = (weekdayOf(published) - wanted + 7) % 7;
    const ahead = (wanted - weekdayOf(published) + 7) % 7;
    let day: number;
    if (which === 'last') day = published - (back || 7);
    else if (which === 'next') day = published + (ahead || 7);
    else if (future || (!which && PLANNED_ACT_BEFORE.test(sentence.slice(Math.max(0, match.index - 80), match.index)))) day = published + ahead;
    else day = published - back;
    return { start: match.index, end, kind: 'date', relative: true, weekday: true, value: days(day, day) };
  },
};
