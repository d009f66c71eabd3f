// Issue 11, taking a finished case further: a reference number that says it is no proof, a certificate signed by the
// agency (as aman-sign makes it) opened and printed, a tampered one refused, "check a certificate" from a link,
// the xAPI statements as a file and sent to the agency's LRS.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/procedure-training/define.js';
import type { AmanProcedureTraining } from '../../src/elements/procedure-training/procedure-training.js';
import type { TrainingResult } from '../../src/core/training-result.js';
import { CERTIFICATE_FORMAT } from '../../src/certificates/credential.js';
import { buildCredential, claimsFromResult } from '../../src/certificates/issue.js';
import { createProof } from '../../src/certificates/eddsa-jcs.js';
import { encodeCompact } from '../../src/certificates/compact.js';
import { didKeyFromPublicKey, verificationMethodOf } from '../../src/certificates/multibase.js';
import { $, clearAmanStorage, jsonResponse, stubFetch } from '../helpers.js';

const text = (el: Element) => (el.shadowRoot!.querySelector('[part~="base"]') as HTMLElement).innerText.replace(/\s+/g, ' ');

/** The issuing agency, as `aman-sign keygen` makes it (here with WebCrypto), and its entry in the trust list. */
const keys = (await crypto.subtle.generateKey('Ed25519', true, ['sign', 'verify'])) as CryptoKeyPair;
const did = didKeyFromPublicKey(new Uint8Array(await crypto.subtle.exportKey('raw', keys.publicKey)));
const sign = async (data: Uint8Array) => new Uint8Array(await crypto.subtle.sign('Ed25519', keys.privateKey, data as BufferSource));
const trust = { asOf: '2026-11-30', keys: [{ id: did, name: 'UPTD PPA Kab. Uji', agency: 'uptd-ppa' }] };

async function signed(r: TrainingResult) {
  const at = new Date(Date.now() - 3600_000);
  const credential = await createProof(buildCredential(r, { id: did, name: 'UPTD PPA Kab. Uji' }, at), { verificationMethod: verificationMethodOf(did), sign });
  return { format: CERTIFICATE_FORMAT, credential, code: await encodeCompact(claimsFromResult(r, did, at), sign) };
}

async function finished(attrs = html`<aman-procedure-training src="/test/fixtures/training-mini.json"></aman-procedure-training>`) {
  const el = await fixture<AmanProcedureTraining>(attrs);
  await waitUntil(() => $(el, '[data-action=start]'), 'no roles', { timeout: 8000 });
  const pick = (label: string) => [...el.shadowRoot!.querySelectorAll<HTMLLabelElement>('label')].find((l) => l.textContent!.includes(label))!.click();
  pick('Penyidik Unit PPA');
  $<HTMLButtonElement>(el, '[data-action=start]')!.click();
  await waitUntil(() => [...el.shadowRoot!.querySelectorAll('label')].some((l) => l.textContent!.includes('Koordinasi dengan UPTD PPA')), 'no decision');
  pick('Koordinasi dengan UPTD PPA sebelum pemeriksaan');
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Putuskan')!.click();
  await waitUntil(() => [...el.shadowRoot!.querySelectorAll('button')].some((b) => b.textContent!.trim() === 'Lanjut'), 'no feedback');
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Lanjut')!.click();
  await waitUntil(() => $(el, '[data-action=reference]') && el.result, 'no results with the certificate tools', { timeout: 8000 });
  return el;
}

