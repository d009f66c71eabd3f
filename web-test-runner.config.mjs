// Component and unit tests in real headless Chromium (Debian's package; npm cannot download browsers here),
// driven by Playwright — the same driver (playwright-core) the end-to-end tests and the bench use.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

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
    }),
  ],
};
