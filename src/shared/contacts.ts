import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';
import type { Lang, PackProblem, RegionContact, RegionPack } from '../core/types.js';
import { NATIONAL, telHref, waHref, type NationalId } from '../core/report.js';
import { safeHref } from '../core/markup.js';
import { PackController, type PackSource } from './pack.js';
import { adminDetails, reportPackError } from './ui.js';
import type { LangController } from './lang.js';

/**
 * What the report guide and the help card share: loading the region pack, and showing a contact as links a phone
 * can follow (`tel:`, `https://wa.me/`). Region texts are plain text (never markup): a region pack is written by
 * an agency's web admin and shown to frightened people, so it only ever renders as text.
 */

export const DEFAULT_REGION = 'nasional';

/**
 * The region pack of `host`, from `regionData` / `region-src` / `region` (default: the built-in national one).
 * A failure fires `aman-error` with the JSON path; the caller keeps showing the national numbers.
 * `ownInline`: whether an inline `<script type="application/json">` child is the region pack (help card) or
 * belongs to another pack of the element (report guide), in which case the loader must not see it.
 */
export function regionController(
  host: ReactiveControllerHost & HTMLElement,
  source: () => PackSource,
  i18n: LangController,
  ownInline: boolean,
): PackController<RegionPack> {
  return new PackController<RegionPack>(
    host,
    'region',
    () => ({ ...source(), inline: ownInline }),
    () => i18n.lang,
    async (c) => {
      if (c.state !== 'error') return;
      await host.updateComplete; // the event comes once the error is on screen
      if (c.state === 'error') reportPackError(host, c, i18n.t, source(), DEFAULT_REGION);
    },
    () => i18n.need('errors'),
  );
}


/** Call and WhatsApp links; a number that cannot be dialled (a placeholder, a typo) is shown as text only. */
export function phoneLinks(t: TFunction, phone?: string, whatsapp?: string): TemplateResult {
  // The link says what it does and the number ("Telepon 129"); the contact's name is right above it.
  const link = (href: string | undefined, key: string, number: string, wa: boolean) =>
    href
      ? html`<a class=${key} href=${href} target=${wa ? '_blank' : nothing} rel=${wa ? 'noopener noreferrer' : nothing}
          >${t(`contacts:${key}`, { number })}</a
        >`
      : html`<span class="num">${t(`contacts:${key}Plain`, { number })}</span>`;
  return html`<span class="links">
    ${phone ? link(telHref(phone), 'call', phone, false) : nothing}
    ${whatsapp ? link(waHref(whatsapp), 'whatsapp', whatsapp, true) : nothing}
  </span>`;
}

/** One of the national numbers, named in the UI language (shown even when no region pack could be loaded). */
export function nationalContact(t: TFunction, id: NationalId): TemplateResult {
  const n: { phone: string; whatsapp?: string } = NATIONAL[id];
  return html`<li class="contact" data-contact=${id}>
    <span class="name">${t(`contacts:national.${id}`)}</span>
    ${phoneLinks(t, n.phone, n.whatsapp)}
  </li>`;
}

export function regionContact(t: TFunction, c: RegionContact): TemplateResult {
  const web = c.url ? safeHref(c.url) : undefined;
  return html`<li class="contact" data-contact=${c.id}>
    <span class="name">${c.name}</span>
    ${c.notes ? html`<span class="notes">${c.notes}</span>` : nothing}
    ${phoneLinks(t, c.phone, c.whatsapp)}
    ${c.address ? html`<span class="meta">${t('contacts:address', { address: c.address })}</span>` : nothing}
    ${c.hours ? html`<span class="meta">${t('contacts:hours', { hours: c.hours })}</span>` : nothing}
    ${web?.startsWith('http')
      ? html`<a class="web" href=${web} target="_blank" rel="noopener noreferrer">${t('contacts:web')}</a>`
      : nothing}
  </li>`;
}

/** The clear, localized error for a region pack that cannot be used, naming the JSON paths. */
export function regionErrorView(t: TFunction, problems: readonly PackProblem[]): TemplateResult {
  // Not an alert: the national numbers below still work, so nothing is urgent for the visitor.
  return html`<div class="alert" role="status" part="feedback">
    <p><strong>${t('contacts:regionError')}</strong></p>
    ${adminDetails(t, t('errors:title'), problems, 3)}
  </div>`;
}

/** "Last checked: 31 Januari 2026" in the reader's language (the date is valid: the validator checked it). */
export function verifiedText(t: TFunction, region: RegionPack, lang: Lang): string {
  // A YYYY-MM-DD string is read as midnight UTC, so format it in UTC too.
  const date = new Date(region.lastVerified).toLocaleDateString(lang === 'en' ? 'en-GB' : lang, { dateStyle: 'long', timeZone: 'UTC' });
  return t('contacts:lastVerified', { date });
}
