/**
 * A small interpreter of the JSON-Schema (draft-07) subset that schemas/*.schema.json use, reading the schemas
 * themselves: one source of truth, no eval or generated code (strict CSP), and it does not grow with each pack
 * kind. It reports errors as ajv does with `allErrors` (same `instancePath`, `keyword`, `params`, same order), so
 * `validate.ts` words them unchanged; test/node/json-schema.test.mjs compares it with ajv over mutated packs.
 * scripts/gen-validators.mjs refuses a schema keyword this file does not know.
 */

/** A schema object, stripped of annotations by the build. */
type Schema = { [k: string]: unknown } | boolean;
export type Schemas = Record<string, Schema>;
type Obj = Record<string, unknown>;
/** An error as ajv reports it (messages are off: locales/<lng>/errors.json words them). */
export interface SchemaError {
  /** JSON Pointer into the pack, e.g. /questions/2/options. */
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
const same = (a: unknown, b: unknown): boolean =>
  a === b || (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && JSON.stringify(a) === JSON.stringify(b));
const pointer = (k: string | number): string => `/${String(k).replace(/~/g, '~0').replace(/\//g, '~1')}`;

/** Where a value sits, built into a JSON Pointer only when an error needs it (most values have none). */
type At = { up: At; key: string | number } | null;
const pointerOf = (at: At): string => (at ? pointerOf(at.up) + pointer(at.key) : '');

/** What to apply to a schema object, in ajv's order: worked out once per schema object, not per value. */
interface Plan {
  /** The type to check up front (when no group of its own checks it). */
  type?: string;
  groups: { type: string; reportType: boolean; keys: string[] }[];
}
const plans = new WeakMap<object, Plan>();
function planOf(s: { [k: string]: unknown }): Plan {
  let plan = plans.get(s);
  if (!plan) {
    const type = s.type as string | undefined;
    const groups = GROUPS.map(([t, ks]) => ({ type: t, reportType: t === type, keys: ks.filter((k) => k in s) })).filter((g) => g.keys.length);
    plan = { type: groups.some((g) => g.reportType) ? undefined : type, groups };
    plans.set(s, plan);
  }
  return plan;
}

/** The validator of the schema `id` in `schemas` (keyed by `$id`). */
export function compile(schemas: Schemas, id: string): SchemaValidator {
  const patterns = new Map<string, RegExp>();
  // A `$ref` is resolved once per schema object (its base never changes: it belongs to one document).
  const refs = new WeakMap<object, [Schema, string]>();
  const resolve = (s: Obj, ref: string, base: string): [Schema, string] => {
    let r = refs.get(s);
    if (!r) {
      const [uri, frag = ''] = ref.split('#');
      const b = uri || base;
      let target = schemas[b] as unknown;
      for (const seg of frag.split('/').slice(1)) target = (target as Obj)[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
      refs.set(s, (r = [target as Schema, b]));
    }
    return r;
  };
  // `if` only needs to know whether there is an error: no pointers built, and it stops at the first.
  const probes = new WeakSet<SchemaError[]>();
  const err = (out: SchemaError[], at: At, keyword: string, params: Record<string, unknown>): void => {
    out.push(probes.has(out) ? (null as unknown as SchemaError) : { instancePath: pointerOf(at), keyword, params });
  };

  const check = (s: Schema, base: string, d: unknown, at: At, out: SchemaError[]): void => {
    if (s === true || (out.length && probes.has(out))) return;
    if (s === false) return err(out, at, 'false schema', {});
    const plan = planOf(s);
    // ajv checks the type up front unless the type's own group will (then it says so in that group's place).
    if (plan.type !== undefined && !TYPES[plan.type]!(d)) err(out, at, 'type', { type: plan.type });
    for (const g of plan.groups) {
      if (g.type && !TYPES[g.type]!(d)) {
        if (g.reportType) err(out, at, 'type', { type: g.type });
        continue;
      }
      for (const k of g.keys) {
        const v: unknown = s[k];
        switch (k) {
          case '$ref': {
            const [target, b] = resolve(s, v as string, base);
            check(target, b, d, at, out);
            break;
          }
          case 'const':
            if (!same(d, v)) err(out, at, k, { allowedValue: v });
            break;
          case 'enum':
            if (!(v as unknown[]).some((x) => same(d, x))) err(out, at, k, { allowedValues: v });
            break;
          case 'allOf':
            for (const x of v as Schema[]) check(x, base, d, at, out);
            break;
          case 'if': {
            const probe: SchemaError[] = [];
            probes.add(probe);
            check(v as Schema, base, d, at, probe);
            const clause: string = probe.length ? 'else' : 'then';
            if (clause in s) {
              const before = out.length;
              check(s[clause] as Schema, base, d, at, out);
              if (out.length > before) err(out, at, 'if', { failingKeyword: clause });
            }
            break;
          }
          case 'pattern': {
            let re = patterns.get(v as string);
            if (!re) patterns.set(v as string, (re = new RegExp(v as string, 'u')));
            if (!re.test(d as string)) err(out, at, k, { pattern: v });
            break;
          }
          case 'maxItems':
            if ((d as unknown[]).length > (v as number)) err(out, at, k, { limit: v });
            break;
          case 'minItems':
            if ((d as unknown[]).length < (v as number)) err(out, at, k, { limit: v });
            break;
          case 'items': {
            const list = d as unknown[];
            for (let i = 0; i < list.length; i++) check(v as Schema, base, list[i], { up: at, key: i }, out);
            break;
          }
          case 'required':
            for (const p of v as string[]) if ((d as Obj)[p] === undefined) err(out, at, k, { missingProperty: p });
            break;
          case 'additionalProperties': {
            const props = (s.properties ?? {}) as Obj;
            for (const p in d as Obj) {
              if (Object.hasOwn(props, p)) continue;
              if (v === false) err(out, at, k, { additionalProperty: p });
              else check(v as Schema, base, (d as Obj)[p], { up: at, key: p }, out);
            }
            break;
          }
          case 'properties':
            for (const p in v as Obj) {
              const x = (d as Obj)[p];
              if (x !== undefined) check((v as Obj)[p] as Schema, base, x, { up: at, key: p }, out);
            }
            break;
          default: {
            const [comparison, ok] = LIMITS[k]!;
            if (!ok(d as number, v as number)) err(out, at, k, { comparison, limit: v });
          }
        }
      }
    }
  };

  const validate: SchemaValidator = (data) => {
    const errors: SchemaError[] = [];
    check(schemas[id]!, id, data, null, errors);
    validate.errors = errors.length ? errors : null;
    return !errors.length;
  };
  return validate;
}
