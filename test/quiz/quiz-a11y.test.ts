// What the screen-reader audit (reviews/ACCESSIBILITY-2026-11.md) found in the quiz and the quick exit, checked the
// way a keyboard and screen-reader user meets it: focus after each action, what the live region says, what is marked.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/quiz/define.js';
import '../../src/elements/quick-exit/define.js';
import type { AmanQuiz } from '../../src/elements/quiz/quiz.js';
import type { AmanQuickExit } from '../../src/elements/quick-exit/quick-exit.js';
import { $, $$, clearAmanStorage, focused, jsonResponse, settled, stubFetch, textOf } from '../helpers.js';

const mini = '/test/fixtures/quiz-mini.json';
const live = (el: AmanQuiz) => $(el, '[aria-live]')!.textContent!;

async function quiz(src = mini, lang = 'id'): Promise<AmanQuiz> {
  const el = await fixture<AmanQuiz>(html`<aman-quiz src=${src} lang=${lang}></aman-quiz>`);
  await waitUntil(() => settled(el) && !!$(el, '.prompt'), 'the quiz did not render', { timeout: 5000 });
  return el;
}

async function loadMini(): Promise<Record<string, any>> {
  return (await fetch(mini)).json();
}

describe('aman-quiz for keyboard and screen-reader users', () => {
  beforeEach(clearAmanStorage);
  afterEach(clearAmanStorage);

  it('Check with no answer: the message is on screen, tied to the question, and said again on every press', async () => {
    const el = await quiz();
    const check = $<HTMLButtonElement>(el, '[data-action=check]')!;
    check.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const msg = $(el, '.incomplete')!;
    expect(msg, 'no visible message').to.exist;
    expect(msg.textContent!.trim()).to.equal('Pilih satu jawaban dulu.');
    expect($(el, 'fieldset')!.getAttribute('aria-describedby')).to.equal(msg.id);
    const first = live(el);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(live(el), 'the second press must change the live region, or it is silent').to.not.equal(first);
    expect(live(el).trim()).to.equal('Pilih satu jawaban dulu.');
    // Choosing an answer takes the message away.
    $<HTMLInputElement>(el, 'input[type=radio]')!.click();
    await el.updateComplete;
    expect($(el, '.incomplete')).to.equal(null);
  });

  it('"clear my data": focus goes to the confirmation, and back to the button on Cancel — never to <body>', async () => {
    const el = await quiz();
    $<HTMLButtonElement>(el, '[data-action=clear]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.dataset.action === 'clear-yes', 'focus did not move to "Ya, hapus"');
    expect(focused(el)!.getAttribute('aria-describedby')).to.equal('clear-question');
    expect($(el, '#clear-question')!.textContent).to.contain('Hapus semua jawaban');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' }); // Batal
    await waitUntil(() => focused(el)?.dataset.action === 'clear', 'focus did not return to "Hapus data saya…"');
  });

  it('Next says where the learner is, and the explanation is announced without its markup', async () => {
    const pack = await loadMini();
    pack.questions[0].explanation = '*Segera* hubungi [SAPA 129](tel:129).';
    const fetches = stubFetch((url) => (url.pathname.endsWith('/marked.json') ? jsonResponse(pack) : undefined));
    try {
      const el = await quiz('/test/fixtures/marked.json');
      $$<HTMLInputElement>(el, 'input[type=radio]')[1]!.click();
      $<HTMLButtonElement>(el, '[data-action=check]')!.click();
      await el.updateComplete;
      expect(live(el)).to.contain('Segera hubungi SAPA 129.');
      expect(live(el)).to.not.match(/[*[\]]|tel:/);
      $<HTMLButtonElement>(el, '[data-action=next]')!.click();
      await waitUntil(() => focused(el)?.classList.contains('prompt'), 'focus did not land on the next prompt');
      expect(live(el).trim()).to.equal('Pertanyaan 2 dari 5');
    } finally {
      fetches.restore();
    }
  });

  it('ordering: ↑ at the top keeps focus and does not move the item back; positions are exposed', async () => {
    const el = await quiz();
    for (let i = 0; i < 3; i++) {
      // Reach the ordering question (q4) by answering the others any way.
      $<HTMLInputElement>(el, 'input')!.click();
      $<HTMLButtonElement>(el, '[data-action=check]')!.click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '[data-action=next]')!.click();
      await el.updateComplete;
    }
    expect(textOf(el)).to.contain('Pertanyaan 4 dari 5');
    const order = () => $$(el, '[data-item]').map((li) => li.dataset.item);
    const before = order();
    const up = $<HTMLButtonElement>(el, `[data-item="${before[1]}"] [data-dir=up]`)!;
    up.focus();
    await sendKeys({ press: 'Enter' }); // moves to the top
    await el.updateComplete;
    expect(order()[0]).to.equal(before[1]);
    await waitUntil(() => focused(el)?.dataset.dir === 'up');
    expect(focused(el)!.getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({ press: 'Enter' }); // a second "up" at the top: nothing moves, focus stays
    await el.updateComplete;
    expect(order()[0]).to.equal(before[1]);
    expect(focused(el)?.dataset.dir).to.equal('up');
    expect($(el, '.order-pos')!.getAttribute('aria-hidden')).to.equal(null);
  });

  it('a pack in another language than the page is marked with its own lang; the UI keeps the page language', async () => {
    const pack = await loadMini();
    pack.lang = 'en';
    pack.questions[0].prompt = 'Who is a child under the law?';
    const fetches = stubFetch((url) => (url.pathname.endsWith('/english.json') ? jsonResponse(pack) : undefined));
    try {
      const el = await quiz('/test/fixtures/english.json');
      expect($(el, '[part~=base]')!.getAttribute('lang')).to.equal('id');
      expect($(el, '.prompt [lang]')!.getAttribute('lang')).to.equal('en');
      expect($(el, 'h2')!.getAttribute('lang')).to.equal('en');
      expect($(el, '[data-action=check]')!.closest('[lang]')!.getAttribute('lang')).to.equal('id');
    } finally {
      fetches.restore();
    }
  });

  it('a pack that cannot load: one calm line for the visitor, details folded for the admin, focus kept on "Coba lagi"', async () => {
    let fail = true;
    const fetches = stubFetch((url) => {
      if (!url.pathname.endsWith('/flaky.json')) return undefined;
      if (fail) return new Response('busy', { status: 503 });
      return fetch(mini);
    });
    try {
      const el = await fixture<AmanQuiz>(html`<aman-quiz src="/test/fixtures/flaky.json"></aman-quiz>`);
      await waitUntil(() => !!$(el, '[role=alert]'), 'no error shown', { timeout: 5000 });
      const alert = $(el, '[role=alert]')!;
      expect(alert.querySelector('strong')!.textContent).to.equal('Materi ini belum bisa ditampilkan.');
      const details = alert.querySelector('details')!;
      expect(details.open, 'the admin details start folded').to.equal(false);
      expect(details.querySelector('summary')!.textContent).to.contain('pengelola situs');
      expect(details.textContent).to.contain('503');
      fail = false;
      $<HTMLButtonElement>(el, '[data-action=retry]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => focused(el)?.classList.contains('prompt'), 'focus did not move to the question after "Coba lagi"', {
        timeout: 5000,
      });
    } finally {
      fetches.restore();
    }
  });
});

