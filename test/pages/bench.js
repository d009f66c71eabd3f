// Helpers for scripts/bench.mjs, run in the page. Builds packs of n questions from the default pack.
import * as aman from '/dist/aman.js';
import { validatePack } from '/dist/cli/validate.js';

const base = await (await fetch('/content/quiz/kenali-dan-laporkan.id.json')).json();
function makePack(n) {
  const questions = [];
  for (let i = 0; i < n; i++) {
    const q = base.questions[i % base.questions.length];
    questions.push({ ...q, id: `q${i + 1}` });
  }
  return { ...base, id: `bench-${n}`, questions };
}

window.benchOnce = async (n) => {
  const pack = makePack(n);
  const json = JSON.stringify(pack);
  const t0 = performance.now();
  const r = await validatePack(JSON.parse(json), 'quiz');
  const validate = performance.now() - t0;
  if (!r.ok) throw new Error(JSON.stringify(r.problems.slice(0, 3)));
  document.body.replaceChildren();
  const el = document.createElement('aman-quiz');
  const t1 = performance.now();
  el.packData = JSON.parse(json);
  document.body.append(el);
  while (!el.shadowRoot?.querySelector('.prompt')) await new Promise((res) => requestAnimationFrame(res));
  const shown = performance.now() - t1;
  const input = el.shadowRoot.querySelector('input, select, [data-dir]');
  const t2 = performance.now();
  if (input?.tagName === 'INPUT') input.click();
  el.shadowRoot.querySelector('[data-action=check]').click();
  await el.updateComplete;
  const answer = performance.now() - t2;
  localStorage.clear();
  return { validate, shown, answer };
};
window.aman = aman;
