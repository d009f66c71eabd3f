// What every element gets from the one element base (issue 7): `lang` and `scale` that reach nested elements, a
// built-in `pack` id that is only ever a built-in pack, and a quick exit whose timing a test can drive.
// Several of these failed before the base existed: each names the bug it pins down.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { AmanElement } from '../../src/shared/base.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/quiz/define.js';
import '../../src/elements/report-guide/define.js';
import '../../src/elements/quick-exit/define.js';
import type { AmanQuiz } from '../../src/elements/quiz/quiz.js';
import type { AmanQuickExit } from '../../src/elements/quick-exit/quick-exit.js';
import type { AmanReportGuide } from '../../src/elements/report-guide/report-guide.js';
import { $, clearAmanStorage, record, settled, stubFetch, textOf } from '../helpers.js';

const mini = '/test/fixtures/quiz-mini.json';
const quizReady = settled;
const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);

/** A test-only host element, as a lesson or the presenter will be: an open shadow root holding other elements. */
class TestHost extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }
  /** Puts `markup` in the shadow root and returns its first element. */
  hold<E extends Element>(markup: string): E {
    this.shadowRoot!.innerHTML = markup;
    return this.shadowRoot!.firstElementChild as E;
  }
}
customElements.define('test-aman-host', TestHost);

/** A test-only element on the element base that holds a quiz in its shadow root. */
class TestAmanHost extends AmanElement {
  protected override render() {
    return html`<aman-quiz src=${mini}></aman-quiz>`;
  }
}
customElements.define('test-aman-element', TestAmanHost);

async function nested(markup: string, hostAttrs = ''): Promise<{ host: TestHost; el: AmanQuiz }> {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  wrap.innerHTML = `<test-aman-host ${hostAttrs}></test-aman-host>`;
  const host = wrap.firstElementChild as TestHost;
  const el = host.hold<AmanQuiz>(markup);
  await waitUntil(() => quizReady(el), 'the nested quiz did not render', { timeout: 5000 });
  return { host, el };
}

describe('element base: nested lang', () => {
  beforeEach(clearAmanStorage);
  afterEach(clearAmanStorage);

  it('a quiz in another element\'s shadow root switches to English when its own lang becomes "en"', async () => {
    const { el } = await nested(`<aman-quiz src="${mini}"></aman-quiz>`);
    expect(textOf(el)).to.contain('Pertanyaan 1 dari 5');
    el.setAttribute('lang', 'en');
    await waitUntil(() => textOf(el).includes('Question 1 of 5'), `the nested quiz stayed: "${textOf(el)}"`, { timeout: 3000 });
    expect($(el, '[data-action=check]')!.textContent!.trim()).to.equal('Check answer');
    el.setAttribute('lang', 'jv');
    await waitUntil(() => textOf(el).includes('Pitakenan 1 saking 5'), 'the nested quiz did not follow to Javanese', { timeout: 3000 });
  });

  it('a nested quiz with no lang of its own follows its host\'s lang', async () => {
    const { host, el } = await nested(`<aman-quiz src="${mini}"></aman-quiz>`, 'lang="id"');
    expect(textOf(el)).to.contain('Pertanyaan 1 dari 5');
    host.setAttribute('lang', 'en');
    await waitUntil(() => textOf(el).includes('Question 1 of 5'), `the nested quiz stayed: "${textOf(el)}"`, { timeout: 3000 });
  });

  it('a quiz two shadow roots deep follows the inner host\'s lang', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    wrap.innerHTML = '<test-aman-host></test-aman-host>';
    const outer = wrap.firstElementChild as TestHost;
    const inner = outer.hold<TestHost>('<test-aman-host lang="id"></test-aman-host>');
    const el = inner.hold<AmanQuiz>(`<aman-quiz src="${mini}"></aman-quiz>`);
    await waitUntil(() => quizReady(el), 'the nested quiz did not render', { timeout: 5000 });
    expect(textOf(el)).to.contain('Pertanyaan 1 dari 5');
    inner.setAttribute('lang', 'en');
    await waitUntil(() => textOf(el).includes('Question 1 of 5'), `the nested quiz stayed: "${textOf(el)}"`, { timeout: 3000 });
  });
});

describe('element base: nested scale', () => {
  beforeEach(clearAmanStorage);
  afterEach(clearAmanStorage);

  it('<aman-report-guide scale="projector">: its built-in quick exit is large too (>= 28 px)', async () => {
    const el = await fixture<AmanReportGuide>(html`<aman-report-guide scale="projector"></aman-report-guide>`);
    await waitUntil(() => !!$(el, '[data-step], [role=alert]'), 'the guide did not render', { timeout: 5000 });
    const exit = el.shadowRoot!.querySelector<AmanQuickExit>('aman-quick-exit')!;
    await exit.updateComplete;
    const button = exit.shadowRoot!.querySelector('button')!;
    expect(px($(el, 'legend')!), 'the guide itself').to.be.at.least(28);
    expect(px(button), 'the quick exit button').to.be.at.least(28);
  });

  it('a quiz in the shadow root of a scale="projector" Aman host is large, without a scale of its own', async () => {
    // As a lesson or the presenter will hold a quiz: an element on the base, rendering the quiz in its shadow root.
    const inHost = async (scale: string | null): Promise<AmanQuiz> => {
      const host = await fixture<TestAmanHost>(html`<test-aman-element scale=${scale ?? nothing}></test-aman-element>`);
      const quiz = host.shadowRoot!.querySelector<AmanQuiz>('aman-quiz')!;
      await waitUntil(() => quizReady(quiz), 'the nested quiz did not render', { timeout: 5000 });
      return quiz;
    };
    const normalSize = px($(await inHost(null), 'label')!);
    const el = await inHost('projector');
    expect(el.hasAttribute('scale'), 'the nested quiz has no scale of its own').to.equal(false);
    expect(px($(el, 'label')!)).to.be.at.least(Math.max(28, normalSize * 1.5));
    expect(px($(el, '[data-action=check]')!)).to.be.at.least(28);
  });
});

