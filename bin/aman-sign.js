#!/usr/bin/env node
// aman-sign keygen --out <dir> [--name "UPTD PPA Kab. X"] [--agency uptd-ppa]
// aman-sign sign --key agency-key.pem --issuer-name "…" [--issuer-url https://…] result.json…
// aman-sign verify [--trust keys.json] result.certificate.json…
// The issuing agency's side of Aman's certificates (docs/certificates.md): a phone cannot keep a signing key, so the
// trainer signs the trainees' exported results here and Aman only verifies. Node's own crypto, no dependencies.
// Messages in Indonesian unless --lang en|jv. Exit 0 when every file went well, 1 when any failed, 2 on wrong usage.
// The certificate logic comes from the build (dist/cli/certificates.js); in a checkout without a build it is
// compiled from src/certificates/node.ts on the fly, as aman-validate does.
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign as edSign } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const LANGS = ['id', 'en', 'jv'];
const MIN_PASSPHRASE = 12;

const [command, ...rest] = process.argv.slice(2);
const opts = { lang: 'id' };
const files = [];
let help = command === '-h' || command === '--help';
for (let i = 0; i < rest.length; i++) {
  const a = rest[i];
  const m = /^--([\w-]+)(?:=(.*))?$/.exec(a);
  if (a === '-h' || a === '--help') help = true;
  else if (m) opts[m[1]] = m[2] ?? rest[++i];
  else files.push(a);
}

function messages(lng) {
  for (const dir of ['locales', 'dist/locales']) {
    const f = join(root, dir, lng, 'certificate.json');
    if (existsSync(f)) return JSON.parse(readFileSync(f, 'utf8'));
  }
  return {};
}
const lang = LANGS.includes(opts.lang) ? opts.lang : 'id';
const [idWords, ownWords] = [messages('id'), messages(lang)];
// Indonesian fills any key a translation lacks, as in the elements.
const word = (path) => path.split('.').reduce((n, k) => n?.[k], ownWords) ?? path.split('.').reduce((n, k) => n?.[k], idWords) ?? path;
const say = (key, params = {}) => word(key).replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k) => (k in params ? String(params[k]) : ''));

if (help) {
  console.log(say('cli.usage'));
  process.exit(0);
}
if (!['keygen', 'sign', 'verify'].includes(command) || !LANGS.includes(opts.lang)) {
  console.error(say('cli.usage'));
  process.exit(2);
}

async function loadCertificates() {
  const built = join(root, 'dist/cli/certificates.js');
  if (existsSync(built)) return import(pathToFileURL(built).href);
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [join(root, 'src/certificates/node.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

/** AMAN_SIGN_PASSPHRASE, else asked on the terminal (not echoed), else the first line of standard input. */
async function passphrase(twice) {
  if (process.env.AMAN_SIGN_PASSPHRASE) return process.env.AMAN_SIGN_PASSPHRASE;
  const ask = (prompt) =>
    new Promise((resolve) => {
      const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: process.stdin.isTTY });
      if (process.stdin.isTTY) {
        process.stderr.write(prompt);
        rl._writeToOutput = () => {}; // keep the passphrase off the screen
      }
      rl.once('line', (line) => {
        rl.close();
        if (process.stdin.isTTY) process.stderr.write('\n');
        resolve(line);
      });
      rl.once('close', () => resolve(''));
    });
  const first = await ask(say('cli.passphrasePrompt'));
  if (twice && process.stdin.isTTY && (await ask(say('cli.passphraseAgain'))) !== first) fail(say('cli.passphraseMismatch'));
  return first;
}

function fail(message, code = 1) {
  console.error(message);
  process.exit(code);
}

const readJson = (file) => {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { error: say('cli.fileUnreadable', { file, detail: e.code ?? e.message }) };
  }
  try {
    return { data: JSON.parse(text) };
  } catch (e) {
    return { error: say('cli.notJson', { file, detail: e.message }) };
  }
};

const rawPublicKey = (key) => new Uint8Array(createPublicKey(key).export({ type: 'spki', format: 'der' }).subarray(-32));

const lib = await loadCertificates();

