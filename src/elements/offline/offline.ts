import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
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

// Under `require-trusted-types-for 'script'` the browser refuses a plain string in `serviceWorker.register()`. The
// policy may be created once per page, so the outcome is kept; it only ever passes same-origin URLs.
let policy: { createScriptURL(input: string): ScriptUrl } | null | undefined;
function trustedScriptUrl(href: string): ScriptUrl {
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return href;
  if (policy === undefined) {
    try {
      policy = tt.createPolicy('aman-sw', {
        createScriptURL(input: string): string {
          const url = new URL(input, document.baseURI);
          if (url.origin !== location.origin) throw new TypeError(`aman-sw: ${url.origin} is not this origin`);
          return url.href;
        },
      });
    } catch {
      policy = null; // the page's CSP does not allow the name; a page without require-trusted-types still works
    }
  }
  return policy ? policy.createScriptURL(href) : href;
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
    wbFactory: { attribute: false },
    reloadPage: { attribute: false },
    _support: { state: true },
    _ready: { state: true },
    _waiting: { state: true },
    _reloading: { state: true },
    _online: { state: true },
  };

  /** URL of the service worker, relative to the page. Served from the same origin; its folder limits its scope. */
  declare sw: string;
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
  private started = false;
  private takenOverElsewhere = false;
  private wb?: WorkboxLike;

  constructor() {
    super();
    this.sw = 'sw.js';
    this.scope = null;
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
    const url = new URL(this.sw || 'sw.js', document.baseURI);
    if (url.origin !== location.origin) return this.settle('failed');
    let wb: WorkboxLike | null;
    try {
      const options: RegistrationOptions = this.scope ? { scope: new URL(this.scope, document.baseURI).href } : {};
      wb = await this.wbFactory(trustedScriptUrl(url.href), options);
    } catch {
      return this.settle('failed');
    }
    if (!wb) return this.settle('unsupported');
    this.wb = wb;
    wb.addEventListener('waiting', () => {
      this._waiting = true;
      this.changed();
    });
    wb.addEventListener('activated', (e) => {
      // First install only: an update's activation is the result of the reload button, not news.
      if (e.isUpdate || e.isExternal) return;
      this._ready = true;
      this.changed();
    });
    wb.addEventListener('controlling', (e) => {
      if (this._reloading) return this.reloadPage();
      // Another tab let the new version in: this page's code is still the old one, so the offer stays, and the button
      // then only has to reload.
      if (e.isExternal && this._waiting) this.takenOverElsewhere = true;
      if (e.isUpdate || e.isExternal) return;
      // The first install took this page: keep a copy of it (it loaded before the worker was there), so that a host
      // page in the worker's scope opens offline from the next visit on. The worker's page route decides what is
      // kept (never private or no-store pages).
      const page = location.href.split('#')[0]!;
      wb.messageSW({ type: 'CACHE_URLS', payload: { urlsToCache: [[page, { headers: { accept: 'text/html' } }]] } }).catch(
        () => {},
      );
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
      await wb.register({ immediate: true });
      this.settle('registered');
    } catch (err) {
      this.settle(/Trusted/i.test(String(err)) ? 'blocked' : 'failed');
    }
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

  private onDismissReady(): void {
    this._ready = false;
    this.changed();
  }

  // --- rendering --------------------------------------------------------------------------------------------------

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
      if (this._ready) messages.push(html`<p class="msg" data-kind="ready"><strong>${t('ready')}</strong> ${t('readyDetail')}</p>`);
      const problem = { unsupported: 'unsupported', insecure: 'insecure', blocked: 'blocked', failed: 'failed' }[
        this._support as string
      ];
      if (problem) messages.push(html`<p class="msg" data-kind=${problem}>${t(problem)}</p>`);
    }
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
    // The status region is always in the tree (an empty one) so that a message appearing in it is announced.
    return html`<div part="base" class=${messages.length ? 'box' : 'box empty'} lang=${this.i18n.lang}>
      <div role="status" aria-live="polite">${messages}</div>
      ${buttons}
    </div>`;
  }
}
