import { expect, waitUntil } from '@open-wc/testing';
import { deviceStore } from '../../src/shared/storage.js';
import { QUEUE_KEY, XapiOutbox, type LrsTarget, type OutboxState } from '../../src/xapi/queue.js';
import { statementsFor, uuidFrom, type Statement } from '../../src/xapi/statements.js';
import { breakStorage, clearAmanStorage, stubFetch } from '../helpers.js';
import { OPTIONS, sampleResult } from './sample.js';

const ENDPOINT = 'https://lrs.dinas-pppa.example/data/xAPI';
const STATEMENTS = `${ENDPOINT}/statements`;

/** The statements of `n` attempts (8 each). */
const attempts = (n: number): Statement[] =>
  Array.from({ length: n }, (_, i) => statementsFor(sampleResult({ attemptId: uuidFrom(`attempt ${i}`) }), OPTIONS)).flat();

interface Call {
  url: string;
  headers: Record<string, string>;
  ids: string[];
}

/**
 * A Learning Record Store in the page, as the xAPI spec describes one: a batch is stored whole or not at all; the
 * same id with the same content is accepted again, with other content it is a 409; `refuse` lists ids it answers
 * 400 for. `answer` may override the response to the n-th request (from 1), or throw as a network failure does.
 */
function fakeLrs(options: { refuse?: string[]; answer?: (call: number) => Response | undefined } = {}) {
  const stored = new Map<string, string>();
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const batch = JSON.parse(String(init!.body)) as Statement[];
    calls.push({ url: String(input), headers: { ...(init!.headers as Record<string, string>) }, ids: batch.map((s) => s.id) });
    const forced = options.answer?.(calls.length);
    if (forced) return forced;
    for (const s of batch) {
      if (options.refuse?.includes(s.id)) return Response.json({ message: `Statement ${s.id}: verb is not allowed here` }, { status: 400 });
      const had = stored.get(s.id);
      if (had !== undefined && had !== JSON.stringify(s)) return Response.json({ message: `${s.id} is conflicting` }, { status: 409 });
    }
    for (const s of batch) stored.set(s.id, JSON.stringify(s));
    return Response.json(batch.map((s) => s.id));
  };
  return { stored, calls, fetch: fetch as typeof window.fetch, sent: () => calls.flatMap((c) => c.ids) };
}

/** Makes the browser say it is offline until the returned function is called (which fires `online`). */
function goOffline(): () => void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  return () => {
    delete (navigator as { onLine?: boolean }).onLine;
    window.dispatchEvent(new Event('online'));
  };
}

