import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { AmanElement } from '../../shared/base.js';
import { quickExitStyles } from './quick-exit.styles.js';

/** Set on `<html>` while the page is being left; the adopted sheet below hides everything under it. */
const BLANK = 'data-aman-exit';
/** Three presses of Shift within this time leave the page. */
const WINDOW_MS = 1000;
let blankSheet: CSSStyleSheet | undefined;
/** Every connected quick exit, in connection order: only the first one speaks, so a tap is announced once. */
const connected = new Set<AmanQuickExit>();

const NOT_TYPING = /^(radio|checkbox|button|submit|reset|range|color|file|image)$/;
/** A place where people type: Shift taps there are typing, never an exit (typed text is not lost). */
function editable(e: Event): boolean {
  const t = e.composedPath()[0];
  if (!(t instanceof HTMLElement)) return false;
  if (t instanceof HTMLInputElement) return !NOT_TYPING.test(t.type);
  return t instanceof HTMLTextAreaElement || t.isContentEditable;
}

/**
 * Where the quick exit goes: the host's own choice of an http(s) page, else `about:blank`. The default is blank
 * because it is the only page that is neutral everywhere, needs no network (the exit must work offline) and
 * sends nobody to a third party the library picked; `/` is not neutral (it is often the agency's own home page).
 * A destination that is this same page (`#`, `''`) would leave the person where they are, so it is refused too.
 */
export function exitDestination(href: string | null | undefined, pageUrl: string): string {
  const s = href?.trim();
  if (s) {
    try {
      const u = new URL(s, pageUrl);
      const here = new URL(pageUrl);
      const same = u.origin === here.origin && u.pathname === here.pathname && u.search === here.search;
      if ((u.protocol === 'http:' || u.protocol === 'https:') && !same) return u.href;
    } catch {
      // not a URL: fall through to the blank page
    }
  }
  return 'about:blank';
}

/**
 * Hides the whole page at once, before the next page arrives. A constructable stylesheet (allowed under a strict
 * CSP, unlike a style attribute) keyed to an attribute on `<html>`: nothing of the page stays on screen even when
 * the next page is slow or the network is down.
 */
export function blankPage(doc: Document = document): void {
  if (!blankSheet) {
    blankSheet = new CSSStyleSheet();
    blankSheet.replaceSync(`html[${BLANK}]{background:#fff!important}html[${BLANK}]>*{display:none!important}`);
  }
  if (!doc.adoptedStyleSheets.includes(blankSheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, blankSheet];
  doc.documentElement.setAttribute(BLANK, '');
  doc.title = '';
}

/**
 * A "leave this page now" button for sensitive pages. Activating it, or pressing Shift three times within a
 * second, blanks the page immediately and replaces it (`location.replace`, so Back does not return here) with
 * the neutral page of `href`. It explains honestly what it cannot do: browser history is not erased.
 *
 * @summary "Quick exit" button and Shift×3 shortcut that blank and leave the page.
 *
 * @csspart base - The outer box.
 * @csspart button - The exit button.
 * @csspart body - The "about quick exit" explanation.
 *
 * @cssproperty --aman-quick-exit-bg - Button background (default: the danger colour).
 * @cssproperty --aman-quick-exit-color - Button text colour.
 */
export class AmanQuickExit extends AmanElement {
  static override styles = [...AmanElement.styles, quickExitStyles];
  static override namespaces = ['quick-exit'];

  static override properties: PropertyDeclarations = {
    href: { type: String },
    navigate: { attribute: false },
    now: { attribute: false },
    _presses: { state: true },
  };

  /**
   * The neutral page to go to: an http(s) URL chosen by the site (e.g. a weather or news page it trusts).
   * Default, and for anything else: `about:blank`, which needs no network and names no one.
   */
  declare href: string | null;
  /** How to leave; `location.replace` by default (tests and hosts with their own router may replace it). */
  declare navigate: (url: string) => void;
  /** The clock the Shift×3 window is measured by, in milliseconds (replaceable, so tests need not wait). */
  declare now: () => number;

  private declare _presses: number;
  private firstPress = 0;
  private tapping = false;
  private resetTimer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    this.href = null;
    this.navigate = (url) => location.replace(url);
    this.now = () => performance.now();
    this._presses = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    // Capture phase on window: the shortcut works wherever focus is, also inside other shadow roots.
    window.addEventListener('keydown', this.onKey, true);
    window.addEventListener('keyup', this.onKey, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    window.removeEventListener('keydown', this.onKey, true);
    window.removeEventListener('keyup', this.onKey, true);
    clearTimeout(this.resetTimer);
  }

  /** Blanks the page and leaves it. */
  exit(): void {
    // Several quick exits on one page (a guide and a help card) all hear Shift: only the first one leaves.
    if (document.documentElement.hasAttribute(BLANK)) return;
    blankPage();
    this.navigate(exitDestination(this.href, location.href));
  }

  /**
   * Counts Shift taps: a Shift pressed and released with no other key in between. Shift held for a capital letter
   * is typing, not a tap, and any other key starts the count again. Taps in a text field or editable area
   * are ignored: three lone Shifts there would otherwise blank the page and lose what the person typed (the button
   * still works from anywhere).
   */
  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Shift' && editable(e)) {
      this.tapping = false;
      return;
    }
    if (e.key !== 'Shift') {
      this.tapping = false;
      if (this._presses) this.reset();
    } else if (e.type === 'keydown') {
      if (!e.repeat) this.tapping = true;
    } else if (this.tapping) {
      this.tapping = false;
      const now = this.now();
      if (!this._presses || now - this.firstPress > WINDOW_MS) {
        this.firstPress = now;
        this._presses = 1;
      } else this._presses++;
      clearTimeout(this.resetTimer);
      if (this._presses >= 3) {
        this.reset();
        this.exit();
      } else this.resetTimer = setTimeout(() => this.reset(), WINDOW_MS); // only clears the visible count
    }
  };

  private reset(): void {
    clearTimeout(this.resetTimer);
    this._presses = 0;
  }

  protected override render(): TemplateResult {
    const t = this.i18n.t;
    const n = this._presses;
    // The button works from the first frame, before (or without) the locale: leaving must never wait.
    const words = this.i18n.ready;
    // One row: the button, the Shift hint (shown only where there is a keyboard, see the styles) and "about"; the
    // explanation, when opened, takes its own full-width line below.
    return html`<div part="base" lang=${this.i18n.lang}>
      <div class="bar">
        <button type="button" part="button" aria-describedby="hint" @click=${() => this.exit()}>
          ${t('button', { defaultValue: 'Keluar cepat' })}
        </button>
        <span class=${n ? 'hint counting' : 'hint'} id="hint">${n ? `Shift ${n}/3` : words ? t('hint') : ''}</span>
        ${words
          ? html`<details part="body">
              <summary>${t('about')}</summary>
              <p>${t('aboutWhat')}</p>
              <p>${t('aboutHistory')}</p>
              <p>${t('aboutSafer')}</p>
            </details>`
          : nothing}
      </div>
      <p class="sr-only" role="status">${n && words && connected.values().next().value === this ? t('progressAnnounce', { n }) : ''}</p>
    </div>`;
  }
}
