// The `aman-sign` CLI as a trainer meets it: make the agency's key, sign exported results, verify certificates.
// Compiles src/certificates on the fly when there is no build (as aman-validate does), so it needs no build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PASS = 'kata sandi lembaga yang panjang';
const cli = (args, passphrase = PASS) =>
  spawnSync(process.execPath, ['bin/aman-sign.js', ...args], {
    encoding: 'utf8',
    env: { ...process.env, AMAN_SIGN_PASSPHRASE: passphrase },
    input: '',
  });
const dir = mkdtempSync(join(tmpdir(), 'aman-sign-'));
const keyDir = join(dir, 'kunci');
const result = join(dir, 'hasil-siti.json');
copyFileSync('test/fixtures/training-result.json', result);

test('keygen writes an encrypted PKCS#8 key (owner-only) and the did:key entry for trust/keys.json', () => {
  const r = cli(['keygen', '--out', keyDir, '--name', 'UPTD PPA Kab. Contoh', '--agency', 'uptd-ppa']);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const pem = readFileSync(join(keyDir, 'agency-key.pem'), 'utf8');
  assert.match(pem, /^-----BEGIN ENCRYPTED PRIVATE KEY-----/);
  assert.equal(statSync(join(keyDir, 'agency-key.pem')).mode & 0o077, 0, 'the private key is readable by its owner only');
  const pub = JSON.parse(readFileSync(join(keyDir, 'agency-public.json'), 'utf8'));
  assert.match(pub.id, /^did:key:z6Mk[1-9A-HJ-NP-Za-km-z]{44}$/);
  assert.deepEqual([pub.name, pub.agency], ['UPTD PPA Kab. Contoh', 'uptd-ppa']);
  assert.match(r.stdout, /trust\/keys\.json/);
  // An existing key is never overwritten.
  const again = cli(['keygen', '--out', keyDir]);
  assert.equal(again.status, 1);
  assert.match(again.stderr, /agency-key\.pem sudah ada/);
  assert.equal(readFileSync(join(keyDir, 'agency-key.pem'), 'utf8'), pem);
});

test('keygen refuses a short passphrase', () => {
  const r = cli(['keygen', '--out', join(dir, 'pendek')], 'pendek');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /paling sedikit 12 karakter/);
  assert.ok(!existsSync(join(dir, 'pendek', 'agency-key.pem')));
});

