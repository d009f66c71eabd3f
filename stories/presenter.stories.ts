import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/elements/presenter/define.js';
import '../src/elements/quiz/define.js';
import '../src/elements/lesson/define.js';
import '../src/elements/stigma-module/define.js';
import type { AmanPresenter } from '../src/elements/presenter/presenter.js';

interface Args {
  lang: string;
  /** What the presenter wraps. */
  child: 'quiz' | 'lesson' | 'stigma';
  /** A button of the bar to press once the presentation is ready. */
  press?: 'blackout' | 'tally' | 'break';
}

const children: Record<Args['child'], TemplateResult> = {
  quiz: html`<aman-quiz></aman-quiz>`,
  lesson: html`<aman-lesson pack="tubuhku-milikku"></aman-lesson>`,
  stigma: html`<aman-stigma-module mode="facilitator"></aman-stigma-module>`,
};

const meta: Meta<Args> = {
  title: 'Elements/aman-presenter',
  component: 'aman-presenter',
  args: { lang: 'id', child: 'quiz' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en', 'jv'] },
    child: { control: 'inline-radio', options: ['quiz', 'lesson', 'stigma'] },
    press: { control: 'inline-radio', options: [undefined, 'blackout', 'tally', 'break'] },
  },
  render: (a) => html`<aman-presenter lang=${a.lang}>${children[a.child]}</aman-presenter>`,
  play: async ({ canvasElement, args }) => {
    if (!args.press) return;
    const el = canvasElement.querySelector<AmanPresenter>('aman-presenter')!;
    for (let i = 0; i < 100 && !(el.child && el.child.stepCount > 2); i++) await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-action=${args.press}]`)?.click();
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The default quiz on a projector, with the bar and the key hint. */
export const Quiz: Story = {};
export const Lesson: Story = { args: { child: 'lesson' } };
/** A village session of the stigma module: statements one by one, hands counted. */
export const StigmaSession: Story = { name: 'Stigma module, village session', args: { child: 'stigma' } };
export const ShowOfHands: Story = { name: 'Show of hands', args: { press: 'tally' } };
export const Blackout: Story = { name: 'Blank screen', args: { press: 'blackout' } };
export const Break: Story = { name: 'Break: who to talk to', args: { press: 'break' } };
export const English: Story = { args: { lang: 'en' } };
export const Javanese: Story = { args: { lang: 'jv' } };
