import { deviceStore } from '../src/shared/storage.js';
import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { ScriptUrl, WorkboxEventLike, WorkboxLike } from '../src/elements/offline/offline.js';

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

/** The focused element of the page, looking through nested shadow roots. */
export function deepFocus(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** Collects the events of the given types fired by (or bubbling through) `target`; `stop()` stops listening. */
export function record<K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, ...types: K[]) {
  const log: { type: K; detail: any }[] = [];
  const listeners = types.map((type) => {
    const l = (e: Event) => log.push({ type, detail: (e as CustomEvent).detail });
    target.addEventListener(type, l);
    return [type, l] as const;
  });
  return Object.assign(log, { stop: () => listeners.forEach(([type, l]) => target.removeEventListener(type, l)) });
}

/**
 * A pack element has settled: it shows its content (`.prompt`, `.results-title`, `[data-step]`) or an error whose
 * words have arrived. The error words load only when there is an error, so for a moment the alert can show raw
 * i18next keys (`title`); a test reads it after that.
 */
export const settled = (el: Element): boolean => {
  if (el.shadowRoot?.querySelector('.prompt, .results-title')) return true;
  const title = el.shadowRoot?.querySelector('[role="alert"] strong')?.textContent?.trim() ?? '';
  return /\s/.test(title);
};

/** Wipes what Aman keeps, on disk and in the in-memory fallback. */
export function clearAmanStorage(): void {
  deviceStore.clearAll();
}

// --- hostile page CSS ------------------------------------------------------------------------------------------

/** What a careless or hostile host page does to everything: the base of every "survives hostile CSS" test. */
export const HOSTILE_CSS = '* { all: unset !important; font-size: 8px !important; }';

/**
 * Adds a page stylesheet (HOSTILE_CSS plus `extra` rules) to the document head; returns its remover.
 * `removeHostileCss()` (e.g. in `afterEach`) removes every one still there, so a failing test leaves none behind.
 */
export function hostileCss(extra = '', base = HOSTILE_CSS): () => void {
  const style = document.createElement('style');
  style.dataset.hostile = '';
  style.textContent = `${base}\n${extra}`;
  document.head.append(style);
  return () => style.remove();
}
export function removeHostileCss(): void {
  document.querySelectorAll('style[data-hostile]').forEach((s) => s.remove());
}

// --- errors, console and CSP violations --------------------------------------------------------------------------

/**
 * Records what goes wrong on the page while a test runs: uncaught errors, unhandled rejections, `console.error`
 * and Content-Security-Policy violations. `stop()` restores the console and returns the list.
 */
