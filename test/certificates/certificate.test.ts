import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import type { TrainingResult } from '../../src/core/training-result.js';
import { checkCredential, CERTIFICATE_FORMAT } from '../../src/certificates/credential.js';
import { buildCredential, checkTrainingResult, claimsFromResult } from '../../src/certificates/issue.js';
import { createProof } from '../../src/certificates/eddsa-jcs.js';
import { checkCode, codeFromInput, encodeCompact } from '../../src/certificates/compact.js';
import { didKeyFromPublicKey, verificationMethodOf } from '../../src/certificates/multibase.js';
import { loadTrustList, parseTrustList, type TrustList } from '../../src/certificates/trust.js';
import { certificateView, checkInput, checkView } from '../../src/certificates/view.js';
import { qrSvg } from '../../src/certificates/qr.js';
import { translator, loadNamespaces } from '../../src/shared/i18n.js';

const result = async (): Promise<TrainingResult> => (await fetch('/test/fixtures/training-result.json')).json();

/** An agency key made in the test with WebCrypto, as aman-sign makes one with Node's crypto. */
async function agency(name = 'UPTD PPA Kab. Contoh') {
  const keys = (await crypto.subtle.generateKey('Ed25519', true, ['sign', 'verify'])) as CryptoKeyPair;
  const did = didKeyFromPublicKey(new Uint8Array(await crypto.subtle.exportKey('raw', keys.publicKey)));
  const sign = async (data: Uint8Array) => new Uint8Array(await crypto.subtle.sign('Ed25519', keys.privateKey, data as BufferSource));
  return { did, sign, trust: { asOf: '2026-12-01', keys: [{ id: did, name, agency: 'uptd-ppa' }] } as TrustList };
}

async function issue(r: TrainingResult, a: Awaited<ReturnType<typeof agency>>, at = new Date('2026-12-01T09:00:00Z')) {
  const credential = await createProof(buildCredential(r, { id: a.did, name: 'UPTD PPA Kab. Contoh' }, at), {
    verificationMethod: verificationMethodOf(a.did),
    sign: a.sign,
  });
  const code = await encodeCompact(claimsFromResult(r, a.did, at), a.sign);
  return { format: CERTIFICATE_FORMAT, credential, code };
}

const NOW = new Date('2026-12-02T00:00:00Z');