test('sign → <result>.certificate.json: an OB 3.0 credential with an eddsa-jcs-2022 proof and a compact code', () => {
  const r = cli(['sign', '--key', join(keyDir, 'agency-key.pem'), '--issuer-name', 'UPTD PPA Kab. Contoh', '--issuer-url', 'https://ppa.contoh.go.id', result]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const file = JSON.parse(readFileSync(join(dir, 'hasil-siti.certificate.json'), 'utf8'));
  const did = JSON.parse(readFileSync(join(keyDir, 'agency-public.json'), 'utf8')).id;
  assert.equal(file.format, 'aman-certificate/1');
  assert.deepEqual(file.credential.type, ['VerifiableCredential', 'OpenBadgeCredential']);
  assert.deepEqual(file.credential.issuer, { id: did, type: ['Profile'], name: 'UPTD PPA Kab. Contoh', url: 'https://ppa.contoh.go.id' });
  assert.equal(file.credential.proof.cryptosuite, 'eddsa-jcs-2022');
  assert.equal(file.credential.proof.verificationMethod, `${did}#${did.slice(8)}`);
  assert.match(file.credential.proof.proofValue, /^z[1-9A-HJ-NP-Za-km-z]{80,90}$/);
  assert.match(file.code, /^AMN1\.[\w-]+\.[\w-]{86}$/);
  assert.ok(file.code.length <= 300, `code of ${file.code.length} characters`);
  assert.match(r.stdout, /hasil-siti\.certificate\.json \(kode \d+ karakter\)/);
});

test('verify: valid against the trust list; a changed field, an unknown key and a cut code fail with the reason', () => {
  const cert = join(dir, 'hasil-siti.certificate.json');
  const pub = JSON.parse(readFileSync(join(keyDir, 'agency-public.json'), 'utf8'));
  const trust = join(dir, 'keys.json');
  writeFileSync(trust, JSON.stringify({ asOf: '2026-12-01', keys: [pub] }));
  const ok = cli(['verify', '--trust', trust, cert]);
  assert.equal(ok.status, 0, ok.stdout + ok.stderr);
  assert.match(ok.stdout, /sah — ditandatangani oleh UPTD PPA Kab\. Contoh/);

  const file = JSON.parse(readFileSync(cert, 'utf8'));
  const write = (name, data) => {
    const f = join(dir, name);
    writeFileSync(f, JSON.stringify(data));
    return f;
  };
  const changed = structuredClone(file);
  changed.credential.credentialSubject.result[0].value = '18/18';
  const r1 = cli(['verify', '--trust', trust, write('ubah.certificate.json', changed)]);
  assert.equal(r1.status, 1);
  assert.match(r1.stderr, /ubah\.certificate\.json: tidak sah — isi sertifikat telah diubah/);

  const stranger = write('asing.json', { asOf: '2026-12-01', keys: [{ id: 'did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2', name: 'Lain', agency: '' }] });
  const r2 = cli(['verify', '--trust', stranger, '--lang', 'en', cert]);
  assert.equal(r2.status, 1);
  assert.match(r2.stderr, /not valid — it was signed with a key that is not in the list of trusted agencies/);

  const r3 = cli(['verify', '--trust', trust, '--lang', 'en', write('potong.certificate.json', { ...file, code: file.code.slice(0, 200) })]);
  assert.equal(r3.status, 1);
  assert.match(r3.stderr, /potong\.certificate\.json: not valid — the code is cut short/);
});

test('sign with a wrong passphrase: exit 1, nothing written, the key file named', () => {
  const other = join(dir, 'lain.json');
  copyFileSync('test/fixtures/training-result.json', other);
  const r = cli(['sign', '--key', join(keyDir, 'agency-key.pem'), '--issuer-name', 'X', other], 'frasa sandi yang salah');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /agency-key\.pem: frasa sandi salah/);
  assert.ok(!existsSync(join(dir, 'lain.certificate.json')));
});

test('a file that is not a TrainingResult is named with what is wrong; the others are still signed', () => {
  const pack = join(dir, 'paket.json');
  copyFileSync('test/fixtures/quiz-mini.json', pack);
  const broken = join(dir, 'rusak.json');
  writeFileSync(broken, '{"format": "aman-training-result/1",');
  const bad = join(dir, 'nilai.json');
  writeFileSync(bad, JSON.stringify({ ...JSON.parse(readFileSync(result, 'utf8')), score: 12.5 }));
  const good = join(dir, 'baik.json');
  copyFileSync(result, good);
  const r = cli(['sign', '--key', join(keyDir, 'agency-key.pem'), '--issuer-name', 'X', pack, broken, bad, good, '--lang', 'en']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /paket\.json: not an Aman training result \(aman-training-result\/1\): format: wrong format/);
  assert.match(r.stderr, /rusak\.json: not valid JSON/);
  assert.match(r.stderr, /nilai\.json: not an Aman training result .*: score: must be an integer/);
  assert.ok(existsSync(join(dir, 'baik.certificate.json')), 'the valid result is signed');
  assert.ok(!existsSync(join(dir, 'paket.certificate.json')));
});

test('wrong usage exits 2 with the usage text; --help exits 0', () => {
  const r = cli(['sign', result]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /aman-sign keygen --out/);
  for (const args of [['--help'], ['sign', '--help'], ['verify', '-h', '--lang', 'en']]) {
    const h = cli(args);
    assert.equal(h.status, 0, args.join(' '));
    assert.match(h.stdout, /aman-sign sign --key/);
  }
  assert.match(cli(['-h', '--lang', 'en']).stdout, /^usage:/);
});
