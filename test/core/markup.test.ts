import { expect } from '@open-wc/testing';
import { parseInline } from '../../src/core/markup.js';

describe('parseInline', () => {
  it('leaves plain text as one text token', () => {
    expect(parseInline('Hubungi UPTD PPA.')).to.deep.equal([{ t: 'text', v: 'Hubungi UPTD PPA.' }]);
    expect(parseInline('')).to.deep.equal([]);
  });

  it('reads *emphasis*', () => {
    expect(parseInline('Ini *bukan* salahmu.')).to.deep.equal([
      { t: 'text', v: 'Ini ' },
      { t: 'em', v: 'bukan' },
      { t: 'text', v: ' salahmu.' },
    ]);
    expect(parseInline('*a b*')).to.deep.equal([{ t: 'em', v: 'a b' }]);
  });

  it('does not take arithmetic or lone stars for emphasis', () => {
    expect(parseInline('2 * 3 * 4')).to.deep.equal([{ t: 'text', v: '2 * 3 * 4' }]);
    expect(parseInline('tekan *123')).to.deep.equal([{ t: 'text', v: 'tekan *123' }]);
  });

  it('reads links with allowed schemes', () => {
    expect(parseInline('Telepon [SAPA 129](tel:129) atau [situs](https://kemenpppa.go.id/a_(b)).')).to.deep.equal([
      { t: 'text', v: 'Telepon ' },
      { t: 'link', v: 'SAPA 129', href: 'tel:129' },
      { t: 'text', v: ' atau ' },
      { t: 'link', v: 'situs', href: 'https://kemenpppa.go.id/a_(b)' },
      { t: 'text', v: '.' },
    ]);
    expect(parseInline('[surel](mailto:a@b.id)')).to.deep.equal([{ t: 'link', v: 'surel', href: 'mailto:a@b.id' }]);
    expect(parseInline('[web](http://a.id)')).to.deep.equal([{ t: 'link', v: 'web', href: 'http://a.id/' }]);
  });

  it('turns unsafe or relative links into the plain label', () => {
    for (const url of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'page.html', '/x', '//evil.example']) {
      expect(parseInline(`a [x](${url}) b`), url).to.deep.equal([{ t: 'text', v: 'a x b' }]);
    }
  });

  it('never produces markup: HTML stays text', () => {
    const tokens = parseInline('<img src=x onerror=alert(1)> *<b>*');
    expect(tokens).to.deep.equal([
      { t: 'text', v: '<img src=x onerror=alert(1)> ' },
      { t: 'em', v: '<b>' },
    ]);
  });

  it('honours backslash escapes', () => {
    expect(parseInline('\\*bukan tebal\\* dan \\[x](tel:1)')).to.deep.equal([{ t: 'text', v: '*bukan tebal* dan [x](tel:1)' }]);
  });
});
