import { expect } from '@open-wc/testing';
import { LitElement, type CSSResultOrNative } from 'lit';
import * as aman from '../../src/aman.js';

const elements = (Object.values(aman) as unknown[]).filter(
  (v): v is typeof LitElement => typeof v === 'function' && v.prototype instanceof LitElement,
);
const cssOf = (el: typeof LitElement) =>
  (el.elementStyles as CSSResultOrNative[]).map((s) => ('cssText' in s ? s.cssText : '')).join('\n');

describe('design tokens', () => {
  it('finds the elements to check', () => {
    expect(elements.map((e) => e.name)).to.include('AmanQuiz');
  });

  for (const el of elements) {
    it(`${el.name}: every private --_ variable it uses is defined`, () => {
      const css = cssOf(el);
      const defined = new Set([...css.matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]));
      const used = new Set([...css.matchAll(/var\(\s*(--_[\w-]+)/g)].map((m) => m[1]));
      const missing = [...used].filter((v) => !defined.has(v));
      expect(missing, `used but never defined in ${el.name}`).to.deep.equal([]);
    });

    it(`${el.name}: reads page colours only through --aman-* tokens`, () => {
      const css = cssOf(el);
      const publicVars = [...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]).filter((v) => !v.startsWith('--_'));
      expect(publicVars.filter((v) => !v.startsWith('--aman-'))).to.deep.equal([]);
    });
  }
});
