import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { assetUrl } from '../../shared/assets.js';
import { AmanElement } from '../../shared/base.js';
import { offlineStyles } from './offline.styles.js';

/** The part of a workbox-window event the element reads. */
export interface WorkboxEventLike {
  isUpdate?: boolean;
  isExternal?: boolean;
  wasWaitingBeforeRegister?: boolean;
  /** The service worker the event is about. */
  sw?: ServiceWorker;
}

/** The part of workbox-window's `Workbox` the element uses; tests and stories pass a fake through `wbFactory`. */
export interface WorkboxLike {
  addEventListener(type: 'waiting' | 'activated' | 'controlling' | 'redundant', listener: (event: WorkboxEventLike) => void): void;
  register(options?: { immediate?: boolean }): Promise<unknown>;
  /** Asks the browser to look for a new sw.js now. */
  update(): Promise<unknown>;
  messageSkipWaiting(): void;
  messageSW(data: object): Promise<unknown>;
}

/** A `TrustedScriptURL` where the browser has Trusted Types, else the URL string. */
export type ScriptUrl = string | { toString(): string };

/** Returns the Workbox to register with, or `null` when this browser has no service workers. */
export type WorkboxFactory = (
  scriptUrl: ScriptUrl,
  options: RegistrationOptions,
) => WorkboxLike | null | Promise<WorkboxLike | null>;

export type { OfflineSupport } from '../../shared/events.js';
import type { OfflineSupport } from '../../shared/events.js';

/** Loads workbox-window only when a service worker can actually be registered (it is its own small chunk). */
const defaultFactory: WorkboxFactory = async (scriptUrl, options) => {
  if (!navigator.serviceWorker) return null;
  const { Workbox } = await import('workbox-window');
  return new Workbox(scriptUrl as string, options) as unknown as WorkboxLike;
};

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL(input: string): string }): { createScriptURL(input: string): ScriptUrl };
}

/**
 * The one script URL `<aman-offline>` registers: `sw.js` in the library's asset base (beside `aman.js`; a host that
 * moved the files calls `setAssetBase()` from script). Never what markup says alone: `<aman-offline sw="…">` pointing
 * anywhere else — an upload, a JSON file with `?x=.js`, `blob:`, `filesystem:`, a URL with credentials, a query or
 * a fragment — is refused, so injected markup cannot register someone else's worker (SECURITY-2026-11 finding 7).
 */
export function amanWorkerUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input, document.baseURI);
  } catch {
    return null;
  }
  const own = new URL(assetUrl('sw.js'));
  const plain = (u: URL) => (u.protocol === 'https:' || u.protocol === 'http:') && !u.username && !u.password && !u.search && !u.hash;
  return plain(url) && plain(own) && url.origin === location.origin && url.href === own.href ? url.href : null;
}

// Under `require-trusted-types-for 'script'` the browser refuses a plain string in `serviceWorker.register()`. The
// policy may be created once per page, so the outcome is kept; it passes Aman's own sw.js and nothing else.
let policy: { createScriptURL(input: string): ScriptUrl } | null | undefined;
function trustedScriptUrl(href: string): ScriptUrl {
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return href;
  if (policy === undefined) {
    try {
      policy = tt.createPolicy('aman-sw', {
        createScriptURL(input: string): string {
          const url = amanWorkerUrl(input);
          if (!url) throw new TypeError(`aman-sw: only Aman's own sw.js (${assetUrl('sw.js')}) may be registered`);
          return url;
        },
      });
    } catch {
      policy = null; // the page's CSP does not allow the name; a page without require-trusted-types still works
    }
  }
  return policy ? policy.createScriptURL(href) : href;
}

/** What works offline, as the worker answered for the page (`AMAN_PAGE`). */
interface Coverage {
  /** This very page opens without internet (precached, or kept on its `keep-page` opt-in). */
  page: boolean;
  /** The address of Aman's app when the worker covers it, else null. */
  app: string | null;
}

/** The app's address as the worker gave it, if it is a plain http(s) address of this origin (it becomes a link). */
function amanAppUrl(href: string): string | null {
  try {
    const url = new URL(href);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === location.origin ? url.href : null;
  } catch {
    return null;
  }
}

