import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { regionContacts } from '../../core/report.js';
import { AmanElement } from '../../shared/base.js';
import { nationalContact, regionContact, regionController, regionErrorView } from '../../shared/contacts.js';
import { contactStyles } from '../../shared/contacts.styles.js';
import { helpCardStyles } from './help-card.styles.js';

/**
 * A small "need help?" card for a sidebar or footer (fits a 280 px column): SAPA 129 by call and WhatsApp, the
 * emergency numbers, the region's UPTD PPA, a link to the full guide and a quick exit. It reads the same region
 * pack as `<aman-report-guide>` and, like it, stores nothing.
 *
 * @summary Small "need help?" card with national and regional contacts and a link to the full guide.
 *
 * @csspart base - The outer box.
 * @csspart body - The contacts.
 * @csspart feedback - The error shown for a region pack that cannot be used.
 *
 * @cssproperty --aman-color-primary - Links and call buttons.
 * @cssproperty --aman-max-width - Width limit of the card (default 22rem).
 *
 * @fires aman-error - When the region pack cannot be used: `{packId, message, path}`.
 */
export class AmanHelpCard extends AmanElement {
  static override styles = [...AmanElement.styles, contactStyles, helpCardStyles];
  // `errors` up front, as in the report guide: a bad region pack's error shows at once beside the numbers.
  static override namespaces = ['help-card', 'contacts', 'errors'];

  static override properties: PropertyDeclarations = {
    region: { type: String },
    regionSrc: { type: String, attribute: 'region-src' },
    regionData: { attribute: false },
    externalSrc: { type: Boolean, attribute: 'external-src' },
    guideHref: { type: String, attribute: 'guide-href' },
    quickExitHref: { type: String, attribute: 'quick-exit-href' },
  };

  /** Id of a built-in region pack; default `nasional`. */
  declare region: string | null;
  /** URL of the page's region pack (`{lang}` is replaced); takes precedence over `region`. */
  declare regionSrc: string | null;
  /** A region pack object, set from script. An inline `<script type="application/json">` child also works. */
  declare regionData: unknown;
  /** Allows a `region-src` on another origin, which then learns who opened the card. Off by default. */
  declare externalSrc: boolean;
  /** The page with the full `<aman-report-guide>` (http(s) or relative); no link without it. */
  declare guideHref: string | null;
  /** The neutral page the quick exit goes to (default `about:blank`). */
  declare quickExitHref: string | null;

  private readonly regionPack = regionController(
    this,
    () => ({ data: this.regionData, src: this.regionSrc, pack: this.region, external: this.externalSrc }),
    this.i18n,
    true,
  );

  constructor() {
    super();
    this.region = null;
    this.regionSrc = null;
    this.regionData = undefined;
    this.externalSrc = false;
    this.guideHref = null;
    this.quickExitHref = null;
  }

  /** The guide link, only to a web page (never `javascript:` or the like). */
  private get guideUrl(): string | undefined {
    if (!this.guideHref) return undefined;
    try {
      const u = new URL(this.guideHref, document.baseURI);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
    } catch {
      return undefined;
    }
  }

  protected override render(): TemplateResult {
    const t = this.i18n.t;
    const r = this.regionPack;
    const uptd = regionContacts(r.state === 'ready' ? r.pack : undefined, ['uptd-ppa']);
    const guide = this.guideUrl;
    if (this.waitingForWords) return this.renderBusy();
    return html`<div part="base" lang=${this.i18n.lang}>
      <h2>${t('title')}</h2>
      <p>${t('text')}</p>
      ${r.state === 'error' ? regionErrorView(t, r.problems) : nothing}
      <ul class="contacts" part="body" role="list">
        ${nationalContact(t, 'sapa')}
        ${uptd.map((c) => regionContact(t, c))}
        ${r.state === 'error' ? html`<li>${t('contacts:findLocal')}</li>` : nothing}
      </ul>
      <h3>${t('emergency')}</h3>
      <ul class="contacts" role="list">${nationalContact(t, 'police')} ${nationalContact(t, 'emergency')}</ul>
      ${guide ? html`<p><a class="guide" href=${guide}>${t('guide')}</a></p>` : nothing}
      <aman-quick-exit href=${this.quickExitHref ?? nothing} lang=${this.i18n.lang}></aman-quick-exit>
    </div>`;
  }
}
