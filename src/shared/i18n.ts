import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import type { Lang } from '../core/types.js';
import { assetUrl } from './assets.js';

/**
 * The library's one i18next instance. It is created with `createInstance()` so the host page's own i18next
 * (if any) is never touched, and it loads `locales/<lng>/<ns>.json` lazily: an element asks only for the
 * namespaces it renders. Indonesian is the fallback for every missing key, so no string is ever blank.
 */
export const i18n: I18n = i18next.createInstance();

const ready = i18n.init({
  lng: 'id',
  fallbackLng: 'id',
  supportedLngs: ['id', 'en', 'jv'],
  ns: [],
  defaultNS: false,
  interpolation: { escapeValue: false }, // Lit escapes; i18next must not double-escape.
  returnNull: false,
  initAsync: false,
  resources: {},
} as Parameters<I18n['init']>[0]);

const loading = new Map<string, Promise<void>>();

/** Locale data registered by a bundle that inlines it (the single-file build); checked before any fetch. */
const inlined: Record<string, Record<string, unknown>> = {};
export function registerLocale(lng: Lang, ns: string, data: Record<string, unknown>): void {
  inlined[`${lng}/${ns}`] = data;
  i18n.addResourceBundle(lng, ns, data, true, true);
}

function loadOne(lng: Lang, ns: string): Promise<void> {
  const key = `${lng}/${ns}`;
  let p = loading.get(key);
  if (!p) {
    p = (async () => {
      await ready;
      if (inlined[key] || i18n.hasResourceBundle(lng, ns)) return;
      try {
        const res = await fetch(assetUrl(`locales/${lng}/${ns}.json`));
        if (!res.ok) throw new Error(String(res.status));
        i18n.addResourceBundle(lng, ns, await res.json(), true, true);
      } catch (err) {
        loading.delete(key); // allow a later retry (e.g. when the connection comes back)
        if (lng === 'id') throw err; // no fallback left: the caller shows a plain error
      }
    })();
    loading.set(key, p);
  }
  return p;
}

/** True when the namespaces for `lng` and its Indonesian fallback are all here already (inlined or loaded). */
export function hasNamespaces(lng: Lang, namespaces: readonly string[]): boolean {
  return (lng === 'id' ? ['id'] : [lng, 'id']).every((l) => namespaces.every((ns) => i18n.hasResourceBundle(l, ns)));
}

/** Loads the namespaces for `lng` and for the Indonesian fallback. */
export async function loadNamespaces(lng: Lang, namespaces: readonly string[]): Promise<void> {
  const langs: Lang[] = lng === 'id' ? ['id'] : [lng, 'id'];
  await Promise.all(langs.flatMap((l) => namespaces.map((ns) => loadOne(l, ns))));
}

export function translator(lng: Lang, ns: string): TFunction {
  return i18n.getFixedT(lng, ns);
}
