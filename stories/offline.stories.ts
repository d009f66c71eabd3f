import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/offline/define.js';
import type { AmanOffline, WorkboxEventLike, WorkboxLike } from '../src/elements/offline/offline.js';

interface Args {
  lang: string;
  scale?: string;
}

type Fire = (type: 'waiting' | 'activated' | 'controlling' | 'redundant', e?: WorkboxEventLike) => void;

/**
 * A stand-in for workbox-window, handed to the element through `wbFactory`: no service worker is registered in
 * Storybook; `script` plays the events the real one would send once registration has happened.
 */
function fakeWorkbox(script: (fire: Fire) => void): AmanOffline['wbFactory'] {
  return () => {
    const listeners = new Map<string, ((e: WorkboxEventLike) => void)[]>();
    const fire: Fire = (type, e = {}) => listeners.get(type)?.forEach((l) => l(e));
    const wb: WorkboxLike = {
      addEventListener: (type, l) => listeners.set(type, [...(listeners.get(type) ?? []), l]),
      register: async () => {
        queueMicrotask(() => script(fire));
        return {};
      },
      update: async () => undefined,
      messageSkipWaiting: () => fire('controlling', { isUpdate: true }),
      messageSW: async () => undefined,
    };
    return wb;
  };
}

const story = (script: (fire: Fire) => void, setup?: () => void): StoryObj<Args> => ({
  render: (a) => {
    setup?.();
    return html`<aman-offline
      lang=${a.lang}
      scale=${ifDefined(a.scale)}
      .wbFactory=${fakeWorkbox(script)}
      .reloadPage=${() => console.info('aman-offline: the page would reload now')}
    ></aman-offline>`;
  },
});

const meta: Meta<Args> = {
  title: 'Elements/aman-offline',
  component: 'aman-offline',
  args: { lang: 'id' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en', 'jv'] },
    scale: { control: 'inline-radio', options: [undefined, 'projector'] },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** After the first visit: everything is saved on the device. Shown once, with a button to close it. */
export const Ready: Story = story((fire) => fire('activated', { isUpdate: false }));

/** A new version has been deployed and waits; the reload button lets it in (here it only logs). */
export const UpdateAvailable: Story = { name: 'Update available', ...story((fire) => fire('waiting')) };

/** The device lost its connection (the story tells the element the browser is offline). */
export const Offline: Story = story(
  () => {},
  () => {
    // Only for the moment the element reads it: other stories in this preview see the real connection again.
    Object.defineProperty(navigator, 'onLine', { value: false, configurable: true });
    queueMicrotask(() => {
      window.dispatchEvent(new Event('offline'));
      delete (navigator as { onLine?: boolean }).onLine;
    });
  },
);

/** A browser or a site where service workers cannot run: the element says so plainly and does nothing else. */
export const Unsupported: Story = {
  render: (a) => html`<aman-offline lang=${a.lang} .wbFactory=${() => null}></aman-offline>`,
};

/** Registration failed (for example, sw.js is not where the `sw` attribute says). */
export const Failed: Story = {
  render: (a) => html`<aman-offline
    lang=${a.lang}
    .wbFactory=${async () => {
      throw new Error('sw.js not found');
    }}
  ></aman-offline>`,
};

/** Projector scale with an update waiting. */
export const Projector: Story = { ...story((fire) => fire('waiting')), args: { scale: 'projector' } };
