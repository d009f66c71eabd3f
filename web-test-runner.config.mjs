// Component and unit tests in real headless Chromium (Debian's package; npm cannot download browsers here),
// driven by Playwright — the same driver (playwright-core) the end-to-end tests and the bench use.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

// Every test file runs in one browser context, as all pages shared Chromium's default profile under the former
// Puppeteer launcher: a warm HTTP cache makes the suite ~40 % faster here. (The broken-pack race it once narrowed
// is gone: a pack element shows an error only once its words are loaded.) WTR closes the context after each file;
// closing that file's page instead keeps "one page at a time".
let context;
const sharedContext = async ({ browser }) => {
  if (!context) {
    context = await browser.newContext();
    context.close = async () => {
      await Promise.all(context.pages().map((page) => page.close()));
    };
  }
  return context;
};

export default {
  files: ['test/**/*.test.ts', '!test/e2e/**'],
  nodeResolve: true,
  // One page at a time: keyboard tests need the focused page, and background pages are throttled.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: chromiumArgs,
      },
      createBrowserContext: sharedContext,
    }),
  ],
};