const loaded = (): Promise<void> =>
  document.readyState === 'complete'
    ? Promise.resolve()
    : new Promise((ok) => window.addEventListener('load', () => ok(), { once: true }));

/**
 * Makes the page work without internet: registers Aman's service worker (`sw.js`, which precaches the library,
 * its languages and built-in packs) once the page has loaded, and tells the user what is going on: "ready to use
 * without internet" once after the first install, "a new version is available" with a reload button when an
 * update is waiting, and a notice while the device is offline. It never switches to a new version on its own — a
 * learner in the middle of a quiz keeps the version they started with until someone presses the button.
 *
 * Where service workers cannot run (an old browser, a site on plain `http://`, a security policy that blocks them)
 * it says so once and does nothing else; every other element keeps working online.
 *
 * @summary Registers the service worker; shows "ready offline", "update available — reload" and "you are offline".
 *
 * @csspart base - The message box (collapsed to nothing while there is nothing to say).
 * @csspart button - The reload and close buttons.
 *
 * @cssproperty --aman-color-primary - Border of update messages and the reload button.
 * @cssproperty --aman-color-success - Border of the "ready offline" message.
 * @cssproperty --aman-scale - Text scale (the `scale="projector"` attribute sets 1.75).
 *
 * @fires aman-offline-status - When what the element shows changes: `{support, ready, updateWaiting, online}`.
 */
export class AmanOffline extends AmanElement {
  static override styles = [...AmanElement.styles, offlineStyles];
  static override namespaces = ['offline'];

  static override properties: PropertyDeclarations = {
    sw: { type: String },
    scope: { type: String },
    keepPage: { type: Boolean, attribute: 'keep-page' },
    wbFactory: { attribute: false },
    reloadPage: { attribute: false },
    _support: { state: true },
    _ready: { state: true },
    _waiting: { state: true },
    _reloading: { state: true },
    _online: { state: true },
    _coverage: { state: true },
  };

  /**
   * URL of the service worker (default: `sw.js` in the library's folder, beside `aman.js`). Only that one file is
   * accepted — anything else is refused and the element says the offline mode could not be set up. Its folder
   * limits its scope.
   */
  declare sw: string;
  /**
   * Also keep a copy of this page, so that it opens without internet (it must be in the worker's scope). Never for a
   * page with a query string, an account or log-in page, a private or `no-store` page, or a page that carries
   * `<aman-report-guide>` or `<aman-help-card>`.
   */
  declare keepPage: boolean;
  /** Registration scope (default: the folder of `sw`). A wider scope needs the `Service-Worker-Allowed` header. */
  declare scope: string | null;
  /** Creates the workbox-window `Workbox` (replaceable for tests and stories). */
  declare wbFactory: WorkboxFactory;
  /** Reloads the page once the new version controls it (replaceable for tests). */
  declare reloadPage: () => void;

  private declare _support: OfflineSupport;
  private declare _ready: boolean;
  private declare _waiting: boolean;
  private declare _reloading: boolean;
  private declare _online: boolean;
  /** What the worker said really works offline: this page, and the address of Aman's app (if it covers it). */
  private declare _coverage: Coverage | undefined;
  private started = false;
  private takenOverElsewhere = false;
  private wb?: WorkboxLike;
  private registration?: ServiceWorkerRegistration;

