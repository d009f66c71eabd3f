import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Pack, PackKind } from '../core/types.js';
import { AnnounceController } from './announce.js';
import { AmanElement } from './base.js';
import { PackController, type PackSource } from './pack.js';
import { packErrorView, reportPackError } from './ui.js';

/**
 * The base of every element that shows a content pack: it owns the common pack attributes (`src`, `pack`,
 * `packData`, an inline `<script type="application/json">` child), the pack controller, the live region, and the
 * one render path: strings loading → pack loading → a visible, localized error with "try again" when the network
 * failed (and `aman-error`) → the subclass's `renderPack()`. A later good pack replaces an error; nothing is lost.
 */
export abstract class AmanPackElement<P extends Pack> extends AmanElement {
  static override properties: PropertyDeclarations = {
    src: { type: String },
    pack: { type: String },
    packData: { attribute: false },
    externalSrc: { type: Boolean, attribute: 'external-src' },
  };

  /** The base's own words (loading, try again) come from `common`, whatever the element's namespaces. */
  static override get loadedNamespaces(): readonly string[] {
    return [...new Set([...this.namespaces, 'common'])];
  }

  /** The kind of pack the element shows (schemas/kinds.json); its default pack comes from the registry. */
  static kind: PackKind;

  /** URL of a content pack (JSON); `{lang}` in it is replaced by the resolved language. Untrusted: validated first. */
  declare src: string | null;
  /** Id of a built-in pack; anything the build does not ship is refused. Neither: the element's default pack. */
  declare pack: string | null;
  /** A pack object set from script; takes precedence over an inline JSON child, `src` and `pack`. Validated first. */
  declare packData: unknown;
  /** Allows `src` (and `region-src`) on another origin, which then learns who reads the pack. Off by default. */
  declare externalSrc: boolean;

  /** The pack, its state and its problems. */
  protected readonly content: PackController<P> = new PackController<P>(
    this,
    (this.constructor as typeof AmanPackElement).kind,
    () => this.packSource,
    () => this.i18n.lang,
    (c) => void this.#settled(c),
    () => this.i18n.need('errors'),
  );
  /** The polite live region and focus after render. */
  protected readonly live = new AnnounceController(this);

  constructor() {
    super();
    this.src = null;
    this.pack = null;
    this.packData = undefined;
    this.externalSrc = false;
  }

  /** Where the pack comes from; a subclass with a second pack narrows what the loader may read. */
  protected get packSource(): PackSource {
    return { data: this.packData, src: this.src, pack: this.pack, external: this.externalSrc };
  }

  async #settled(c: PackController<P>): Promise<void> {
    if (c.state === 'error') {
      await this.updateComplete; // the event comes once the error is on screen
      if (c.state === 'error') reportPackError(this, c, this.i18n.t, this.packSource, '');
      return;
    }
    // The one line that says the pack is in another language needs the `common` words (not every element has them).
    if (this.contentLang) void this.i18n.need('common');
    await this.packReady(c.pack!);
  }

  /** The language of the pack's text when it differs from the UI's (to mark it with `lang`), else undefined. */
  protected get contentLang(): string | undefined {
    const l = this.content.contentLang ?? this.content.pack?.lang;
    return l && l !== this.i18n.lang ? l : undefined;
  }

  /** One line when the pack is not in the page's language (a built-in pack without that language yet, or `src`). */
  protected renderPackLanguage(): unknown {
    const other = this.content.state === 'ready' && this.contentLang;
    const t = this.i18n.t;
    return other
      ? html`<p part="pack-lang">${t('common:packLanguage', { pageLang: t(`common:languages.${this.i18n.lang}`), lang: t(`common:languages.${other}`) })}</p>`
      : nothing;
  }

  /** Where the keyboard goes once a pack arrives after "try again": the element's first heading or question. */
  protected contentFocus = '.prompt';

  /** Runs when a valid pack arrives (restore progress, start afresh). */
  protected packReady(_pack: P): void | Promise<void> {}

  /** Shows a valid pack. */
  protected abstract renderPack(pack: P): unknown;

  /** Above the content in every state (the report guide's quick exit). */
  protected renderTop(): unknown {
    return nothing;
  }

  /** The error of a pack that cannot be used; "try again" only where trying again can help (the network). */
  protected renderError(): unknown {
    const c = this.content;
    const retry = (): void => {
      c.reload();
      // The pressed button goes away: the keyboard waits for the content (or the new error), not on `<body>`.
      this.live.focusAfterRender(`[data-action=retry], ${this.contentFocus}`);
    };
    return packErrorView(this.i18n.t, c.problems, c.problems.some((p) => p.key === 'loadFailed') ? retry : undefined);
  }

  protected override render(): TemplateResult {
    const c = this.content;
    if (this.waitingForWords) return html`<div part="base">${this.renderTop()}<p aria-busy="true"></p></div>`;
    const body =
      c.state === 'ready'
        ? this.renderPack(c.pack!)
        : c.state === 'error'
          ? this.renderError()
          : html`<p role="status" aria-busy="true">${this.i18n.t('common:loading')}</p>`;
    // The base carries the UI language; pack text in another language is marked where it is shown (`contentLang`).
    return html`<div part="base" lang=${this.i18n.lang}>
      ${this.renderTop()} ${this.renderPackLanguage()} ${body} ${this.live.render()}
    </div>`;
  }
}
