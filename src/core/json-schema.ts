/**
 * A small interpreter of the JSON-Schema (draft-07) subset that schemas/*.schema.json use, reading the schemas
 * themselves: one source of truth, no eval or generated code (strict CSP), and it does not grow with each pack
 * kind. It reports errors as ajv does with `allErrors` (same `instancePath`, `keyword`, `params`, same order), so
 * `validate.ts` words them unchanged; test/node/json-schema.test.mjs compares it with ajv over mutated packs.
 * scripts/gen-validators.mjs refuses a schema keyword this file does not know.
 */

/** A schema object, stripped of annotations by the build. */
type Schema = { [k: string]: unknown } | boolean;
type Schemas = Record<string, Schema>;
type Obj = Record<string, unknown>;
export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

const isObj = (d: unknown): d is Obj => typeof d === 'object' && d !== null && !Array.isArray(d);
const TYPES: Record<string, (d: unknown) => boolean> = {
  object: isObj,
  array: Array.isArray,
  string: (d) => typeof d === 'string',
  boolean: (d) => typeof d === 'boolean',
  null: (d) => d === null,
  number: (d) => typeof d === 'number' && isFinite(d),
  integer: (d) => typeof d === 'number' && isFinite(d) && !(d % 1),
};
/** ajv's keyword groups, in its order: keywords for any type first, then the number, string, array, object ones. */
const GROUPS: [string, string[]][] = [
  ['', ['$ref', 'const', 'enum', 'allOf', 'if']],
  ['number', ['maximum', 'minimum', 'exclusiveMaximum', 'exclusiveMinimum']],
  ['string', ['pattern']],
  ['array', ['maxItems', 'minItems', 'items']],
  ['object', ['required', 'additionalProperties', 'properties']],
];
/** Every keyword this interpreter applies (the build checks the schemas against it), and the annotations. */
export const KEYWORDS = ['type', 'then', 'else', 'definitions', '$id', ...GROUPS.flatMap((g) => g[1])];
const LIMITS: Record<string, [string, (d: number, l: number) => boolean]> = {
  maximum: ['<=', (d, l) => d <= l],
  minimum: ['>=', (d, l) => d >= l],
  exclusiveMaximum: ['<', (d, l) => d < l],
  exclusiveMinimum: ['>', (d, l) => d > l],
};
const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);
const pointer = (k: string | number): string => `/${String(k).replace(/~/g, '~0').replace(/\//g, '~1')}`;

/** The validator of the schema `id` in `schemas` (keyed by `$id`). */
export function compile(schemas: Schemas, id: string): SchemaValidator {
  const patterns = new Map<string, RegExp>();

  const check = (s: Schema, base: string, d: unknown, path: string, out: SchemaError[]): void => {
    if (s === true) return;
    if (s === false) return void out.push({ instancePath: path, keyword: 'false schema', params: {} });
    const err = (keyword: string, params: Record<string, unknown>): unknown => out.push({ instancePath: path, keyword, params });
    const type = s.type as string | undefined;
    const has = (ks: string[]): boolean => ks.some((k) => k in s);
    // ajv checks the type up front unless the type's own group will (then it says so in that group's place).
    const typeInGroup = type !== undefined && GROUPS.some(([t, ks]) => t === type && has(ks));
    if (type !== undefined && !typeInGroup && !TYPES[type]!(d)) err('type', { type });
    for (const [t, ks] of GROUPS) {
      if (!has(ks)) continue;
      if (t && !(TYPES[t]!(d) || (t === 'number' && TYPES.integer!(d)))) {
        if (t === type && typeInGroup) err('type', { type });
        continue;
      }
      for (const k of ks) {
        if (!(k in s)) continue;
        const v: unknown = s[k];
        switch (k) {
          case '$ref': {
            const [uri, frag = ''] = (v as string).split('#');
            const b = uri || base;
            let target = schemas[b] as unknown;
            for (const seg of frag.split('/').slice(1)) target = (target as Obj)[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
            check(target as Schema, b, d, path, out);
            break;
          }
          case 'const':
            if (!same(d, v)) err(k, { allowedValue: v });
            break;
          case 'enum':
            if (!(v as unknown[]).some((x) => same(d, x))) err(k, { allowedValues: v });
            break;
          case 'allOf':
            for (const x of v as Schema[]) check(x, base, d, path, out);
            break;
          case 'if': {
            const ok: boolean = !collect(v as Schema, base, d, path).length;
            const clause: string = ok ? 'then' : 'else';
            if (clause in s) {
              const before = out.length;
              check(s[clause] as Schema, base, d, path, out);
              if (out.length > before) err('if', { failingKeyword: clause });
            }
            break;
          }
          case 'pattern': {
            let re = patterns.get(v as string);
            if (!re) patterns.set(v as string, (re = new RegExp(v as string, 'u')));
            if (!re.test(d as string)) err(k, { pattern: v });
            break;
          }
          case 'maxItems':
            if ((d as unknown[]).length > (v as number)) err(k, { limit: v });
            break;
          case 'minItems':
            if ((d as unknown[]).length < (v as number)) err(k, { limit: v });
            break;
          case 'items':
            (d as unknown[]).forEach((x, i) => check(v as Schema, base, x, path + pointer(i), out));
            break;
          case 'required':
            for (const p of v as string[]) if ((d as Obj)[p] === undefined) err(k, { missingProperty: p });
            break;
          case 'additionalProperties': {
            const props = (s.properties ?? {}) as Obj;
            for (const p in d as Obj) {
              if (Object.hasOwn(props, p)) continue;
              if (v === false) err(k, { additionalProperty: p });
              else check(v as Schema, base, (d as Obj)[p], path + pointer(p), out);
            }
            break;
          }
          case 'properties':
            for (const [p, ps] of Object.entries(v as Obj)) {
              if ((d as Obj)[p] !== undefined) check(ps as Schema, base, (d as Obj)[p], path + pointer(p), out);
            }
            break;
          default: {
            const [comparison, ok] = LIMITS[k]!;
            if (!ok(d as number, v as number)) err(k, { comparison, limit: v });
          }
        }
      }
    }
  };
  const collect = (s: Schema, base: string, d: unknown, path: string): SchemaError[] => {
    const out: SchemaError[] = [];
    check(s, base, d, path, out);
    return out;
  };

  const validate: SchemaValidator = (data) => {
    const errors = collect(schemas[id]!, id, data, '');
    validate.errors = errors.length ? errors : null;
    return !errors.length;
  };
  return validate;
}
