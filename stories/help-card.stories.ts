import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/help-card/define.js';
import type { AmanHelpCard } from '../src/elements/help-card/help-card.js';
import type { AmanQuickExit } from '../src/elements/quick-exit/quick-exit.js';
import exampleRegion from '../docs/examples/region-kab-contoh.json';
import { demoNavigate } from './report-demo.js';

interface Args {
  lang: string;
  regionSrc?: string;
  guideHref?: string;
  width: number;
}

function card(a: Args, setup?: (el: AmanHelpCard) => void): HTMLElement {
  const wrap = document.createElement('div');
  wrap.style.width = `${a.width}px`;
  const el = document.createElement('aman-help-card');
  el.lang = a.lang;
  if (a.regionSrc) el.regionSrc = a.regionSrc;
  if (a.guideHref) el.guideHref = a.guideHref;
  setup?.(el);
  const hook = () => {
    const q = el.shadowRoot?.querySelector<AmanQuickExit>('aman-quick-exit');
    if (q) demoNavigate(q);
    else setTimeout(hook, 50);
  };
  hook();
  wrap.append(el);
  return wrap;
}

const meta: Meta<Args> = {
  title: 'Elements/aman-help-card',
  component: 'aman-help-card',
  args: { lang: 'id', regionSrc: '/fixtures/region-test.json', guideHref: '#panduan', width: 280 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en', 'jv'] },
    width: { control: { type: 'range', min: 240, max: 480, step: 10 } },
  },
  render: (a) => card(a),
};
export default meta;
type Story = StoryObj<Args>;

/** In a 280 px sidebar, with the test region. */
export const Default: Story = {};
/** The built-in national region: SAPA 129 and how to find the local UPTD PPA. */
export const NationalOnly: Story = { name: 'National region (default)', args: { regionSrc: undefined } };
export const English: Story = { args: { lang: 'en' } };
export const Javanese: Story = { args: { lang: 'jv' } };
export const ExampleRegion: Story = {
  name: 'Region example (docs/examples)',
  args: { regionSrc: undefined },
  render: (a) => card(a, (el) => (el.regionData = exampleRegion)),
};
export const BadRegion: Story = { name: 'Bad region pack', args: { regionSrc: '/fixtures/region-invalid.json' } };
export const NoGuideLink: Story = { name: 'Without a guide link', args: { guideHref: undefined } };
export const Footer: Story = { name: 'Wide footer', args: { width: 480 } };
