#!/usr/bin/env node
// `npm audit --omit=dev` for CI (issue 16, item 9): what a site that installs Aman runs is its dependencies (lit,
// i18next, workbox-window), not the build tools. Fails on a high or critical advisory; where the registry has no
// audit endpoint (a mirror, a proxy, no network), it says so and does not fail — a missing answer is not a finding.
// Usage: node scripts/audit.mjs   (AMAN_AUDIT_NPM replaces the npm command, for tests)
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const BLOCKING = ['high', 'critical'];

/**
 * Reads `npm audit --json` output. `{ ok: true }` when there is a report without high/critical advisories,
 * `{ ok: false }` with the packages when there are, `{ ok: true, skipped: reason }` when there is no report at all.
 */
export function judge(stdout) {
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    return { ok: true, skipped: 'npm audit printed no report' };
  }
  const counts = report?.metadata?.vulnerabilities;
  if (!counts || typeof counts !== 'object') {
    const why = report?.error?.code ?? report?.code ?? (report?.statusCode ? `HTTP ${report.statusCode}` : undefined);
    const message = report?.message ?? report?.error?.summary ?? '';
    return { ok: true, skipped: [why, message].filter(Boolean).join(': ') || 'no audit report' };
  }
  const found = Object.entries(report.vulnerabilities ?? {})
    .filter(([, v]) => BLOCKING.includes(v?.severity))
    .map(([name, v]) => `${name} (${v.severity})`);
  const blocking = BLOCKING.reduce((n, s) => n + (Number(counts[s]) || 0), 0);
  return { ok: blocking === 0, blocking, found, counts };
}

export function runAudit(npm = process.env.AMAN_AUDIT_NPM ?? 'npm') {
  const r = spawnSync(npm, ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120000, shell: process.platform === 'win32' });
  if (r.error) return { ok: true, skipped: `cannot run ${npm}: ${r.error.message}` };
  return judge(r.stdout);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = runAudit();
  if (result.skipped) {
    console.log(`npm audit --omit=dev: the registry's audit endpoint is not reachable here (${result.skipped}); not audited.`);
  } else if (result.ok) {
    const c = result.counts;
    console.log(`npm audit --omit=dev: no high or critical advisories (${c.total ?? 0} in all: ${c.moderate ?? 0} moderate, ${c.low ?? 0} low).`);
  } else {
    console.error(`npm audit --omit=dev: ${result.blocking} high or critical advisories: ${result.found.join(', ') || 'see npm audit'}.`);
    process.exitCode = 1;
  }
}
