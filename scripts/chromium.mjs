// The one place that says which Chromium the tests use and how it is started: Debian's package (npm cannot
// download browsers here), headless, and unable to reach any host but this machine — Chromium looks up Google
// hosts at start even with background networking off, and only the resolver rule stops every lookup.
import { existsSync } from 'node:fs';

export const chromiumPath =
  process.env.CHROME_PATH ||
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost, EXCLUDE 127.0.0.1',
];
