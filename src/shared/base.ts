import { LitElement, html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { emit, type AmanEvents } from './events.js';
import { LangController, refreshLanguages } from './lang.js';
import { base, tokens } from './styles.js';

/**
 * The base of every Aman element (as Shoelace's `ShoelaceElement`): the reactive `lang` and `scale` that reach
 * nested elements, the one i18n controller over the namespaces the subclass names, `emit()` for the public events,
 * and the shared tokens and base styles. A subclass holds only its own domain.
 */
export class AmanElement extends LitElement {
  static override styles = [tokens, base];

  static override properties: PropertyDeclarations = {
    lang: { type: String, reflect: true },
    scale: { type: String, reflect: true },
  };

  /** Locale namespaces the element renders; the first is the default namespace of `t()`. */
  static namespaces: readonly string[] = ['common'];

  /**
   * `id` (default), `en` or `jv`; else the nearest ancestor's `lang`, also across shadow roots. Content packs
   * follow it, with Indonesian content when a language has no pack yet.
   */
  declare lang: string;
  /** `projector` for large text on a projector; every Aman element nested inside follows it. */
  declare scale: string | null;

  /** The element's strings in its resolved language (`this.i18n.lang`). */
  protected readonly i18n = new LangController(this, (this.constructor as typeof AmanElement).loadedNamespaces);

  /** What the element loads: its own namespaces, and those its base renders from. */
  static get loadedNamespaces(): readonly string[] {
    return this.namespaces;
  }

  /** Fires a public `aman-*` event (bubbling, composed). */
  protected emit<K extends keyof AmanEvents>(type: K, detail: AmanEvents[K]): void {
    emit(this, type, detail);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A `lang` inside a shadow root is invisible to the document's observer: re-resolve every element, nested ones too.
    if (changed.has('lang') && this.isConnected) refreshLanguages();
  }

  /** While the strings load: an empty, busy box (no layout shift of untranslated words). */
  protected renderBusy(): TemplateResult {
    return html`<div part="base" aria-busy="true"></div>`;
  }

  /** True while the element's strings are still on their way (they fall back to Indonesian if they fail). */
  protected get waitingForWords(): boolean {
    return !this.i18n.ready && !this.i18n.failed;
  }
}
