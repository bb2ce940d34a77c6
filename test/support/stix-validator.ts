// Checks a STIX 2.1 bundle against the official OASIS JSON schemas (read from ../shared/stix/schemas, never
// copied into the project) with ajv's draft 2020-12 validator, each object against its type's schema as
// the OASIS validator does, and against what the schemas cannot say:
// every *_ref / *_refs, at any depth, names an object of the bundle; ids are unique; `modified` is not
// before `created`; every timestamp has milliseconds. Where the schemas are absent (a clone without
// ../shared) `loadStixValidator` answers null and says so once.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

const ROOT = join(import.meta.dirname, '..', '..');
export const STIX_SHARED = join(ROOT, '..', 'shared', 'stix');
const SCHEMAS = join(STIX_SHARED, 'schemas');

export interface StixVerdict {
  valid: boolean;
  /** What is wrong, one line each: the object's id and the problem. */
  errors: string[];
  objects: number;
}

export type StixValidator = (bundle: unknown) => StixVerdict;

let cached: StixValidator | null | undefined;

/** The validator, or null (with a warning) when ../shared/stix/schemas is not there. */
export function loadStixValidator(): StixValidator | null {
  if (cached !== undefined) return cached;
  if (!existsSync(SCHEMAS)) {
    console.warn(`STIX schema validation skipped: ${SCHEMAS} not found`);
    cached = null;
    return null;
  }
  // Some OASIS patterns use escapes that are invalid under the `u` flag: compile them without it.
  const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false, validateFormats: false });
  const byType = new Map<string, string>();
  for (const folder of readdirSync(SCHEMAS)) {
    for (const file of readdirSync(join(SCHEMAS, folder)).filter((f) => f.endsWith('.json'))) {
      const schema = JSON.parse(readFileSync(join(SCHEMAS, folder, file), 'utf8')) as { $id: string };
      ajv.addSchema(schema);
      if (folder !== 'common' || TYPED_COMMON.has(file)) byType.set(file.replace(/\.json$/, ''), schema.$id);
    }
  }
  const schemaOf = (id: string) => {
    const validate = ajv.getSchema(id);
    if (!validate) throw new Error(`${id} is missing from ${SCHEMAS}`);
    return validate;
  };
  // bundle.json's own list of object schemas leaves out note, location, opinion, grouping, incident and
  // extension-definition: its envelope is checked here, and each object against its own type's schema.
  const envelope = ajv.compile({
    type: 'object',
    required: ['type', 'id', 'objects'],
    properties: {
      type: { const: 'bundle' },
      id: { allOf: [{ $ref: `${BASE}/common/identifier.json` }, { pattern: '^bundle--' }] },
      objects: { type: 'array', minItems: 1 },
    },
  });
  const core = schemaOf(`${BASE}/common/core.json`);
  cached = (bundle) => {
    const objects = objectsOf(bundle);
    const errors = errorsOf(envelope, bundle, 'bundle');
    for (const o of objects) {
      const id = byType.get(String(o.type));
      errors.push(...errorsOf(id ? schemaOf(id) : core, o, String(o.id)));
    }
    errors.push(...integrityErrors(objects));
    return { valid: errors.length === 0, errors: [...new Set(errors)], objects: objects.length };
  };
  return cached;
}

/** A file's text as a bundle and its verdict. */
export function validateBundleText(
  validator: StixValidator,
  text: string,
): StixVerdict & { bundle: unknown } {
  const bundle = JSON.parse(text) as unknown;
  return { ...validator(bundle), bundle };
}

type Obj = Record<string, unknown>;

const BASE = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas';
/** The schemas of common/ that are object types of their own. */
const TYPED_COMMON = new Set([
  'marking-definition.json',
  'extension-definition.json',
  'language-content.json',
]);

function errorsOf(validate: ValidateFunction, value: unknown, what: string): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${what}: ${e.instancePath || '/'} ${e.message ?? ''}`);
}

function objectsOf(bundle: unknown): Obj[] {
  const objects = (bundle as { objects?: unknown } | null)?.objects;
  return Array.isArray(objects) ? objects.filter((o): o is Obj => typeof o === 'object' && o !== null) : [];
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const MILLISECONDS = /\.\d{3,}Z$/;

function integrityErrors(objects: Obj[]): string[] {
  const errors: string[] = [];
  const ids = new Set<string>();
  for (const o of objects) {
    const id = String(o.id);
    if (ids.has(id)) errors.push(`${id}: id used twice`);
    ids.add(id);
  }
  for (const o of objects) {
    const id = String(o.id);
    for (const { path, value } of references(o))
      if (!ids.has(value)) errors.push(`${id}: ${path} → ${value} is not in the bundle`);
    for (const { path, value } of timestamps(o))
      if (!MILLISECONDS.test(value)) errors.push(`${id}: ${path} ${value} has no milliseconds`);
    if (typeof o.created === 'string' && typeof o.modified === 'string' && o.modified < o.created)
      errors.push(`${id}: modified ${o.modified} is before created ${o.created}`);
  }
  return errors;
}

/** Every string under a key ending in _ref, or in a list under a key ending in _refs, at any depth. */
function references(value: unknown, path = ''): { path: string; value: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => references(v, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => {
    const at = path ? `${path}.${k}` : k;
    if (k.endsWith('_ref') && typeof v === 'string') return [{ path: at, value: v }];
    if (k.endsWith('_refs') && Array.isArray(v))
      return v
        .filter((x): x is string => typeof x === 'string')
        .map((x, i) => ({ path: `${at}[${i}]`, value: x }));
    return references(v, at);
  });
}

function timestamps(value: unknown, path = ''): { path: string; value: string }[] {
  if (typeof value === 'string') return TIMESTAMP.test(value) ? [{ path, value }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => timestamps(v, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => timestamps(v, path ? `${path}.${k}` : k));
}
