import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/quick-exit/define.js';
import { demoExit, demoNavigate } from './report-demo.js';

interface Args {
  lang: string;
  href?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/aman-quick-exit',
  component: 'aman-quick-exit',
  args: { lang: 'id' },
  argTypes: { lang: { control: 'inline-radio', options: ['id', 'en', 'jv'] } },
  render: (a) => html`<aman-quick-exit lang=${a.lang} href=${ifDefined(a.href)} ${demoExit()}></aman-quick-exit>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Default destination: `about:blank` (no network, no third party). Press Shift three times, or the button. */
export const Default: Story = {};
/** A host-chosen neutral page. */
export const WithDestination: Story = { args: { href: 'https://example.org/' } };
export const English: Story = { args: { lang: 'en' } };
export const Javanese: Story = { args: { lang: 'jv' } };

/** Mid-shortcut: Shift pressed twice (simulated), the count is shown and announced. */
export const Counting: Story = {
  render: (a) => {
    const el = document.createElement('aman-quick-exit');
    el.lang = a.lang;
    demoNavigate(el);
    el.updateComplete.then(() => {
      for (let i = 0; i < 2; i++) {
        for (const type of ['keydown', 'keyup']) document.body.dispatchEvent(new KeyboardEvent(type, { key: 'Shift', bubbles: true }));
      }
    });
    return el;
  },
};

/** The explanation opened: history is not erased; how to browse more safely. */
export const AboutOpen: Story = {
  render: (a) => {
    const el = document.createElement('aman-quick-exit');
    el.lang = a.lang;
    demoNavigate(el);
    const open = () => {
      const d = el.shadowRoot?.querySelector('details');
      if (d) d.open = true;
      else setTimeout(open, 50);
    };
    open();
    return el;
  },
};

/** In a 280 px sidebar. */
export const Narrow: Story = {
  name: '280 px column',
  render: (a) => html`<div style="width:280px"><aman-quick-exit lang=${a.lang} ${demoExit()}></aman-quick-exit></div>`,
};
