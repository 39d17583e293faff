import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/article.js';
import { InputError } from '../../src/errors.js';
import { publicationDateFromUrl } from './url-date.js';

/** The re3d subsets whose texts are public-domain U.S. government works (see each folder's LICENSE). */
export const RE3D_PUBLIC_DOMAIN_FOLDERS = ['CENTCOM', 'US State Department'] as const;

// Who published a document, by the host of its URL: the State Department subset also holds a defense.gov release.
const PUBLISHER_BY_HOST: Record<string, string> = {
  'www.centcom.mil': 'U.S. Central Command',
  'www.state.gov': 'U.S. Department of State',
  'www.defense.gov': 'U.S. Department of Defense',
};
const PUBLISHER_BY_FOLDER: Record<(typeof RE3D_PUBLIC_DOMAIN_FOLDERS)[number], string> = {
  CENTCOM: 'U.S. Central Command',
  'US State Department': 'U.S. Department of State',
};

interface Re3dDocument {
  _id: string;
  title?: string;
  text: string;
  sourceUrl?: string;
}

export interface Re3dSelection {
  articles: Article[];
  documents: number;
  undated: { folder: string; id: string; url: string }[]; // skipped: no date in the URL
}

/** documents.json is a mongoexport dump: one JSON object per line. */
function readDocuments(path: string): Re3dDocument[] {
  const docs: Re3dDocument[] = [];
  readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let doc: Re3dDocument;
      try {
        doc = JSON.parse(line) as Re3dDocument;
      } catch (err) {
        throw new InputError(path, `not a JSON object: ${(err as Error).message}`, i + 1);
      }
      if (typeof doc._id !== 'string' || typeof doc.text !== 'string') {
        throw new InputError(path, 'document without a string "_id" and "text"', i + 1);
      }
      docs.push(doc);
    });
  return docs;
}

function publisher(folder: (typeof RE3D_PUBLIC_DOMAIN_FOLDERS)[number], url: string): string {
  const host = /^[a-z]+:\/\/([^/]+)/i.exec(url)?.[1]?.toLowerCase();
  return (host && PUBLISHER_BY_HOST[host]) || PUBLISHER_BY_FOLDER[folder];
}

/** The public-domain re3d documents that can be dated from their URL (to the day, or to the month), one article each, in folder then id order. */
export function selectRe3dArticles(re3dDir: string): Re3dSelection {
  const articles: Article[] = [];
  const undated: Re3dSelection['undated'] = [];
  let documents = 0;
  for (const folder of RE3D_PUBLIC_DOMAIN_FOLDERS) {
    const docs = readDocuments(join(re3dDir, folder, 'documents.json')).sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
    documents += docs.length;
    for (const doc of docs) {
      const url = doc.sourceUrl?.trim() ?? '';
      const published = publicationDateFromUrl(url);
      if (!published) {
        undated.push({ folder, id: doc._id, url });
        continue;
      }
      const title = doc.title?.trim();
      articles.push({
        id: `re3d:${doc._id}`,
        date: published.date,
        ...(published.precision ? { datePrecision: published.precision } : {}),
        text: doc.text,
        ...(title ? { title } : {}),
        source: publisher(folder, url),
        ...(url ? { url } : {}),
      });
    }
  }
  return { articles, documents, undated };
}