describe('element base: a built-in pack id is only ever a built-in pack', () => {
  let fetches: ReturnType<typeof stubFetch>;
  beforeEach(() => {
    clearAmanStorage();
    fetches = stubFetch();
  });
  afterEach(() => {
    fetches.restore();
    clearAmanStorage();
  });

  for (const id of ['../../test/fixtures/quiz-mini', 'does-not-exist']) {
    it(`pack="${id}" shows the localized error, fires aman-error, and requests nothing for it`, async () => {
      const errors = record(document, 'aman-error');
      try {
        const el = await fixture<AmanQuiz>(html`<aman-quiz pack=${id}></aman-quiz>`);
        await waitUntil(() => quizReady(el), 'the quiz did not settle', { timeout: 5000 });
        const alert = $(el, '[role=alert]');
        expect(alert, `it showed: "${textOf(el)}"`).to.not.equal(null);
        await waitUntil(() => alert!.textContent!.includes('Paket konten tidak dapat dipakai'), 'the error is not in Indonesian');
        expect($(el, '.prompt')).to.equal(null);
        expect(textOf(el)).to.not.contain('Paket dari luar');
        expect(errors).to.have.length(1);
        expect(errors[0].detail.message).to.match(/\S/);
        const name = id.split('/').pop()!;
        expect(fetches.urls.filter((u) => u.includes(name))).to.deep.equal([]);
        expect(fetches.urls.filter((u) => new URL(u).pathname.startsWith('/test/fixtures/'))).to.deep.equal([]);
      } finally {
        errors.stop();
      }
    });
  }

  it('lang="en": the refusal is in English', async () => {
    const el = await fixture<AmanQuiz>(html`<aman-quiz lang="en" pack="../../test/fixtures/quiz-mini"></aman-quiz>`);
    await waitUntil(() => $(el, '[role=alert]')?.textContent?.includes('This content pack cannot be used'), `it showed: "${textOf(el)}"`, {
      timeout: 5000,
    });
    expect(fetches.urls.filter((u) => u.includes('quiz-mini'))).to.deep.equal([]);
  });

  it('a real built-in id still loads: alur-rujukan-petugas', async () => {
    const el = await fixture<AmanQuiz>(html`<aman-quiz pack="alur-rujukan-petugas"></aman-quiz>`);
    await waitUntil(() => quizReady(el), 'the quiz did not settle', { timeout: 5000 });
    expect($(el, '[role=alert]'), textOf(el)).to.equal(null);
    expect(textOf(el)).to.match(/Pertanyaan 1 dari \d+/);
  });
});

describe('element base: quick exit with an injected clock', () => {
  type Clocked = AmanQuickExit & { now: () => number };
  let clock = 0;

  async function exitWithClock(): Promise<{ el: Clocked; went: string[] }> {
    const el = await fixture<Clocked>(html`<aman-quick-exit></aman-quick-exit>`);
    const went: string[] = [];
    el.navigate = (url) => went.push(url);
    el.now = () => clock;
    await waitUntil(() => !!$(el, 'summary'), 'quick exit did not render', { timeout: 5000 });
    return { el, went };
  }
  /** A Shift tap at `at` ms by the injected clock. */
  async function tapAt(at: number): Promise<void> {
    clock = at;
    await sendKeys({ press: 'Shift' });
  }

  afterEach(() => {
    document.documentElement.removeAttribute('data-aman-exit');
  });

  it('the clock is a documented property, by default the page clock', async () => {
    const el = await fixture<Clocked>(html`<aman-quick-exit></aman-quick-exit>`);
    expect(el.now, 'no `now` property').to.be.a('function');
    const before = performance.now();
    const t = el.now();
    expect(t).to.be.within(before, performance.now());
  });

  it('three Shift taps within 1000 ms by that clock leave', async () => {
    const { went } = await exitWithClock();
    await tapAt(10_000);
    await tapAt(10_450);
    expect(went).to.deep.equal([]);
    await tapAt(10_900);
    expect(went).to.deep.equal(['about:blank']);
  });

  it('taps 1001 ms apart by that clock do not leave, and the count starts again', async () => {
    const { el, went } = await exitWithClock();
    await tapAt(20_000);
    await tapAt(21_001);
    await tapAt(22_002);
    await el.updateComplete;
    expect(went).to.deep.equal([]);
    expect($(el, '#hint')!.textContent).to.equal('Shift 1/3');
  });

  it('three taps whose first and last are 1001 ms apart do not leave', async () => {
    const { went } = await exitWithClock();
    await tapAt(30_000);
    await tapAt(30_500);
    await tapAt(31_001);
    expect(went).to.deep.equal([]);
  });
});
