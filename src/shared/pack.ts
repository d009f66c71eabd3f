import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang, Pack, PackKind, PackProblem } from '../core/types.js';
import { BUILT_IN_PACKS, DEFAULT_PACKS, SCHEMA_LOADERS } from '../generated/kinds.js';
import { assetUrl } from './assets.js';
import { MAX_PACK_BYTES } from '../core/limits.js';

/** The form of a pack id (schemas/common.schema.json `packId`). */
const PACK_ID = /^[a-z0-9][a-z0-9-]*$/;

/** What an element offers as the source of its pack, in order of precedence. */
export interface PackSource {
  /** The `packData` property: a pack object set from script. */
  data?: unknown;
  /** The `src` attribute: URL of a pack; `{lang}` in it is replaced by the resolved language. */
  src?: string | null;
  /** The `pack` attribute: id of a built-in pack. */
  pack?: string | null;
  /** False when an inline JSON child belongs to another pack of the element (the report guide's region). */
  inline?: boolean;
  /** The host opted in (`external-src`) to a `src` on another origin. Without it such a `src` is refused unread. */
  external?: boolean;
}

export type PackState = 'loading' | 'error' | 'ready';

const builtIns: Record<string, unknown> = {};
/** Lets the single-file bundle register its inlined default packs so no fetch is needed. */
export function registerBuiltInPack(kind: PackKind, id: string, lang: Lang, data: unknown): void {
  builtIns[`${kind}/${id}.${lang}`] = data;
}

/** The language to show a built-in pack in: the page's when the pack exists in it, else Indonesian, else its first. */
export function packLanguage(langs: readonly Lang[], want: Lang): Lang {
  return langs.includes(want) ? want : langs.includes('id') ? 'id' : langs[0]!;
}

/** Resolves in a new task: `scheduler.yield()` where there is one, else a message to itself (never a throttled timer). */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
}

/**
 * Loads, validates and holds an element's content pack. Sources: `packData` property, an inline
 * `<script type="application/json">` child, `src`, `pack`, else the element's default built-in pack. A new source
 * or language aborts the load in flight. A pack from a page or another server is untrusted until `validatePack`
 * accepts it; problems keep their JSON paths so the element can name them, and the last good pack is not lost when
 * a later one is bad. The validator is a lazy chunk fetched in parallel with the pack: the built-in packs ship
 * inside the library and are validated when it is built (`scripts/build.mjs` fails on an invalid one), so a page
 * that shows only built-in content never downloads it.
 */
