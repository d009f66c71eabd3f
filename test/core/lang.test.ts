import { expect, fixture, html } from '@open-wc/testing';
import { LANGS } from '../../src/core/types.js';
import { normalizeLang, resolveLang } from '../../src/shared/lang.js';

describe('which language an element speaks', () => {
  it('maps the tags pages really use to a language it has, and anything else to Indonesian', () => {
    expect(['en-GB', 'EN', 'en_US', 'jv-ID', 'jw', 'JV', 'id-ID', 'in', 'fr', 'su', '', null, undefined].map(normalizeLang)).to.deep.equal([
      'en', 'en', 'en', 'jv', 'jv', 'jv', 'id', 'id', 'id', 'id', 'id', 'id', 'id',
    ]);
    for (const lang of LANGS) expect(normalizeLang(lang), lang).to.equal(lang); // every declared language is reachable
  });

  it('takes the nearest lang, across shadow roots, else Indonesian', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="en"><span></span></div>`);
    const host = outer.querySelector('span')!;
    const inner = document.createElement('b');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLang(inner)).to.equal('en');
    host.setAttribute('lang', 'jv-ID');
    expect(resolveLang(inner)).to.equal('jv');
    outer.removeAttribute('lang');
    host.removeAttribute('lang');
    const lang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    try {
      expect(resolveLang(inner)).to.equal('id');
    } finally {
      if (lang !== null) document.documentElement.setAttribute('lang', lang);
    }
  });
});