describe('aman-quick-exit for keyboard and screen-reader users', () => {
  it('Shift taps in a text field are typing, not an exit; elsewhere three taps still leave', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><textarea></textarea><aman-quick-exit></aman-quick-exit></div>`);
    const exit = wrap.querySelector<AmanQuickExit>('aman-quick-exit')!;
    const left: string[] = [];
    exit.navigate = (url) => left.push(url);
    let t = 0;
    exit.now = () => (t += 100);
    await exit.updateComplete;
    wrap.querySelector('textarea')!.focus();
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
    expect(left, 'typing in a field left the page').to.deep.equal([]);
    (document.activeElement as HTMLElement).blur();
    document.body.focus();
    try {
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
      expect(left).to.deep.equal(['about:blank']);
    } finally {
      document.documentElement.removeAttribute('data-aman-exit');
      document.title = 'test';
    }
  });

  it('two quick exits on one page: a Shift tap is announced once', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><aman-quick-exit></aman-quick-exit><aman-quick-exit></aman-quick-exit></div>`);
    const exits = [...wrap.querySelectorAll<AmanQuickExit>('aman-quick-exit')];
    for (const x of exits) x.navigate = () => {};
    await Promise.all(exits.map((x) => x.updateComplete));
    await waitUntil(() => exits.every((x) => !!x.shadowRoot!.querySelector('details')), 'words did not load');
    await sendKeys({ press: 'Shift' });
    await Promise.all(exits.map((x) => x.updateComplete));
    const said = exits.map((x) => x.shadowRoot!.querySelector('[role=status]')!.textContent!.trim()).filter(Boolean);
    expect(said).to.have.length(1);
    expect(said[0]).to.contain('Shift');
  });
});
