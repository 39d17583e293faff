import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface UaOblast {
  /** GeoNames admin1 code without the country, e.g. "08". */
  code: string;
  name: string;
  postal: string;
  bases: string[];
  adjective: string;
  names: string[];
}

export function readUaOblasts(dataDir: string): UaOblast[] {
  const lines = readFileSync(join(dataDir, 'ua-oblasts.tsv'), 'utf8').split('\n');
  const rows = lines.filter((l) => l.trim() && !l.startsWith('#')).slice(1);
  const list = (s: string | undefined) => (s ?? '').split('|').map((x) => x.trim()).filter(Boolean);
  return rows.map((row) => {
    const [code, name, postal, bases, adjective, names] = row.split('\t');
    return { code, name, postal: postal.trim(), bases: list(bases), adjective: (adjective ?? '').trim(), names: list(names) };
  });
}
