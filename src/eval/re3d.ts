import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.js';

/** One re3d document with its annotated entities (offsets into `text`). */
export interface Re3dDocument {
  id: string;
  source: string; // the sub-collection it comes from ("BBC Online", "CENTCOM", …)
  text: string;
  entities: Re3dEntity[];
}

export interface Re3dEntity {
  begin: number;
  end: number;
  type: string; // Person, Organisation, Location, Nationality, …
  value: string;
  confidence: number;
}

/**
 * Reads re3d (mongoexport JSON lines: documents.json and entities.json) from DIR, or from every
 * subfolder of DIR that holds them. Documents come sorted by source then id.
 */
export function readRe3d(dir: string): Re3dDocument[] {
  if (!existsSync(dir)) throw new InputError(dir, 'no such folder');
  const folders = existsSync(join(dir, 'documents.json'))
    ? [dir]
    : readdirSync(dir)
        .sort()
        .map((name) => join(dir, name))
        .filter((path) => statSync(path).isDirectory() && existsSync(join(path, 'documents.json')));
  if (!folders.length) throw new InputError(dir, 'no documents.json here nor in any subfolder');
  return folders.flatMap(readFolder);
}

function readFolder(folder: string): Re3dDocument[] {
  const source = folder.split(/[\\/]/).pop() ?? folder;
  const byId = new Map<string, Re3dDocument>();
  for (const [line, record] of jsonLines(join(folder, 'documents.json'))) {
    if (typeof record._id !== 'string' || typeof record.text !== 'string') {
      throw new InputError(join(folder, 'documents.json'), 'a document needs _id and text', line);
    }
    byId.set(record._id, { id: record._id, source, text: record.text, entities: [] });
  }
  const entitiesPath = join(folder, 'entities.json');
  if (existsSync(entitiesPath)) {
    for (const [line, record] of jsonLines(entitiesPath)) {
      const doc = byId.get(String(record.documentId));
      const { begin, end, type, value } = record;
      if (!doc || typeof begin !== 'number' || typeof end !== 'number' || typeof type !== 'string') {
        throw new InputError(entitiesPath, 'an entity needs a known documentId, begin, end and type', line);
      }
      doc.entities.push({ begin, end, type, value: String(value ?? ''), confidence: Number(record.confidence ?? 1) });
    }
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function* jsonLines(path: string): Generator<[number, Record<string, unknown>]> {
  const lines = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].trim();
    if (!text) continue;
    try {
      yield [i + 1, JSON.parse(text)];
    } catch (err) {
      throw new InputError(path, `not JSON: ${(err as Error).message}`, i + 1);
    }
  }
}
