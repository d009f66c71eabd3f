// What the procedure-training tests share: rendering the element until a screen (or an error) is on show, and acting
// as a user does — by pressing the element's own buttons and radios, or by the keyboard (sendKeys).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../src/elements/procedure-training/define.js';
import type { AmanProcedureTraining } from '../../src/elements/procedure-training/procedure-training.js';
import { $, $$, settled } from '../helpers.js';

export const mini = '/test/fixtures/training-mini.json';
export type Training = AmanProcedureTraining;

/** A screen is on show (the results with their chunk loaded), or the error with its words. */
export const shown = (el: Training): boolean =>
  (!!$(el, '.step-title') && !$(el, '[aria-busy=true]')) || (!!$(el, '[role=alert]') && settled(el));

export async function training(attrs: { src?: string; lang?: string; scale?: string; pack?: string } = {}): Promise<Training> {
  const el = await fixture<Training>(html`<aman-procedure-training
    src=${attrs.src ?? nothing}
    pack=${attrs.pack ?? nothing}
    lang=${attrs.lang ?? 'id'}
    scale=${attrs.scale ?? nothing}
  ></aman-procedure-training>`);
  await waitUntil(() => shown(el), 'the training did not render', { timeout: 8000 });
  return el;
}

export const screen = (el: Training): string => $(el, '[part~=body]')!.dataset.screen!;
export const title = (el: Training): string => $(el, '.step-title')!.textContent!.trim();
export const said = (el: Training): string => $(el, '[aria-live]')!.textContent!.replace(/\u00a0$/, '').trim();

/** Presses a button of the element and waits for the next screen. */
export async function click(el: Training, selector: string): Promise<void> {
  const b = $<HTMLButtonElement>(el, selector);
  expect(b, `no ${selector}`).to.exist;
  b!.click();
  await el.updateComplete;
  await waitUntil(() => shown(el), `nothing shown after ${selector}`);
}

/** Selects a radio by its value. */
export async function pick(el: Training, value: string): Promise<void> {
  const r = $$<HTMLInputElement>(el, 'input[type=radio]').find((i) => i.value === value);
  expect(r, `no radio ${value}`).to.exist;
  r!.click();
  await el.updateComplete;
}

export async function startAs(el: Training, role: string): Promise<void> {
  if (screen(el) !== 'roles') await click(el, '[data-action=roles], [data-action=other-role]');
  await pick(el, role);
  await click(el, '[data-action=start]');
}

/** Decides `choice` at the scene on show and continues to its consequence. */
export async function decide(el: Training, choice: string): Promise<void> {
  await pick(el, choice);
  await click(el, '[data-action=decide]');
  await click(el, '[data-action=continue]');
}

/** Plays `choices` as `role` from the role picker. */
export async function playThrough(el: Training, role: string, choices: string[]): Promise<void> {
  await startAs(el, role);
  for (const c of choices) await decide(el, c);
}
