// Where a quiz's pack and words come from, and what the user sees when that goes wrong: a failed load and
// "try again", no network at all, a broken inline pack, a language whose words cannot be loaded, `{lang}` in `src`,
// a source changed while loading, and a host that moved the library's files (`setAssetBase`).
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/quiz/define.js';
import type { AmanQuiz } from '../../src/elements/quiz/quiz.js';
import { setAssetBase } from '../../src/shared/assets.js';
import { $, settled, captureErrors, clearAmanStorage, jsonResponse, record, render, stubFetch, textOf } from '../helpers.js';

const ready = settled;
const mini = '/test/fixtures/quiz-mini.json';
const alertOf = (el: AmanQuiz) => $(el, '[role=alert]');

describe('aman-quiz: where the pack and the words come from', () => {
  let fetches: ReturnType<typeof stubFetch> | undefined;
  let errors: ReturnType<typeof captureErrors>;
  beforeEach(() => {
    clearAmanStorage();
    errors = captureErrors();
  });
  afterEach(() => {
    // A failed load is shown to the user, never thrown at the page.
    expect(errors.stop()).to.deep.equal([]);
    fetches?.restore();
    fetches = undefined;
    setAssetBase('/');
    clearAmanStorage();
  });

  // First in this file on purpose: each test file has its own page, so no English words are loaded yet.
  it('a language whose words cannot be loaded falls back to Indonesian words, never blank', async () => {
    fetches = stubFetch((url) => (url.pathname.startsWith('/locales/en/') ? new Response('not found', { status: 404 }) : undefined));
    const el = await render<AmanQuiz>(html`<aman-quiz lang="en" src=${mini}></aman-quiz>`, ready);
    expect(fetches.paths()).to.include('/locales/en/quiz.json');
    expect(textOf(el)).to.contain('Pertanyaan 1 dari 5');
    expect($(el, '[data-action=check]')!.textContent!.trim()).to.equal('Periksa jawaban');
    expect($(el, 'footer .note')!.textContent).to.contain('hanya disimpan di perangkat ini');
    // When the English words can be loaded again, the same element speaks English.
    fetches.restore();
    el.setAttribute('lang', 'id');
    await waitUntil(() => textOf(el).includes('Pertanyaan 1 dari 5'));
    el.setAttribute('lang', 'en');
    await waitUntil(() => textOf(el).includes('Question 1 of 5'), 'English words did not load on a later try');
  });

  it('"try again" after a failed load: the first request fails, the second succeeds, the quiz appears', async () => {
    const url = `${mini}?try-again`;
    fetches = stubFetch((u, _init, call) => (u.pathname + u.search === url && call === 1 ? new Response('busy', { status: 503 }) : undefined));
    const events = record(document, 'aman-error');
    try {
      const el = await render<AmanQuiz>(html`<aman-quiz src=${url}></aman-quiz>`, ready);
      expect(alertOf(el)!.textContent).to.contain('Paket konten tidak dapat dipakai');
      expect(alertOf(el)!.textContent).to.contain('503');
      expect(events.map((e) => e.detail.path)).to.deep.equal(['']);
      const retry = $<HTMLButtonElement>(el, '[role=alert] button')!;
      expect(retry.textContent!.trim()).to.equal('Coba lagi');
      retry.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => textOf(el).includes('Pertanyaan 1 dari 5'), 'the quiz did not appear after "try again"');
      expect(alertOf(el)).to.equal(null);
      expect(textOf(el)).to.contain('Kuis uji');
      expect(fetches.paths().filter((p) => p === url)).to.have.length(2);
    } finally {
      events.stop();
    }
  });

  it('offline (fetch throws): a visible English error with "Try again", which works once the network is back', async () => {
    let online = false;
    fetches = stubFetch((u) => {
      if (!online && u.pathname === mini) throw new TypeError('Failed to fetch');
      return undefined;
    });
    const events = record(document, 'aman-error');
    try {
      const el = await render<AmanQuiz>(html`<aman-quiz lang="en" src=${mini}></aman-quiz>`, ready);
      // The error words load only when there is an error to show.
      await waitUntil(() => alertOf(el)?.textContent?.includes('This content pack cannot be used'), 'no English error');
      const alert = alertOf(el)!;
      expect(alert.textContent).to.contain(mini);
      expect(events).to.have.length(1);
      expect(events[0].detail.message).to.match(/\S/);
      const retry = $<HTMLButtonElement>(el, '[role=alert] button')!;
      expect(retry.textContent!.trim()).to.equal('Try again');
      await expect(el).to.be.accessible();
      online = true;
      retry.click();
      await waitUntil(() => textOf(el).includes('Question 1 of 5'));
    } finally {
      events.stop();
    }
  });

  it('an inline JSON child that is not JSON: an error that says so, and aman-error', async () => {
    const events = record(document, 'aman-error');
    try {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('aman-quiz');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = '{ "schema": "aman-pack/1", "title": "Rusak", }';
      el.append(script);
      host.append(el);
      await waitUntil(() => ready(el));
      const alert = alertOf(el)!;
      expect(alert.textContent).to.contain('Paket konten tidak dapat dipakai');
      expect(alert.textContent).to.contain('bukan JSON yang sah');
      expect($(el, '[role=alert] button')).to.equal(null); // trying again cannot fix the page's own text
      expect(events).to.have.length(1);
      expect(events[0].detail.message).to.contain('bukan JSON yang sah');
    } finally {
      events.stop();
    }
  });

  it('`{lang}` in src fetches the pack of the resolved language, and again when the language changes', async () => {
    fetches = stubFetch();
    const el = await render<AmanQuiz>(html`<aman-quiz lang="en" src="/test/fixtures/quiz-{lang}.json"></aman-quiz>`, ready);
    expect(textOf(el)).to.contain('English test quiz');
    expect(fetches.paths()).to.include('/test/fixtures/quiz-en.json');
    el.setAttribute('lang', 'id');
    await waitUntil(() => textOf(el).includes('Kuis uji bahasa Indonesia'));
    expect(fetches.paths()).to.include('/test/fixtures/quiz-id.json');
    expect(fetches.paths().some((p) => p.includes('{lang}') || p.includes('%7Blang%7D'))).to.equal(false);
  });

  it('a source changed while the first is loading: only the second pack shows, the late first answer is ignored', async () => {
    const slow = '/test/fixtures/slow-quiz.json';
    let answerFirst!: (r: Response) => void;
    fetches = stubFetch((u) => (u.pathname === slow ? new Promise<Response>((ok) => (answerFirst = ok)) : undefined));
    const el = await fixture<AmanQuiz>(html`<aman-quiz src=${slow}></aman-quiz>`);
    await waitUntil(() => fetches!.paths().includes(slow), 'the first pack was never asked for');
    el.setAttribute('src', mini);
    await waitUntil(() => textOf(el).includes('Kuis uji'), 'the second pack did not show');
    expect(fetches.signals(slow)[0]!.aborted, 'the first request is aborted').to.equal(true);
    const late = await (await fetch(mini)).json();
    answerFirst(jsonResponse({ ...late, id: 'late', title: 'Jawaban yang terlambat' }));
    for (let i = 0; i < 5; i++) await nextFrame();
    await el.updateComplete;
    expect(textOf(el)).to.contain('Kuis uji');
    expect(textOf(el)).to.not.contain('Jawaban yang terlambat');
    expect(textOf(el)).to.contain('Pertanyaan 1 dari 5');
  });

  it('setAssetBase: built-in packs are fetched from the folder the host moved the files to', async () => {
    // Words first, from the default place, so that only the pack is asked of the new folder.
    await render<AmanQuiz>(html`<aman-quiz src=${mini}></aman-quiz>`, ready);
    fetches = stubFetch();
    setAssetBase('/test/fixtures/asset-base');
    const el = await render<AmanQuiz>(html`<aman-quiz pack="kenali-dan-laporkan"></aman-quiz>`, ready);
    expect(textOf(el)).to.contain('Kuis dari folder aset lain');
    expect(fetches.paths()).to.include('/test/fixtures/asset-base/content/quiz/kenali-dan-laporkan.id.json');
    expect(fetches.paths().filter((p) => p.startsWith('/content/'))).to.deep.equal([]);
  });
});
