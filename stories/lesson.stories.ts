import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/lesson/define.js';
import type { AmanLesson } from '../src/elements/lesson/lesson.js';

interface Args {
  lang: string;
  pack?: string;
  src?: string;
  scale?: string;
  teacher: boolean;
  /** The step to open (0 = the plan, 1… the sections, last = the end). */
  step?: number;
}

/** Opens `step` once the lesson is ready, as a teacher clicking through it would. */
async function openStep(root: HTMLElement, step: number | undefined, accept = false): Promise<void> {
  if (!step) return;
  const el = root.querySelector<AmanLesson>('aman-lesson')!;
  await customElements.whenDefined('aman-lesson');
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('.plan-title'); i++) await new Promise((r) => setTimeout(r, 50));
  el.goToStep(step);
  await el.updateComplete;
  if (accept) el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action=continue]')?.click();
}

const meta: Meta<Args> = {
  title: 'Elements/aman-lesson',
  component: 'aman-lesson',
  args: { lang: 'id', teacher: false },
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en', 'jv'] },
    pack: {
      control: 'select',
      options: ['tubuhku-milikku', 'rahasia-dan-orang-dewasa', 'tanda-bahaya', 'aman-di-internet', 'persetujuan-dan-batas', 'bahaya-daring-dan-menolong-teman'],
    },
    scale: { control: 'inline-radio', options: [undefined, 'projector'] },
  },
  render: (a) => html`<aman-lesson
    lang=${a.lang}
    pack=${ifDefined(a.pack)}
    src=${ifDefined(a.src)}
    scale=${ifDefined(a.scale)}
    ?teacher=${a.teacher}
  ></aman-lesson>`,
  play: async ({ canvasElement, args }) => openStep(canvasElement, args.step),
};
export default meta;
type Story = StoryObj<Args>;

/** The lesson plan a teacher sees first: age band, duration, objectives, what to prepare, the parts. */
export const Plan: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const Javanese: Story = { args: { lang: 'jv' } };
/** A section with its drawing, discussion prompt and checkpoint. */
export const Section: Story = { args: { step: 2 } };
/** The teacher's view: notes on how to respond if a child tells. */
export const TeacherNotes: Story = { name: 'Teacher notes shown', args: { step: 5, teacher: true } };
/** A sensitive section asks first, with a choice to skip. */
export const ContentNote: Story = { name: 'Content note before a section', args: { step: 3 } };
export const End: Story = { name: 'The end, with the checkpoint results', args: { step: 6 } };
export const Teens: Story = { name: 'Ages 13–17: online grooming and helping a friend', args: { pack: 'bahaya-daring-dan-menolong-teman', step: 4 } };
export const Projector: Story = { name: 'Projector scale', args: { scale: 'projector', step: 2 } };
export const InvalidPack: Story = { args: { src: '/fixtures/quiz-invalid.json' } };
export const NotFound: Story = { name: 'Pack not found', args: { src: '/fixtures/does-not-exist.json' } };
