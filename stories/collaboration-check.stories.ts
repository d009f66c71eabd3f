import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/collaboration-check/define.js';
import type { AmanCollaborationCheck } from '../src/elements/collaboration-check/collaboration-check.js';

interface Args {
  lang: string;
  round?: string;
  src?: string;
  scale?: string;
  /** Presses through to this step after rendering (the presenter's protocol): a statement, or the code. */
  step?: number;
  /** Answers every statement with this value first (then the last step shows the code). */
  answer?: number;
}

const meta: Meta<Args> = {
  title: 'Elements/aman-collaboration-check',
  component: 'aman-collaboration-check',
  args: { lang: 'id', round: '2026-12' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en', 'jv'] },
    scale: { control: 'inline-radio', options: [undefined, 'projector'] },
  },
  render: (a) => {
    const ready = async (el: AmanCollaborationCheck | null): Promise<void> => {
      if (!el || a.step === undefined) return;
      while (!el.stepCount || el.stepCount < 3) await new Promise((r) => setTimeout(r, 50));
      if (a.answer) {
        for (let i = 1; i < el.stepCount - 1; i++) {
          el.goToStep(i);
          await el.updateComplete;
          el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')[a.answer - 1]?.click();
        }
      }
      el.goToStep(a.step);
    };
    setTimeout(() => void ready(document.querySelector('aman-collaboration-check')));
    return html`<aman-collaboration-check
      lang=${a.lang}
      round=${ifDefined(a.round)}
      src=${ifDefined(a.src)}
      scale=${ifDefined(a.scale)}
    ></aman-collaboration-check>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The introduction of the default pack (27 statements, nine dimensions). */
export const Default: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const Javanese: Story = { args: { lang: 'jv' } };
/** One statement on screen. */
export const Statement: Story = { args: { step: 5 } };
/** "Get my code" with statements open: the first open one, and the list. */
export const Unanswered: Story = { args: { step: 28 } };
/** Every statement answered: the response code with Copy and "next person". */
export const Code: Story = { args: { step: 28, answer: 4 } };
export const Projector: Story = { name: 'Projector scale', args: { scale: 'projector', step: 1 } };
export const InvalidPack: Story = { args: { src: '/fixtures/quiz-invalid.json' } };
