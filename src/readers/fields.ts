import { UsageError } from '../errors.js';
import FIELD_NAMES from './field-names.json' with { type: 'json' };

export const ARTICLE_FIELDS = ['id', 'date', 'text', 'title', 'source', 'url'] as const;
export type ArticleField = (typeof ARTICLE_FIELDS)[number];

/** Raw values of one record, by article field; absent when the record has no such key or column. */
export type FieldValues = Partial<Record<ArticleField, unknown>>;

const DEFAULT_NAMES = FIELD_NAMES as Record<ArticleField, string[]>;

function isArticleField(name: string): name is ArticleField {
  return (ARTICLE_FIELDS as readonly string[]).includes(name);
}

/** The user's field mapping (--field text=notes), checked. */
export function explicitFields(fields: Record<string, string> | undefined): Partial<Record<ArticleField, string>> {
  const mapped: Partial<Record<ArticleField, string>> = {};
  for (const [field, name] of Object.entries(fields ?? {})) {
    if (!isArticleField(field)) throw new UsageError(`unknown article field "${field}" in --field (known: ${ARTICLE_FIELDS.join(', ')})`);
    mapped[field] = name;
  }
  return mapped;
}

/**
 * Column index of each article field in a header row: the mapped name if the user gave one (exact,
 * else case-insensitive), else the first default name present (case-insensitive).
 */
export function columnIndexes(
  header: string[],
  fields: Record<string, string> | undefined,
): { indexes: Partial<Record<ArticleField, number>>; missingMapped: Array<[ArticleField, string]> } {
  const mapped = explicitFields(fields);
  const lower = header.map((h) => h.trim().toLowerCase());
  const indexes: Partial<Record<ArticleField, number>> = {};
  const missingMapped: Array<[ArticleField, string]> = [];
  for (const field of ARTICLE_FIELDS) {
    const name = mapped[field];
    if (name !== undefined) {
      let i = header.indexOf(name);
      if (i < 0) i = lower.indexOf(name.trim().toLowerCase());
      if (i < 0) missingMapped.push([field, name]);
      else indexes[field] = i;
      continue;
    }
    for (const candidate of DEFAULT_NAMES[field]) {
      const i = lower.indexOf(candidate);
      if (i >= 0) {
        indexes[field] = i;
        break;
      }
    }
  }
  return { indexes, missingMapped };
}

/** The key each article field is read from in JSON objects: mapped, or the defaults in order. */
export function jsonKeys(fields: Record<string, string> | undefined): Record<ArticleField, string[]> {
  const mapped = explicitFields(fields);
  const keys = {} as Record<ArticleField, string[]>;
  for (const field of ARTICLE_FIELDS) {
    const name = mapped[field];
    keys[field] = name !== undefined ? [name] : DEFAULT_NAMES[field];
  }
  return keys;
}

/** Values of the article fields in one JSON object. */
export function pickJsonFields(record: Record<string, unknown>, keys: Record<ArticleField, string[]>): FieldValues {
  const values: FieldValues = {};
  for (const field of ARTICLE_FIELDS) {
    for (const key of keys[field]) {
      if (record[key] !== undefined && record[key] !== null) {
        values[field] = record[key];
        break;
      }
    }
  }
  return values;
}

/** How a JSON field is named in messages: 'field "notes"' (the mapped or the article field name). */
export function fieldLabel(field: ArticleField, fields: Record<string, string> | undefined): string {
  return `field "${fields?.[field] ?? field}"`;
}
