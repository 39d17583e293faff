import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import type { Event, FeatureType } from '../extract/contract.js';
import { describeSchemaError, schemaValidator } from '../extract/json-schema.js';
import { packageRoot } from '../package-root.js';

/** An actor the article names: matched by `mention`, then every other given field must hold. */
export interface ActorExpectation {
  mention: string;
  name_any?: string[];
  role_any?: string[];
  country?: string; // ISO 3166-1 alpha-3
  sector?: string;
  note?: string;
}

export interface PlaceExpectation {
  mention: string;
  lat?: number;
  lon?: number;
  max_km?: number;
  featureType?: FeatureType;
  note?: string;
}

export interface QuoteExpectation {
  text_contains: string;
  direct?: boolean;
  speaker_any?: string[];
  channel?: string;
  note?: string;
}

export interface EventExpectation {
  what: string;
  type?: string;
  type_any?: string[];
  actor_country?: string;
  quantity?: number;
  fatalities?: number;
  modality?: Event['modality'];
  date_from?: string;
  date_to?: string;
  start?: string;
  source_any?: string[];
  place_near?: { lat: number; lon: number; max_km: number };
  note?: string;
}

export interface TimeExpectation {
  text_contains: string;
  date?: string; // YYYY-MM-DD
  week?: string; // YYYY-MM-DD, the week's first day
  month?: string; // YYYY-MM
  instant?: string; // ISO 8601 with an offset
  note?: string;
}

/** What a careful analyst reads out of one example report (shared/acceptance/*.json). */
export interface AcceptanceFile {
  about?: string;
  article?: { date?: string; note?: string };
  persons?: ActorExpectation[];
  organizations?: ActorExpectation[];
  places?: PlaceExpectation[];
  quotes?: QuoteExpectation[];
  events?: EventExpectation[];
  times?: TimeExpectation[];
}

const acceptanceValidator = schemaValidator('acceptance.schema.json');

/** Reads and checks an acceptance file; anything else is an InputError naming the file and the first problem. */
export function loadAcceptance(path: string): AcceptanceFile {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(path, `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw new InputError(path, `not JSON: ${(error as Error).message}`);
  }
  return parseAcceptance(data, path);
}

/** Checks already-parsed JSON against schema/acceptance.schema.json; `file` names it in the error. */
export function parseAcceptance(data: unknown, file: string): AcceptanceFile {
  const validate = acceptanceValidator();
  if (!validate(data)) {
    const errors = validate.errors ?? [];
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    throw new InputError(file, `not an acceptance file: ${describeSchemaError(errors[0], data)}${more}`);
  }
  return data as AcceptanceFile;
}

/**
 * The report an acceptance file describes: `articlePath` when given, else
 * <acceptance dir>/../examples/<name>.txt, else examples/<name>.txt in the package.
 */
export function locateAcceptanceArticle(acceptancePath: string, articlePath?: string): string {
  if (articlePath !== undefined) {
    if (!existsSync(articlePath)) throw new InputError(articlePath, 'no such file');
    return articlePath;
  }
  const name = basename(acceptancePath, extname(acceptancePath)) + '.txt';
  const candidates = [resolve(dirname(acceptancePath), '..', 'examples', name), join(packageRoot(), 'examples', name)];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (found === undefined) {
    throw new InputError(acceptancePath, `cannot find the article it describes (looked for ${candidates.join(' and ')}); give it with --article PATH`);
  }
  return found;
}