if (command === 'keygen') {
  if (!opts.out) fail(say('cli.usage'), 2);
  const keyFile = join(opts.out, 'agency-key.pem');
  const publicFile = join(opts.out, 'agency-public.json');
  for (const f of [keyFile, publicFile]) if (existsSync(f)) fail(say('cli.keyExists', { file: f }));
  const secret = await passphrase(true);
  if ([...secret].length < MIN_PASSPHRASE) fail(say('cli.passphraseShort', { min: MIN_PASSPHRASE }));
  const { privateKey, publicKey } = generateKeyPairSync('ed25519', {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: secret },
    publicKeyEncoding: { type: 'spki', format: 'der' },
  });
  const did = lib.didKeyFromPublicKey(new Uint8Array(publicKey.subarray(-32)));
  mkdirSync(opts.out, { recursive: true });
  writeFileSync(keyFile, privateKey, { mode: 0o600, flag: 'wx' });
  // One entry of trust/keys.json, ready to paste into its `keys`.
  const entry = { id: did, name: opts.name ?? '', agency: opts.agency ?? '' };
  writeFileSync(publicFile, `${JSON.stringify(entry, null, 2)}\n`, { flag: 'wx' });
  console.log(say('cli.wroteKey', { file: keyFile }));
  console.log(say('cli.wrotePublic', { file: publicFile, did }));
  process.exit(0);
}

if (command === 'sign') {
  if (!opts.key || !opts['issuer-name'] || files.length === 0) fail(say('cli.usage'), 2);
  if (opts['issuer-url'] !== undefined && !/^https:\/\/[^\s/]+/.test(opts['issuer-url'])) fail(say('cli.badUrl'), 2);
  let pem;
  try {
    pem = readFileSync(opts.key);
  } catch (e) {
    fail(say('cli.keyUnreadable', { file: opts.key, detail: e.code ?? e.message }));
  }
  const secret = await passphrase(false);
  let key;
  try {
    key = createPrivateKey({ key: pem, format: 'pem', passphrase: secret });
  } catch {
    fail(say('cli.wrongPassphrase', { file: opts.key }));
  }
  if (key.asymmetricKeyType !== 'ed25519') fail(say('cli.notEd25519', { file: opts.key }));
  const did = lib.didKeyFromPublicKey(rawPublicKey(key));
  const signer = (data) => new Uint8Array(edSign(null, data, key));
  const issuer = { id: did, name: opts['issuer-name'], ...(opts['issuer-url'] ? { url: opts['issuer-url'] } : {}) };
  let failed = false;
  for (const file of files) {
    const { data, error } = readJson(file);
    const problem = error ? null : lib.checkTrainingResult(data);
    if (error || problem) {
      console.error(error ?? say('cli.notResult', { file, path: problem.path || '(root)', problem: say(`cli.problems.${problem.problem}`) }));
      failed = true;
      continue;
    }
    const issued = new Date();
    const credential = await lib.createProof(lib.buildCredential(data, issuer, issued), {
      verificationMethod: lib.verificationMethodOf(did),
      created: issued.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      sign: signer,
    });
    const code = await lib.encodeCompact(lib.claimsFromResult(data, did, issued), signer);
    const out = join(dirname(file), `${basename(file).replace(/\.json$/i, '')}.certificate.json`);
    writeFileSync(out, `${JSON.stringify({ format: lib.CERTIFICATE_FORMAT, credential, code }, null, 2)}\n`);
    console.log(say('cli.signed', { file, out, length: code.length }));
  }
  process.exit(failed ? 1 : 0);
}

if (command === 'verify') {
  if (files.length === 0) fail(say('cli.usage'), 2);
  let trust;
  if (opts.trust) {
    const { data, error } = readJson(opts.trust);
    trust = error ? undefined : lib.parseTrustList(data);
    if (!trust) fail(error ?? say('cli.badTrust', { file: opts.trust }));
  }
  let failed = false;
  for (const file of files) {
    const { data, error } = readJson(file);
    if (error || data?.format !== lib.CERTIFICATE_FORMAT || !data.credential || typeof data.code !== 'string') {
      console.error(error ?? say('cli.notCertificate', { file }));
      failed = true;
      continue;
    }
    // Without a trust list, the key the credential names is taken at its word: integrity only, said so.
    const did = String(data.credential.issuer?.id ?? '');
    const list = trust ?? { asOf: '', keys: lib.publicKeyFromDidKey(did) ? [{ id: did, name: data.credential.issuer?.name ?? '', agency: '' }] : [] };
    const cred = await lib.checkCredential(data.credential, list);
    const code = cred.ok ? await lib.checkCode(data.code, list) : cred;
    let reason = code.ok ? undefined : code.reason;
    if (code.ok && (code.claims.attemptId !== data.credential.id.replace(/^urn:uuid:/, '') || code.issuer.id !== did)) reason = 'codeMismatch';
    if (reason) {
      console.error(say('cli.invalid', { file, reason: say(`reasons.${reason}`) }));
      failed = true;
    } else if (trust) console.log(say('cli.verified', { file, issuer: cred.issuer.name || data.credential.issuer.name, did }));
    else console.log(say('cli.verifiedNoTrust', { file, did }));
  }
  process.exit(failed ? 1 : 0);
}
