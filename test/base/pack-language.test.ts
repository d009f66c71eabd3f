import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/quiz/define.js';
import type { AmanQuiz } from '../../src/elements/quiz/quiz.js';
import { BUILT_IN_PACKS, PACK_KINDS } from '../../src/generated/kinds.js';
import { packLanguage } from '../../src/shared/pack.js';
import { $, render, settled, textOf } from '../helpers.js';

// Issue 10, item 12: the build knows the languages of each built-in pack, the loader asks only for a file that
// exists, and the element says in one line when the pack is not in the page's language.
describe('pack language', () => {
  it('the build lists, for each built-in pack, exactly the languages it ships in', async () => {
    for (const kind of PACK_KINDS) {
      for (const [id, langs] of Object.entries(BUILT_IN_PACKS[kind])) {
        expect(langs.length, `${kind}/${id}`).to.be.greaterThan(0);
        for (const l of ['id', 'en', 'jv'] as const) {
          const res = await fetch(`/content/${kind}/${id}.${l}.json`, { method: 'HEAD' });
          expect(res.ok, `${kind}/${id}.${l}.json`).to.equal(langs.includes(l));
        }
      }
    }
  });

  it('chooses the page language, else Indonesian, else what the pack has — never a file that is not there', () => {
    expect(packLanguage(['id', 'en', 'jv'], 'jv')).to.equal('jv');
    expect(packLanguage(['id', 'en'], 'jv')).to.equal('id');
    expect(packLanguage(['en'], 'jv')).to.equal('en');
    expect(packLanguage(['en', 'jv'], 'id')).to.equal('en');
  });

  it('asks for one pack file only, in the page language, when the pack has it', async () => {
    const seen: string[] = [];
    const obs = new PerformanceObserver((l) => l.getEntries().forEach((e) => e.name.includes('/content/quiz/') && seen.push(e.name)));
    obs.observe({ type: 'resource' });
    const el = await render<AmanQuiz>(html`<aman-quiz lang="jv" pack="alur-rujukan-petugas"></aman-quiz>`, settled);
    await new Promise((r) => setTimeout(r, 50));
    obs.disconnect();
    expect(seen.map((u) => new URL(u).pathname)).to.deep.equal(['/content/quiz/alur-rujukan-petugas.jv.json']);
    expect($(el, '[part~=pack-lang]')).to.equal(null); // it is in the page's language: nothing to say
  });

  it('says in one line, in the page language, when the pack is in another language', async () => {
    const el = await render<AmanQuiz>(html`<aman-quiz lang="jv" src="/test/fixtures/quiz-id.json"></aman-quiz>`, settled);
    await waitUntil(() => $(el, '[part~=pack-lang]')?.textContent?.includes('basa Jawa'), 'the line in Javanese');
    const line = $(el, '[part~=pack-lang]')!.textContent!;
    expect(line).to.contain('basa Indonesia');
    expect(textOf(el)).to.contain(line.trim());
    el.setAttribute('lang', 'id');
    await waitUntil(() => !$(el, '[part~=pack-lang]'), 'no line once page and pack agree');
  });
});
