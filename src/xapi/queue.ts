import { deviceStore } from '../shared/storage.js';
import { XAPI_VERSION, type Statement } from './statements.js';

/**
 * The outbox of xAPI statements on this device (`aman:xapi-queue`), sent to the agency's LRS when there is one and
 * the network allows. Statements wait here while offline and survive a reload; "clear my data" (`clearAll`) wipes
 * them with everything else. Nothing is sent unless the host gave an endpoint: sending is off by default.
 *
 * What the LRS answers decides what happens (docs/xapi.md): 2xx and 409 (already stored) count as delivered;
 * a network error, 408, 429 and 5xx keep the statements for a later try; 401/403 keep them and wait for the host
 * to fix the credentials; any other 4xx puts the refused statement aside, with the LRS's message, for the user.
 */

export const QUEUE_KEY = 'xapi-queue';

/** What the host page sets as credentials (a JS property, never an attribute or a pack): a header value or its source. */
export type LrsCredentials = string | (() => string | Promise<string>);

export interface LrsTarget {
  /** The LRS's xAPI endpoint (statements go to `{endpoint}/statements`); https, or http on this machine only. */
  endpoint: string | undefined;
  /** The `Authorization` header value (`Basic …`), or a function that gives it, asked before each request. */
  auth?: LrsCredentials | undefined;
  /** Defaults to the page's `fetch`. */
  fetch?: typeof fetch | undefined;
}

/** A statement the LRS refused (a 4xx other than 409), with what it said. */
export interface FailedStatement {
  statement: Statement;
  status: number;
  message: string;
}

/**
 * Why the last try did not deliver: `offline` (the browser knows), `network` (no answer), `server` (5xx, 408, 429),
 * `auth` (401/403, or the host's credentials function threw), `rejected` (a statement was refused), `config` (the
 * endpoint is not a usable URL).
 */
export type OutboxErrorKind = 'offline' | 'network' | 'server' | 'auth' | 'rejected' | 'config';

export interface OutboxError {
  kind: OutboxErrorKind;
  status?: number;
  message: string;
}

export interface OutboxState {
  /** Statements waiting to be sent. */
  pending: number;
  /** Statements the LRS refused, for the user to see. */
  failed: FailedStatement[];
  lastError: OutboxError | undefined;
  sending: boolean;
  /** The device store was unavailable: the outbox lives in memory and a reload loses it. */
  memoryOnly: boolean;
  /** When the next automatic try is due (epoch ms), while `watch` waits to retry. */
  retryAt: number | undefined;
}

export interface OutboxOptions {
  /** Statements per request (default 50). */
  batchSize?: number;
  /** Milliseconds before the n-th automatic retry (from 0): 5 s doubling to 5 min by default. */
  backoff?: (n: number) => number;
  /** Called after every change of `state`. */
  onChange?: (state: OutboxState) => void;
}

interface Stored {
  pending: Statement[];
  failed: FailedStatement[];
}

type Outcome = 'sent' | 'retry' | 'stop';

const LOOPBACK = /^(localhost|127(?:\.\d+){3}|\[::1\])$/;

export class XapiOutbox {
  #sending = false;
  #memoryOnly = false;
  #error: OutboxError | undefined;
  #retryAt: number | undefined;
  #running: Promise<OutboxState> | undefined;
  #next: Promise<OutboxState> | undefined;
  #watching: (() => void) | undefined;
  readonly #batch: number;
  readonly #backoff: (n: number) => number;
  readonly #onChange: ((s: OutboxState) => void) | undefined;

  constructor(options: OutboxOptions = {}) {
    this.#batch = Math.max(1, options.batchSize ?? 50);
    this.#backoff = options.backoff ?? ((n) => Math.min(300_000, 5000 * 2 ** n));
    this.#onChange = options.onChange;
  }

  get state(): OutboxState {
    const { pending, failed } = this.#load();
    return {
      pending: pending.length,
      failed,
      lastError: this.#error,
      sending: this.#sending,
      memoryOnly: this.#memoryOnly,
      retryAt: this.#retryAt,
    };
  }

