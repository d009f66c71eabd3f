// What the collaboration check's and the board's tests share: a member answering on a fresh element, as a person
// does (a choice card pressed, "next"), until their code shows.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../src/elements/collaboration-check/define.js';
import '../../src/elements/monitoring/define.js';
import type { AmanCollaborationCheck } from '../../src/elements/collaboration-check/collaboration-check.js';
import type { AmanMonitoring } from '../../src/elements/monitoring/monitoring.js';
import { $, $$ } from '../helpers.js';

export const mini = '/test/fixtures/collab-mini.json';

export async function check(attrs: { src?: string; round?: string; lang?: string; scale?: string } = {}): Promise<AmanCollaborationCheck> {
  const el = await fixture<AmanCollaborationCheck>(html`<aman-collaboration-check
    src=${attrs.src ?? nothing} round=${attrs.round ?? nothing} lang=${attrs.lang ?? 'id'} scale=${attrs.scale ?? nothing}
  ></aman-collaboration-check>`);
  await waitUntil(() => $(el, '.step-title') || $(el, '[role=alert] strong')?.textContent?.includes(' '), 'the check did not render', { timeout: 8000 });
  return el;
}

export async function board(attrs: { src?: string; round?: string; lang?: string } = {}): Promise<AmanMonitoring> {
  const el = await fixture<AmanMonitoring>(html`<aman-monitoring
    src=${attrs.src ?? nothing} round=${attrs.round ?? nothing} lang=${attrs.lang ?? 'id'}
  ></aman-monitoring>`);
  await waitUntil(() => $(el, '#picture-title'), 'the board did not render', { timeout: 8000 });
  return el;
}

export async function press(el: HTMLElement & { updateComplete: Promise<unknown> }, selector: string): Promise<void> {
  const b = $<HTMLButtonElement>(el, selector);
  expect(b, `no ${selector}`).to.exist;
  b!.click();
  await el.updateComplete;
}

/** One member: start, one answer (1–5) per statement, "get my code"; returns the code shown. */
export async function answerAll(el: AmanCollaborationCheck, answers: number[]): Promise<string> {
  await press(el, '[data-action=next]');
  for (const a of answers) {
    $$<HTMLInputElement>(el, 'input[type=radio]')[a - 1]!.click();
    await el.updateComplete;
    await press(el, '[data-action=next]');
  }
  return $(el, '.code')!.textContent!.trim();
}
