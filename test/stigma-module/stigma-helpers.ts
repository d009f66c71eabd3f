// What the stigma module's tests share: rendering the element until a screen (or an error) is on show, and acting as
// a user does — by the keyboard (sendKeys) or by pressing the element's own buttons.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nothing } from 'lit';
import '../../src/elements/stigma-module/define.js';
import type { AmanStigmaModule } from '../../src/elements/stigma-module/stigma-module.js';
import { $, $$, focused, settled } from '../helpers.js';

export const mini = '/test/fixtures/stigma-mini.json';
export const press = (key: string) => sendKeys({ press: key });

/** A screen is on show (with its session screens loaded in facilitator mode), or the error with its words. */
export const shown = (el: AmanStigmaModule): boolean =>
  (!!$(el, '.step-title') && !$(el, '[aria-busy=true]')) || (!!$(el, '[role=alert]') && settled(el));

export async function stigma(
  attrs: { src?: string; lang?: string; mode?: string; scale?: string; pack?: string } = {},
): Promise<AmanStigmaModule> {
  const el = await fixture<AmanStigmaModule>(html`<aman-stigma-module
    src=${attrs.src ?? nothing}
    pack=${attrs.pack ?? nothing}
    lang=${attrs.lang ?? 'id'}
    mode=${attrs.mode ?? nothing}
    scale=${attrs.scale ?? nothing}
  ></aman-stigma-module>`);
  await waitUntil(() => shown(el), 'the stigma module did not render', { timeout: 8000 });
  return el;
}

/** The polite live region's sentence. */
export const said = (el: AmanStigmaModule): string => $(el, '[aria-live]')!.textContent!.replace(/\u00a0$/, '').trim();
export const title = (el: AmanStigmaModule): string => $(el, '.step-title')!.textContent!.trim();
export const part = (el: AmanStigmaModule): string => $(el, '[part~=body]')!.dataset.part!;

/** Presses a button of the element (by `[data-action]` or any selector) and waits for the render. */
export async function click(el: AmanStigmaModule, selector: string): Promise<void> {
  const b = $<HTMLButtonElement>(el, selector);
  expect(b, `no ${selector}`).to.exist;
  b!.click();
  await el.updateComplete;
  await waitUntil(() => shown(el));
}

/** Presses Tab until `want` holds for the focused element (at most `max` presses), as a keyboard user does. */
export async function tabTo(el: AmanStigmaModule, want: (f: HTMLElement) => boolean, what: string, max = 60): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    await press('Tab');
    const f = focused(el);
    if (f && want(f)) return f;
  }
  throw new Error(`Tab never reached ${what} (focus on ${focused(el)?.outerHTML.slice(0, 80)})`);
}

/** Answers every statement of the check on screen by keyboard: Tab into each group, arrows to the answer (1…5). */
export async function answerByKeyboard(el: AmanStigmaModule, values: number[]): Promise<void> {
  const groups = $$(el, 'fieldset[data-question]');
  expect(groups.length).to.equal(values.length);
  for (const [i, v] of values.entries()) {
    const g = groups[i]!;
    await tabTo(el, (f) => f.closest('fieldset') === g, `statement ${i + 1}`);
    const radios = [...g.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    const at = radios.indexOf(focused(el) as HTMLInputElement);
    if (at === v - 1) await press('Space');
    for (let k = at; k < v - 1; k++) await press('ArrowRight');
    for (let k = at; k > v - 1; k--) await press('ArrowLeft');
    await el.updateComplete;
    expect(radios[v - 1]!.checked, `statement ${i + 1} = ${v}`).to.equal(true);
  }
}

/** Answers the check on screen by clicking (for tests about something else). */
export async function answerAll(el: AmanStigmaModule, values: number[]): Promise<void> {
  $$(el, 'fieldset[data-question]').forEach((g, i) => g.querySelectorAll<HTMLInputElement>('input[type=radio]')[values[i]! - 1]!.click());
  await el.updateComplete;
}

/** The next screen, by the element's own Next / Start / Done button. */
export const next = (el: AmanStigmaModule) => click(el, '[data-action=next]');

/** The bars of a comparison block as text: "Sebelum 2,3 Sesudah 4,7". */
export const barsText = (box: Element): string =>
  (box as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
