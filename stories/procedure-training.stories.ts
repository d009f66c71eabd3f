import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/procedure-training/define.js';
import type { AmanProcedureTraining } from '../src/elements/procedure-training/procedure-training.js';

interface Args {
  lang: string;
  pack?: string;
  src?: string;
  scale?: string;
  /** Played once the case is ready: the role, then the choices; `feedback` stops on the last choice's feedback. */
  role?: string;
  choices?: string[];
  feedback?: boolean;
  /** `check`: the "check a certificate" screen. */
  view?: string;
}

const MINI = '/fixtures/training-mini.json';
const tick = () => new Promise((r) => setTimeout(r, 30));

/** Plays the story's role and choices as a trainee clicking through would (a story starts a fresh attempt). */
async function playCase(root: HTMLElement, a: Args): Promise<void> {
  if (!a.role) return;
  await customElements.whenDefined('aman-procedure-training');
  const el = root.querySelector<AmanProcedureTraining>('aman-procedure-training')!;
  const $ = (s: string) => el.shadowRoot?.querySelector<HTMLElement>(s) ?? null;
  const press = async (s: string) => {
    for (let i = 0; i < 100 && !$(s); i++) await tick();
    $(s)?.click();
    await el.updateComplete;
  };
  for (let i = 0; i < 100 && !$('.step-title'); i++) await tick();
  el.goToStep(0);
  await el.updateComplete;
  await press(`input[value="${a.role}"]`);
  await press('[data-action=start]');
  const choices = a.choices ?? [];
  for (const [i, c] of choices.entries()) {
    await press(`[data-question^=scene] input[value="${c}"]`);
    await press('[data-action=decide]');
    if (a.feedback && i === choices.length - 1) return;
    await press('[data-action=continue]');
  }
}

const meta: Meta<Args> = {
  title: 'Elements/aman-procedure-training',
  component: 'aman-procedure-training',
  args: { lang: 'id' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en', 'jv'] },
    pack: { control: 'select', options: ['kasus-sekolah', 'kasus-keluarga'] },
    scale: { control: 'inline-radio', options: [undefined, 'projector'] },
  },
  render: (a) => html`<aman-procedure-training
    lang=${a.lang}
    pack=${ifDefined(a.pack)}
    src=${ifDefined(a.src)}
    scale=${ifDefined(a.scale)}
    view=${ifDefined(a.view)}
  ></aman-procedure-training>`,
  play: async ({ canvasElement, args }) => playCase(canvasElement, args),
};
export default meta;
type Story = StoryObj<Args>;

/** The default case (a disclosure at school): choose a role. */
export const RolePicker: Story = { name: 'Role picker' };
export const FamilyCase: Story = { name: 'The family case', args: { pack: 'kasus-keluarga' } };
/** A decision: the scene and its choices, no timer. */
export const Scene: Story = { name: 'A scene', args: { src: MINI, role: 'guru' } };
/** After "decide": good practice, the better choice, and the agency that owns the step. */
export const Feedback: Story = { args: { src: MINI, role: 'guru', choices: ['b'], feedback: true } };
/** The next scene shows what the decision led to. */
export const Consequence: Story = { name: 'A consequence', args: { src: MINI, role: 'guru', choices: ['a'] } };
export const EndPassed: Story = { name: 'End, passed', args: { src: MINI, role: 'polisi', choices: ['a'] } };
export const EndNotPassed: Story = { name: 'End, not passed', args: { src: MINI, role: 'guru', choices: ['b', 'a', 'a', 'a'] } };
export const Projector: Story = { name: 'Projector scale', args: { scale: 'projector', src: MINI, role: 'uptd', choices: ['b'], feedback: true } };
export const English: Story = { args: { lang: 'en' } };
/** Javanese interface; the case falls back to Indonesian until a Javanese pack exists. */
export const Javanese: Story = { name: 'Javanese UI', args: { lang: 'jv' } };
export const InvalidPack: Story = { args: { src: '/fixtures/procedure-training-broken-next.json' } };
export const NotFound: Story = { name: 'Pack not found', args: { src: '/fixtures/does-not-exist.json' } };

/** "Check a certificate": paste a code, open a link that carries one, or load the file (verified on the device). */
export const CheckCertificate: Story = { name: 'Check a certificate', args: { view: 'check' } };
/** The results with the certificate tools: a reference number to print, a signed certificate to open, xAPI. */
export const EndWithCertificateTools: Story = { name: 'End, with certificate and xAPI tools', args: { src: MINI, role: 'polisi', choices: ['a'] } };
