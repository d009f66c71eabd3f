import { expect } from '@open-wc/testing';
import i18next from 'i18next';
import { I18NEXT_OPTIONS, hasNamespaces, loadNamespaces, registerLocale, translator } from '../../src/shared/i18n.js';

// Every file in locales/id/ (the node test locales.test.mjs holds this list to the folder).
export const NAMESPACES = [
  'app', 'certificate', 'collaboration-check', 'common', 'contacts', 'errors', 'help-card', 'illustrations', 'lesson-extra',
  'lesson', 'monitoring', 'offline', 'presenter', 'procedure-training', 'quick-exit', 'quiz', 'report-guide', 'stigma-module',
];

type Tree = { [k: string]: string | Tree };
const leaves = (o: Tree, prefix = ''): [string, string][] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));

// The library's i18next settings, in an instance of the test's own.
const reference = i18next.createInstance();
await reference.init({ ...I18NEXT_OPTIONS, resources: {} });

const data: Record<string, Tree> = {};
for (const ns of NAMESPACES) {
  const res = await fetch(`/locales/id/${ns}.json`);
  if (!res.ok) throw new Error(`locales/id/${ns}.json: ${res.status}`);
  data[ns] = (await res.json()) as Tree;
  registerLocale('id', ns, data[ns]);
  reference.addResourceBundle('id', ns, data[ns], true, true);
}

describe('Indonesian strings before i18next is loaded (issue 8)', () => {
  it('every Indonesian string comes out as i18next gives it: values, plural forms, other namespaces, missing values', () => {
    let compared = 0;
    const differences: string[] = [];
    for (const ns of NAMESPACES) {
      const ours = translator('id', ns);
      const theirs = reference.getFixedT('id', ns);
      const viaCommon = translator('id', 'common');
      for (const [path, text] of leaves(data[ns])) {
        const names = [...text.matchAll(/\{\{\s*([^{}\s,]+)[^{}]*\}\}/g)].map((m) => m[1]);
        const values = Object.fromEntries(names.map((n) => [n, `‹${n}›`]));
        const plural = /_(zero|one|two|few|many|other)$/.test(path);
        const key = plural ? path.replace(/_(zero|one|two|few|many|other)$/, '') : path;
        const cases: Record<string, unknown>[] = plural
          ? [0, 1, 2, 21].map((count) => ({ ...values, count }))
          : [values, {}, Object.fromEntries(names.map((n) => [n, null]))];
        for (const options of cases) {
          const a = ours(key, options);
          const b = theirs(key, options);
          const c = viaCommon(`${ns}:${key}`, options);
          compared++;
          if (a !== b || c !== b) differences.push(`${ns}:${key} ${JSON.stringify(options)}: ours "${a}" / "${c}", i18next "${b}"`);
        }
      }
    }
    expect(differences).to.deep.equal([]);
    expect(compared).to.be.above(1000);
  });

  it('a missing key gives the key, or its default value with the values filled in, as i18next does', () => {
    const ours = translator('id', 'quiz');
    const theirs = reference.getFixedT('id', 'quiz');
    for (const [key, options] of [
      ['no.such.key', undefined],
      ['errors:noSuchProblem', { defaultValue: 'Masalah {{key}} tidak dikenal', key: 'x' }],
      ['contacts:type.someAgency', { defaultValue: 'someAgency' }],
      ['noSuchNamespace:key', undefined],
    ] as const) {
      expect(ours(key, options as never)).to.equal(theirs(key, options as never), key);
    }
  });

  it('another language loads i18next and its strings, with Indonesian for a key it lacks', async () => {
    expect(hasNamespaces('en', ['quiz'])).to.equal(false);
    await loadNamespaces('en', ['quiz']);
    expect(hasNamespaces('en', ['quiz'])).to.equal(true);
    const en = translator('en', 'quiz');
    const english = (await (await fetch('/locales/en/quiz.json')).json()) as Tree;
    const [path, text] = leaves(english).find(([, v]) => !v.includes('{{'))!;
    expect(en(path)).to.equal(text);
    registerLocale('id', 'quiz', { onlyInIndonesian: 'hanya di sini' });
    expect(en('onlyInIndonesian')).to.equal('hanya di sini');
    // And the Indonesian strings now come from i18next itself, unchanged.
    expect(translator('id', 'quiz')(path)).to.equal(reference.getFixedT('id', 'quiz')(path));
  });
});
