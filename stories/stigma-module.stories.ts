import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/stigma-module/define.js';
import type { AmanStigmaModule } from '../src/elements/stigma-module/stigma-module.js';

interface Args {
  lang: string;
  mode?: string;
  scale?: string;
  pack?: string;
  src?: string;
}

const PACK = 'dukung-bukan-stigma';
const ITEMS = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9', 'a10'];
/** Which end of the default pack's statements is supportive (content/stigma/dukung-bukan-stigma.*.json). */
const AGREE = new Set(['a2', 'a5', 'a6', 'a8', 'a10']);

/**
 * What this device keeps for the default pack, set before the element reads it: every story starts from a known
 * state (stories share one page's storage), and a story of a later screen starts there.
 */
function keep(state?: { step: number; before?: Record<string, number>; after?: Record<string, number>; tally?: object }): void {
  localStorage.removeItem(`aman:stigma:${PACK}`);
  localStorage.removeItem(`aman:stigma-tally:${PACK}`);
  if (!state) return;
  const { tally, ...answers } = state;
  if (tally) localStorage.setItem(`aman:stigma-tally:${PACK}`, JSON.stringify({ v: '1.0.0', step: state.step, tally }));
  else localStorage.setItem(`aman:stigma:${PACK}`, JSON.stringify({ v: '1.0.0', before: {}, after: {}, ...answers }));
}

/** The element on a screen of the village session, once it shows one, with `then` done there (a card turned…). */
function at(a: Args, step: (el: AmanStigmaModule) => number, then?: (root: ShadowRoot) => void): AmanStigmaModule {
  const el = document.createElement('aman-stigma-module');
  el.lang = a.lang;
  if (a.mode) el.setAttribute('mode', a.mode);
  if (a.scale) el.setAttribute('scale', a.scale);
  el.addEventListener(
    'aman-step',
    () =>
      void el.updateComplete.then(async () => {
        el.goToStep(step(el));
        await el.updateComplete;
        // The session's screens arrive with their lazy chunk: wait for the screen before acting on it.
        for (let i = 0; i < 50 && el.shadowRoot!.querySelector('[aria-busy=true]'); i++) await new Promise(requestAnimationFrame);
        then?.(el.shadowRoot!);
      }),
    { once: true },
  );
  return el;
}

