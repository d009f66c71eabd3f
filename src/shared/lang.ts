import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TFunction } from 'i18next';
import type { Lang } from '../core/types.js';
import { hasNamespaces, loadNamespaces, translator } from './i18n.js';

/** Maps any BCP 47 tag to a language the library speaks; anything else falls back to Indonesian. */
export function normalizeLang(tag: string | null | undefined): Lang {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'en') return 'en';
  if (primary === 'jv' || primary === 'jw') return 'jv';
  return 'id';
}

/** `lang` of the element, else of the nearest ancestor (crossing shadow roots), else Indonesian. */
export function resolveLang(el: Element): Lang {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return normalizeLang(node.getAttribute('lang'));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'id';
}

// One observer for the document and one for each shadow root an element sits in (an observer cannot see into
// shadow roots): any `lang` change on the way up from any element re-resolves every connected controller.
const controllers = new Set<LangController>();
const watched = new WeakSet<Node>();
let observer: MutationObserver | undefined;
/** Re-resolves the language of every connected element (a `lang` changed where no observer can see). */
export function refreshLanguages(): void {
  controllers.forEach((x) => x.refresh());
}
function watch(c: LangController, el: Element): void {
  controllers.add(c);
  observer ??= new MutationObserver(refreshLanguages);
  for (let root = el.getRootNode(); !watched.has(root); root = (root as ShadowRoot).host.getRootNode()) {
    watched.add(root);
    observer.observe(root instanceof Document ? root.documentElement : root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    if (!(root instanceof ShadowRoot)) break;
  }
}

/**
 * Resolves the element's language, loads its i18next namespaces lazily and re-renders the host when either
 * changes. `t` is always usable: before the locale arrives it returns the key's fallback text.
 */
export class LangController implements ReactiveController {
  lang: Lang = 'id';
  /** True once the namespaces for `lang` are loaded. */
  ready = false;
  /** Set when even the Indonesian strings could not be loaded (offline and not cached). */
  failed = false;
  t: TFunction;
  private loadId = 0;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private namespaces: readonly string[],
    private readonly onChange?: (lang: Lang) => void,
  ) {
    this.t = translator('id', namespaces[0]);
    host.addController(this);
  }

  hostConnected(): void {
    watch(this, this.host);
    this.refresh(true);
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /**
   * Adds a namespace only some states need (e.g. `errors`, shown only when a pack is bad), so a first visit does
   * not download it. Resolves once it is loaded for the current language.
   */
  need(ns: string): Promise<void> {
    if (!this.namespaces.includes(ns)) {
      this.namespaces = [...this.namespaces, ns];
      return this.refresh(true);
    }
    return this.loading;
  }

  private loading: Promise<void> = Promise.resolve();

  refresh(force = false): Promise<void> {
    const lang = resolveLang(this.host);
    if (!force && lang === this.lang) return this.loading;
    const changed = lang !== this.lang;
    this.lang = lang;
    const id = ++this.loadId;
    // Strings that ship with the element (the default language, inlined by the build): ready before the first
    // render, so it draws the content at once instead of a busy box and then the content.
    if (hasNamespaces(lang, this.namespaces)) {
      this.t = translator(lang, this.namespaces[0]);
      this.ready = true;
      this.failed = false;
      this.host.requestUpdate();
      if (changed) this.onChange?.(lang);
      return (this.loading = Promise.resolve());
    }
    this.loading = loadNamespaces(lang, this.namespaces).then(
      () => {
        if (id !== this.loadId) return;
        this.t = translator(lang, this.namespaces[0]);
        this.ready = true;
        this.failed = false;
        this.host.requestUpdate();
      },
      () => {
        if (id !== this.loadId) return;
        this.failed = true;
        this.host.requestUpdate();
      },
    );
    if (changed) this.onChange?.(lang);
    return this.loading;
  }
}
