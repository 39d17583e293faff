import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { isIsoDate } from '../article.js';
import { searchText } from '../query/search.js';
import { queryEvents, type EventFilter, type EventRow } from '../query/events.js';
import { storeStats, type StoreStats } from '../query/stats.js';
import { withStore } from './store-option.js';
import { writeOut } from './output.js';

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('full-text search over report text and quotes, best matches first')
    .argument('<query>', 'words, or "an exact phrase"')
    .option('--limit <n>', 'at most this many results', '20')
    .option('--json', 'JSON instead of text')
    .action(async (query: string, opts, command: Command) => {
      const limit = positiveInteger(opts.limit, '--limit');
      const hits = await withStore(command, { readonly: true }, (store) => searchText(store, query, { limit }));
      if (opts.json) return writeOut(JSON.stringify(hits, null, 2) + '\n');
      if (hits.length === 0) return writeOut(`no matches for ${JSON.stringify(query)}\n`);
      for (const hit of hits) {
        await writeOut(`${hit.date}  ${hit.kind === 'quote' ? 'quote in ' : ''}${hit.articleId}${hit.title ? '  ' + hit.title : ''}\n    ${hit.snippet.replace(/\s+/g, ' ')}\n`);
      }
    });
}

export function addEventFilterOptions(command: Command): Command {
  return command
    .option('--from <YYYY-MM-DD>', 'events on or after this date')
    .option('--to <YYYY-MM-DD>', 'events on or before this date')
    .option('--type <type>', 'CASE 2021 code (GOV_REGAINS_TERIT) or ACLED event or sub-event type')
    .option('--place <name>', 'place name or first-level region (part of the name is enough)')
    .option('--actor <name>', 'actor or target name (part of it), or an ISO 3166 alpha-3 country code')
    .option('--near <lat,lon,km>', 'events within km of a point, e.g. 46.64,32.62,50')
    .option('--limit <n>', 'at most this many events');
}

export function eventFilterFrom(opts: Record<string, string | undefined>): EventFilter {
  const filter: EventFilter = {};
  for (const key of ['from', 'to'] as const) {
    const value = opts[key];
    if (value === undefined) continue;
    if (!isIsoDate(value)) throw new UsageError(`--${key} ${value}: not a date in the form YYYY-MM-DD`);
    filter[key] = value;
  }
  if (opts.type) filter.type = opts.type;
  if (opts.place) filter.place = opts.place;
  if (opts.actor) filter.actor = opts.actor;
  if (opts.near) filter.near = parseNear(opts.near);
  if (opts.limit !== undefined) filter.limit = positiveInteger(opts.limit, '--limit');
  return filter;
}

function parseNear(value: string): { lat: number; lon: number; km: number } {
  const parts = value.split(',').map((p) => Number(p.trim()));
  const [lat, lon, km] = parts;
  if (parts.length !== 3 || parts.some((p) => !Number.isFinite(p)) || Math.abs(lat) > 90 || Math.abs(lon) > 180 || km <= 0) {
    throw new UsageError(`--near ${value}: expected LAT,LON,KM such as 46.64,32.62,50`);
  }
  return { lat, lon, km };
}

function positiveInteger(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} ${value}: expected a positive whole number`);
  return n;
}

export function registerEvents(program: Command): void {
  addEventFilterOptions(program.command('events').description('list stored events, newest first'))
    .option('--json', 'JSON instead of text')
    .action(async (opts, command: Command) => {
      const filter = eventFilterFrom(opts);
      filter.limit ??= 50;
      const rows = await withStore(command, { readonly: true }, (store) => queryEvents(store, filter));
      if (opts.json) return writeOut(JSON.stringify(rows, null, 2) + '\n');
      if (rows.length === 0) return writeOut('no events match\n');
      for (const row of rows) await writeOut(formatEventLine(row) + '\n');
    });
}

export function formatEventLine(row: EventRow): string {
  const when = row.timeStart === row.timeEnd || !row.timeEnd ? row.timeStart.slice(0, 10) : `${row.timeStart.slice(0, 10)}..${row.timeEnd.slice(0, 10)}`;
  const where = row.placeName ? ` @ ${row.placeName}${row.lat !== null && row.lat !== undefined ? ` (${row.lat.toFixed(3)}, ${row.lon!.toFixed(3)}, precision ${row.placePrecision})` : ''}` : '';
  const who = row.actors.length ? ` by ${row.actors.join(', ')}` : '';
  const whom = row.targets.length ? ` against ${row.targets.join(', ')}` : '';
  const dead = row.fatalities ? ` · ${row.fatalities} killed` : '';
  const source = row.sourceName ? ` · per ${row.sourceName}${row.sourceChannel ? ` (${row.sourceChannel})` : ''}` : '';
  return `${when}  ${row.type}${who}${whom}${where}${dead}${source}  [${row.articleId}]`;
}

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('what the database holds: counts, date range, latest events')
    .option('--json', 'JSON instead of text')
    .action(async (opts, command: Command) => {
      const stats = await withStore(command, { readonly: true }, (store) => storeStats(store));
      await writeOut(opts.json ? JSON.stringify(stats, null, 2) + '\n' : formatStats(stats));
    });
}

export function formatStats(stats: StoreStats): string {
  const lines = [
    `articles  ${stats.articles}${stats.dateRange ? `  (${stats.dateRange.from} to ${stats.dateRange.to})` : ''}`,
    `entities  ${stats.entities.total}  (${Object.entries(stats.entities.byKind).map(([k, n]) => `${n} ${k}`).join(', ') || 'none'})`,
    `places    ${stats.places}`,
    `quotes    ${stats.quotes}`,
    `events    ${stats.events}`,
  ];
  if (stats.latestEvents.length) {
    lines.push('', 'latest events:');
    for (const row of stats.latestEvents) lines.push('  ' + formatEventLine(row));
  }
  return lines.join('\n') + '\n';
}
