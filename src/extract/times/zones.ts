import zoneData from '../../lexicon/times/zones.json' with { type: 'json' };

/**
 * What a zone phrase means: an IANA zone id ("Europe/Kyiv"), whose offset on a date comes from the
 * platform's tz database through Intl; 'fixed:<minutes>' for an abbreviation that names one offset
 * ("EEST"); or 'local' for the clock of the report's own region.
 */
export type ZoneRule = string;

const FIXED_OFFSETS: Readonly<Record<string, number>> = zoneData.fixedOffsets;

export const ZONE_PHRASES: Readonly<Record<string, ZoneRule>> = {
  ...zoneData.zones,
  ...Object.fromEntries(Object.entries(FIXED_OFFSETS).map(([phrase, minutes]) => [phrase, `fixed:${minutes}`])),
};

/** A region word names its place unless a suffix makes it a modifier of something else ("Iran-backed"). */
const NOT_A_PLACE_AFTER = `(?!${zoneData.modifierSuffixes.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;

const LOCAL_REGIONS: [ZoneRule, RegExp][] = Object.entries(zoneData.localRegions).map(([zone, words]) => [zone, new RegExp(`\\b(?:${words.join('|')})\\b${NOT_A_PLACE_AFTER}`)]);

/** The phrases that mean the report's own clock ("local time"): only a report that says one needs its region. */
const SAYS_LOCAL = new RegExp(
  `\\b(?:${Object.entries(zoneData.zones).filter(([, rule]) => rule === 'local').map(([phrase]) => phrase.replace(/ /g, '\\s+')).join('|')})\\b`,
  'i',
);

/** The zone "local time" means in a report: the region of our lexicon it names first, else unknown. */
export function localZoneOf(text: string): ZoneRule | undefined {
  if (!SAYS_LOCAL.test(text)) return undefined;
  let best: ZoneRule | undefined;
  let bestAt = Infinity;
  for (const [zone, pattern] of LOCAL_REGIONS) {
    const at = text.search(pattern);
    if (at >= 0 && at < bestAt) [best, bestAt] = [zone, at];
  }
  return best;
}

const OFFSET_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** Minutes east of UTC that an IANA zone keeps at an instant (ms since the epoch). */
function offsetAtInstant(zone: string, utcMs: number): number {
  let format = OFFSET_FORMATS.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    OFFSET_FORMATS.set(zone, format);
  }
  const name = format.formatToParts(utcMs).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(name);
  if (!m || !m[1]) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]) + Math.round(Number(m[4] ?? 0) / 60);
  return m[1] === '-' ? -minutes : minutes;
}

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/**
 * The offset of an IANA zone at a local wall-clock time. Around a change of offset the wall clock may
 * read a time twice (clocks go back) or never (clocks go forward); in both cases the offset in force
 * before the change is taken, so a repeated time is its earlier instant and a skipped one reads as if
 * the clocks had not yet moved (as Temporal's 'compatible' disambiguation does).
 */
function offsetAtWallClock(zone: string, wallMs: number): number {
  const before = offsetAtInstant(zone, wallMs - MS_PER_DAY);
  const after = offsetAtInstant(zone, wallMs + MS_PER_DAY);
  const holds = (offset: number) => offsetAtInstant(zone, wallMs - offset * MS_PER_MINUTE) === offset;
  return !holds(before) && holds(after) ? after : before;
}

/** Minutes east of UTC of a zone at a local date and time, or undefined for an unknown zone. */
export function zoneOffset(zone: ZoneRule, year: number, month: number, dayOfMonth: number, localMinutes: number): number | undefined {
  if (zone.startsWith('fixed:')) return Number(zone.slice(6));
  if (zone === 'local') return undefined;
  return offsetAtWallClock(zone, Date.UTC(year, month - 1, dayOfMonth) + localMinutes * MS_PER_MINUTE);
}

/** Whether the platform's tz database knows an IANA zone id. */
export function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
