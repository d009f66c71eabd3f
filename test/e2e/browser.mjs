// Shared set-up for end-to-end tests: the system Chromium through playwright-core, with no way to reach any
// host but this machine, and a static server over the repo root (pages under test/pages load /dist/*).
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

export const executablePath = chromiumPath;

export async function launch() {
  return chromium.launch({ executablePath, headless: true, args: chromiumArgs });
}

export async function serve(root = '.', opts = {}) {
  const requests = [];
  const { server, url } = await startServer({ root, ...opts, onRequest: (req) => requests.push(req.url) });
  return { server, url, requests, close: () => new Promise((r) => server.close(r)) };
}
