import type { Extraction, Span } from './contract.js';
import { describeSchemaError, schemaPath, schemaValidator } from './json-schema.js';

export const EXTRACTION_SCHEMA_FILE = 'extraction-1.schema.json';

/** Where the JSON Schema of `sitrep/extraction@1` lives in the installed package. */
export const extractionSchemaPath = (): string => schemaPath(EXTRACTION_SCHEMA_FILE);

const extractionValidator = schemaValidator(EXTRACTION_SCHEMA_FILE);

export interface ValidationResult {
  valid: boolean;
  errors: string[];
}

/**
 * Checks `value` against the JSON Schema of `sitrep/extraction@1`, then (when it has that shape) that it
 * holds together: ids unique, every referenced id exists, and — given the article text — every span's
 * text is the text at its offsets.
 */
export function validateExtraction(value: unknown, articleText?: string): ValidationResult {
  const validate = extractionValidator();
  if (!validate(value)) {
    return { valid: false, errors: (validate.errors ?? []).map((error) => describeSchemaError(error, value)) };
  }
  const errors = checkConsistency(value as Extraction, articleText);
  return { valid: errors.length === 0, errors };
}

/** The checks a schema cannot express. `value` must already have the contract's shape. */
export function checkConsistency(x: Extraction, articleText?: string): string[] {
  const errors: string[] = [];
  const ids = new Map<string, string>();
  const claim = (id: string, where: string) => {
    const earlier = ids.get(id);
    if (earlier !== undefined) errors.push(`${where}/id '${id}' is already used by ${earlier}`);
    else ids.set(id, where);
  };
  const checkSpan = (span: Span, where: string) => {
    if (span.end < span.start) return void errors.push(`${where} ends (${span.end}) before it starts (${span.start})`);
    if (articleText === undefined) return;
    if (span.end > articleText.length) {
      return void errors.push(`${where} ends at ${span.end}, beyond the article text (length ${articleText.length})`);
    }
    const actual = articleText.slice(span.start, span.end);
    if (actual !== span.text) errors.push(`${where} text ${JSON.stringify(span.text)} differs from the article text at ${span.start}-${span.end}: ${JSON.stringify(actual)}`);
  };

  const entityKinds = new Map<string, string>();
  x.entities.forEach((entity, i) => {
    claim(entity.id, `/entities/${i}`);
    entityKinds.set(entity.id, entity.kind);
    entity.mentions.forEach((span, j) => checkSpan(span, `/entities/${i}/mentions/${j}`));
    if (entity.geo && entity.kind !== 'place') errors.push(`/entities/${i} is a ${entity.kind} but has geo`);
  });
  x.times.forEach((time, i) => {
    claim(time.id, `/times/${i}`);
    checkSpan(time.span, `/times/${i}/span`);
    if (Date.parse(time.end) < Date.parse(time.start)) errors.push(`/times/${i} ends (${time.end}) before it starts (${time.start})`);
  });
  const quoteIds = new Set<string>();
  x.quotes.forEach((quote, i) => {
    claim(quote.id, `/quotes/${i}`);
    quoteIds.add(quote.id);
    checkSpan(quote.span, `/quotes/${i}/span`);
    if (quote.cue) checkSpan(quote.cue, `/quotes/${i}/cue`);
  });
  const needEntity = (id: string, where: string, kind?: string) => {
    const actual = entityKinds.get(id);
    if (actual === undefined) errors.push(`${where} refers to entity '${id}', which does not exist`);
    else if (kind !== undefined && actual !== kind) errors.push(`${where} refers to entity '${id}', a ${actual}, not a ${kind}`);
  };
  x.quotes.forEach((quote, i) => {
    if (quote.speaker !== null) needEntity(quote.speaker, `/quotes/${i}/speaker`);
  });
  x.events.forEach((event, i) => {
    const at = `/events/${i}`;
    claim(event.id, at);
    event.actors.forEach((id, j) => needEntity(id, `${at}/actors/${j}`));
    event.targets.forEach((id, j) => needEntity(id, `${at}/targets/${j}`));
    for (const id of Object.keys(event.actorText ?? {})) {
      if (!event.actors.includes(id) && !event.targets.includes(id)) errors.push(`${at}/actorText names '${id}', which is neither an actor nor a target of the event`);
    }
    if (event.place !== null) needEntity(event.place, `${at}/place`, 'place');
    if (event.source?.entity !== undefined) needEntity(event.source.entity, `${at}/source/entity`);
    if (event.source?.quote !== undefined && !quoteIds.has(event.source.quote)) {
      errors.push(`${at}/source/quote refers to quote '${event.source.quote}', which does not exist`);
    }
    if (Date.parse(event.time.end) < Date.parse(event.time.start)) errors.push(`${at}/time ends (${event.time.end}) before it starts (${event.time.start})`);
    event.quantities.forEach((quantity, j) => checkSpan(quantity.span, `${at}/quantities/${j}/span`));
    event.evidence.forEach((span, j) => checkSpan(span, `${at}/evidence/${j}`));
  });
  return errors;
}
