import type { i18n as I18n, TFunction } from 'i18next';
import type { Lang } from '../core/types.js';
import { assetUrl } from './assets.js';

/**
 * The library's UI strings: `locales/<lng>/<ns>.json`, Indonesian (the default and the fallback of every missing
 * key) shipped inside the chunks that show them, the other languages fetched lazily per namespace.
 *
 * The library's one i18next instance (created with `createInstance()`, so a host page's own i18next is never
 * touched) is loaded the first time an element needs a language other than Indonesian. Until then, the Indonesian
 * strings the elements carry are looked up by `indonesian()` below, which does the part of i18next's work those
 * strings use — a `ns:` prefix, dotted keys, `{{name}}` values, `_zero`/plural-form keys by `count` and
 * `defaultValue` — and nothing else; test/shared/i18n.test.ts holds it to i18next's own output for every
 * Indonesian string in every namespace. That keeps i18next's 16 KB off an Indonesian page (issue 8: a cold
 * one-quiz page within 36 KB), and an English or Javanese page gets the whole of i18next, as before.
 */
type Bundle = Record<string, unknown>;

const bundles = new Map<string, Bundle>();
const loading = new Map<string, Promise<void>>();
let i18n: I18n | undefined;
let engine: Promise<I18n> | undefined;

/** The library's i18next settings (also what test/shared/i18n.test.ts holds the Indonesian lookup to). */
export const I18NEXT_OPTIONS = {
  lng: 'id',
  fallbackLng: 'id',
  supportedLngs: ['id', 'en', 'jv'],
  ns: [],
  defaultNS: false,
  interpolation: { escapeValue: false }, // Lit escapes; i18next must not double-escape.
  returnNull: false,
  initAsync: false,
  resources: {},
} as Parameters<I18n['init']>[0];

/** i18next, loaded once, given every bundle registered or fetched so far. */
function loadEngine(): Promise<I18n> {
  engine ??= import('i18next').then(({ default: i18next }) => {
    const instance = i18next.createInstance();
    void instance.init(I18NEXT_OPTIONS);
    for (const [key, data] of bundles) {
      const [lng, ns] = key.split('/');
      instance.addResourceBundle(lng, ns, data, true, true);
    }
    return (i18n = instance);
  });
  return engine;
}

function add(lng: Lang, ns: string, data: Bundle): void {
  const key = `${lng}/${ns}`;
  bundles.set(key, { ...bundles.get(key), ...data });
  i18n?.addResourceBundle(lng, ns, data, true, true);
}

/** Locale data shipped inside a chunk (the default language) or a bundle that inlines it; checked before any fetch. */
export function registerLocale(lng: Lang, ns: string, data: Bundle): void {
  add(lng, ns, data);
}

function loadOne(lng: Lang, ns: string): Promise<void> {
  const key = `${lng}/${ns}`;
  let p = loading.get(key);
  if (!p) {
    p = (async () => {
      if (bundles.has(key)) return;
      try {
        const res = await fetch(assetUrl(`locales/${lng}/${ns}.json`));
        if (!res.ok) throw new Error(String(res.status));
        add(lng, ns, (await res.json()) as Bundle);
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
  if (lng !== 'id' && !i18n) return false;
  return (lng === 'id' ? ['id'] : [lng, 'id']).every((l) => namespaces.every((ns) => bundles.has(`${l}/${ns}`)));
}

/** Loads the namespaces for `lng` and for the Indonesian fallback (and i18next, for a language other than Indonesian). */
export async function loadNamespaces(lng: Lang, namespaces: readonly string[]): Promise<void> {
  const langs: Lang[] = lng === 'id' ? ['id'] : [lng, 'id'];
  await Promise.all([...(lng === 'id' ? [] : [loadEngine()]), ...langs.flatMap((l) => namespaces.map((ns) => loadOne(l, ns)))]);
}

export function translator(lng: Lang, ns: string): TFunction {
  if (i18n) return i18n.getFixedT(lng, ns);
  // Until i18next is here (loadNamespaces() brings it for another language), the strings are Indonesian: the
  // fallback a missing translation gets anyway. Once it is, this translator hands over to it, as a fixed `t` of
  // i18next's own reads the store when called, not when made.
  let fixed: TFunction | undefined;
  return ((key: string, options?: Record<string, unknown>) =>
    (fixed ??= i18n?.getFixedT(lng, ns)) ? fixed(key, options as never) : indonesian(ns, key, options)) as unknown as TFunction;
}

const plural = new Intl.PluralRules('id');

/** An Indonesian string as i18next would give it (see the comment at the top); the key itself when there is none. */
function indonesian(defaultNs: string, fullKey: string, options: Record<string, unknown> = {}): string {
  const at = fullKey.indexOf(':');
  const ns = at > 0 ? fullKey.slice(0, at) : defaultNs;
  const key = at > 0 ? fullKey.slice(at + 1) : fullKey;
  const find = (k: string): unknown => k.split('.').reduce<unknown>((o, part) => (o as Bundle | undefined)?.[part], bundles.get(`id/${ns}`));
  const count = options.count;
  let text: unknown;
  if (typeof count === 'number') {
    if (count === 0) text = find(`${key}_zero`);
    text ??= find(`${key}_${plural.select(count)}`);
  }
  text ??= find(key);
  if (typeof text !== 'string') text = options.defaultValue ?? key;
  return String(text).replace(/\{\{\s*([^{}\s]+)\s*\}\}/g, (whole, name: string) => {
    const value = options[name];
    return value === undefined ? whole : value === null ? '' : String(value);
  });
}
