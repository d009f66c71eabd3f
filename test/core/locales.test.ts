import { expect } from '@open-wc/testing';
import { PROBLEM_KEYS } from '../../src/core/validate-all.js';
import { PACK_KINDS } from '../../src/generated/kinds.js';
import { patternNames } from '../../src/generated/validators.js';
import { ALL_KINDS as validators } from '../../src/generated/all-kinds.js';

const load = async (lng: string): Promise<Record<string, string>> =>
  (await fetch(new URL(`../../locales/${lng}/errors.json`, import.meta.url))).json();

describe('errors locales', () => {
  let id: Record<string, string>;
  let en: Record<string, string>;
  let jv: Record<string, string>;
  before(async () => {
    [id, en, jv] = await Promise.all(['id', 'en', 'jv'].map(load)) as [typeof id, typeof en, typeof jv];
  });

  it('word every problem key, and the frame around them', () => {
    for (const key of [...PROBLEM_KEYS, 'title', 'where', 'unknown', 'more']) {
      for (const [lng, t] of Object.entries({ id, en, jv })) expect(t[key], `${lng}/${key}`).to.be.a('string').and.match(/\S/);
    }
  });

  it('word a limit with its number', () => {
    expect(id.minItems).to.equal('minimal {{limit}} butir');
    expect(en.minItems).to.equal('at least {{limit}} items');
  });

  it('has a problem key for every validation keyword the schemas use', async () => {
    // Keywords that only structure or annotate a schema; any other one can fail and must have a key (and words).
    const structural = new Set(['$schema', '$id', '$ref', '$comment', 'title', 'description', 'definitions', 'properties', 'items', 'additionalProperties', 'allOf', 'if', 'then', 'else']);
    const used = new Set<string>();
    const walk = (node: unknown, namesHere = false): void => {
      if (Array.isArray(node)) return node.forEach((n) => walk(n));
      if (typeof node !== 'object' || node === null) return;
      for (const [k, v] of Object.entries(node)) {
        if (!namesHere) used.add(k);
        // Under properties/definitions the keys are names; `enum`/`const`/`required` hold data, not schemas.
        if (!['enum', 'const', 'required'].includes(k) || namesHere) walk(v, !namesHere && (k === 'properties' || k === 'definitions'));
      }
    };
    // The shared schemas, and every kind's (a kind whose schema is not written yet has none).
    for (const name of ['common', 'question', ...PACK_KINDS]) {
      const res = await fetch(new URL(`../../schemas/${name}.schema.json`, import.meta.url));
      if (res.ok) walk(await res.json());
      else expect(name in validators, name).to.equal(false);
    }
    const keys: readonly string[] = PROBLEM_KEYS;
    expect([...used].filter((k) => !structural.has(k) && !keys.includes(k))).to.deep.equal([]);
    expect(used.has('pattern') && used.has('exclusiveMinimum')).to.equal(true);
  });

  it('covers every named pattern in the schemas', () => {
    // validate.ts turns each named pattern of schemas/common.schema.json into its own key; a new one needs words.
    expect(Object.values(patternNames).sort()).to.deep.equal(['date', 'id', 'packId', 'phone', 'text', 'version']);
  });
});