export function captureErrors(): { problems: string[]; stop: () => string[] } {
  const problems: string[] = [];
  const onError = (e: ErrorEvent) => problems.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${String(e.reason)}`);
  const onViolation = (e: SecurityPolicyViolationEvent) => problems.push(`csp: ${e.violatedDirective} ${e.blockedURI}`);
  const consoleError = console.error;
  console.error = (...args: unknown[]) => {
    problems.push(`console.error: ${args.map(String).join(' ')}`);
    consoleError.apply(console, args);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  document.addEventListener('securitypolicyviolation', onViolation);
  return {
    problems,
    stop: () => {
      console.error = consoleError;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      document.removeEventListener('securitypolicyviolation', onViolation);
      return problems;
    },
  };
}

// --- "stores nothing" --------------------------------------------------------------------------------------------

export interface StorageSnapshot {
  local: Record<string, string>;
  session: Record<string, string>;
  cookie: string;
  indexedDB: string[];
  caches: string[];
}

/** Everything a page can keep on the device: Web Storage, cookies, IndexedDB databases and Cache Storage. */
export async function storageSnapshot(): Promise<StorageSnapshot> {
  const entries = (s: Storage) => Object.fromEntries(Array.from({ length: s.length }, (_, i) => [s.key(i)!, s.getItem(s.key(i)!)!]));
  return {
    local: entries(localStorage),
    session: entries(sessionStorage),
    cookie: document.cookie,
    indexedDB: (await indexedDB.databases()).map((d) => d.name ?? '').sort(),
    caches: 'caches' in window ? (await caches.keys()).sort() : [],
  };
}

/** Runs `use` and fails when anything was stored on the device meanwhile (compared with a snapshot taken before). */
export async function expectStoresNothing(use: () => Promise<unknown>): Promise<void> {
  const before = await storageSnapshot();
  await use();
  expect(await storageSnapshot()).to.deep.equal(before);
}

// --- network and storage stubs ----------------------------------------------------------------------------------

type FetchHandler = (url: URL, init: RequestInit | undefined, call: number) => Response | Promise<Response> | undefined;

/**
 * Wraps `window.fetch`: records every URL asked for (absolute), and lets `handler` answer a request (return a
 * Response, a promise of one, or throw as a network failure does); `undefined` passes it to the real fetch.
 * `call` counts the requests to the same URL, from 1. Always `restore()` (in `finally` or `afterEach`).
 */
export function stubFetch(handler: FetchHandler = () => undefined) {
  const real = window.fetch;
  const urls: string[] = [];
  const signals = new Map<string, AbortSignal[]>();
  const counts = new Map<string, number>();
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    urls.push(url.href);
    const call = (counts.get(url.href) ?? 0) + 1;
    counts.set(url.href, call);
    if (init?.signal) signals.set(url.href, [...(signals.get(url.href) ?? []), init.signal]);
    const answer = await handler(url, init, call);
    return answer ?? real.call(window, input, init);
  };
  return {
    /** Every URL requested, in order. */
    urls,
    /** The abort signals the requests to `url` were made with. */
    signals: (url: string) => signals.get(new URL(url, document.baseURI).href) ?? [],
    /** Paths (no origin) of the requests made. */
    paths: () => urls.map((u) => new URL(u).pathname + new URL(u).search),
    restore: () => {
      window.fetch = real;
    },
  };
}

/** A JSON response, as a server sends it. */
export const jsonResponse = (data: unknown, status = 200): Response =>
  new Response(JSON.stringify(data), { status, headers: { 'content-type': 'application/json' } });

/** Makes the given Storage methods (localStorage and sessionStorage alike) throw, as a full or blocked store does. */
export function breakStorage(...methods: ('getItem' | 'setItem' | 'removeItem' | 'key' | 'clear')[]): () => void {
  const saved = methods.map((m) => [m, Storage.prototype[m]] as const);
  for (const m of methods) {
    (Storage.prototype as any)[m] = () => {
      throw new DOMException('storage unavailable', 'SecurityError');
    };
  }
  return () => saved.forEach(([m, fn]) => ((Storage.prototype as any)[m] = fn));
}

// --- the Workbox stub of the offline tests -----------------------------------------------------------------------

export type WbEvent = 'waiting' | 'activated' | 'controlling' | 'redundant';

/** Stands in for workbox-window's Workbox: records what the element asks of it, and lets a test fire its events. */
export class FakeWorkbox implements WorkboxLike {
  readonly listeners = new Map<WbEvent, ((e: WorkboxEventLike) => void)[]>();
  registerCalls: { immediate?: boolean }[] = [];
  updateChecks = 0;
  skipWaitingMessages = 0;
  readonly messages: object[] = [];
  constructor(
    readonly scriptUrl: string,
    readonly options: RegistrationOptions,
    private readonly fail?: Error,
  ) {}
  addEventListener(type: WbEvent, listener: (e: WorkboxEventLike) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  register(options?: { immediate?: boolean }): Promise<unknown> {
    this.registerCalls.push(options ?? {});
    return this.fail ? Promise.reject(this.fail) : Promise.resolve({});
  }
  update(): Promise<unknown> {
    this.updateChecks++;
    return Promise.resolve();
  }
  messageSkipWaiting(): void {
    this.skipWaitingMessages++;
  }
  /** What the worker answers to AMAN_PAGE: by default, this page is covered. */
  static answer: unknown = { page: true, app: null };
  messageSW(data: object): Promise<unknown> {
    this.messages.push(data);
    return Promise.resolve((data as { type?: string }).type === 'AMAN_PAGE' ? FakeWorkbox.answer : undefined);
  }
  fire(type: WbEvent, e: WorkboxEventLike = {}): void {
    for (const l of this.listeners.get(type) ?? []) l(e);
  }
}

/** A `wbFactory` for `<aman-offline>` that hands out FakeWorkboxes; `last()` is the one the element made. */
export function fakeWorkboxFactory(fail?: Error) {
  const made: FakeWorkbox[] = [];
  return {
    made,
    last: () => made.at(-1),
    factory: (url: ScriptUrl, options: RegistrationOptions) => {
      const wb = new FakeWorkbox(String(url), options, fail);
      made.push(wb);
      return wb;
    },
  };
}