  /** Adds statements to the outbox (one already waiting, by id, is not added twice); returns how many were added. */
  enqueue(statements: readonly Statement[]): number {
    const q = this.#load();
    const known = new Set([...q.pending, ...q.failed.map((f) => f.statement)].map((s) => s.id));
    const fresh = statements.filter((s) => !known.has(s.id) && known.add(s.id));
    if (fresh.length) this.#save({ ...q, pending: [...q.pending, ...fresh] });
    this.#emit();
    this.#watching?.();
    return fresh.length;
  }

  /** Puts the refused statements back in the queue (after the agency fixed its LRS), and tries at once when watching. */
  retryFailed(): void {
    const q = this.#load();
    this.#save({ pending: [...q.pending, ...q.failed.map((f) => f.statement)], failed: [] });
    this.#emit();
    this.#watching?.();
  }

  /** Forgets the refused statements (the user saw them and let them go). */
  discardFailed(): void {
    this.#save({ ...this.#load(), failed: [] });
    this.#emit();
  }

  /**
   * Sends what waits, in batches, until the queue is empty or a try fails. One flush at a time: a call while one
   * runs starts after it (calls waiting together share one, to the first one's target), so what was enqueued
   * before the call is tried.
   * Without an endpoint nothing is sent.
   */
  flush(target: LrsTarget | undefined): Promise<OutboxState> {
    if (this.#running) return (this.#next ??= this.#running.then(() => ((this.#next = undefined), this.flush(target))));
    this.#running = this.#flush(target).finally(() => {
      this.#running = undefined;
      this.#sending = false;
      this.#emit();
    });
    return this.#running;
  }

  /**
   * Sends whenever there is something to send while the page is open: now, after each `enqueue`, when the browser
   * comes back online, and after a network or server failure on a backoff timer (5 s, 10 s, … 5 min). `target` is
   * read each time, so the host may change the endpoint or credentials meanwhile. Returns the function that stops.
   */
  watch(target: () => LrsTarget | undefined): () => void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let tries = 0;
    let stopped = false;
    const run = (): void => {
      clearTimeout(timer);
      this.#retryAt = undefined;
      void this.flush(target()).then((s) => {
        if (stopped) return;
        const again = s.pending > 0 && (s.lastError?.kind === 'network' || s.lastError?.kind === 'server');
        if (!again) {
          tries = 0;
          return;
        }
        // Several calls may have joined one flush: one timer only.
        clearTimeout(timer);
        const ms = this.#backoff(tries++);
        this.#retryAt = Date.now() + ms;
        timer = setTimeout(run, ms);
        this.#emit();
      });
    };
    const online = (): void => {
      tries = 0;
      run();
    };
    globalThis.addEventListener?.('online', online);
    this.#watching = run;
    run();
    return () => {
      stopped = true;
      clearTimeout(timer);
      globalThis.removeEventListener?.('online', online);
      if (this.#watching === run) this.#watching = undefined;
      this.#retryAt = undefined;
    };
  }

  async #flush(target: LrsTarget | undefined): Promise<OutboxState> {
    const endpoint = target?.endpoint?.trim();
    if (!endpoint || !this.#load().pending.length) return this.state;
    let url: URL;
    try {
      url = new URL(endpoint.replace(/\/+$/, '') + '/statements');
      // Credentials in clear text over the network: only to this machine (a test LRS) may http be used.
      if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.test(url.hostname))) throw 0;
    } catch {
      return this.#fail({ kind: 'config', message: `not an https URL: ${endpoint}` });
    }
    if (globalThis.navigator?.onLine === false) return this.#fail({ kind: 'offline', message: 'offline' });
    this.#error = undefined;
    this.#sending = true;
    this.#emit();
    for (;;) {
      const batch = this.#load().pending.slice(0, this.#batch);
      if (!batch.length || (await this.#send(url, batch, target!)) !== 'sent') break;
    }
    this.#sending = false;
    return this.state;
  }

  /** Posts one batch; a 409 or a refusal of a batch is sorted out one statement at a time (the LRS stored none). */
  async #send(url: URL, batch: Statement[], target: LrsTarget): Promise<Outcome> {
    let res: Response;
    try {
      const auth = typeof target.auth === 'function' ? await target.auth() : target.auth;
      const headers: Record<string, string> = { 'X-Experience-API-Version': XAPI_VERSION, 'Content-Type': 'application/json' };
      if (auth) headers.Authorization = auth;
      const post = target.fetch ?? ((input, init) => fetch(input, init));
      try {
        res = await post(url.href, {
          method: 'POST',
          headers,
          body: JSON.stringify(batch),
          credentials: 'omit',
          signal: AbortSignal.timeout?.(60_000),
        });
      } catch (e) {
        this.#error = { kind: 'network', message: String((e as Error)?.message ?? e) };
        return 'retry';
      }
    } catch (e) {
      this.#error = { kind: 'auth', message: String((e as Error)?.message ?? e) };
      return 'stop';
    }
    const { status } = res;
    if ((status >= 200 && status < 300) || (status === 409 && batch.length === 1)) {
      void res.body?.cancel().catch(() => {});
      this.#remove(batch);
      return 'sent';
    }
    const message = await reason(res);
    if (status >= 500 || status === 408 || status === 429 || status < 400) {
      this.#error = { kind: 'server', status, message };
      return 'retry';
    }
    if (status === 401 || status === 403) {
      this.#error = { kind: 'auth', status, message };
      return 'stop';
    }
    if (batch.length > 1) {
      for (const s of batch) {
        const o = await this.#send(url, [s], target);
        if (o !== 'sent') return o;
      }
      return 'sent';
    }
    this.#error = { kind: 'rejected', status, message };
    const q = this.#load();
    const failed = batch.map((statement) => ({ statement, status, message }));
    this.#save({ pending: q.pending.filter((s) => s.id !== batch[0]!.id), failed: [...q.failed, ...failed] });
    this.#emit();
    return 'sent';
  }

  #fail(error: OutboxError): OutboxState {
    this.#error = error;
    return this.state;
  }

  /** Removes by id, not by position: statements may have been added while the batch was on its way. */
  #remove(batch: Statement[]): void {
    const ids = new Set(batch.map((s) => s.id));
    const q = this.#load();
    this.#save({ ...q, pending: q.pending.filter((s) => !ids.has(s.id)) });
    this.#emit();
  }

  #load(): Stored {
    try {
      const v = JSON.parse(deviceStore.get(QUEUE_KEY) ?? 'null') as Partial<Stored> | null;
      if (Array.isArray(v?.pending) && Array.isArray(v?.failed)) return v as Stored;
    } catch {
      /* unreadable: start empty */
    }
    return { pending: [], failed: [] };
  }

  #save(q: Stored): void {
    // An empty outbox leaves no trace on the device.
    if (!q.pending.length && !q.failed.length) {
      deviceStore.remove(QUEUE_KEY);
      this.#memoryOnly = false;
    } else this.#memoryOnly = !deviceStore.set(QUEUE_KEY, JSON.stringify(q));
  }

  #emit(): void {
    this.#onChange?.(this.state);
  }
}

/** What the LRS said, for the user: its JSON `message` (or `warnings`), else its text, else the status line. */
async function reason(res: Response): Promise<string> {
  let text = '';
  try {
    text = await res.text();
    const j = JSON.parse(text) as { message?: unknown; warnings?: unknown };
    const m = j.message ?? (Array.isArray(j.warnings) ? j.warnings.join('; ') : undefined);
    if (typeof m === 'string' && m) text = m;
  } catch {
    /* not JSON: the text as it is */
  }
  return (text.trim() || `HTTP ${res.status} ${res.statusText}`.trim()).slice(0, 500);
}