describe('certificates: credential and compact code', () => {
  it('a TrainingResult becomes an Open Badges 3.0 credential with integers only where signed', async () => {
    const r = await result();
    expect(checkTrainingResult(r)).to.equal(null);
    const c = buildCredential(r, { id: 'did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2', name: 'UPTD' }, new Date('2026-12-01T09:00:00.123Z'));
    expect(c.type).to.deep.equal(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(c.id).to.equal(`urn:uuid:${r.attemptId}`);
    expect(c.validFrom).to.equal('2026-12-01T09:00:00Z');
    expect(c.credentialSubject.identifier![0]!.identityHash).to.equal('Siti Aminah');
    expect(c.credentialSubject.result.map((x) => x.value ?? x.status)).to.deep.equal(['14/18', 'Completed', '6/8', '8/10']);
    const numbers: unknown[] = [];
    JSON.stringify(c, (_, v) => (typeof v === 'number' && numbers.push(v), v));
    expect(numbers).to.deep.equal([]);
  });

  it('refuses what is not a TrainingResult, naming the path', async () => {
    const r: any = await result();
    expect(checkTrainingResult({ ...r, format: 'x' })).to.deep.equal({ path: 'format', problem: 'format' });
    expect(checkTrainingResult({ ...r, score: 1.5 })).to.deep.equal({ path: 'score', problem: 'integer' });
    expect(checkTrainingResult({ ...r, role: undefined })).to.deep.equal({ path: 'role', problem: 'missing' });
    expect(checkTrainingResult([])).to.deep.equal({ path: '', problem: 'notObject' });
  });

  it('sign → verify round trip in the browser: the credential and its code (≤ 300 characters)', async () => {
    const a = await agency();
    const file = await issue(await result(), a);
    expect(file.code.length).to.be.at.most(300);
    const cred = await checkCredential(file.credential, a.trust, NOW);
    expect(cred.ok && cred.issuer.name).to.equal('UPTD PPA Kab. Contoh');
    const code = await checkCode(file.code, a.trust, NOW);
    expect(code).to.deep.include({ ok: true });
    expect(code.ok && code.claims).to.deep.include({ name: 'Siti Aminah', score: 14, maxScore: 18, passed: true, packId: 'kasus-sekolah', roleId: 'guru-bk', issued: '2026-12-01' });
    expect((await checkInput(file, a.trust, NOW)).ok).to.equal(true);
    expect((await checkInput(`https://aman.example/cek#cert=${file.code}`, a.trust, NOW)).ok).to.equal(true);
  });

  it('any changed field of the credential fails as tampered', async () => {
    const a = await agency();
    const file = await issue(await result(), a);
    const edits: ((c: any) => void)[] = [
      (c) => (c.credentialSubject.identifier[0].identityHash = 'Orang Lain'),
      (c) => (c.credentialSubject.result[0].value = '18/18'),
      (c) => (c.credentialSubject.result[1].status = 'Completed '),
      (c) => (c.credentialSubject.role = 'Kepala Sekolah'),
      (c) => (c.issuer.name = 'Polres'),
      (c) => (c.validFrom = '2026-11-01T09:00:00Z'),
      (c) => (c.proof.created = '2026-11-01T09:00:00Z'),
    ];
    for (const edit of edits) {
      const c = structuredClone(file.credential);
      edit(c);
      expect(await checkCredential(c, a.trust, NOW), edit.toString()).to.deep.equal({ ok: false, reason: 'tampered' });
    }
  });

  it('any changed character of the code fails as tampered; a cut code as truncated', async () => {
    const a = await agency();
    const { code } = await issue(await result(), a);
    const payload = code.indexOf('.') + 1;
    for (let i = payload; i < code.lastIndexOf('.'); i += 7) {
      const changed = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
      const r = await checkCode(changed, a.trust, NOW);
      expect(r.ok, `character ${i}`).to.equal(false);
      expect(['tampered', 'unknownKey', 'notYetValid']).to.include((r as { reason: string }).reason);
    }
    for (const n of [3, 10, code.lastIndexOf('.'), code.length - 1, code.length - 30]) {
      expect(await checkCode(code.slice(0, n), a.trust, NOW), `cut at ${n}`).to.deep.equal({ ok: false, reason: 'truncated' });
    }
    expect(await checkCode('hello', a.trust, NOW)).to.deep.equal({ ok: false, reason: 'malformed' });
    expect(await checkCode('  ', a.trust, NOW)).to.deep.equal({ ok: false, reason: 'empty' });
  });

  it('a key not in the trust list fails as unknownKey, for the code and the credential', async () => {
    const a = await agency();
    const other = await agency('Lembaga Lain');
    const file = await issue(await result(), a);
    expect(await checkCode(file.code, other.trust, NOW)).to.deep.equal({ ok: false, reason: 'unknownKey' });
    expect(await checkCredential(file.credential, other.trust, NOW)).to.deep.equal({ ok: false, reason: 'unknownKey' });
    // The shipped list is empty: nothing is valid until an agency adds its key.
    const shipped = parseTrustList(await (await fetch('/trust/keys.json')).json())!;
    expect(shipped.keys).to.deep.equal([]);
    expect(await checkCode(file.code, shipped, NOW)).to.deep.equal({ ok: false, reason: 'unknownKey' });
  });

  it('a trusted key cannot vouch for a credential naming another issuer; the future is not yet valid', async () => {
    const a = await agency();
    const r = await result();
    const at = new Date('2026-12-01T09:00:00Z');
    const forged = await createProof(buildCredential(r, { id: 'did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2', name: 'Polres' }, at), {
      verificationMethod: verificationMethodOf(a.did),
      sign: a.sign,
    });
    expect(await checkCredential(forged, a.trust, NOW)).to.deep.equal({ ok: false, reason: 'issuerMismatch' });
    // Signed on 2 December at 01:00 in WIT (UTC+9), checked an hour later on a phone set to UTC (still 1 December
    // there): valid, the signing day has begun where it was signed.
    const signedAt = new Date('2026-12-01T16:00:00Z');
    const wit = await encodeCompact({ ...claimsFromResult(r, a.did, signedAt), issued: '2026-12-02' }, a.sign);
    expect((await checkCode(wit, a.trust, new Date('2026-12-01T17:00:00Z'))).ok).to.equal(true);
    expect(await checkCode(wit, a.trust, new Date('2026-12-01T09:00:00Z'))).to.deep.equal({ ok: false, reason: 'notYetValid' });
    const file = await issue(r, a, new Date('2026-12-05T00:00:00Z'));
    expect(await checkCode(file.code, a.trust, NOW)).to.deep.equal({ ok: false, reason: 'notYetValid' });
    expect(await checkCredential(file.credential, a.trust, NOW)).to.deep.equal({ ok: false, reason: 'notYetValid' });
  });

  it('without WebCrypto (a page on plain http) the check says the browser cannot check here, and does not throw', async () => {
    const a = await agency();
    const file = await issue(await result(), a);
    Object.defineProperty(window.crypto, 'subtle', { value: undefined, configurable: true });
    try {
      expect(await checkCode(file.code, a.trust, NOW)).to.deep.equal({ ok: false, reason: 'unsupported' });
      expect(await checkInput(file, a.trust, NOW)).to.deep.equal({ ok: false, reason: 'unsupported' });
    } finally {
      delete (window.crypto as { subtle?: unknown }).subtle;
    }
    expect((await checkCode(file.code, a.trust, NOW)).ok).to.equal(true);
  });

  it('a certificate file whose code belongs to another attempt fails; an unsigned result is only a reference number', async () => {
    const a = await agency();
    const r = await result();
    const file = await issue(r, a);
    const other = await issue({ ...r, attemptId: '00000000-0000-4000-8000-000000000000' }, a);
    expect(await checkInput({ ...file, code: other.code }, a.trust, NOW)).to.deep.equal({ ok: false, reason: 'codeMismatch' });
    expect(await checkInput(r, a.trust, NOW)).to.deep.equal({ ok: false, reason: 'unsigned', attemptId: r.attemptId });
    expect(codeFromInput(' https://x.test/cek#cert=AMN1.abc.def\n')).to.equal('AMN1.abc.def');
  });
});

describe('certificates: trust list', () => {
  it('loads the shipped list (empty) from the library, and refuses a list from another origin without asking it', async () => {
    expect(await loadTrustList()).to.deep.equal({ asOf: '', keys: [] });
    const fetched: string[] = [];
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => (fetched.push(String(input)), original(input, init));
    try {
      let error: unknown;
      await loadTrustList('https://elsewhere.example/keys.json').catch((e) => (error = e));
      expect(String(error)).to.include('is not on');
      expect(fetched).to.deep.equal([]);
    } finally {
      window.fetch = original;
    }
  });

  it('refuses a list whose entry is not an Ed25519 did:key', () => {
    expect(parseTrustList({ asOf: '2026-12-01', keys: [{ id: 'did:web:ppa.example', name: 'x', agency: '' }] })).to.equal(null);
    expect(parseTrustList({ asOf: '1 Desember', keys: [] })).to.equal(null);
    expect(parseTrustList({ keys: [] })).to.equal(null);
  });
});

describe('certificates: views', () => {
  before(() => loadNamespaces('id', ['certificate']));

  it('the QR is one SVG path with no style, and holds the text', async () => {
    const el = await fixture(html`<div>${qrSvg('AMN1.test', 'QR')}</div>`);
    const svg = el.querySelector('svg')!;
    expect(svg.querySelectorAll('path')).to.have.length(1);
    expect(el.querySelector('[style], style')).to.equal(null);
    expect(svg.getAttribute('viewBox')).to.equal('0 0 29 29'); // version 1 (21 modules) + the quiet zone
    expect(svg.getAttribute('aria-label')).to.equal('QR');
  });

  it('the printed certificate shows agency, trainee, case, role, competencies, date, QR and the honest limits', async () => {
    const a = await agency();
    const file = await issue(await result(), a);
    const t = translator('id', 'certificate');
    const el = await fixture(html`<div>${certificateView({ t, lang: 'id', credential: file.credential, code: file.code, trustedAs: '2026-12-01' })}</div>`);
    const text = el.textContent!.replace(/\s+/g, ' ');
    for (const s of ['UPTD PPA Kab. Contoh', 'Siti Aminah', 'Kasus di sekolah', 'Guru BK', 'Persetujuan dan kerahasiaan', '6/8', 'Nilai 14 dari 18', 'Lulus', '1 Desember 2026', 'bukan siapa yang mengerjakan', 'per 1 Desember 2026', file.code]) {
      expect(text, s).to.include(s);
    }
    expect(el.querySelectorAll('svg.qr path')).to.have.length(1);
    expect(el.querySelector('[style]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('an unsigned result prints a reference number that is not a proof', async () => {
    const r = await result();
    const el = await fixture(html`<div>${certificateView({ t: translator('id', 'certificate'), lang: 'id', result: r })}</div>`);
    expect(el.textContent).to.include(r.attemptId).and.include('Nomor rujukan — bukan bukti');
    expect(el.querySelector('svg')).to.equal(null);
  });

  it('check view: a pasted code is checked and the verdict says who signed, or why not', async () => {
    const a = await agency();
    const file = await issue(await result(), a);
    const t = translator('en', 'certificate');
    await loadNamespaces('en', ['certificate']);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const inputs: unknown[] = [];
    const draw = (outcome?: Awaited<ReturnType<typeof checkInput>>) =>
      render(checkView({ t, lang: 'en', onCheck: (i) => inputs.push(i), outcome, trustedAs: '2026-12-01', value: file.code }), host);
    draw();
    await expect(host).to.be.accessible();
    host.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    expect(inputs).to.deep.equal([file.code]);
    draw(await checkInput(inputs[0], a.trust, NOW));
    expect(host.querySelector('[role=status]')!.textContent).to.include('Valid: signed by UPTD PPA Kab. Contoh').and.include('Siti Aminah');
    draw(await checkInput(file.code.slice(0, 100), a.trust, NOW));
    expect(host.querySelector('[role=status]')!.textContent).to.include('Not valid: the code is cut short');
    expect(host.textContent).to.include('Trusted keys as of 1 December 2026');
  });
});