  constructor() {
    super();
    this.sw = '';
    this.scope = null;
    this.keepPage = false;
    this._coverage = undefined;
    this.wbFactory = defaultFactory;
    this.reloadPage = () => location.reload();
    this._support = 'pending';
    this._ready = false;
    this._waiting = false;
    this._reloading = false;
    this._online = navigator.onLine;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onConnectivity);
    window.addEventListener('offline', this.onConnectivity);
    this._online = navigator.onLine;
    if (!this.started) {
      this.started = true;
      void this.start();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onConnectivity);
    window.removeEventListener('offline', this.onConnectivity);
  }

  /** Whether the page is controlled by a service worker right now. */
  get controlled(): boolean {
    return !!navigator.serviceWorker?.controller;
  }

  // --- registration ---------------------------------------------------------------------------------------------

  private async start(): Promise<void> {
    // Let the element's first render (and its locale) come first; registering is never urgent.
    await this.updateComplete;
    if (!window.isSecureContext) return this.settle('insecure');
    if (!navigator.serviceWorker) return this.settle('unsupported');
    const url = amanWorkerUrl(this.sw || assetUrl('sw.js'));
    if (!url) return this.settle('failed');
    let wb: WorkboxLike | null;
    try {
      const options: RegistrationOptions = this.scope ? { scope: new URL(this.scope, document.baseURI).href } : {};
      wb = await this.wbFactory(trustedScriptUrl(url), options);
    } catch {
      return this.settle('failed');
    }
    if (!wb) return this.settle('unsupported');
    this.wb = wb;
    wb.addEventListener('waiting', () => {
      this._waiting = true;
      this.changed();
    });
    wb.addEventListener('activated', async (e) => {
      // First install only: an update's activation is the result of the reload button, not news.
      if (e.isUpdate || e.isExternal) return;
      // "Ready offline" says only what is really covered: this page, or Aman's app at its own address.
      await this.askPage();
      this._ready = true;
      this.changed();
    });
    wb.addEventListener('controlling', (e) => {
      if (this._reloading) return this.reloadPage();
      // Another tab let the new version in: this page's code is still the old one, so the offer stays, and the button
      // then only has to reload.
      if (e.isExternal && this._waiting) this.takenOverElsewhere = true;
    });
    wb.addEventListener('redundant', (e) => {
      // The waiting version was replaced or failed: the running version stays, the button goes. (When the new version
      // takes over, the one it replaces becomes redundant too: that is not this case.)
      if (!this._waiting || this._reloading || this.takenOverElsewhere) return;
      if (e.sw && e.sw === navigator.serviceWorker?.controller) return;
      this._waiting = false;
      this._reloading = false;
      this.changed();
    });
    await loaded();
    try {
      const reg = await wb.register({ immediate: true });
      if (typeof ServiceWorkerRegistration !== 'undefined' && reg instanceof ServiceWorkerRegistration) this.registration = reg;
      this.settle('registered');
      // Every visit: the worker keeps (or refreshes) this page when it opted in with `keep-page`, forgets it otherwise.
      void this.askPage();
    } catch (err) {
      this.settle(/Trusted/i.test(String(err)) ? 'blocked' : 'failed');
    }
  }

  /**
   * Tells the worker whether to keep this page (`keep-page`, and never a page showing the report guide or the help
   * card) and learns what works offline. The worker answers about the sender's own page only.
   */
  private async askPage(): Promise<Coverage> {
    const keep = this.keepPage && !document.querySelector('aman-report-guide, aman-help-card');
    let answer: Partial<Coverage> | undefined;
    try {
      answer = (await Promise.race([
        this.post({ type: 'AMAN_PAGE', keep }),
        new Promise((ok) => setTimeout(ok, 10000)), // an older worker does not answer
      ])) as Partial<Coverage> | undefined;
    } catch {
      /* no answer: nothing is promised */
    }
    const app = typeof answer?.app === 'string' && amanAppUrl(answer.app);
    return (this._coverage = { page: answer?.page === true, app: app || null });
  }

  /**
   * Posts to the registration's worker and waits for its answer. Directly, not through workbox-window's messageSW,
   * which waits for a worker it installed itself or a "compatible" controller, and so never answers on some visits.
   */
  private post(data: object): Promise<unknown> {
    const reg = this.registration;
    const sw = reg?.active ?? reg?.installing ?? reg?.waiting;
    if (!sw) return this.wb!.messageSW(data);
    return new Promise((ok) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (e) => ok(e.data);
      sw.postMessage(data, [channel.port2]);
    });
  }

  private settle(support: OfflineSupport): void {
    this._support = support;
    this.changed();
  }

  private changed(): void {
    this.emit('aman-offline-status', { support: this._support, ready: this._ready, updateWaiting: this._waiting, online: this._online });
  }

  // --- handlers ---------------------------------------------------------------------------------------------------

  private readonly onConnectivity = (): void => {
    this._online = navigator.onLine;
    // Back online after a session in a hall: the right moment to look for a new version (it will only wait).
    if (this._online && this._support === 'registered') this.wb?.update().catch(() => {});
    this.changed();
  };

  private onReload(): void {
    if (!this.wb || this._reloading) return;
    this._reloading = true;
    if (this.takenOverElsewhere) return this.reloadPage();
    // Only now may the waiting service worker take over; the page reloads when it controls it (`controlling`).
    this.wb.messageSkipWaiting();
  }

  private async onDismissReady(): Promise<void> {
    this._ready = false;
    this.changed();
    await this.updateComplete;
    // The focused button is gone: focus must not fall to <body> (ACCESSIBILITY-2026-11 F10).
    this.focusAfterDismiss();
  }

  /** The reload button when it is still shown, else the next control of the page after this element (or the one before). */
  private focusAfterDismiss(): void {
    const reload = this.renderRoot.querySelector<HTMLElement>('[data-action="reload"]:not([disabled])');
    if (reload) return reload.focus();
    const selector =
      'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
    let host: Element = this;
    for (;;) {
      const root = host.getRootNode() as Document | ShadowRoot;
      const all = [...root.querySelectorAll<HTMLElement>(selector)].filter((e) => !this.contains(e) && e.getClientRects().length > 0);
      const after = all.find((e) => host.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING);
      const before = all.reverse().find((e) => host.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_PRECEDING);
      for (const target of [after, before]) {
        if (!target) continue;
        target.focus();
        if ((target.getRootNode() as Document | ShadowRoot).activeElement === target) return;
      }
      if (!(root instanceof ShadowRoot)) return;
      host = root.host;
    }
  }

  // --- rendering --------------------------------------------------------------------------------------------------

  /** "Ready offline", for what is really covered: this page; or Aman's app at its address, and this page is not. */
  private renderReady(): TemplateResult {
    const t = this.i18n.t;
    const c = this._coverage;
    if (c?.page) return html`<p class="msg" data-kind="ready"><strong>${t('ready')}</strong> ${t('readyDetail')}</p>`;
    return html`<p class="msg" data-kind="ready" data-coverage=${c?.app ? 'app' : 'files'}>
      <strong>${c?.app ? t('readyApp') : t('readyFiles')}</strong>
      ${c?.app ? html`<a href=${c.app}>${c.app}</a>` : nothing} ${t('pageNeedsInternet')}
    </p>`;
  }

  protected override render(): TemplateResult {
    const t = this.i18n.t;
    const ready = this.i18n.ready;
    const messages: TemplateResult[] = [];
    if (ready) {
      if (!this._online) messages.push(html`<p class="msg" data-kind="offline"><strong>${t('offline')}</strong> ${t('offlineDetail')}</p>`);
      if (this._waiting)
        messages.push(
          html`<p class="msg" data-kind="update">
            <strong>${this._reloading ? t('updating') : t('update')}</strong> ${this._reloading ? nothing : t('updateDetail')}
          </p>`,
        );
      if (this._ready) messages.push(this.renderReady());
      const problem = { unsupported: 'unsupported', insecure: 'insecure', blocked: 'blocked', failed: 'failed' }[
        this._support as string
      ];
      if (problem) messages.push(html`<p class="msg" data-kind=${problem}>${t(problem)}</p>`);
    }
    // What the site admin must change is not for visitors: folded, and outside the live region.
    const admin =
      ready && this._support === 'blocked'
        ? html`<details class="admin">
            <summary>${t('adminDetails')}</summary>
            <p>${t('blockedAdmin')}</p>
          </details>`
        : nothing;
    const buttons =
      ready && (this._waiting || this._ready)
        ? html`<div class="row">
            ${this._waiting
              ? html`<button
                  type="button"
                  part="button"
                  data-variant="primary"
                  data-action="reload"
                  ?disabled=${this._reloading}
                  @click=${this.onReload}
                >
                  ${t('reload')}
                </button>`
              : nothing}
            ${this._ready
              ? html`<button type="button" part="button" data-action="dismiss" @click=${this.onDismissReady}>
                  ${t('dismiss')}
                </button>`
              : nothing}
          </div>`
        : nothing;
    // The status region is always in the tree (an empty one) so that a message appearing in it is announced. A new
    // language brings a new region with the same messages already in it, so an unchanged message is not announced
    // again (ACCESSIBILITY-2026-11 F11); news after that is.
    return html`<div part="base" class=${messages.length ? 'box' : 'box empty'} lang=${this.i18n.lang}>
      ${keyed(this.i18n.lang, html`<div role="status" aria-live="polite">${messages}</div>`)} ${admin} ${buttons}
    </div>`;
  }
}
