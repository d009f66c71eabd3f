// Both elements in a hostile page, on a 320 px phone and on a 1024×768 projector: nothing sticks out, the chart and
// its controls stay visible and large enough.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { encodeResponse } from '../../src/core/collaboration.js';
import type { CollaborationCheckPack } from '../../src/core/types.js';
import { $, clearAmanStorage, hostileCss, removeHostileCss } from '../helpers.js';
import { board, check, mini, press } from '../collaboration-check/collab-helpers.js';

const pack = (await (await fetch(mini)).json()) as CollaborationCheckPack;
const codes = [1, 3, 5, 4].map((v) => encodeResponse(pack, 'r', Object.fromEntries(pack.items.map((it) => [it.id, v])))).join('\n');

describe('collaboration check and board: layout and hostile CSS', () => {
  beforeEach(clearAmanStorage);
  afterEach(async () => {
    clearAmanStorage();
    removeHostileCss();
    await setViewport({ width: 800, height: 600 });
  });

  it('survive hostile page CSS', async () => {
    hostileCss('aman-collaboration-check, aman-monitoring { color: transparent; } button, input, textarea, svg, polygon, table { display: none !important; }');
    const el = await check({ src: mini });
    const btn = $<HTMLButtonElement>(el, '[data-action=next]')!;
    expect(btn.getBoundingClientRect().height).to.be.at.least(44);
    expect(parseFloat(getComputedStyle($(el, 'p')!).fontSize)).to.be.at.least(16);
    const b = await board({ src: mini, round: 'r' });
    $<HTMLTextAreaElement>(b, 'textarea')!.value = codes;
    await press(b, '[data-action=add]');
    expect($(b, '.picture svg')!.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(getComputedStyle($(b, 'table')!).display).to.equal('table');
    await expect(b).to.be.accessible();
  });

  for (const [name, width, height, scale] of [['320 px phone', 320, 640, undefined], ['projector', 1024, 768, 'projector']] as const) {
    it(`fit a ${name}: no sideways scrolling of the page, the table scrolls in its own region`, async () => {
      await setViewport({ width, height });
      const el = await check({ src: mini, scale });
      await press(el, '[data-action=next]');
      expect(document.documentElement.scrollWidth).to.be.at.most(width);
      el.remove();
      const b = await board({ src: mini, round: 'r' });
      if (scale) b.setAttribute('scale', scale);
      $<HTMLTextAreaElement>(b, 'textarea')!.value = codes;
      await press(b, '[data-action=add]');
      expect(document.documentElement.scrollWidth).to.be.at.most(width);
      const svg = $(b, '.picture svg')!.getBoundingClientRect();
      expect(svg.right).to.be.at.most(width);
      expect(svg.width).to.be.greaterThan(scale ? 300 : 200);
    });
  }
});
