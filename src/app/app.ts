/**
 * The standalone app (dist/index.html): a hub listing every element of the build with its built-in packs, a
 * language switch, and a stage that shows one element on this screen or full screen for a projector.
 *
 * Plain DOM on purpose: the hub must render under the strict CSP (no inline code, Trusted Types required), so it
 * never assigns HTML — only `textContent` and attributes. Each element's module is imported when it is first
 * opened; every file is precached by the service worker, so the hub works the same offline.
 * State lives in the URL hash (`#lang=en&open=aman-quiz&pack=…&scale=projector`), so a reload — or a reopened
 * installed app — comes back to the same screen.
 *
 * History: the app never adds an entry to the browser's history. Every move inside it (open, back to the list,
 * language, projector) replaces the current entry, so the whole app is one entry, and the quick exit — which
 * replaces the current entry with a neutral page — leaves nothing of Aman behind it: Back goes to the page before
 * Aman (or nowhere), Forward has nothing. Going back over Aman's own entries at exit time instead would need a
 * same-document traversal to finish before the replace, and would leave the app's later entries under Forward.
 * The price: the browser's Back does not return from an element to the list; the "back to the list" button does.
 */

type Lang = 'id' | 'en' | 'jv';
const LANGS: readonly Lang[] = ['id', 'en', 'jv'];
const STORE_KEY = 'aman:app:lang';

interface PackInfo {
  id: string;
  titles: Partial<Record<Lang, string>>;
}
interface ElementInfo {
  tag: string;
  /** Pack kind the element reads through `pack`; absent for elements without packs. */
  kind?: string;
  summary?: string;
}
interface AppData {
  version: string;
  build: string;
  elements: ElementInfo[];
  packs: Record<string, PackInfo[]>;
}
type Strings = { [key: string]: string | Strings };
interface Route {
  open?: string;
  pack?: string;
  projector: boolean;
}

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;
const base = new URL('./', import.meta.url);

let data: AppData = { version: '', build: '', elements: [], packs: {} };
let lang: Lang = 'id';
const strings: Partial<Record<Lang, Strings>> = {};

// --- strings ------------------------------------------------------------------------------------------------------

async function loadStrings(l: Lang): Promise<void> {
  if (strings[l]) return;
  try {
    const res = await fetch(new URL(`locales/${l}/app.json`, base));
    if (res.ok) strings[l] = (await res.json()) as Strings;
  } catch {
    /* not cached and offline: the Indonesian text in the page stays */
  }
}

function lookup(s: Strings | undefined, key: string): string | undefined {
  let node: string | Strings | undefined = s;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** The string for `key` in the current language, else Indonesian, else `fallback`. */
function t(key: string, vars: Record<string, string> = {}, fallback = ''): string {
  const raw = lookup(strings[lang], key) ?? lookup(strings.id, key) ?? fallback;
  return raw.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => vars[k] ?? '');
}

// --- routing ------------------------------------------------------------------------------------------------------

function readRoute(): Route & { lang?: Lang } {
  const q = new URLSearchParams(location.hash.slice(1));
  const l = q.get('lang');
  return {
    lang: LANGS.includes(l as Lang) ? (l as Lang) : undefined,
    open: q.get('open') ?? undefined,
    pack: q.get('pack') ?? undefined,
    projector: q.get('scale') === 'projector',
  };
}

function hashFor(r: Route): string {
  const q = new URLSearchParams({ lang });
  if (r.open) q.set('open', r.open);
  if (r.open && r.pack) q.set('pack', r.pack);
  if (r.open && r.projector) q.set('scale', 'projector');
  return `#${q}`;
}

// --- language -----------------------------------------------------------------------------------------------------

function storedLang(): Lang | undefined {
  try {
    const v = localStorage.getItem(STORE_KEY);
    return LANGS.includes(v as Lang) ? (v as Lang) : undefined;
  } catch {
    return undefined;
  }
}

async function setLang(l: Lang, remember: boolean): Promise<void> {
  lang = l;
  // Every Aman element follows the nearest `lang`: changing the page's switches them all.
  document.documentElement.lang = l;
  if (remember) {
    try {
      localStorage.setItem(STORE_KEY, l);
    } catch {
      /* storage unavailable: the choice lasts for this visit */
    }
    history.replaceState(history.state, '', hashFor(readRoute()));
  }
  await Promise.all([loadStrings(l), loadStrings('id')]);
  if (lang !== l) return;
  // The header's buttons, and the copy the stage carries into full screen (`data-stage-lang`).
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-lang], [data-stage-lang]')) {
    b.setAttribute('aria-pressed', String((b.dataset.lang ?? b.dataset.stageLang) === l));
  }
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const text = t(node.dataset.i18n!);
    if (text) node.textContent = text;
  }
  renderCards();
  renderStageChrome();
  $('version').textContent = t('version', { version: data.version, build: data.build }, `${data.version} (${data.build})`);
}

// --- the hub ------------------------------------------------------------------------------------------------------

const nameOf = (tag: string): string => t(`elements.${tag}.name`, {}, tag);

