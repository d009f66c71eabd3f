// Library build: one entry for everything (dist/aman.js), one per element (dist/elements/<tag>.js), shared code
// in dist/chunks/, all minified ES2022 (decorator-free source, so no lowering is needed); plus the Node build of
// the pack validator behind the `aman-validate` CLI.
import { readdirSync, existsSync } from 'node:fs';
import { dirname, posix } from 'node:path';
import resolve from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';

const elements = readdirSync('src/elements', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/elements/${d.name}/define.ts`))
  .map((d) => d.name);

const input = { aman: 'src/aman.ts' };
for (const name of elements) input[`elements/aman-${name}`] = `src/elements/${name}/define.ts`;

/** Points `assets.ts`'s base URL at dist/ from wherever Rollup puts the chunk that holds it. */
function assetBase() {
  return {
    name: 'aman-asset-base',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('src/shared/assets.ts')) return null;
      const out = code.replace('new URL(ROOT, import.meta.url)', 'new URL(import.meta.AMAN_BASE, import.meta.url)');
      if (out === code) this.error('asset base marker not found in assets.ts');
      return { code: out, map: null };
    },
    resolveImportMeta(prop, { chunkId }) {
      if (prop !== 'AMAN_BASE') return null;
      const rel = posix.relative(dirname(chunkId), '.') || '.';
      return JSON.stringify(`${rel}/`);
    },
  };
}

/**
 * After minifying, the only indentation left is inside template literals: Lit's html`` and css`` templates,
 * where a run of white space after a line break means nothing (the element styles never use `white-space: pre`).
 */
function squeezeTemplates() {
  return {
    name: 'aman-squeeze-templates',
    renderChunk(code) {
      return { code: code.replace(/\n[ \t]+/g, '\n'), map: null };
    },
  };
}

/** Minifies the static CSS of css`` literals in *styles.ts files (they hold no `${}` expressions). */
function minifyStyles() {
  const squeeze = (body) =>
    body
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .trim();
  return {
    name: 'aman-minify-styles',
    transform(code, id) {
      if (!/styles\.ts$/.test(id)) return null;
      return { code: code.replace(/css`([^`$]*)`/g, (_, body) => `css\`${squeeze(body)}\``), map: null };
    },
  };
}

const plugins = (target) => [
  assetBase(),
  minifyStyles(),
  resolve({ browser: target === 'browser', exportConditions: target === 'browser' ? ['production'] : ['node'] }),
  esbuild({ target: 'es2022', legalComments: 'none', tsconfig: 'tsconfig.json' }),
  // terser packs Lit + i18next ≈ 3% smaller than esbuild's minifier, which matters under a 30 KB budget.
  terser({ module: true, ecma: 2022, compress: { passes: 3, pure_getters: true, keep_fargs: false }, format: { comments: false } }),
  squeezeTemplates(),
];

export default [
  {
    input,
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      // The pack validator is needed only for packs from outside the library: its own lazy chunk.
      manualChunks(id) {
        if (/[\\/]src[\\/](core[\\/](validate|json-schema)|generated[\\/]validators)/.test(id)) return 'validate';
        // Two layers, each one request (one gzip stream compresses better than several small files):
        // `common`: Lit, i18next and the element base that every element uses (the quick exit needs nothing more);
        // `content`: the pack machinery of the elements that show packs (loading, errors, live region, markup).
        if (
          /node_modules[\\/](lit|@lit|lit-html|lit-element|i18next)[\\/]/.test(id) ||
          /src[\\/]shared[\\/](base|events|styles|lang|i18n|assets)\.ts$/.test(id)
        )
          return 'common';
        if (/src[\\/](shared[\\/](pack-element|announce|ui|pack|device-data)|core[\\/]markup|generated[\\/]kinds)\.ts$/.test(id))
          return 'content';
        return undefined;
      },
      sourcemap: false,
    },
    plugins: plugins('browser'),
    preserveEntrySignatures: 'allow-extension',
    onwarn(w, warn) {
      if (w.code === 'THIS_IS_UNDEFINED') return;
      warn(w);
    },
  },
  {
    input: { validate: 'src/core/validate.ts' },
    output: { dir: 'dist/cli', format: 'es', entryFileNames: '[name].js' },
    plugins: plugins('node'),
  },
];
