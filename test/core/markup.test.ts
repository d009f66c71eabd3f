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

describe('parseInline: links that dial show the number they dial (issue 16.3)', () => {
  it('adds the number dialled beside a label whose digits are not that number', () => {
    expect(parseInline('[Telepon SAPA 129](tel:+6281299998888)')).to.deep.equal([
      { t: 'link', v: 'Telepon SAPA 129 (+6281299998888)', href: 'tel:+6281299998888' },
    ]);
    expect(parseInline('[WhatsApp SAPA 129](https://wa.me/6281299998888)')).to.deep.equal([
      { t: 'link', v: 'WhatsApp SAPA 129 (+6281299998888)', href: 'https://wa.me/6281299998888' },
    ]);
    expect(parseInline('[SAPA](https://api.whatsapp.com/send?phone=6281299998888)')[0]!.v).to.equal('SAPA (+6281299998888)');
    expect(parseInline('[Telepon SAPA](tel:129)')).to.deep.equal([{ t: 'link', v: 'Telepon SAPA (129)', href: 'tel:129' }]);
  });

  it('keeps a label whose digits are the number dialled, however it is written', () => {
    for (const [label, href] of [
      ['SAPA 129', 'tel:129'],
      ['0812-9999-8888', 'https://wa.me/6281299998888'],
      ['+62 812 9999 8888', 'tel:081299998888'],
      ['(021) 555-1234', 'tel:+62215551234'],
    ]) {
      expect(parseInline(`[${label}](${href})`), label).to.deep.equal([{ t: 'link', v: label, href }]);
    }
    // Links that do not call are left as they are.
    expect(parseInline('[situs 129](https://kemenpppa.go.id)')[0]!.v).to.equal('situs 129');
    expect(parseInline('[surel 129](mailto:a@b.id)')[0]!.v).to.equal('surel 129');
  });

  it('strips bidi controls, so "‮921" cannot show as 129', () => {
    expect(parseInline('[\u202e921 nopeleT](tel:+6281299998888)')).to.deep.equal([
      { t: 'link', v: '921 nopeleT (+6281299998888)', href: 'tel:+6281299998888' },
    ]);
    expect(parseInline('a\u2066b\u2069c\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u2067\u2068')).to.deep.equal([{ t: 'text', v: 'abc' }]);
  });
});

describe('parseInline: cost (issue 16.6)', () => {
  it('is linear: a million brackets, stars or half-links take well under a second each', () => {
    const n = 1_000_000;
    for (const text of ['['.repeat(n), '[a'.repeat(n / 2), '[a]('.repeat(n / 4), '*'.repeat(n), '[a](' + '(b)'.repeat(n / 3), '*a' + ' '.repeat(n)]) {
      const t = performance.now();
      parseInline(text);
      expect(performance.now() - t, text.slice(0, 8)).to.be.below(400);
    }
  });

  it('parses each text once: the same text gives the same tokens without parsing again', () => {
    const text = `Hubungi [SAPA 129](tel:129) ${Math.random()}`;
    expect(parseInline(text)).to.equal(parseInline(text));
  });
});
