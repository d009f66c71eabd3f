// The library under the strict CSP of DESIGN.md (with Trusted Types required): no violation, nothing blocked,
// the quiz, the stigma module and the procedure training render and work (the tally and a training result are downloaded as files), and untrusted pack
// text runs nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { recordViolations, strictCspSite, watch } from './browser.mjs';

const harness = strictCspSite((path) => path.startsWith('/test/pages/csp'));

test('strict CSP + Trusted Types: renders with zero violations and runs no pack script', async () => {
  const { browser, site } = harness;
  const page = await browser.newPage();
  const problems = watch(page);
  await recordViolations(page);
  const res = await page.goto(`${site.url}test/pages/csp.html`);
  assert.match(res.headers()['content-security-policy'], /require-trusted-types-for 'script'/);
  const check = page.locator('#quiz').getByRole('button', { name: 'Periksa jawaban' });
  await check.waitFor();
  await page.locator('#quiz input').first().check();
  await check.click();
  await page.locator('#quiz').getByRole('button', { name: /Berikutnya/ }).waitFor();
  await page.locator('#xss').getByText('Judul').waitFor();
  // The lesson: a section with its drawing (a lazy chunk of SVG templates) and a checkpoint, answered.
  await page.locator('#lesson').getByRole('button', { name: 'Mulai pelajaran' }).click();
  await page.locator('#lesson').getByRole('button', { name: 'Bagian berikutnya' }).click();
  await page.locator('#lesson figure svg path').first().waitFor();
  await page.locator('#lesson').getByRole('checkbox').first().check();
  await page.locator('#lesson').getByRole('button', { name: 'Periksa jawaban' }).first().click();
  await page.locator('#lesson [part=feedback]').first().waitFor();
  const state = await page.evaluate(() => ({ violations: window.__violations, xss: window.__xss ?? 0 }));
  assert.deepEqual(state.violations, []);
  assert.equal(state.xss, 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('strict CSP + Trusted Types: the stigma module, alone and in a village session with its file downloads, with zero violations', async () => {
  const { browser, site } = harness;
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const problems = watch(page);
  const requested = [];
  page.on('request', (r) => requested.push(r.url()));
  await recordViolations(page);
  await page.goto(`${site.url}test/pages/csp.html`);

  // A person alone: the check before ("unsure" everywhere), a myth turned, the check after (the supportive end).
  const alone = page.locator('#stigma');
  await alone.getByRole('button', { name: 'Mulai' }).click();
  const groups = alone.locator('fieldset[data-question]');
  await groups.first().waitFor();
  const n = await groups.count();
  for (let i = 0; i < n; i++) await groups.nth(i).locator('input[value="3"]').check();
  await alone.getByRole('button', { name: 'Selesai' }).click();
  const card = alone.getByRole('button', { name: 'Balik kartu' }).first();
  await card.click();
  assert.equal(await card.getAttribute('aria-expanded'), 'true');
  await alone.getByRole('button', { name: 'Cek sikap: sesudah' }).click();
  await groups.first().waitFor();
  const ends = await groups.evaluateAll((gs) => gs.map((g) => g.dataset.question));
  const pack = JSON.parse(await readFile('content/stigma/dukung-bukan-stigma.id.json', 'utf8'));
  for (const [i, it] of pack.attitudeCheck.items.entries()) {
    assert.equal(ends[i], `after-${it.id}`);
    await groups.nth(i).locator(`input[value="${it.supportive === 'agree' ? 5 : 1}"]`).check();
  }
  await alone.getByRole('button', { name: 'Selesai' }).click();
  await alone.getByRole('heading', { name: 'Hasil saya' }).waitFor();
  assert.equal((await alone.locator('h4 + .bars').innerText()).replace(/\s+/g, ' '), 'Sebelum 3,0 Sesudah 5,0');

  // A village session: hands counted with + and by typing, the group's results, the tally downloaded as CSV and JSON.
  const group = page.locator('#stigma-group');
  await group.getByRole('button', { name: 'Mulai' }).click();
  await group.getByRole('button', { name: 'Tambah satu: Setuju', exact: true }).click();
  await group.getByRole('button', { name: 'Tambah satu: Setuju', exact: true }).click();
  await group.getByRole('textbox', { name: 'Sangat tidak setuju' }).fill('3');
  await group.getByText('5 jawaban').waitFor();
  await group.getByRole('button', { name: 'Hasil kelompok' }).click();
  // The first statement blames the child: (3·5 + 2·2) / 5 = 3,8.
  await group.getByRole('cell', { name: '3,8 5 jawaban' }).waitFor();
  const files = {};
  for (const type of ['CSV', 'JSON']) {
    const [download] = await Promise.all([page.waitForEvent('download'), group.getByRole('button', { name: `Unduh ${type}` }).click()]);
    files[type] = { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
  }
  assert.match(files.CSV.name, /^dukung-bukan-stigma-\d{4}-\d{2}-\d{2}\.csv$/);
  assert.match(files.CSV.text, /"a1",[^\n]*"before","3","0","0","2","0","5","3.80"/);
  assert.deepEqual(JSON.parse(files.JSON.text).statements[0].before, { counts: [3, 0, 0, 2, 0], total: 5, meanSupportiveness: 3.8 });

  // Untrusted stigma pack text is text.
  await page.locator('#stigma-xss').getByRole('heading', { level: 2 }).waitFor();
  assert.match(await page.locator('#stigma-xss h2').innerText(), /^<img src=x onerror="window.__xss=1">Judul/);

  const state = await page.evaluate(() => ({ violations: window.__violations, xss: window.__xss ?? 0 }));
  assert.deepEqual(state.violations, []);
  assert.equal(state.xss, 0);
  assert.deepEqual(problems, []);
  assert.deepEqual(requested.filter((u) => !u.startsWith(site.url)), [], 'no request to another origin');
  await context.close();
});

test('strict CSP + Trusted Types: the presenter runs a quiz with keys, a blank screen, a show of hands and a break', async () => {
  const { browser, site } = harness;
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  const problems = watch(page);
  await recordViolations(page);
  await page.goto(`${site.url}test/pages/csp-presenter.html`);
  const p = page.locator('#presenter');
  await p.getByRole('button', { name: 'Lanjut' }).waitFor();
  await page.waitForFunction(() => document.querySelector('aman-quiz')?.shadowRoot?.querySelector('.prompt'));
  await page.keyboard.press('PageDown');
  await page.waitForFunction(() => document.querySelector('aman-quiz').currentStep === 1);
  await page.keyboard.press('b');
  await p.locator('.blackout').waitFor();
  await page.keyboard.press('b');
  await page.keyboard.press('PageUp');
  await page.waitForFunction(() => document.querySelector('aman-quiz').currentStep === 0);
  await p.getByRole('button', { name: 'Hitung tangan' }).click();
  await p.getByRole('button', { name: /^Tambah satu/ }).first().click();
  await p.locator('svg.bars text', { hasText: '1' }).first().waitFor();
  await p.getByRole('button', { name: 'Jeda' }).click();
  await page.waitForFunction(() => document.querySelector('aman-presenter').shadowRoot.querySelector('aman-help-card')?.shadowRoot?.textContent.includes('129'));
  const state = await page.evaluate(() => ({ violations: window.__violations }));
  assert.deepEqual(state.violations, []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('strict CSP + Trusted Types: the procedure training plays a decision, ends, downloads its result, and shows an XSS pack as text', async () => {
  const { browser, site } = harness;
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const problems = watch(page);
  const requested = [];
  page.on('request', (r) => requested.push(r.url()));
  await recordViolations(page);
  await page.goto(`${site.url}test/pages/csp.html`);

  // The default case: a role, a decision, its feedback, and on to the consequence.
  const training = page.locator('#training');
  await training.getByRole('radio').first().check();
  await training.getByRole('button', { name: 'Mulai', exact: true }).click();
  await training.getByRole('heading', { name: 'Keputusan 1' }).waitFor();
  await training.locator('[data-question^=scene]').getByRole('radio').first().check();
  await training.getByRole('button', { name: 'Putuskan' }).click();
  await training.locator('[part~=feedback]').waitFor();
  await training.getByRole('button', { name: 'Lanjut' }).click();
  await training.getByRole('heading', { name: 'Keputusan 2' }).waitFor();

  // A small case to its end (the results are a lazy chunk), and the result downloaded as JSON and CSV.
  const mini = page.locator('#training-mini');
  await mini.getByRole('radio', { name: /Penyidik Unit PPA/ }).check();
  await mini.getByRole('button', { name: 'Mulai', exact: true }).click();
  await mini.getByRole('radio', { name: 'Koordinasi dengan UPTD PPA sebelum pemeriksaan' }).check();
  await mini.getByRole('button', { name: 'Putuskan' }).click();
  await mini.getByRole('button', { name: 'Lanjut' }).click();
  await mini.getByRole('heading', { name: 'Hasil Anda' }).waitFor();
  assert.match((await mini.locator('.results').innerText()).replace(/\s+/g, ' '), /Rujukan: 1 dari 1/);
  await mini.getByRole('textbox', { name: 'Nama' }).fill('=1+1');
  const files = {};
  for (const [type, name] of [['json', 'Unduh hasil (JSON)'], ['csv', 'Unduh (CSV)']]) {
    const [download] = await Promise.all([page.waitForEvent('download'), mini.getByRole('button', { name }).click()]);
    files[type] = { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
  }
  assert.match(files.json.name, /^latihan-mini-polisi-\d{4}-\d{2}-\d{2}\.json$/);
  const result = JSON.parse(files.json.text);
  assert.equal(result.format, 'aman-training-result/1');
  assert.deepEqual([result.score, result.maxScore, result.passed, result.trainee], [1, 1, true, { name: '=1+1' }]);
  const rows = files.csv.text.replace(/^\ufeff/, '').trimEnd().split('\r\n');
  assert.equal(rows.length, 2);
  assert.match(rows[1], /"'=1\+1"/);

  // Untrusted training text is text.
  await page.locator('#training-xss').getByRole('heading', { level: 2 }).waitFor();
  assert.match(await page.locator('#training-xss h2').innerText(), /^<img src=x onerror="window.__xss=1"> \[klik\]\(javascript:window.__xss=2\) evil Judul$/);

  const state = await page.evaluate(() => ({ violations: window.__violations, xss: window.__xss ?? 0 }));
  assert.deepEqual(state.violations, []);
  assert.equal(state.xss, 0);
  assert.deepEqual(problems, []);
  assert.deepEqual(requested.filter((u) => !u.startsWith(site.url)), [], 'no request to another origin');
  await context.close();
});

test('strict CSP + Trusted Types: members answer the collaboration check, the board reads their codes, draws its chart, downloads and prints nothing foreign', async () => {
  const { browser, site } = harness;
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const problems = watch(page);
  const requested = [];
  page.on('request', (r) => requested.push(r.url()));
  await recordViolations(page);
  await page.goto(`${site.url}test/pages/csp.html`);

  /** Three members on one laptop (the default pack), each with "next person"; then the same with the XSS pack. */
  async function members(id, answers) {
    const el = page.locator(id);
    const codes = [];
    for (const a of answers) {
      await el.getByRole('button', { name: 'Mulai' }).click();
      for (;;) {
        await el.locator(`input[value="${a}"]`).check();
        const next = el.locator('[data-action=next]');
        const last = (await next.innerText()).trim() === 'Dapatkan kode saya';
        const title = (await el.locator('.step-title').innerText()).trim();
        await next.click();
        if (last) break;
        // The next statement reuses the same inputs: wait until it is on screen, or the check lands on the last one.
        await el.locator('.step-title').filter({ hasNotText: title }).waitFor();
      }
      codes.push((await el.locator('.code').innerText()).trim());
      await el.getByRole('button', { name: 'Orang berikutnya' }).click();
    }
    return codes;
  }
  const codes = await members('#collab', [2, 4, 5]);
  const board = page.locator('#board');
  await board.locator('textarea').fill(`01/12/26 10.00 - A: ${codes.join('\n01/12/26 10.01 - B: ')}`);
  await board.getByRole('button', { name: 'Tambahkan kode' }).click();
  await board.locator('p.status', { hasText: 'Jawaban di putaran ini: 3.' }).waitFor();
  await board.locator('svg[role=img] polygon.now').waitFor();
  // Every member answered the same value everywhere: 2, 4, 5 → the median of every dimension is 4.
  const medians = await board.locator('.picture tbody tr td:nth-child(2)').allInnerTexts();
  assert.equal(medians.length, 9);
  assert.deepEqual([...new Set(medians)], ['4']);
  const files = {};
  for (const type of ['CSV', 'JSON']) {
    const [download] = await Promise.all([page.waitForEvent('download'), board.getByRole('button', { name: `Unduh ${type}` }).click()]);
    files[type] = { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
  }
  assert.equal(files.JSON.name, 'forum-ppa-2026-12.json');
  assert.equal(JSON.parse(files.JSON.text).responses, 3);
  assert.doesNotMatch(files.JSON.text + files.CSV.text, /AMAN-/);

  // Untrusted pack text and round names are text.
  const xss = await members('#collab-xss', [1, 3, 5]);
  const bx = page.locator('#board-xss');
  await bx.locator('textarea').fill(xss.join(' '));
  await bx.getByRole('button', { name: 'Tambahkan kode' }).click();
  await bx.locator('svg[role=img] polygon.now').waitFor();
  assert.match(await bx.locator('h2').innerText(), /^<img src=x onerror="window.__xss=1">Judul/);
  assert.match(await bx.locator('[part=header] p').innerText(), /<img src=x onerror="window.__xss=6">R1/);
  assert.equal(await page.locator('#board-xss img, #collab-xss img').count(), 0);

  const state = await page.evaluate(() => ({ violations: window.__violations, xss: window.__xss ?? 0 }));
  assert.deepEqual(state.violations, []);
  assert.equal(state.xss, 0);
  assert.deepEqual(problems, []);
  assert.deepEqual(requested.filter((u) => !u.startsWith(site.url)), [], 'no request to another origin');
  await context.close();
});
