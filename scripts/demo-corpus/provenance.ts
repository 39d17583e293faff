import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../src/package-root.js';
import { UCDP_FULL_YEAR, UCDP_SAMPLE_PER_YEAR, type UcdpSelection } from './ucdp.js';
import type { Re3dSelection } from './re3d.js';

export interface ProvenanceFacts {
  ucdp: UcdpSelection;
  re3d: Re3dSelection;
  sha256: { ucdp: string; centcom: string; state: string };
}

function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function re3dResult(re3d: Re3dSelection): string {
  const skipped = re3d.undated.length;
  const toMonth = re3d.articles.filter((a) => a.datePrecision === 'month').length;
  return (
    `${re3d.articles.length} of ${re3d.documents} documents dated from their URL and kept ` +
    `(${re3d.articles.length - toMonth} to the day, ${toMonth} to the month only); ${skipped} skipped for want of any date in the URL.`
  );
}

/** examples/PROVENANCE.md, filled in with the figures of this build. */
export function renderProvenance({ ucdp, re3d, sha256 }: ProvenanceFacts): string {
  const template = readFileSync(join(packageRoot(), 'scripts', 'demo-corpus', 'provenance.template.md'), 'utf8');
  const values: Record<string, string | number> = {
    ucdpSha256: sha256.ucdp,
    ucdpRows: ucdp.rows,
    ucdpEmptyHeadlines: ucdp.emptyHeadlines,
    ucdpFullYear: UCDP_FULL_YEAR,
    ucdpSamplePerYear: UCDP_SAMPLE_PER_YEAR,
    ucdpArticles: ucdp.articles.length,
    ucdpYearTable: table(
      ['year', 'events with a headline', 'kept'],
      ucdp.byYear.map((y) => [y.year, y.rows, y.kept]),
    ),
    centcomSha256: sha256.centcom,
    stateSha256: sha256.state,
    re3dDocuments: re3d.documents,
    re3dResult: re3dResult(re3d),
    re3dUndatedTable: re3d.undated.length
      ? table(['skipped (no date in URL)', 'document', 'URL'], re3d.undated.map((u) => [u.folder, u.id, u.url]))
      : '',
  };
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    if (!(key in values)) throw new Error(`provenance template: no value for {{${key}}}`);
    return String(values[key]);
  }).replace(/\n+$/, '\n');
}
