import { readFileSync } from 'node:fs';
import { InputError } from '../errors.js';
import type { Extraction } from '../extract/contract.js';
import { validateExtraction } from '../extract/validate.js';

/** Reads a saved `sitrep extract` output (one JSON object) and checks it against the contract. */
export function readExtractionFile(path: string, articleText?: string): Extraction {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(path, code ? `cannot read: ${code}` : `not JSON: ${(error as Error).message}`);
  }
  const { valid, errors } = validateExtraction(data, articleText);
  if (!valid) {
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    throw new InputError(path, `not a valid sitrep/extraction@1 record: ${errors[0]}${more}`);
  }
  return data as Extraction;
}