export class PackController<P extends Pack> implements ReactiveController {
  state: PackState = 'loading';
  pack?: P;
  problems: PackProblem[] = [];
  /** The URL the pack came from (resolves relative image paths); the page URL for inline packs. */
  baseUrl = document.baseURI;
  /** The pack's language differs from the UI language (e.g. Javanese UI over Indonesian content). */
  contentLang?: Lang;
  /** The `id` of the last pack that failed validation (for `aman-error`), when it had one. */
  failedId?: string;
  // ES private names (not TS `private`) so the minifier can shorten them: this code ships with every element.
  #key = '';
  #abort?: AbortController;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #kind: PackKind;
  readonly #defaultId: string;
  readonly #source: () => PackSource;
  readonly #lang: () => Lang;
  readonly #onSettled: (c: PackController<P>) => void;
  readonly #beforeError?: () => Promise<void>;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    kind: PackKind,
    source: () => PackSource,
    lang: () => Lang,
    onSettled: (c: PackController<P>) => void,
    /** Runs before an error is shown (loads its words), so an error never appears as bare keys. */
    beforeError?: () => Promise<void>,
  ) {
    this.#host = host;
    this.#kind = kind;
    this.#defaultId = DEFAULT_PACKS[kind] ?? '';
    this.#source = source;
    this.#lang = lang;
    this.#onSettled = onSettled;
    this.#beforeError = beforeError;
    host.addController(this);
  }

  hostUpdate(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#key = '';
  }

  /** Starts a load when the source or language changed since the last one. */
  sync(): void {
    const { data, src, pack, inline: useInline = true, external = false } = this.#source();
    const lang = this.#lang();
    const inline = data === undefined && useInline ? this.#inlineJson() : undefined;
    const key = JSON.stringify([data === undefined ? 0 : dataSeq(data), inline ?? null, src ?? null, pack ?? null, lang, external]);
    if (key === this.#key) return;
    this.#key = key;
    this.#abort?.abort();
    const ctl = (this.#abort = new AbortController());
    this.state = 'loading';
    this.#host.requestUpdate();
    this.#resolve(data, inline, src, pack, lang, external, ctl.signal).then(async (r) => {
      let problems = r.problems;
      if (!problems && !r.trusted) {
        // The validator and this kind's schemas, two small lazy chunks fetched side by side.
        const [{ validatePack, addKind }, schemas] = await Promise.all([import('../core/validate.js'), SCHEMA_LOADERS[this.#kind]!()]);
        addKind(this.#kind, schemas);
        const v = validatePack(r.data, this.#kind);
        if (!v.ok) problems = v.problems;
        // Checking and drawing are two tasks, not one long one: a tap in between is answered (issue 8: on a cheap
        // phone the two together blocked the page for ~150 ms).
        await nextTask();
      }
      if (problems) await this.#beforeError?.().catch(() => {});
      if (ctl.signal.aborted) return;
      this.#settle(r.data, problems, r.base, r.contentLang);
    });
  }

  /** Forces the current source to load again (the "try again" button after a network failure). */
  reload(): void {
    this.#key = '';
    this.sync();
  }

  #inlineJson(): string | undefined {
    const s = this.#host.querySelector(':scope > script[type="application/json"]');
    return s?.textContent ?? undefined;
  }

  async #resolve(
    data: unknown,
    inline: string | undefined,
    src: string | null | undefined,
    packId: string | null | undefined,
    lang: Lang,
    external: boolean,
    signal: AbortSignal,
  ): Promise<{ data?: unknown; problems?: PackProblem[]; base: string; contentLang?: Lang; trusted?: boolean }> {
    const base = document.baseURI;
    if (data === undefined && inline === undefined && src) void import('../core/validate.js'), void SCHEMA_LOADERS[this.#kind]?.(); // warm them up
    if (data !== undefined) return { data, base };
    if (inline !== undefined) {
      try {
        return { data: JSON.parse(inline), base };
      } catch (e) {
        return { problems: [{ path: '', key: 'notJson', params: { detail: String((e as Error).message) } }], base };
      }
    }
    if (src) {
      const url = new URL(src.replaceAll('{lang}', lang), base);
      // Another origin learns who reads what (and when): only on the host's explicit opt-in, never by default.
      if (url.origin !== location.origin && !external) return { problems: [{ path: '', key: 'externalSrc', params: { url: url.href } }], base };
      return { ...(await fetchJson(url.href, signal, KEPT_OFFLINE.has(this.#kind))), base: url.href };
    }
    const id = packId || this.#defaultId;
    // A built-in id names only a pack this build ships: never a path, never a file the id merely points at.
    const langs = PACK_ID.test(id) && Object.hasOwn(BUILT_IN_PACKS[this.#kind], id) ? BUILT_IN_PACKS[this.#kind][id] : undefined;
    if (!langs?.length) return { problems: [{ path: '', key: 'unknownPack', params: { id } }], base };
    // The build knows the languages of each pack: one request, for a file that exists (Javanese UI over Indonesian
    // content when there is no Javanese pack yet; the element says so).
    const l = packLanguage(langs, lang);
    const inlined = builtIns[`${this.#kind}/${id}.${l}`];
    const url = assetUrl(`content/${this.#kind}/${id}.${l}.json`);
    const r = inlined !== undefined ? { data: inlined } : await fetchJson(url, signal, KEPT_OFFLINE.has(this.#kind));
    return r.data !== undefined ? { ...r, base: url, contentLang: l, trusted: true } : { ...r, base };
  }

  #settle(data: unknown, problems: PackProblem[] | undefined, base: string, contentLang?: Lang): void {
    if (problems) {
      // The previous good pack stays in `pack` (nothing is lost), but the element shows the error.
      this.problems = problems;
      this.failedId = typeof (data as { id?: unknown })?.id === 'string' ? (data as { id: string }).id : undefined;
      this.state = 'error';
    } else {
      this.pack = data as P;
      this.problems = [];
      this.baseUrl = base;
      this.contentLang = contentLang;
      this.state = 'ready';
    }
    this.#host.requestUpdate();
    this.#onSettled(this);
  }
}

// Identity of a `packData` object, so assigning a new object reloads but re-renders do not.
const seq = new WeakMap<object, number>();
let counter = 0;
function dataSeq(data: unknown): number {
  if (typeof data !== 'object' || data === null) return -1;
  let n = seq.get(data);
  if (n === undefined) seq.set(data, (n = ++counter));
  return n;
}

/**
 * Kinds whose packs Aman's service worker may keep for offline use. Not the report guide's nor the region packs: a
 * dated copy of them on the device would tell someone checking the phone that help was looked for.
 */
const KEPT_OFFLINE = new Set<string>(['quiz', 'lesson', 'stigma', 'procedure-training', 'collaboration-check']);

/**
 * Fetches and parses a pack, reading at most MAX_PACK_BYTES: a bigger body (announced or streamed) is aborted
 * unread, so a huge pack never reaches JSON.parse or the renderer. `keep`: mark the request `X-Aman-Pack: keep`,
 * the one sign the worker (scripts/sw/aman-sw.js) keeps a pack by — same-origin requests only: the header is for
 * the worker, and would cost a cross-origin request a CORS preflight.
 */
async function fetchJson(url: string, signal: AbortSignal, keep: boolean): Promise<{ data?: unknown; problems?: PackProblem[] }> {
  const fail = (key: string, params: Record<string, string | number>) => ({ problems: [{ path: '', key, params }] });
  let text = '';
  try {
    const headers: Record<string, string> = keep && new URL(url).origin === location.origin ? { 'x-aman-pack': 'keep' } : {};
    const res = await fetch(url, { signal, credentials: 'same-origin', headers, referrerPolicy: 'no-referrer' });
    // A redirect to another origin is not followed into the page: its answer is never read.
    if (new URL(res.url || url).origin !== new URL(url).origin) return void res.body?.cancel(), fail('redirected', { url, to: new URL(res.url).origin });
    if (!res.ok) return fail('loadFailed', { url, status: res.status });
    const tooLarge = fail('tooLarge', { url, limit: MAX_PACK_BYTES / 1048576 });
    if (Number(res.headers.get('content-length')) > MAX_PACK_BYTES) return void res.body?.cancel(), tooLarge;
    const reader = res.body?.getReader();
    const parts: Uint8Array[] = [];
    let n = 0;
    for (let c; reader && !(c = await reader.read()).done; ) {
      if ((n += c.value.length) > MAX_PACK_BYTES) return void reader.cancel(), tooLarge;
      parts.push(c.value);
    }
    text = await new Blob(parts as BlobPart[]).text();
  } catch {
    return signal.aborted ? {} : fail('loadFailed', { url, status: 0 });
  }
  try {
    return { data: JSON.parse(text) };
  } catch (e) {
    return fail('notJson', { detail: String((e as Error).message) });
  }
}
