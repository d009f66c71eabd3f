// Library build: one entry for everything (dist/aman.js), one per element (dist/elements/<tag>.js), shared code
// in dist/chunks/, all minified ES2022 (decorator-free source, so no lowering is needed); plus the Node build of
// the pack validator behind the `aman-validate` CLI.
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { dirname, posix, resolve as resolvePath } from 'node:path';
import resolve from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';

const elements = readdirSync('src/elements', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/elements/${d.name}/define.ts`))
  .map((d) => d.name);

/** The shared chunks, each one request: see manualChunks below. */
const LAYERS = ['common', 'content', 'validate'];

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

/**
 * The default language's UI strings ship with the code that shows them: every class in src/shared/base.ts or
 * src/elements/ with a `static namespaces = [...]` list imports one small module per namespace that registers
 * locales/id/<ns>.json through i18n.ts's `registerLocale`, so an Indonesian page makes no locale request (other
 * languages are still fetched, lazily). The list is read from the class's AST (after esbuild), not from text.
 */
function inlineDefaultStrings() {
  const PREFIX = '\0aman-locale:';
  const i18nModule = resolvePath('src/shared/i18n.ts');
  const namespacesOf = (node, out) => {
    if (!node || typeof node !== 'object') return out;
    if (Array.isArray(node)) {
      for (const n of node) namespacesOf(n, out);
      return out;
    }
    if (node.type === 'PropertyDefinition' && node.static && node.key?.name === 'namespaces' && node.value?.type === 'ArrayExpression') {
      for (const el of node.value.elements) if (el?.type === 'Literal' && typeof el.value === 'string') out.add(el.value);
    }
    for (const [k, v] of Object.entries(node)) if (k !== 'type' && v && typeof v === 'object') namespacesOf(v, out);
    return out;
  };
  return {
    name: 'aman-inline-default-strings',
    resolveId: (id) => (id.startsWith(PREFIX) ? id : null),
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const ns = id.slice(PREFIX.length);
      const data = JSON.parse(readFileSync(`locales/id/${ns}.json`, 'utf8'));
      return `import { registerLocale } from ${JSON.stringify(i18nModule)};\nregisterLocale('id', ${JSON.stringify(ns)}, ${JSON.stringify(data)});\n`;
    },
    transform(code, id) {
      if (!/src[\\/](shared[\\/]base|elements[\\/][^\\/]+[\\/][^\\/]+)\.ts$/.test(id) || !code.includes('namespaces')) return null;
      const list = [...namespacesOf(this.parse(code), new Set())];
      for (const ns of list) if (!existsSync(`locales/id/${ns}.json`)) this.error(`${id}: namespace "${ns}" has no locales/id/${ns}.json`);
      return list.length ? { code: list.map((ns) => `import ${JSON.stringify(PREFIX + ns)};`).join('') + code, map: null } : null;
    },
  };
}

const plugins = (target) => [
  assetBase(),
  minifyStyles(),
  resolve({ browser: target === 'browser', exportConditions: target === 'browser' ? ['production'] : ['node'] }),
  esbuild({ target: 'es2022', legalComments: 'none', tsconfig: 'tsconfig.json' }),
  ...(target === 'browser' ? [inlineDefaultStrings()] : []),
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
      // The layers keep one name across builds, so a page can name them in `<link rel="modulepreload">` hints
      // (docs/embedding.md); the other chunks carry a content hash. sw.js revisions the unhashed ones itself.
      chunkFileNames: (c) => (LAYERS.includes(c.name) ? 'chunks/[name].js' : 'chunks/[name]-[hash].js'),
      // The pack validator is needed only for packs from outside the library: its own lazy chunk.
      manualChunks(id) {
        if (/[\\/]src[\\/](core[\\/](validate|json-schema)|generated[\\/]validators)/.test(id)) return 'validate';
        // Two layers, each one request (one gzip stream compresses better than several small files):
        // `common`: Lit, i18next and the element base that every element uses (the quick exit needs nothing more);
        // `content`: the pack machinery of the elements that show packs (loading, errors, live region, markup).
        if (
          id === '\0aman-locale:common' ||
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
