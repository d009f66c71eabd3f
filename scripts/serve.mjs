#!/usr/bin/env node
// A tiny static server for dist/ (the demo app) and for end-to-end tests. Same-origin only, no dependencies.
// Usage: node scripts/serve.mjs [root] [--port N] [--csp]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "require-trusted-types-for 'script'; trusted-types lit-html; base-uri 'self'; object-src 'none'; frame-ancestors 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.json', '.webmanifest', '.css', '.svg', '.txt']);

/**
 * Each file's gzip, made once per version of the file (path, inode, size, mtime, ctime), as a host's static
 * compression (nginx gzip_static, a CDN) serves it: compressing on every request cost the bench's cold page ~8 ms.
 */
const gzipped = new Map();
function gzipOf(path, info, body) {
  const version = `${info.ino}:${info.size}:${info.mtimeMs}:${info.ctimeMs}`;
  const hit = gzipped.get(path);
  if (hit?.version === version) return hit.out;
  const out = gzipSync(body);
  gzipped.set(path, { version, out });
  return out;
}

/**
 * @param {{ root: string, port?: number, host?: string, csp?: boolean | ((path: string) => boolean),
 *           onRequest?: (req: import('node:http').IncomingMessage) => void }} opts
 */
export function startServer({ root, port = 0, host = '127.0.0.1', csp = false, onRequest }) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    onRequest?.(req);
    try {
      const url = new URL(req.url ?? '/', 'http://x');
      let path = normalize(join(base, decodeURIComponent(url.pathname)));
      if (!path.startsWith(base)) throw Object.assign(new Error('outside root'), { code: 'ENOENT' });
      let info = await stat(path);
      if (info.isDirectory()) info = await stat((path = join(path, 'index.html')));
      const body = await readFile(path);
      const headers = {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
      };
      const wantCsp = typeof csp === 'function' ? csp(url.pathname) : csp;
      if (wantCsp && extname(path) === '.html') headers['content-security-policy'] = STRICT_CSP;
      if (url.pathname.endsWith('sw.js')) headers['service-worker-allowed'] = '/';
      // Compressed as any web host would send it (what a phone on a slow connection actually downloads).
      let out = body;
      if (COMPRESSIBLE.has(extname(path)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        out = gzipOf(path, info, body);
        headers['content-encoding'] = 'gzip';
        headers.vary = 'accept-encoding';
      }
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : out);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const addr = server.address();
      ok({ server, url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${addr.port}/` });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const root = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? 'dist';
  const pi = args.indexOf('--port');
  const port = Number(pi >= 0 ? args[pi + 1] : process.env.PORT ?? 8000);
  try {
    const { url } = await startServer({ root, port, csp: args.includes('--csp') });
    console.log(`Aman demo: ${url}  (serving ${root}/, Ctrl+C to stop)`);
  } catch (err) {
    // A port in use (another `npm start`, another program) is not a bug: say what to do, no stack trace.
    const other = port === 9000 ? 9001 : 9000;
    if (err?.code === 'EADDRINUSE') console.error(`port ${port} is busy — try \`PORT=${other} npm start\``);
    else if (err?.code === 'EACCES') console.error(`port ${port} is not allowed for this user — try \`PORT=${other} npm start\``);
    else console.error(`cannot serve on port ${port}: ${err?.message ?? err}`);
    process.exitCode = 1;
  }
}
