// Where the training is used: a 320 px phone and a 1024×768 projector (scale="projector"). Every kind of screen —
// the roles, a scene, its feedback, a consequence, the end — in Indonesian and Javanese UI: nothing sticks out sideways.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { $, clearAmanStorage } from '../helpers.js';
import { click, decide, pick, shown, startAs, type Training } from './training-helpers.js';

function overflowing(el: Training): string[] {
  const out: string[] = [];
  const base = $(el, '[part~=base]')!;
  if (base.scrollWidth > base.clientWidth + 1) out.push(`base scrolls: ${base.scrollWidth} > ${base.clientWidth}`);
  if (document.documentElement.scrollWidth > document.documentElement.clientWidth + 1) out.push('the page scrolls sideways');
  const box = base.getBoundingClientRect();
  for (const child of base.querySelectorAll<HTMLElement>('*')) {
    const r = child.getBoundingClientRect();
    if (r.width && (r.right > box.right + 0.5 || r.left < box.left - 0.5))
      out.push(`${child.localName}.${child.className} "${child.textContent!.trim().slice(0, 30)}" ${Math.round(r.right - box.right)} px out`);
  }
  return out;
}

/** Every kind of screen of the default case, with the checks of `overflowing` collected under its name. */
async function everyScreen(el: Training): Promise<string[]> {
  const problems: string[] = [];
  const look = (name: string) => problems.push(...overflowing(el).map((p) => `${name}: ${p}`));
  look('roles');
  // The role with the longest title and agency.
  const role = el.shadowRoot!.querySelectorAll<HTMLInputElement>('[data-question=role] input');
  await startAs(el, [...role].sort((a, b) => b.parentElement!.textContent!.length - a.parentElement!.textContent!.length)[0]!.value);
  look('scene');
  const first = () => el.shadowRoot!.querySelector<HTMLInputElement>('[data-question^=scene] input')!.value;
  await pick(el, first());
  await click(el, '[data-action=decide]');
  look('feedback');
  await click(el, '[data-action=continue]');
  look('consequence');
  for (let n = 0; n < 60 && !$(el, '[data-screen=end]'); n++) await decide(el, first());
  expect($(el, '[data-screen=end] .results'), 'the end with its results').to.exist;
  look('end');
  return problems;
}

describe('aman-procedure-training layout', () => {
  beforeEach(clearAmanStorage);
  afterEach(async () => {
    clearAmanStorage();
    await setViewport({ width: 800, height: 600 });
  });

  for (const [width, height, scale] of [[320, 640, ''], [1024, 768, 'projector']] as const) {
    for (const lang of ['id', 'jv']) {
      it(`${width} px${scale ? ' on a projector' : ''}, ${lang}: nothing overflows sideways on any screen`, async function () {
        this.timeout(60000);
        await setViewport({ width, height });
        const el = await fixture<Training>(html`<aman-procedure-training lang=${lang} scale=${scale}></aman-procedure-training>`);
        await waitUntil(() => shown(el), 'did not render', { timeout: 8000 });
        expect(await everyScreen(el)).to.deep.equal([]);
      });
    }
  }
});