/** A pack's title in the page's language, else Indonesian, else its first; with the language it is written in. */
function packTitle(p: PackInfo): [title: string, lang: string] {
  const l = p.titles[lang] !== undefined ? lang : p.titles.id !== undefined ? 'id' : Object.keys(p.titles)[0];
  return l ? [p.titles[l as keyof typeof p.titles]!, l] : [p.id, lang];
}

const selectedPacks = new Map<string, string>();

function renderCards(): void {
  const list = $('elements');
  const items: HTMLElement[] = [];
  for (const el of data.elements) {
    const li = document.createElement('li');
    li.className = 'card';
    li.dataset.tag = el.tag;
    const h = document.createElement('h2');
    h.id = `name-${el.tag}`;
    h.textContent = nameOf(el.tag);
    const p = document.createElement('p');
    p.textContent = t(`elements.${el.tag}.summary`, {}, el.summary ?? '');
    li.append(h, p);

    const packs = el.kind ? (data.packs[el.kind] ?? []) : [];
    if (packs.length > 1) {
      const label = document.createElement('label');
      const select = document.createElement('select');
      select.id = `pack-${el.tag}`;
      select.dataset.role = 'pack';
      label.htmlFor = select.id;
      label.textContent = t('pack');
      for (const pk of packs) {
        const [title, l] = packTitle(pk);
        const o = new Option(title, pk.id);
        if (l !== lang) o.lang = l; // a fallback title is read in its own language (WCAG 3.1.2)
        select.append(o);
      }
      select.value = selectedPacks.get(el.tag) ?? packs[0]!.id;
      select.addEventListener('change', () => selectedPacks.set(el.tag, select.value));
      const field = document.createElement('div');
      field.className = 'field';
      field.append(label, select);
      li.append(field);
    }

    const row = document.createElement('div');
    row.className = 'row';
    const open = button(t('open'), 'open', true);
    const proj = button(t('openProjector'), 'projector', false);
    for (const b of [open, proj]) b.setAttribute('aria-describedby', h.id);
    const chosen = (): string | undefined => (packs.length > 1 ? selectedPacks.get(el.tag) ?? packs[0]!.id : undefined);
    open.addEventListener('click', () => go({ open: el.tag, pack: chosen(), projector: false }));
    proj.addEventListener('click', () => {
      void enterFullscreen(); // must be called in the click itself (a user gesture)
      go({ open: el.tag, pack: chosen(), projector: true });
    });
    row.append(open, proj);
    li.append(row);
    items.push(li);
  }
  list.replaceChildren(...items);
}

function button(text: string, action: string, primary: boolean): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.dataset.action = action;
  if (primary) b.dataset.variant = 'primary';
  return b;
}

// --- the stage ----------------------------------------------------------------------------------------------------

let shown: { tag: string; pack?: string; projector: boolean } | undefined;
let lastOpener: string | undefined;

/** Moves inside the app without a new history entry (see the history note at the top). */
function go(r: Route, opener = r.open): void {
  lastOpener = opener;
  history.replaceState(history.state, '', hashFor(r));
  void route();
}

async function enterFullscreen(): Promise<void> {
  try {
    await $('stage').requestFullscreen();
  } catch {
    /* refused (no gesture, an iframe without allowfullscreen): the stage still fills the window */
  }
}

/** Screens whose title would tell someone checking the phone's history that help with abuse was looked up. */
const NEUTRAL_TITLE = new Set(['aman-report-guide', 'aman-help-card']);

function renderStageChrome(): void {
  // A toggle button: one fixed name, its state in aria-pressed (never "Exit full screen, pressed").
  const fs = $('fullscreen');
  fs.textContent = t('fullscreen');
  fs.setAttribute('aria-pressed', String(!!document.fullscreenElement));
  if (shown) {
    $('stage-title').textContent = nameOf(shown.tag);
    // History and the tab list keep the title: the screens about reporting abuse get a neutral one.
    document.title = NEUTRAL_TITLE.has(shown.tag) ? t('neutralTitle') : `${nameOf(shown.tag)} — Aman`;
  } else document.title = `Aman — ${t('tagline')}`;
}

async function importElement(tag: string): Promise<void> {
  if (customElements.get(tag)) return;
  await import(new URL(`elements/${tag}.js`, base).href);
}

