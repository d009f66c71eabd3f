// CI audits what a site installs (issue 16, item 9): `npm audit --omit=dev` fails on high/critical advisories and
// says so, without failing, where the registry has no audit endpoint.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const report = (vulns) => {
  const metadata = { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 } };
  for (const v of Object.values(vulns)) (metadata.vulnerabilities[v.severity]++, metadata.vulnerabilities.total++);
  return JSON.stringify({ auditReportVersion: 2, vulnerabilities: vulns, metadata });
};
const UNREACHABLE = JSON.stringify({ message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', statusCode: 405 });
const OFFLINE = JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'request to https://registry.npmjs.org failed' } });

/** Runs scripts/audit.mjs with an `npm` that prints `json` and exits like npm audit would. */
function audit(json, status = 1) {
  const dir = mkdtempSync(join(tmpdir(), 'aman-audit-'));
  writeFileSync(join(dir, 'out.json'), json);
  const npm = join(dir, 'npm');
  writeFileSync(npm, `#!${process.execPath}\nprocess.stdout.write(require('fs').readFileSync(${JSON.stringify(join(dir, 'out.json'))}, 'utf8'));\nprocess.exitCode = ${status};\n`);
  chmodSync(npm, 0o755);
  return spawnSync(process.execPath, ['scripts/audit.mjs'], { encoding: 'utf8', env: { ...process.env, AMAN_AUDIT_NPM: npm } });
}

test('CI runs npm audit --omit=dev after the tests', () => {
  const ci = readFileSync('.ci/run', 'utf8');
  assert.ok(existsSync('scripts/audit.mjs'));
  assert.match(ci, /^node scripts\/audit\.mjs$/m);
  assert.ok(ci.indexOf('node scripts/audit.mjs') > ci.indexOf('npm test'));
});

test('a high or critical advisory in a runtime dependency fails, naming the package', () => {
  const r = audit(report({ lit: { severity: 'high' }, i18next: { severity: 'critical' }, 'workbox-window': { severity: 'moderate' } }));
  assert.equal(r.status, 1, r.stdout + r.stderr);
  assert.match(r.stderr, /2 high or critical advisories: lit \(high\), i18next \(critical\)/);
});

test('moderate and low advisories, or none, pass', () => {
  for (const json of [report({}), report({ 'workbox-window': { severity: 'moderate' }, lit: { severity: 'low' } })]) {
    const r = audit(json, 0);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /no high or critical advisories/);
  }
});

test('no audit endpoint (a mirror answering 405, no network, no JSON) is reported and does not fail', () => {
  for (const json of [UNREACHABLE, OFFLINE, 'npm ERR! something else']) {
    const r = audit(json);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /audit endpoint is not reachable here .*not audited/);
  }
});
