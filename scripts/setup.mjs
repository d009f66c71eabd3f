#!/usr/bin/env node
// Runs before `npm start` and `npm test` on a fresh clone: installs the npm packages from the lockfile when
// node_modules is missing or stale, and (with --browser) makes sure a Chromium is there for the browser tests.
// Uses only Node built-ins, because it runs before anything is installed.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });
const marker = 'node_modules/.package-lock.json';
const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs - 1000;
if (stale) {
  console.log('aman: installing npm packages from package-lock.json …');
  // The lockfile lists every platform's optional packages (rollup, esbuild …), so `npm ci` works everywhere and
  // never rewrites it. If it fails, the lockfile and package.json disagree: fix that, do not paper over it.
  run('npm ci --no-audit --no-fund');
}

if (process.argv.includes('--browser')) {
  // Debian packages the tests use: a Chromium (required), and zbarimg to decode the certificates' QR codes (the QR
  // test is skipped without it, so it is installed where it can be, not demanded).
  const has = (cmd) => {
    try {
      execSync(`command -v ${cmd}`, { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const noChromium = !candidates.some((p) => p && existsSync(p));
  const missing = [...(noChromium ? ['chromium'] : []), ...(has('zbarimg') ? [] : ['zbar-tools'])];
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (missing.length && root && has('apt-get')) {
    console.log(`aman: installing Debian ${missing.join(' and ')} for the browser tests …`);
    try {
      run(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`);
    } catch (e) {
      if (noChromium) throw e;
      console.warn('aman: zbar-tools could not be installed; the QR decoding test will be skipped.');
    }
  } else if (noChromium) {
    console.error('aman: Chromium not found. Install it (Debian: sudo apt-get install chromium) or set CHROME_PATH.');
    process.exit(1);
  }
}
