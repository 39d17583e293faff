import { dayNumber, lastWeekdayOfMonth, nthWeekdayOfMonth } from './calendar.js';
import zoneData from '../../lexicon/times/zones.json' with { type: 'json' };

/** How a zone phrase maps to an offset: a fixed one, or a rule that depends on the date. */
export type ZoneRule = string; // 'utc' | 'moscow' | 'kyiv' | 'local' | 'us-eastern' | … | 'fixed:<minutes>'

export const ZONE_PHRASES: Readonly<Record<string, ZoneRule>> = zoneData.zones;

const LOCAL_REGIONS: [ZoneRule, RegExp][] = Object.entries(zoneData.localRegions).map(([zone, words]) => [zone, new RegExp(`\\b(?:${words.join('|')})\\b`)]);

/** The zone "local time" means in a report: the region of our lexicon it names first, else unknown. */
export function localZoneOf(text: string): ZoneRule | undefined {
  let best: ZoneRule | undefined;
  let bestAt = Infinity;
  for (const [zone, pattern] of LOCAL_REGIONS) {
    const at = text.search(pattern);
    if (at >= 0 && at < bestAt) [best, bestAt] = [zone, at];
  }
  return best;
}

/** Syria: EET with summer time from the last Friday of March to the last Friday of October (00:00 local); UTC+3 all year since 28 October 2022. */
function syriaOffset(day: number, year: number): number {
  if (day >= dayNumber(2022, 10, 28)) return 180;
  return day >= lastWeekdayOfMonth(year, 3, 5) && day < lastWeekdayOfMonth(year, 10, 5) ? 180 : 120;
}

/** EU summer time: from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October. */
function euSummer(day: number, year: number, minutesUtc: number): boolean {
  const start = lastWeekdayOfMonth(year, 3, 0);
  const end = lastWeekdayOfMonth(year, 10, 0);
  const t = day * 1440 + minutesUtc;
  return t >= start * 1440 + 60 && t < end * 1440 + 60;
}

/** US daylight time (2007 rules): second Sunday of March to first Sunday of November, 02:00 local. */
function usSummer(day: number, year: number): boolean {
  return day >= nthWeekdayOfMonth(year, 3, 0, 2) && day < nthWeekdayOfMonth(year, 11, 0, 1);
}

function moscowOffset(day: number, year: number, localMinutes: number): number {
  if (day >= dayNumber(2014, 10, 26)) return 180;
  if (day >= dayNumber(2011, 3, 27)) return 240;
  return euSummer(day, year, localMinutes - 240) ? 240 : 180;
}

/**
 * Minutes east of UTC of a zone at a local date and time, or undefined for an unknown zone.
 * Kyiv keeps EET/EEST under the EU rules; Moscow has been UTC+3 all year since 26 October 2014.
 */
export function zoneOffset(zone: ZoneRule, year: number, month: number, dayOfMonth: number, localMinutes: number): number | undefined {
  const day = dayNumber(year, month, dayOfMonth);
  if (zone.startsWith('fixed:')) return Number(zone.slice(6));
  switch (zone) {
    case 'utc':
      return 0;
    case 'moscow':
      return moscowOffset(day, year, localMinutes);
    case 'kyiv':
      return euSummer(day, year, localMinutes - 180) ? 180 : 120;
    case 'uk':
      return euSummer(day, year, localMinutes - 60) ? 60 : 0;
    case 'cet':
      return euSummer(day, year, localMinutes - 120) ? 120 : 60;
    case 'syria':
      return syriaOffset(day, year);
    case 'us-eastern':
      return usSummer(day, year) ? -240 : -300;
    case 'us-central':
      return usSummer(day, year) ? -300 : -360;
    case 'us-pacific':
      return usSummer(day, year) ? -420 : -480;
    default:
      return undefined;
  }
}
