import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/monitoring/define.js';
import { encodeResponse } from '../src/core/collaboration.js';
import { dimensionResults, roundExport } from '../src/core/collaboration-results.js';
import type { CollaborationCheckPack } from '../src/core/types.js';
import type { TrainingResult } from '../src/core/training-result.js';
import { deviceStore } from '../src/shared/storage.js';
import forum from '../content/collaboration-check/forum-ppa.id.json';
import training from '../test/fixtures/training-results.json';

const pack = forum as unknown as CollaborationCheckPack;
const ROUND = '2026-12';

interface Args {
  lang: string;
  scale?: string;
  /** Responses on the board (kept on the device before the board renders). */
  responses: number;
  previous: boolean;
  training: boolean;
}

/** `n` members' answers, varied so that the dimensions differ. */
const answers = (n: number): Record<string, number>[] =>
  Array.from({ length: n }, (_, m) => Object.fromEntries(pack.items.map((it, i) => [it.id, ((i * 7 + m * 3) % 5) + 1])));

/** What a coordinator's device holds for the round before the board opens. */
function seed(a: Args): void {
  deviceStore.clearAll();
  const codes = answers(a.responses).map((x) => encodeResponse(pack, ROUND, x));
  const previous = a.previous
    ? roundExport(pack, '2026-06', 4, dimensionResults(pack, answers(4).map((x) => pack.items.map((it) => Math.max(1, x[it.id]! - 1)))), '2026-06-30')
    : undefined;
  const results = a.training ? (training as unknown as TrainingResult[]) : [];
  deviceStore.set(`monitoring:${pack.id}:${ROUND}`, JSON.stringify({ codes, previous, results }));
}

const meta: Meta<Args> = {
  title: 'Elements/aman-monitoring',
  component: 'aman-monitoring',
  args: { lang: 'id', responses: 0, previous: false, training: false },
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en', 'jv'] },
    scale: { control: 'inline-radio', options: [undefined, 'projector'] },
  },
  render: (a) => {
    seed(a);
    return html`<aman-monitoring lang=${a.lang} round=${ROUND} scale=${ifDefined(a.scale)}></aman-monitoring>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** An empty board: paste codes or choose files. */
export const Empty: Story = {};
/** Two responses: not anonymous yet, nothing shown. */
export const TooFew: Story = { name: 'Fewer than three responses', args: { responses: 2 } };
/** Eight responses: the radar chart, its table, the weakest dimensions with advice. */
export const Results: Story = { args: { responses: 8 } };
export const ComparedWithPreviousRound: Story = { args: { responses: 8, previous: true } };
export const TrainingResults: Story = { args: { responses: 8, previous: true, training: true } };
export const English: Story = { args: { lang: 'en', responses: 8, previous: true } };
export const Javanese: Story = { args: { lang: 'jv', responses: 8 } };
export const Projector: Story = { name: 'Projector scale', args: { responses: 8, previous: true, scale: 'projector' } };
