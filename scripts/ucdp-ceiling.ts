// How many UCDP settlement rows (where_prec 1) the gazetteer could place within 10 km at all: a row
// counts when any place the gazetteer holds for any run of capitalised words of its where_description
// (exact names, then misspellings) lies within 10 km of the row. The rest name places the gazetteer
// lacks or holds only far away, so no ranking can place them.
// node dist/scripts/ucdp-ceiling.js [ucdp-ged.csv] > unreachable.tsv (the summary goes to stderr).
import { loadGazetteer } from '../src/gazetteer/index.js';
import { readUcdpSettlements } from '../src/eval/geo-ucdp.js';
import { haversineKm } from '../src/geo/distance.js';

const WITHIN_KM = 10;
const CANDIDATES = 50;
const file = process.argv[2] ?? '../shared/data/events/ucdp-ged-ukraine.csv';

/** Every run of consecutive capitalised words: "Novokaterynivka", "Velyka Novosilka", "Novosilka". */
function capitalisedRuns(text: string): string[] {
  const runs = new Set<string>();
  for (const match of text.match(/\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)*/gu) ?? []) {
    const words = match.split(' ');
    for (let i = 0; i < words.length; i++) for (let j = i + 1; j <= words.length; j++) runs.add(words.slice(i, j).join(' '));
  }
  return [...runs];
}

const gazetteer = loadGazetteer();
const rows = readUcdpSettlements(file);
let exact = 0;
let fuzzy = 0;
for (const row of rows) {
  const runs = capitalisedRuns(row.whereDescription);
  const reachable = (loose: boolean) =>
    runs.some((name) => gazetteer.lookup(name, { limit: CANDIDATES, fuzzy: loose }).some((c) => haversineKm(c.lat, c.lon, row.lat, row.lon) <= WITHIN_KM));
  if (reachable(false)) exact++;
  else if (reachable(true)) fuzzy++;
  else process.stdout.write(`${row.whereDescription}\t${row.lat},${row.lon}\n`);
}
const share = (n: number) => `${n} (${((100 * n) / rows.length).toFixed(1)}%)`;
process.stderr.write(`rows ${rows.length}; reachable by an exact name ${share(exact)}, only by a misspelling ${share(fuzzy)}; ceiling ${share(exact + fuzzy)}\n`);
