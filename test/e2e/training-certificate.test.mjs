// Issue 11, done means: a trainee plays a case in the app and downloads the result; the trainer signs it with
// `aman-sign` (the agency's own key); the agency's public key is in the deployed trust list; the certificate opens
// in the app, prints, and checks as genuine with the network off; a tampered copy and a cut code are refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appSite } from './browser.mjs';

const app = appSite('aman-cert-');
const PASS = 'frasa sandi lembaga yang cukup panjang';
const sign = (args) =>
  spawnSync(process.execPath, ['bin/aman-sign.js', ...args], { encoding: 'utf8', env: { ...process.env, AMAN_SIGN_PASSPHRASE: PASS }, input: '' });

test('play → download → aman-sign → open, print and check offline; a changed or cut one is refused', async () => {
  const work = mkdtempSync(join(tmpdir(), 'aman-trainer-'));
  const keygen = sign(['keygen', '--out', work, '--name', 'UPTD PPA Kab. Uji', '--agency', 'uptd-ppa']);
  assert.equal(keygen.status, 0, keygen.stderr);
  // The deploying agency puts its public key in the trust list it serves.
  const pub = JSON.parse(readFileSync(join(work, 'agency-public.json'), 'utf8'));
  writeFileSync(join(app.dir, 'trust/keys.json'), JSON.stringify({ asOf: '2026-12-01', keys: [pub] }));

  const ctx = await app.browser.newContext({ acceptDownloads: true, serviceWorkers: 'block' });
  ctx.setDefaultTimeout(20000);
  try {
    const page = await ctx.newPage();
    await page.goto(`${app.site.url}#open=aman-procedure-training`);
    const el = page.locator('aman-procedure-training');
    // Play the first role of the default case to an end, always taking the first choice.
    await el.getByRole('radio').first().check();
    await el.getByRole('button', { name: 'Mulai', exact: true }).click();
    for (let i = 0; i < 12; i++) {
      await el.locator('[data-question^=scene], [data-screen=end]').first().waitFor();
      if (await el.locator('[data-screen=end]').count()) break;
      await el.locator('[data-question^=scene]').getByRole('radio').first().check();
      await el.getByRole('button', { name: 'Putuskan' }).click();
      await el.getByRole('button', { name: 'Lanjut' }).click();
    }
    await el.locator('[data-action=reference]').waitFor();
    await el.getByRole('textbox', { name: 'Nama' }).fill('Siti Aminah');
    const [download] = await Promise.all([page.waitForEvent('download'), el.getByRole('button', { name: 'Unduh hasil (JSON)' }).click()]);
    const resultFile = join(work, 'hasil.json');
    await download.saveAs(resultFile);

    const signed = sign(['sign', '--key', join(work, 'agency-key.pem'), '--issuer-name', 'UPTD PPA Kab. Uji', resultFile]);
    assert.equal(signed.status, 0, signed.stderr);
    const certFile = join(work, 'hasil.certificate.json');
    const cert = JSON.parse(readFileSync(certFile, 'utf8'));

    // From here on the network is off: the check uses the browser's own Ed25519 and the trust list already served.
    await page.reload();
    await el.locator('[data-action=reference]').waitFor();
    await ctx.setOffline(true);
    await el.locator('input[type=file]').setInputFiles(certFile);
    await el.locator('.cert-title').waitFor();
    const shown = await el.locator('[part~=body]').first().innerText();
    assert.match(shown, /Siti Aminah/);
    assert.match(shown, /UPTD PPA Kab\. Uji/);
    await page.evaluate(() => {
      window.__printed = 0;
      window.print = () => {
        window.__printed++;
        dispatchEvent(new Event('afterprint'));
      };
    });
    await el.locator('[data-action=print-cert]').click();
    assert.equal(await page.evaluate(() => window.__printed), 1);

    // A copy with another name: refused.
    await el.locator('[data-action=back]').click();
    const forged = join(work, 'palsu.certificate.json');
    writeFileSync(forged, JSON.stringify(cert).replace('Siti Aminah', 'Orang Lain'));
    await el.locator('input[type=file]').setInputFiles(forged);
    await el.locator('.check-title').waitFor();
    assert.match(await el.locator('[part~=body]').first().innerText(), /telah diubah/);

    // The code alone, from a link, cut short: refused; whole: genuine.
    await page.goto(`${app.site.url}presenter-notes.html`).catch(() => {}); // leave the app (offline: any page)
    await ctx.setOffline(false);
    const check = await ctx.newPage();
    await check.goto(`${app.site.url}#open=aman-procedure-training&cert=${cert.code.slice(0, -15)}`);
    const c = check.locator('aman-procedure-training');
    await c.locator('.check-title').waitFor();
    await c.locator('textarea').fill(cert.code.slice(0, -15));
    await c.locator('form button[type=submit], form button').first().click();
    await c.getByText(/terpotong/).waitFor();
    await c.locator('textarea').fill(cert.code);
    await c.locator('form button[type=submit], form button').first().click();
    await c.getByText(/UPTD PPA Kab\. Uji/).first().waitFor();
  } finally {
    await ctx.close();
  }
});