describe('xAPI outbox', () => {
  beforeEach(clearAmanStorage);
  afterEach(clearAmanStorage);

  it('keeps statements on the device while offline and sends nothing', async () => {
    const lrs = fakeLrs();
    const back = goOffline();
    try {
      const box = new XapiOutbox();
      expect(box.enqueue(attempts(1))).to.equal(8);
      const s = await box.flush({ endpoint: ENDPOINT, fetch: lrs.fetch });
      expect(lrs.calls).to.deep.equal([]);
      expect(s).to.deep.include({ pending: 8, sending: false, memoryOnly: false });
      expect(s.lastError).to.deep.equal({ kind: 'offline', message: 'offline' });
      expect(JSON.parse(localStorage.getItem('aman:' + QUEUE_KEY)!).pending).to.have.length(8);
    } finally {
      back();
    }
  });

  it('still has them after a reload, and delivers each exactly once when the browser is back online', async () => {
    const statements = attempts(2);
    const restore = goOffline();
    const lrs = fakeLrs();
    let stop = (): void => {};
    try {
      new XapiOutbox().enqueue(statements);
      // The page reloads: a new outbox reads the device store.
      const box = new XapiOutbox();
      expect(box.state.pending).to.equal(16);
      stop = box.watch(() => ({ endpoint: ENDPOINT, fetch: lrs.fetch }));
      await box.flush(undefined);
      expect(lrs.calls).to.have.length(0);
      restore();
      await waitUntil(() => box.state.pending === 0, 'not delivered after going online', { timeout: 5000 });
      expect(lrs.sent()).to.deep.equal(statements.map((s) => s.id));
      expect(lrs.stored.size).to.equal(16);
      // Another `online` event, another reload: nothing is sent twice.
      window.dispatchEvent(new Event('online'));
      await new XapiOutbox().flush({ endpoint: ENDPOINT, fetch: lrs.fetch });
      await new Promise((r) => setTimeout(r, 50));
      expect(lrs.calls).to.have.length(1);
      expect(localStorage.getItem('aman:' + QUEUE_KEY)).to.equal(null, 'an empty outbox leaves no trace');
    } finally {
      stop();
      delete (navigator as { onLine?: boolean }).onLine;
    }
  });

  it('posts batches to {endpoint}/statements with the xAPI version and the credentials the host gives', async () => {
    const lrs = fakeLrs();
    const seen: [number, boolean][] = [];
    const box = new XapiOutbox({ batchSize: 50, onChange: (st) => seen.push([st.pending, st.sending]) });
    box.enqueue(attempts(15)); // 120 statements
    let asked = 0;
    const target: LrsTarget = { endpoint: ENDPOINT + '/', auth: async () => `Basic ${btoa(`key:secret${++asked}`)}`, fetch: lrs.fetch };
    const s = await box.flush(target);
    expect(s).to.deep.include({ pending: 0, sending: false, lastError: undefined });
    // What a progress line in the UI gets: sending, the count going down, done.
    expect(seen).to.deep.equal([[120, false], [120, true], [70, true], [20, true], [0, true], [0, false]]);
    expect(lrs.calls.map((c) => [c.url, c.ids.length])).to.deep.equal([
      [STATEMENTS, 50],
      [STATEMENTS, 50],
      [STATEMENTS, 20],
    ]);
    expect(lrs.calls.map((c) => c.headers)).to.deep.equal([1, 2, 3].map((n) => ({
      'X-Experience-API-Version': '1.0.3',
      'Content-Type': 'application/json',
      Authorization: `Basic ${btoa(`key:secret${n}`)}`,
    })));
  });

  it('counts a 409 as delivered, and sorts out a batch the LRS refused whole for one conflict', async () => {
    const [first, ...rest] = attempts(1);
    const lrs = fakeLrs();
    // The LRS already has the first statement with other content (sent once by an older version, say).
    lrs.stored.set(first!.id, '{"other":"content"}');
    const box = new XapiOutbox();
    box.enqueue([first!, ...rest]);
    const s = await box.flush({ endpoint: ENDPOINT, fetch: lrs.fetch });
    expect(s.pending).to.equal(0);
    expect(s.failed).to.deep.equal([]);
    // The batch came back 409 with nothing stored; one by one, the other seven were stored.
    expect(lrs.calls.map((c) => c.ids.length)).to.deep.equal([8, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(lrs.stored.size).to.equal(8);
    expect(lrs.stored.get(first!.id)).to.equal('{"other":"content"}');
  });

  it('keeps statements after a 500 and retries them on a backoff timer while the page is open', async () => {
    const lrs = fakeLrs({ answer: (n) => (n <= 2 ? new Response('Service Unavailable', { status: 503 }) : undefined) });
    const seen: OutboxState[] = [];
    const box = new XapiOutbox({ backoff: (n) => 20 * (n + 1), onChange: (s) => seen.push(s) });
    box.enqueue(attempts(1));
    const stop = box.watch(() => ({ endpoint: ENDPOINT, fetch: lrs.fetch }));
    try {
      await waitUntil(() => box.state.pending === 0, 'never delivered', { timeout: 5000 });
      expect(lrs.calls).to.have.length(3);
      expect(seen.some((s) => s.lastError?.kind === 'server' && s.lastError.status === 503 && s.lastError.message === 'Service Unavailable' && s.retryAt! > 0)).to.equal(true);
      expect(box.state.lastError).to.equal(undefined);
      expect(lrs.stored.size).to.equal(8);
    } finally {
      stop();
    }
  });

  it('sends what is enqueued while watching, and stops retrying when the page stops watching', async () => {
    let down = false;
    const lrs = fakeLrs({ answer: () => (down ? new Response('', { status: 502, statusText: 'Bad Gateway' }) : undefined) });
    const box = new XapiOutbox({ backoff: () => 15 });
    const stop = box.watch(() => ({ endpoint: ENDPOINT, fetch: lrs.fetch }));
    box.enqueue(attempts(1));
    await waitUntil(() => lrs.stored.size === 8 && box.state.pending === 0, 'an enqueued result was not sent', { timeout: 5000 });
    down = true;
    box.enqueue(statementsFor(sampleResult({ attemptId: uuidFrom('later') }), OPTIONS));
    // A retry in flight clears the error until its answer comes: wait for a settled state, then read it.
    await waitUntil(() => lrs.calls.length >= 3 && !box.state.sending && box.state.lastError, 'no retry on the timer', { timeout: 5000 });
    expect(box.state.lastError).to.deep.equal({ kind: 'server', status: 502, message: 'HTTP 502 Bad Gateway' });
    stop();
    const calls = lrs.calls.length;
    await new Promise((r) => setTimeout(r, 80));
    expect(lrs.calls.length).to.equal(calls);
    expect(box.state).to.deep.include({ pending: 8, retryAt: undefined });
  });

  it('keeps statements after a network error and tries again', async () => {
    const lrs = fakeLrs({
      answer: (n) => {
        if (n === 1) throw new TypeError('Failed to fetch');
        return undefined;
      },
    });
    const box = new XapiOutbox();
    box.enqueue(attempts(1));
    let s = await box.flush({ endpoint: ENDPOINT, fetch: lrs.fetch });
    expect(s.pending).to.equal(8);
    expect(s.lastError).to.deep.equal({ kind: 'network', message: 'Failed to fetch' });
    s = await box.flush({ endpoint: ENDPOINT, fetch: lrs.fetch });
    expect(s.pending).to.equal(0);
    expect(lrs.stored.size).to.equal(8);
  });

  it('puts a statement the LRS refuses (400) aside with its message, sends the rest, and keeps it across a reload', async () => {
    const statements = attempts(1);
    const bad = statements[3]!;
    const lrs = fakeLrs({ refuse: [bad.id] });
    const box = new XapiOutbox();
    box.enqueue(statements);
    const s = await box.flush({ endpoint: ENDPOINT, fetch: lrs.fetch });
    expect(s.pending).to.equal(0);
    expect(s.failed).to.deep.equal([{ statement: bad, status: 400, message: `Statement ${bad.id}: verb is not allowed here` }]);
    expect(s.lastError).to.deep.equal({ kind: 'rejected', status: 400, message: `Statement ${bad.id}: verb is not allowed here` });
    expect([...lrs.stored.keys()]).to.deep.equal(statements.filter((x) => x !== bad).map((x) => x.id));
    // After a reload the user still sees it; once the LRS is fixed it goes, and nothing else is sent again.
    const after = new XapiOutbox();
    expect(after.state.failed.map((f) => f.statement.id)).to.deep.equal([bad.id]);
    const fixed = fakeLrs();
    after.retryFailed();
    expect((await after.flush({ endpoint: ENDPOINT, fetch: fixed.fetch })).failed).to.deep.equal([]);
    expect(fixed.sent()).to.deep.equal([bad.id]);
  });

  it('lets the user discard what was refused', async () => {
    const statements = attempts(1);
    const box = new XapiOutbox();
    box.enqueue(statements);
    await box.flush({ endpoint: ENDPOINT, fetch: fakeLrs({ refuse: statements.map((s) => s.id) }).fetch });
    expect(box.state.failed).to.have.length(8);
    box.discardFailed();
    expect(box.state).to.deep.include({ pending: 0, failed: [] });
    expect(localStorage.getItem('aman:' + QUEUE_KEY)).to.equal(null);
  });

  it('keeps statements and stops on 401 until the host fixes the credentials', async () => {
    const lrs = fakeLrs({ answer: (n) => (n === 1 ? Response.json({ message: 'Unauthorised' }, { status: 401 }) : undefined) });
    const box = new XapiOutbox({ backoff: () => 10 });
    box.enqueue(attempts(1));
    const stop = box.watch(() => ({ endpoint: ENDPOINT, auth: () => 'Basic eDp5', fetch: lrs.fetch }));
    try {
      await waitUntil(() => box.state.lastError?.kind === 'auth', undefined, { timeout: 5000 });
      await new Promise((r) => setTimeout(r, 60));
      expect(lrs.calls).to.have.length(1, 'no automatic retry with credentials that do not work');
      expect(box.state).to.deep.include({ pending: 8, failed: [], retryAt: undefined });
      expect(box.state.lastError).to.deep.equal({ kind: 'auth', status: 401, message: 'Unauthorised' });
    } finally {
      stop();
    }
    // A plain string from the host works too.
    const plain = fakeLrs();
    const again = new XapiOutbox();
    expect((await again.flush({ endpoint: ENDPOINT, auth: 'Basic eDp5', fetch: plain.fetch })).pending).to.equal(0);
    expect(plain.calls[0]!.headers.Authorization).to.equal('Basic eDp5');
    const failing = new XapiOutbox();
    failing.enqueue(attempts(1));
    const s = await failing.flush({ endpoint: ENDPOINT, auth: () => Promise.reject(new Error('no key yet')), fetch: lrs.fetch });
    expect(s.lastError).to.deep.equal({ kind: 'auth', message: 'no key yet' });
    expect(lrs.calls).to.have.length(1);
  });

  it('never sends without an endpoint, nor to a plain-http LRS elsewhere than this machine', async () => {
    const net = stubFetch(() => new Response('[]'));
    try {
      const box = new XapiOutbox();
      box.enqueue(attempts(1));
      await box.flush(undefined);
      await box.flush({ endpoint: '' });
      await box.flush({ endpoint: '   ' });
      const stop = box.watch(() => undefined);
      box.enqueue(attempts(2));
      window.dispatchEvent(new Event('online'));
      stop();
      await box.flush(undefined); // the watcher's flush ends
      const s = await box.flush({ endpoint: 'http://lrs.dinas-pppa.example/xAPI' });
      expect(s.lastError?.kind).to.equal('config');
      expect((await box.flush({ endpoint: 'lrs/xAPI' })).lastError?.kind).to.equal('config');
      expect(net.urls).to.deep.equal([]);
      expect(box.state.pending).to.equal(16);
      // The page's own fetch is used when the host gives none, and a local LRS may be plain http.
      await box.flush({ endpoint: 'http://127.0.0.1:8081/xAPI' });
      expect(net.urls).to.deep.equal(['http://127.0.0.1:8081/xAPI/statements']);
      expect(box.state.pending).to.equal(0);
    } finally {
      net.restore();
    }
  });

  it('is wiped by "clear my data"', async () => {
    const box = new XapiOutbox();
    box.enqueue(attempts(1));
    await box.flush({ endpoint: ENDPOINT, fetch: fakeLrs({ refuse: [attempts(1)[0]!.id] }).fetch });
    // The refused one is not queued again; the other 15 statements of the two attempts are.
    expect(new XapiOutbox().enqueue(attempts(2))).to.equal(15);
    expect(box.state).to.deep.include({ pending: 15, memoryOnly: false });
    expect(box.state.failed).to.have.length(1);
    deviceStore.clearAll();
    expect(box.state).to.deep.include({ pending: 0, failed: [] });
    expect(Object.keys(localStorage).filter((k) => k.startsWith('aman:'))).to.deep.equal([]);
  });

  it('does not add a statement twice, and one flush runs at a time', async () => {
    const lrs = fakeLrs();
    const box = new XapiOutbox();
    expect(box.enqueue(attempts(1))).to.equal(8);
    expect(box.enqueue(attempts(2))).to.equal(8);
    const target = { endpoint: ENDPOINT, fetch: lrs.fetch };
    const [a, b] = await Promise.all([box.flush(target), box.flush(target)]);
    expect(a).to.deep.equal(b);
    expect(lrs.sent()).to.have.length(16);
  });

  it('works in memory when the device store is unavailable, and says so', async () => {
    const unbreak = breakStorage('setItem', 'getItem');
    try {
      const box = new XapiOutbox();
      box.enqueue(attempts(1));
      expect(box.state).to.deep.include({ pending: 8, memoryOnly: true });
      const lrs = fakeLrs();
      expect((await box.flush({ endpoint: ENDPOINT, fetch: lrs.fetch })).pending).to.equal(0);
      expect(lrs.stored.size).to.equal(8);
    } finally {
      unbreak();
    }
  });
});
