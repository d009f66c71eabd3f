import { html, nothing, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';
import type { Pack, PackProblem } from '../core/types.js';
import type { PackController, PackSource } from './pack.js';
import { emit } from './events.js';
import { parseInline } from '../core/markup.js';

/**
 * Renders pack text that may use the documented inline markup (`*emphasis*`, `[label](https://…)`). Every piece
 * goes through Lit's text bindings, so pack text can never become HTML; unsafe links were already turned into
 * plain text by the parser.
 */
export function inline(text: string | undefined, lang?: string): TemplateResult | typeof nothing {
  if (!text) return nothing;
  // Pack text in another language than the UI is marked, so a screen reader reads it with the right voice.
  if (lang) return html`<span lang=${lang}>${inline(text)}</span>`;
  return html`${parseInline(text).map((tok) =>
    tok.t === 'em'
      ? html`<em>${tok.v}</em>`
      : tok.t === 'link'
        ? html`<a href=${tok.href} rel="noopener noreferrer" target=${tok.href.startsWith('http') ? '_blank' : nothing}>${tok.v}</a>`
        : tok.v,
  )}`;
}

/** One localized sentence for a problem, naming where it is: `questions[2].options: at least 2 items`. */
export function problemMessage(t: TFunction, p: PackProblem): string {
  const message = t(`errors:${p.key}`, { ...p.params, defaultValue: t('errors:unknown', { key: p.key }) }) as string;
  return p.path ? (t('errors:where', { path: p.path, message }) as string) : message;
}

/**
 * The visible error for a pack that cannot be used (`role="alert"`): one calm line for the visitor, and the
 * problems with their JSON paths folded away under "details for the site admin" (they also go to `aman-error`).
 */
export function packErrorView(
  t: TFunction,
  problems: readonly PackProblem[],
  retry?: () => void,
  max = 8,
): TemplateResult {
  return html`<div class="alert" role="alert" part="feedback">
    <p><strong>${t('errors:visitor')}</strong></p>
    ${adminDetails(t, t('errors:title'), problems, max)}
    ${retry ? html`<button type="button" part="button" data-action="retry" @click=${retry}>${t('common:retry')}</button>` : nothing}
  </div>`;
}

/** What went wrong, for whoever runs the site: folded, so a visitor is not met with JSON paths. */
export function adminDetails(t: TFunction, title: string, problems: readonly PackProblem[], max = 8): TemplateResult {
  return html`<details class="admin">
    <summary>${t('errors:adminDetails')}</summary>
    <p>${title}</p>
    <ul>
      ${problems.slice(0, max).map((p) => html`<li><span>${problemMessage(t, p)}</span></li>`)}
    </ul>
    ${problems.length > max ? html`<p>${t('errors:more', { count: problems.length - max })}</p>` : nothing}
  </details>`;
}

/** Fires `aman-error` for a pack that failed, named by its id, else by where it came from. */
export function reportPackError<P extends Pack>(
  host: HTMLElement,
  c: PackController<P>,
  t: TFunction,
  s: PackSource,
  fallbackId: string,
): void {
  if (c.state !== 'error') return;
  const first = c.problems[0];
  emit(host, 'aman-error', {
    packId: c.failedId ?? s.src ?? s.pack ?? fallbackId,
    message: first ? problemMessage(t, first) : '',
    path: first?.path ?? '',
  });
}