const meta: Meta<Args> = {
  title: 'Elements/aman-stigma-module',
  component: 'aman-stigma-module',
  args: { lang: 'id' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en', 'jv'] },
    mode: { control: 'inline-radio', options: [undefined, 'facilitator'] },
    scale: { control: 'inline-radio', options: [undefined, 'projector'] },
  },
  render: (a) => {
    keep();
    return html`<aman-stigma-module
      lang=${a.lang}
      mode=${ifDefined(a.mode)}
      scale=${ifDefined(a.scale)}
      pack=${ifDefined(a.pack)}
      src=${ifDefined(a.src)}
    ></aman-stigma-module>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The default Indonesian module, for a person alone: the introduction. */
export const Default: Story = {};
export const English: Story = { args: { lang: 'en' } };
/** Javanese interface and the Javanese pack (krama for adults). */
export const Javanese: Story = { args: { lang: 'jv' } };

/** The attitude check before the module: the pack's statements on its five-point scale. */
export const AttitudeCheckBefore: Story = { name: 'Attitude check: before', render: (a) => (keep({ step: 1 }), at(a, () => 1)) };

/** "Done" pressed with statements open: which ones, beside each, and the keyboard on the first. */
export const AttitudeCheckMissing: Story = {
  name: 'Attitude check: answers missing',
  render: (a) => (keep({ step: 1, before: { a2: 4, a5: 5 } }), at(a, () => 1, (r) => r.querySelector<HTMLButtonElement>('[data-action=next]')!.click())),
};

/** Myths and facts: cards turned over by a real button (the first one turned). */
export const Myths: Story = {
  name: 'Myths and facts',
  render: (a) => (keep({ step: 2 }), at(a, () => 2, (r) => r.querySelector<HTMLButtonElement>('[data-myth]')!.click())),
};

/** A reintegration scenario answered in a way that does not yet support the child: the response, never shaming. */
export const Scenario: Story = {
  name: 'Scenario with response',
  render: (a) =>
    (keep({ step: 3 }),
    at(a, () => 3, (r) => {
      r.querySelectorAll<HTMLInputElement>('input[type=radio]')[1]!.click(); // "join in the telling": not supportive
      r.querySelector<HTMLButtonElement>('[data-action=respond]')!.click();
    })),
};

/** Respectful language: words that blame beside words that support, with why. */
export const Language: Story = { name: 'Respectful language', render: (a) => (keep({ step: 9 }), at(a, () => 9)) };

/** The check after: only once the check before is done; here it is. */
const unsure = Object.fromEntries(ITEMS.map((id) => [id, 3]));
export const AttitudeCheckAfter: Story = { name: 'Attitude check: after', render: (a) => (keep({ step: 10, before: unsure }), at(a, () => 10)) };

/** The check after tried before the check before: the reason, and the way there. */
export const AfterNeedsBefore: Story = { name: 'Check after, before the check before', render: (a) => (keep({ step: 10 }), at(a, () => 10)) };

/** My results: each statement before → after, and overall (a mixed change, some up, one down). */
export const MyResults: Story = {
  name: 'My results (before/after)',
  render: (a) => {
    const after = Object.fromEntries(ITEMS.map((id) => [id, AGREE.has(id) ? 5 : 1]));
    after.a4 = 4; // one statement less supportive than before
    keep({ step: 11, before: unsure, after });
    return at(a, () => 11);
  },
};

/** A village session: the introduction for the facilitator. */
export const Facilitator: Story = { name: 'Village session: intro', args: { mode: 'facilitator' } };

/** One statement on a projector, with a count field and − / + for each answer (some hands counted). */
const before = { a1: [2, 3, 4, 6, 5], a2: [1, 2, 5, 8, 4], a3: [3, 4, 5, 5, 3], a4: [4, 5, 3, 5, 3] };
export const FacilitatorCounting: Story = {
  name: 'Village session: counting hands (projector)',
  args: { mode: 'facilitator', scale: 'projector' },
  render: (a) => (keep({ step: 1, tally: { before, after: {} } }), at(a, () => 1)),
};

/** A count typed wrong: the error beside its field, naming it; what was typed stays. */
export const FacilitatorCountError: Story = {
  name: 'Village session: a count typed wrong',
  args: { mode: 'facilitator' },
  render: (a) =>
    (keep({ step: 1, tally: { before, after: {} } }),
    at(a, () => 1, (r) => {
      const input = r.querySelector<HTMLInputElement>('.counts input')!;
      input.value = '-3';
      input.dispatchEvent(new Event('input'));
    })),
};

/** The group's before and after: chart and table, "no data" where nothing was counted, export buttons. */
export const FacilitatorTally: Story = {
  name: 'Village session: group results and export',
  args: { mode: 'facilitator' },
  render: (a) =>
    (keep({ step: 0, tally: { before, after: { a1: [9, 7, 2, 1, 1], a2: [0, 1, 3, 9, 7], a3: [1, 2, 3, 8, 6], a4: [7, 6, 4, 2, 1] } } }),
    at(a, (el) => el.stepCount - 1)),
};

/** The group results on a projector, in Javanese. */
export const FacilitatorTallyProjectorJavanese: Story = {
  ...FacilitatorTally,
  name: 'Village session: group results (projector, Javanese)',
  args: { mode: 'facilitator', scale: 'projector', lang: 'jv' },
};

/** A person alone on a projector (the module shown to a class). */
export const Projector: Story = { name: 'Projector scale', args: { scale: 'projector' } };

/** A pack URL that never answers: the loading state stays on screen. */
export const Loading: Story = {
  render: (a) => {
    keep();
    const original = window.fetch;
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
      String(input).includes('never-loads') ? new Promise<Response>(() => {}) : original(input, init)) as typeof fetch;
    return html`<aman-stigma-module lang=${a.lang} src="/fixtures/never-loads.json"></aman-stigma-module>`;
  },
};

/** An invalid pack: the error names the JSON path of each problem. */
export const InvalidPack: Story = {
  render: (a) => {
    keep();
    const broken = { schema: 'aman-pack/1', kind: 'stigma', id: 'rusak', lang: 'id', version: '1.0.0', title: 'Rusak', attitudeCheck: { scale: ['a', 'b'], items: [] }, myths: [], scenarios: [], language: [] };
    return html`<aman-stigma-module lang=${a.lang} .packData=${broken}></aman-stigma-module>`;
  },
};
export const NotFound: Story = { name: 'Pack not found', args: { src: '/fixtures/does-not-exist.json' } };
