import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/report-guide/define.js';
import type { AmanReportGuide } from '../src/elements/report-guide/report-guide.js';
import type { AmanQuickExit } from '../src/elements/quick-exit/quick-exit.js';
import exampleRegion from '../docs/examples/region-kab-contoh.json';
import { demoNavigate } from './report-demo.js';

interface Args {
  lang: string;
  audience: string;
  regionSrc?: string;
  scale?: string;
}

/** Test region with placeholder numbers, served by Storybook from test/fixtures. */
const REGION = '/fixtures/region-test.json';

/** Makes a guide, keeps its quick exit inside Storybook, and optionally answers questions once it is ready. */
function guide(a: Args, answers: [string, string][] = [], extra?: (el: AmanReportGuide) => void): AmanReportGuide {
  const el = document.createElement('aman-report-guide');
  el.lang = a.lang;
  el.audience = a.audience === 'child' ? 'child' : 'adult';
  if (a.regionSrc) el.regionSrc = a.regionSrc;
  if (a.scale) el.setAttribute('scale', a.scale);
  const when = (ok: () => boolean, then: () => void) => (ok() ? then() : setTimeout(() => when(ok, then), 50));
  when(
    () => !!el.shadowRoot?.querySelector('aman-quick-exit'),
    () => demoNavigate(el.shadowRoot!.querySelector<AmanQuickExit>('aman-quick-exit')!),
  );
  when(
    () => !!el.shadowRoot?.querySelector('input[name=danger]'),
    () => {
      for (const [q, v] of answers) el.shadowRoot!.querySelector<HTMLInputElement>(`input[name=${q}][value=${v}]`)?.click();
      extra?.(el);
    },
  );
  return el;
}

const meta: Meta<Args> = {
  title: 'Elements/aman-report-guide',
  component: 'aman-report-guide',
  args: { lang: 'id', audience: 'adult', regionSrc: REGION },
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en', 'jv'] },
    audience: { control: 'inline-radio', options: ['adult', 'child'] },
    scale: { control: 'inline-radio', options: [undefined, 'projector'] },
  },
  render: (a) => guide(a),
};
export default meta;
type Story = StoryObj<Args>;

/** As loaded, with the test region: SAPA 129 and the local services before any answer. */
export const Default: Story = {};
/** With no region pack: the built-in "national only" region, which invents no local number. */
export const NationalOnly: Story = { name: 'National region (default)', args: { regionSrc: undefined } };
export const Child: Story = { args: { audience: 'child' } };
export const English: Story = { args: { lang: 'en' } };
export const EnglishChild: Story = { name: 'English, child', args: { lang: 'en', audience: 'child' } };
export const Javanese: Story = { name: 'Javanese (krama for adults)', args: { lang: 'jv' } };
export const JavaneseChild: Story = { name: 'Javanese, child (ngoko)', args: { lang: 'jv', audience: 'child' } };

/** "Is the child in danger right now?" — yes: 110/112 first. */
export const DangerNow: Story = { name: 'Answered: danger now', render: (a) => guide(a, [['danger', 'yes']]) };
/** "Did it happen in the last 72 hours?" — yes: medical care first, then what to keep for the visum. */
export const Recent: Story = { name: 'Answered: recent assault', render: (a) => guide(a, [['danger', 'no'], ['recent', 'yes']]) };
/** Neither: SAPA 129 and the UPTD PPA. */
export const Neither: Story = {
  name: 'Answered: neither',
  render: (a) => guide(a, [['danger', 'no'], ['recent', 'no'], ['role', 'other']]),
};
/** A teacher: the school's TPPK and the UPTD PPA. */
export const Teacher: Story = { name: 'Answered: teacher', render: (a) => guide(a, [['danger', 'no'], ['role', 'teacher']]) };
export const ChildDangerRecent: Story = {
  name: 'Answered: child, danger and recent',
  args: { audience: 'child' },
  render: (a) => guide(a, [['danger', 'yes'], ['recent', 'yes']]),
};

/** The example region pack of docs/examples (placeholder numbers are shown as text, never as links). */
export const ExampleRegion: Story = {
  name: 'Region example (docs/examples)',
  render: (a) => {
    const el = guide({ ...a, regionSrc: undefined });
    el.regionData = exampleRegion;
    return el;
  },
};
/** A broken region pack: a clear error naming the JSON paths, and the national numbers still work. */
export const BadRegion: Story = { name: 'Bad region pack', args: { regionSrc: '/fixtures/region-invalid.json' } };

/**
 * The printed card, simulated on screen: the element's `@media print` rules are applied as they are. (Use the
 * "Cetak kartu bantuan" button or Ctrl+P for the real thing.)
 */
export const PrintView: Story = {
  name: 'Print view (simulated)',
  render: (a) =>
    guide(a, [['danger', 'yes'], ['recent', 'yes']], (el) => {
      const root = el.shadowRoot!;
      const print = [...root.adoptedStyleSheets]
        .flatMap((s) => [...s.cssRules])
        .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText === 'print')
        .flatMap((r) => [...r.cssRules].map((x) => x.cssText));
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(print.join('\n'));
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }),
};

export const Projector: Story = { name: 'Projector scale (1024×768)', args: { scale: 'projector' } };
export const Narrow: Story = {
  name: '320 px wide',
  render: (a) => html`<div style="width:320px">${guide(a)}</div>`,
};
export const CustomExit: Story = {
  name: 'Quick exit to a chosen page',
  render: (a) => {
    const el = guide(a);
    el.quickExitHref = 'https://example.org/';
    return el;
  },
};