describe('aman-procedure-training: certificates and xAPI', () => {
  let net: ReturnType<typeof stubFetch>;
  const posted: { url: string; body: unknown[]; auth: string | null }[] = [];
  beforeEach(() => {
    clearAmanStorage();
    posted.length = 0;
    net = stubFetch((url, init) => {
      if (url.pathname.endsWith('/trust/keys.json')) return jsonResponse(trust);
      if (url.href.startsWith('https://lrs.example/xapi/statements')) {
        posted.push({ url: url.href, body: JSON.parse(String(init!.body)), auth: new Headers(init!.headers).get('authorization') });
        return new Response(JSON.stringify([]), { status: 200, headers: { 'content-type': 'application/json' } });
      }
      return undefined;
    });
  });
  afterEach(() => {
    net.restore();
    clearAmanStorage();
  });

  it('an unsigned result prints as a reference number that says it is no proof', async () => {
    const el = await finished();
    $<HTMLButtonElement>(el, '[data-action=reference]')!.click();
    await waitUntil(() => $(el, '.cert-title'), 'no certificate screen');
    expect(text(el)).to.contain('bukan bukti');
    expect(text(el)).to.contain(el.result!.attemptId);
    await expect(el).to.be.accessible();
  });

  it('a certificate signed by a trusted agency opens, shows its QR and prints; one with a changed date is refused', async () => {
    const el = await finished();
    const file = await signed(el.result!);
    const open = async (data: unknown) => {
      const input = $<HTMLInputElement>(el, 'input[type=file]')!;
      const dt = new DataTransfer();
      dt.items.add(new File([JSON.stringify(data)], 'hasil.certificate.json', { type: 'application/json' }));
      input.files = dt.files;
      input.dispatchEvent(new Event('change'));
    };
    await open(file);
    await waitUntil(() => $(el, '.cert-title'), 'the signed certificate did not open', { timeout: 5000 });
    expect(text(el)).to.contain('UPTD PPA Kab. Uji');
    expect(el.shadowRoot!.querySelector('svg path')).to.exist;
    expect(el.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
    const realPrint = window.print;
    let printed = false;
    window.print = () => {
      printed = document.documentElement.hasAttribute('data-aman-printing');
      dispatchEvent(new Event('afterprint'));
    };
    try {
      $<HTMLButtonElement>(el, '[data-action=print-cert]')!.click();
      await waitUntil(() => printed, 'did not print the certificate alone');
    } finally {
      window.print = realPrint;
    }
    // Back to the results, then a forged copy: someone moved the date of issue.
    $<HTMLButtonElement>(el, '[data-action=back]')!.click();
    await waitUntil(() => $(el, 'input[type=file]'), 'not back on the results');
    const forged = structuredClone(file) as { credential: { validFrom: string } };
    forged.credential.validFrom = new Date(Date.parse(forged.credential.validFrom) - 86400_000).toISOString().replace(/\.\d+Z$/, 'Z');
    await open(forged);
    await waitUntil(() => $(el, '.check-title'), 'the forged certificate was not refused', { timeout: 5000 });
    expect(text(el)).to.contain('telah diubah');
  });

  it('a link carrying a code opens "check a certificate"; a cut code is refused with the reason', async () => {
    const el = await finished();
    const { code } = await signed(el.result!);
    const check = await fixture<AmanProcedureTraining>(html`<aman-procedure-training view="check" src="/test/fixtures/training-mini.json"></aman-procedure-training>`);
    await waitUntil(() => $(check, '.check-title'), 'no check screen', { timeout: 8000 });
    const area = $<HTMLTextAreaElement>(check, 'textarea')!;
    area.value = code.slice(0, code.length - 20);
    $<HTMLFormElement>(check, 'form')!.requestSubmit();
    await waitUntil(() => text(check).includes('terpotong'), 'a cut code was not explained', { timeout: 5000 });
    area.value = code;
    $<HTMLFormElement>(check, 'form')!.requestSubmit();
    await waitUntil(() => text(check).includes('UPTD PPA Kab. Uji'), 'a genuine code did not check', { timeout: 5000 });
  });

  it('with lrs-endpoint the finished case goes to the LRS as xAPI statements, with the host\'s credentials and no typed name', async () => {
    const el = await fixture<AmanProcedureTraining>(
      html`<aman-procedure-training src="/test/fixtures/training-mini.json" lrs-endpoint="https://lrs.example/xapi" .lrsAuth=${'Basic dGVzdDp0ZXN0'}></aman-procedure-training>`,
    );
    el.remove();
    const done = await finished(
      html`<aman-procedure-training src="/test/fixtures/training-mini.json" lrs-endpoint="https://lrs.example/xapi" .lrsAuth=${'Basic dGVzdDp0ZXN0'}></aman-procedure-training>`,
    );
    await waitUntil(() => posted.length > 0, 'nothing was sent to the LRS', { timeout: 8000 });
    const statements = posted.flatMap((p) => p.body) as { context: { registration: string }; actor: unknown }[];
    expect(posted[0]!.auth).to.equal('Basic dGVzdDp0ZXN0');
    expect(statements.every((s) => s.context.registration === done.result!.attemptId)).to.equal(true);
    await waitUntil(() => text(done).includes('sudah dikirim ke LRS'), 'the status does not say it was sent', { timeout: 8000 });
  });
});
