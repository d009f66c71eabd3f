// Issue 16.8 (second half): a pack from another origin tells that origin who reads what, and when. A `src` on
// another origin loads only on the host's explicit opt-in (`external-src`), and a same-origin `src` that redirects
// to another origin is not read.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/quiz/define.js';
import '../../src/elements/help-card/define.js';
import type { AmanQuiz } from '../../src/elements/quiz/quiz.js';
import type { AmanHelpCard } from '../../src/elements/help-card/help-card.js';
import { clearAmanStorage, jsonResponse, record, settled, stubFetch, textOf } from '../helpers.js';

const pack = {
  schema: 'aman-pack/1', kind: 'quiz', id: 'asing', lang: 'en', version: '1.0.0', title: 'From afar', passMark: 0.5,
  questions: [{ id: 'q1', type: 'true-false', prompt: 'Is the sky up?', answer: true }],
};
const region = {
  schema: 'aman-pack/1', kind: 'region', id: 'kab-asing', lang: 'en', version: '1.0.0', title: 'Far Regency',
  lastVerified: '2026-01-31', source: 'test', contacts: [{ id: 'u', type: 'uptd-ppa', name: 'UPTD PPA Far Regency', phone: '0211234567' }],
};
const FAR = 'https://packs.example/quiz.json';

describe('packs from another origin', () => {
  beforeEach(clearAmanStorage);

  it('a cross-origin src is refused unread, and the error names the opt-in', async () => {
    const net = stubFetch((url) => (url.href === FAR ? jsonResponse(pack) : undefined));
    const events = record(document, 'aman-error');
    try {
      const el = await fixture<AmanQuiz>(html`<aman-quiz lang="en" src=${FAR}></aman-quiz>`);
      await waitUntil(() => settled(el) && events.length > 0, 'no error', { timeout: 5000 });
      expect(net.urls.filter((u) => u.startsWith('https://packs.example'))).to.deep.equal([]);
      expect(events[0]!.detail.message).to.contain('external-src');
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
      expect(textOf(el)).not.to.contain('Is the sky up?');
    } finally {
      net.restore();
      events.stop();
    }
  });

  it('with external-src the same pack loads, without a referrer', async () => {
    const inits: RequestInit[] = [];
    const net = stubFetch((url, init) => (url.href === FAR ? (inits.push(init!), jsonResponse(pack)) : undefined));
    try {
      const el = await fixture<AmanQuiz>(html`<aman-quiz lang="en" external-src src=${FAR}></aman-quiz>`);
      await waitUntil(() => settled(el) && textOf(el).includes('Is the sky up?'), 'never shown', { timeout: 5000 });
      expect(inits[0]!.referrerPolicy).to.equal('no-referrer');
      // Taking the opt-in away refuses the next load of it.
      el.externalSrc = false;
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'still loaded', { timeout: 5000 });
    } finally {
      net.restore();
    }
  });

  it('a same-origin src that was redirected to another origin is not read', async () => {
    const net = stubFetch((url) => {
      if (!url.pathname.endsWith('/moved.json')) return undefined;
      const r = jsonResponse(pack);
      Object.defineProperty(r, 'url', { value: 'https://tracker.example/quiz.json' });
      Object.defineProperty(r, 'redirected', { value: true });
      return r;
    });
    const events = record(document, 'aman-error');
    try {
      const el = await fixture<AmanQuiz>(html`<aman-quiz lang="en" src="/moved.json"></aman-quiz>`);
      await waitUntil(() => settled(el) && events.length > 0, 'no error', { timeout: 5000 });
      expect(events[0]!.detail.message).to.contain('tracker.example');
      expect(textOf(el)).not.to.contain('Is the sky up?');
    } finally {
      net.restore();
      events.stop();
    }
  });

  it('a region-src on another origin needs the same opt-in; the national numbers stay', async () => {
    const far = 'https://region.example/r.json';
    const net = stubFetch((url) => (url.href === far ? jsonResponse(region) : undefined));
    const events = record(document, 'aman-error');
    try {
      const card = await fixture<AmanHelpCard>(html`<aman-help-card lang="en" region-src=${far}></aman-help-card>`);
      await waitUntil(() => events.length > 0, 'no error', { timeout: 5000 });
      expect(net.urls.filter((u) => u.startsWith('https://region.example'))).to.deep.equal([]);
      await waitUntil(() => card.shadowRoot!.textContent!.includes('129'), 'no national number', { timeout: 5000 });
      const opted = await fixture<AmanHelpCard>(html`<aman-help-card lang="en" external-src region-src=${far}></aman-help-card>`);
      await waitUntil(() => opted.shadowRoot!.textContent!.includes('UPTD PPA Far Regency'), 'region not shown', { timeout: 5000 });
    } finally {
      net.restore();
      events.stop();
    }
  });
});
