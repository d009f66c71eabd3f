// Issue 16.6: a pack cannot freeze the phone. A huge text is refused before anything parses its markup, a big
// pack of markup renders at once, and a pack bigger than the cap is never read to the end.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/quiz/define.js';
import type { AmanQuiz } from '../../src/elements/quiz/quiz.js';
import { MAX_PACK_BYTES } from '../../src/core/limits.js';
import { $, clearAmanStorage, record, settled, stubFetch, textOf } from '../helpers.js';

const base = { schema: 'aman-pack/1', kind: 'quiz', id: 'besar', lang: 'en', version: '1.0.0', title: 'Besar', passMark: 0.5 };
const question = (i: number, prompt: string) => ({
  id: `q${i}`,
  type: 'single',
  prompt,
  explanation: prompt,
  options: [
    { id: 'a', text: `A ${i}`, correct: true },
    { id: 'b', text: `B ${i}` },
  ],
});

describe('packs that would freeze the page', () => {
  beforeEach(clearAmanStorage);
  afterEach(clearAmanStorage);

  it('a 1 MB bracket prompt set as packData is settled (refused, said plainly) in under a second', async () => {
    const pack = { ...base, questions: [question(1, '['.repeat(1_000_000))] };
    const events = record(document, 'aman-error');
    try {
      const t = performance.now();
      const el = await fixture<AmanQuiz>(html`<aman-quiz lang="en" .packData=${pack}></aman-quiz>`);
      await waitUntil(() => settled(el), 'never settled', { timeout: 20000 });
      expect(performance.now() - t).to.be.below(1000);
      expect(events[0]?.detail.path).to.equal('questions[0].prompt');
      expect(events[0]?.detail.message).to.contain('10000');
    } finally {
      events.stop();
    }
  });

  it('a valid 1 MB pack of bracket markup renders, and re-renders, in under a second', async () => {
    const questions = Array.from({ length: 50 }, (_, i) => question(i, '['.repeat(10_000)));
    const pack = { ...base, questions };
    expect(JSON.stringify(pack).length).to.be.above(1_000_000);
    const t = performance.now();
    const el = await fixture<AmanQuiz>(html`<aman-quiz lang="en" .packData=${pack}></aman-quiz>`);
    await waitUntil(() => !!$(el, '.prompt'), 'no question', { timeout: 20000 });
    expect(performance.now() - t).to.be.below(1000);
    expect(textOf(el)).to.contain('[[[[');
    const again = performance.now();
    for (let i = 0; i < 20; i++) {
      el.requestUpdate();
      await el.updateComplete;
    }
    expect(performance.now() - again).to.be.below(1000);
  });

  it(`stops reading a src pack past ${MAX_PACK_BYTES / 1048576} MB, with a clear error`, async () => {
    let sent = 0;
    let cancelled = false;
    const chunk = new TextEncoder().encode(' '.repeat(64 * 1024));
    const fetches = stubFetch((u) =>
      u.pathname === '/huge.json'
        ? new Response(
            new ReadableStream({
              pull(c) {
                sent += chunk.length;
                c.enqueue(chunk); // endless: only the cap can end it
              },
              cancel() {
                cancelled = true;
              },
            }),
            { headers: { 'content-type': 'application/json' } },
          )
        : undefined,
    );
    const events = record(document, 'aman-error');
    try {
      const el = await fixture<AmanQuiz>(html`<aman-quiz lang="en" src="/huge.json"></aman-quiz>`);
      await waitUntil(() => events.length > 0, 'no error', { timeout: 10000 });
      expect(cancelled).to.equal(true);
      expect(sent).to.be.below(MAX_PACK_BYTES + 256 * 1024);
      expect(events[0]!.detail.message).to.contain('larger than 2 MB');
      await waitUntil(() => settled(el));
    } finally {
      events.stop();
      fetches.restore();
    }
  });

  it('refuses a pack whose Content-Length is over the cap without reading it', async () => {
    const fetches = stubFetch((u) =>
      u.pathname === '/big.json' ? new Response('{}', { headers: { 'content-length': String(MAX_PACK_BYTES + 1) } }) : undefined,
    );
    const events = record(document, 'aman-error');
    try {
      await fixture<AmanQuiz>(html`<aman-quiz lang="en" src="/big.json"></aman-quiz>`);
      await waitUntil(() => events.length > 0, 'no error', { timeout: 10000 });
      expect(events[0]!.detail.message).to.contain('larger than 2 MB');
    } finally {
      events.stop();
      fetches.restore();
    }
  });
});
