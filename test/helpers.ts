import { deviceStore } from '../src/shared/storage.js';
import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/** Renders a template and waits until the element inside shows something other than its loading state. */
export async function render<T extends HTMLElement>(tpl: TemplateResult, ready: (el: T) => boolean): Promise<T> {
  const el = await fixture<T>(tpl);
  await waitUntil(() => ready(el), 'element did not become ready', { timeout: 5000 });
  return el;
}

export const $ = <E extends Element = HTMLElement>(el: Element, sel: string): E | null =>
  el.shadowRoot!.querySelector<E>(sel);
export const $$ = <E extends Element = HTMLElement>(el: Element, sel: string): E[] => [
  ...el.shadowRoot!.querySelectorAll<E>(sel),
];

/** Visible text of the element's shadow tree, whitespace folded. */
export const textOf = (el: Element): string => (el.shadowRoot!.querySelector('[part~="base"]') as HTMLElement)?.innerText.replace(/\s+/g, ' ').trim() ?? '';

/** The element inside `el`'s shadow root that has keyboard focus. */
export const focused = (el: Element): HTMLElement | null => el.shadowRoot!.activeElement as HTMLElement | null;

/** Collects the events of the given types fired by `el`. */
export function record<K extends keyof GlobalEventHandlersEventMap>(el: EventTarget, ...types: K[]) {
  const log: { type: K; detail: any }[] = [];
  for (const type of types) el.addEventListener(type, (e) => log.push({ type, detail: (e as CustomEvent).detail }));
  return log;
}

/** Wipes what Aman keeps, on disk and in the in-memory fallback. */
export function clearAmanStorage(): void {
  deviceStore.clearAll();
}
