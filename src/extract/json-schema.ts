import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { packageRoot } from '../package-root.js';

/** Absolute path of a schema shipped in the package's schema/ folder. */
export function schemaPath(fileName: string): string {
  return join(packageRoot(), 'schema', fileName);
}

/** A validator for schema/<fileName>, compiled on first use. */
export function schemaValidator(fileName: string): () => ValidateFunction {
  let compiled: ValidateFunction | undefined;
  return () => {
    if (!compiled) {
      const schema = JSON.parse(readFileSync(schemaPath(fileName), 'utf8'));
      compiled = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    }
    return compiled;
  };
}

/** "/entities/0/geo/precision must be one of 1, 2, 3 (got 4)": one line per schema error. */
export function describeSchemaError(error: ErrorObject, data: unknown): string {
  const where = error.instancePath || '(top level)';
  const got = valueAt(data, error.instancePath);
  switch (error.keyword) {
    case 'enum':
      return `${where} must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')} (got ${JSON.stringify(got)})`;
    case 'const':
      return `${where} must be ${JSON.stringify(error.params.allowedValue)} (got ${JSON.stringify(got)})`;
    case 'required':
      return `${where} is missing the required property '${error.params.missingProperty}'`;
    case 'dependentRequired':
      return `${where} is missing the property '${error.params.missingProperty}', needed with '${error.params.property}'`;
    case 'additionalProperties':
      return `${where} has an unknown property '${error.params.additionalProperty}'`;
    case 'type':
    case 'pattern':
    case 'minimum':
    case 'maximum':
    case 'minLength':
      return `${where} ${error.message} (got ${JSON.stringify(got)})`;
    default:
      return `${where} ${error.message}`;
  }
}

function valueAt(data: unknown, pointer: string): unknown {
  let value = data;
  for (const part of pointer.split('/').slice(1)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return value;
}
