// The hand-written QR encoder (src/certificates/qr-encode.ts) read back by an independent decoder, ZBar's
// `zbarimg` (Debian package zbar-tools): a certificate's code, a link carrying one, and text needing each size
// class of the format (versions 1–9, 10–26 with 16-bit counts, ≥ 7 with version blocks). Skipped without zbarimg.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const zbar = spawnSync('zbarimg', ['--version']).status === 0;
const out = await build({ entryPoints: ['src/certificates/qr-encode.ts'], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'silent' });
const { qrMatrix } = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
const dir = mkdtempSync(join(tmpdir(), 'aman-qr-'));

/** A plain PBM image of the matrix, 4 pixels a module, with the quiet zone. */
function pbm(m, file) {
  const scale = 4;
  const n = (m.length + 8) * scale;
  const rows = [];
  for (let Y = 0; Y < n; Y++) {
    let row = '';
    for (let X = 0; X < n; X++) row += m[Math.floor(Y / scale) - 4]?.[Math.floor(X / scale) - 4] ? '1' : '0';
    rows.push(row);
  }
  writeFileSync(file, `P1\n${n} ${n}\n${rows.join('\n')}\n`);
}

const code = 'AMN1.WyIzZjJiOGMxZS02YTRkLTRiN2UtOWMyMS01ZDhlMGYxYTJiM2MiLCJrYXN1cy1zZWtvbGFoIiwiMS4wLjAiLCJndXJ1LWJrIiwiU2l0aSBBbWluYWgiLDEsMTQsMTgsIjIwMjYtMTItMDEiLCJLa29lQVFpRyJd.V_3j-wOjgY8q38z6W5z7YSyjrK7hI2JD5qA2izfkgGzLuxwk4RamVtUmyT797jtrgPQ3MZBcUuvXnKN_2D4pCw';
const cases = {
  'a short text (version 1)': ['aman', 1],
  'a certificate code (version 12)': [code, 12],
  'a check link with the code (version 13)': [`https://ppa.contoh.go.id/aman/cek.html#cert=${code}`, 13],
  'Indonesian and Javanese text in UTF-8 (version 7 and its version blocks)': ['Sertifikat — ꦲꦩꦤ꧀ Aman: pelatihan prosedur bersama, kasus di sekolah. '.repeat(2), 7],
};

for (const [name, [text, minVersion]] of Object.entries(cases)) {
  test(`QR: ${name} decodes to the same text`, { skip: !zbar && 'zbarimg (zbar-tools) is not installed' }, () => {
    const m = qrMatrix(text);
    const version = (m.length - 17) / 4;
    assert.ok(version >= minVersion && version <= minVersion + 2, `version ${version}`);
    const file = join(dir, `${version}.pbm`);
    pbm(m, file);
    const r = spawnSync('zbarimg', ['-q', '--raw', '-Sdisable', '-Sqrcode.enable', file], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.replace(/\n$/, ''), text);
  });
}