async function route(): Promise<void> {
  const r = readRoute();
  if (r.lang && r.lang !== lang) await setLang(r.lang, true);
  const known = data.elements.find((e) => e.tag === r.open);
  const hub = $('hub');
  const stage = $('stage');
  // The app's own quick exit bar steps aside for elements that bring their own (the guide's is sticky inside it).
  document.body.dataset.screen = known ? known.tag : 'hub';
  $('help').hidden = !!known;
  placeOffline(!!known);
  if (!known) {
    const wasShown = shown;
    shown = undefined;
    stage.hidden = true;
    hub.hidden = false;
    $('stage-body').replaceChildren();
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    renderStageChrome();
    if (wasShown) {
      const opener =
        lastOpener === 'help'
          ? $('help-guide')
          : document.querySelector<HTMLElement>(`[data-tag="${lastOpener ?? wasShown.tag}"] [data-action="open"]`);
      opener?.focus();
    }
    return;
  }
  const same = shown && shown.tag === r.open && shown.pack === r.pack;
  shown = { tag: known.tag, pack: r.pack, projector: r.projector };
  hub.hidden = true;
  stage.hidden = false;
  stage.classList.toggle('projector', r.projector);
  $<HTMLInputElement>('projector').checked = r.projector;
  renderStageChrome();
  const body = $('stage-body');
  if (same && body.firstElementChild) {
    setScale(body.firstElementChild, r.projector);
    return;
  }
  body.replaceChildren();
  $('stage-title').focus();
  try {
    const tags = known.tag === 'aman-presenter' ? [known.tag, 'aman-quiz'] : [known.tag];
    await Promise.all(tags.map(importElement));
  } catch {
    const p = document.createElement('p');
    p.className = 'alert';
    p.setAttribute('role', 'alert');
    p.textContent = t('loadFailed');
    body.replaceChildren(p);
    return;
  }
  if (shown?.tag !== known.tag) return; // the user moved on while the module loaded
  const el = document.createElement(known.tag);
  if (r.pack && known.kind) el.setAttribute('pack', r.pack);
  // The presenter wraps another element; the hub gives it the default quiz.
  if (known.tag === 'aman-presenter') el.append(document.createElement('aman-quiz'));
  // Opened for a projector, the stigma module is a village session: no devices in the room, hands counted.
  if (known.tag === 'aman-stigma-module' && r.projector) el.setAttribute('mode', 'facilitator');
  setScale(el, r.projector);
  body.replaceChildren(el);
}

/**
 * The offline status sits right under the help entry on the list (not a phone's length down), and at the end of
 * the page while an element is shown, so that a message appearing there never pushes what someone is reading.
 */
function placeOffline(onStage: boolean): void {
  const status = document.querySelector('aman-offline');
  const anchor = onStage ? $('stage') : $('help');
  if (status && anchor.nextElementSibling !== status) anchor.after(status);
}

/**
 * On the list, the one-time "ready to use without internet" message floats at the bottom of the screen instead of
 * pushing the list down under someone's finger a few seconds after the page opened (issue 8: layout shift); the
 * messages that need acting on (offline, an update) stay in the page.
 */
function floatReadyMessage(status: Element): void {
  status.addEventListener('aman-offline-status', (e) => {
    const s = (e as CustomEvent<{ support: string; ready: boolean; updateWaiting: boolean; online: boolean }>).detail;
    const problem = ['unsupported', 'insecure', 'blocked', 'failed'].includes(s.support);
    const float = s.ready && s.online && !s.updateWaiting && !problem;
    status.toggleAttribute('data-float', float);
    // Its gap below only while it shows something in the page: an empty status takes no room.
    status.toggleAttribute('data-message', !float && (s.ready || !s.online || s.updateWaiting || problem));
  });
}

function setScale(el: Element, projector: boolean): void {
  const targets = [el, ...el.querySelectorAll('*')].filter((x) => x.localName.startsWith('aman-'));
  for (const x of targets) {
    if (projector) x.setAttribute('scale', 'projector');
    else x.removeAttribute('scale');
  }
}

// --- start --------------------------------------------------------------------------------------------------------

async function start(): Promise<void> {
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-lang], [data-stage-lang]')) {
    b.addEventListener('click', () => void setLang((b.dataset.lang ?? b.dataset.stageLang) as Lang, true));
  }
  $('back').addEventListener('click', () => go({ projector: false }, lastOpener));
  $('help-guide').addEventListener('click', () => go({ open: 'aman-report-guide', projector: false }, 'help'));
  const status = document.querySelector('aman-offline');
  if (status) floatReadyMessage(status);
  // The skip link moves focus without a `#main` entry in the history (and without losing the route).
  document.querySelector('.skip')?.addEventListener('click', (e) => {
    e.preventDefault();
    $('main').focus();
  });
  $('projector').addEventListener('change', (e) => {
    if (!shown) return;
    const projector = (e.target as HTMLInputElement).checked;
    history.replaceState(history.state, '', hashFor({ open: shown.tag, pack: shown.pack, projector }));
    void route();
  });
  $('fullscreen').addEventListener('click', () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    else void enterFullscreen();
  });
  document.addEventListener('fullscreenchange', renderStageChrome);
  window.addEventListener('hashchange', () => void route());

  try {
    const res = await fetch(new URL('app-data.json', base));
    if (res.ok) data = (await res.json()) as AppData;
  } catch {
    /* offline before the first visit finished: an empty list, and <aman-offline> says why */
  }
  $('help-guide').hidden = !data.elements.some((e) => e.tag === 'aman-report-guide');
  const r = readRoute();
  await setLang(r.lang ?? storedLang() ?? 'id', false);
  await route();
  document.documentElement.dataset.ready = 'true';
}

void start();
