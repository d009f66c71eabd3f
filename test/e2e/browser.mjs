// Shared set-up for end-to-end tests: the system Chromium through playwright-core, with no way to reach any
// host but this machine, and a static server over the repo root (pages under test/pages load /dist/*).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

export const executablePath =
  process.env.CHROME_PATH ||
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));

export async function launch() {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost, EXCLUDE 127.0.0.1',
    ],
  });
}

export async function serve(root = '.', opts = {}) {
  const requests = [];
  const { server, url } = await startServer({ root, ...opts, onRequest: (req) => requests.push(req.url) });
  return { server, url, requests, close: () => new Promise((r) => server.close(r)) };
}
