// Every JavaScript file of dist/, one bundler (issue 8, "One build a maintainer can read"):
//   1. the library: dist/aman.js, one entry per element (dist/elements/<tag>.js), shared code in dist/chunks/;
//   2. the Node builds behind the CLIs (dist/cli/): the pack validator (`aman-validate`), the certificates (`aman-sign`);
//   3. the hub: dist/app.js and dist/app.css (sources in src/app/);
//   4. the one-file fallback dist/aman.bundle.js: the library with the Indonesian strings and packs inlined.
// All minified ES2022 (decorator-free source, so no lowering is needed). The library and the one-file bundle
// also write their chunk graph to dist/size-graph.json, which scripts/size-report.mjs reads.
// The service worker is bundled by scripts/app/service-worker.mjs, after the precache list is known.
import { readdirSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, resolve as resolvePath } from 'node:path';
import { gzipSync } from 'node:zlib';
import resolve from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { transform as transformCss } from 'lightningcss';

const elements = readdirSync('src/elements', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/elements/${d.name}/define.ts`))
  .map((d) => d.name);

/** The shared chunks, each one request: see manualChunks below. */
const LAYERS = ['common', 'content', 'validate', 'i18next'];

const input = { aman: 'src/aman.ts' };
for (const name of elements) input[`elements/aman-${name}`] = `src/elements/${name}/define.ts`;

// --- plugins of our own: each does one thing no maintained plugin does ----------------------------------------------

/**
 * Points `assets.ts`'s base URL at dist/ from wherever Rollup puts the chunk that holds it (`../` from dist/chunks/,
 * `./` from dist/aman.bundle.js). The only place the asset base is rewritten.
 */
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
 * The virtual module `aman:inline-data` of src/app/bundle-data.ts (types in src/app/inline-data.d.ts): the Indonesian
 * UI strings (locales/id/*.json, less the hub's app.json) and the Indonesian built-in packs (content/<kind>/<id>.id.json).
 */
function inlineData() {
  const ID = '\0aman:inline-data';
  const json = (file) => JSON.parse(readFileSync(file, 'utf8'));
  const list = (dir) => readdirSync(dir, { recursive: true }).map(String).sort();
  return {
    name: 'aman-inline-data',
    resolveId: (source) => (source === 'aman:inline-data' ? ID : null),
    load(id) {
      if (id !== ID) return null;
      const locales = {};
      for (const f of list('locales/id')) {
        if (f.endsWith('.json') && f !== 'app.json') locales[f.slice(0, -5)] = json(join('locales/id', f));
      }
      const packs = [];
      for (const f of list('content')) {
        const m = /^([\w-]+)[\\/]([\w-]+)\.id\.json$/.exec(f);
        if (m) packs.push({ kind: m[1], id: m[2], data: json(join('content', f)) });
      }
      for (const f of [...list('locales/id').map((f) => join('locales/id', f)), ...list('content').map((f) => join('content', f))]) {
        if (f.endsWith('.json')) this.addWatchFile(resolvePath(f));
      }
      return `export const locales = ${JSON.stringify(locales)};\nexport const packs = ${JSON.stringify(packs)};\n`;
    },
    generateBundle() {
      // bundle-data.ts registers the data as a side effect: make sure tree-shaking kept it.
      if (!this.getModuleInfo(ID)?.isIncluded) this.error('aman:inline-data was tree-shaken out of aman.bundle.js');
    },
  };
}

/** dist/app.css: src/app/app.css minified with Lightning CSS (the hub's only stylesheet, linked by index.html). */
function appStyles(src = 'src/app/app.css') {
  return {
    name: 'aman-app-styles',
    buildStart() {
      this.addWatchFile(resolvePath(src));
    },
    generateBundle() {
      const { code } = transformCss({ filename: src, code: readFileSync(src), minify: true });
      this.emitFile({ type: 'asset', fileName: 'app.css', source: code });
    },
  };
}

/**
 * dist/size-graph.json, from Rollup's own chunk graph: for every chunk its static and dynamic imports and its
 * minified and gzip -9 size. One instance is shared by the builds below, so the file holds all of them.
 */
function sizeGraph(file = 'dist/size-graph.json') {
  const chunks = {};
  return {
    name: 'aman-size-graph',
    generateBundle(options, bundle) {
      const dir = posix.relative('dist', (options.dir ?? dirname(options.file)).replaceAll('\\', '/'));
      const at = (f) => posix.join(dir, f);
      for (const c of Object.values(bundle)) {
        if (c.type !== 'chunk') continue;
        chunks[at(c.fileName)] = {
          name: c.name,
          isEntry: c.isEntry,
          imports: c.imports.map(at),
          dynamicImports: c.dynamicImports.map(at),
          bytes: Buffer.byteLength(c.code),
          gzip: gzipSync(c.code, { level: 9 }).length,
        };
      }
    },
    writeBundle() {
      mkdirSync(dirname(file), { recursive: true });
      const sorted = Object.fromEntries(Object.entries(chunks).sort(([a], [b]) => a.localeCompare(b)));
      writeFileSync(file, `${JSON.stringify({ chunks: sorted }, null, 2)}\n`);
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

// --- shared settings -----------------------------------------------------------------------------------------------

const esbuildTs = () => esbuild({ target: 'es2022', legalComments: 'none', tsconfig: 'tsconfig.json' });
// terser packs Lit + i18next ≈ 3% smaller than esbuild's minifier, which matters under the per-layer budgets.
const minify = () =>
  terser({ module: true, ecma: 2022, compress: { passes: 3, pure_getters: true, keep_fargs: false }, format: { comments: false } });

const plugins = (target) => [
  assetBase(),
  resolve({ browser: target === 'browser', exportConditions: target === 'browser' ? ['production'] : ['node'] }),
  esbuildTs(),
  ...(target === 'browser' ? [inlineDefaultStrings()] : []),
  // Lit's html`` and css`` templates of our own sources (HTML collapsed, CSS through Lightning CSS); third-party
  // code is left as its authors shipped it. After esbuild, so it reads plain JavaScript.
  ...(target === 'browser' ? [minifyHTML({
          include: ['src/**/*.ts'],
          failOnError: true,
          // SVG templates (the lesson drawings) need their self-closing tags: without them every <rect> would swallow
          // the shapes after it and draw nothing.
          options: { minifyOptions: { keepClosingSlash: true } },
        })] : []),
  minify(),
];

const onwarn = (w, warn) => {
  if (w.code === 'THIS_IS_UNDEFINED') return;
  warn(w);
};

const graph = sizeGraph();

export default [
  // 1. the library
  {
    input,
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      // The layers keep one name across builds, so a page can name them in `<link rel="modulepreload">` hints
      // (docs/embedding.md); the other chunks carry a content hash. sw.js revisions the unhashed ones itself.
      // Each kind's schemas keep one name too (chunks/schemas/<kind>.js), so a page with a pack from `src` can name its
      // kind's schemas beside validate.js.
      chunkFileNames: (c) =>
        LAYERS.includes(c.name)
          ? 'chunks/[name].js'
          : /[\\/]src[\\/]generated[\\/]schemas[\\/][^\\/]+\.js$/.test(c.facadeModuleId ?? '')
            ? 'chunks/schemas/[name].js'
            : 'chunks/[name]-[hash].js',
      // The pack validator is needed only for packs from outside the library: its own lazy chunk.
      manualChunks(id) {
        if (/[\\/]src[\\/](core[\\/](validate|json-schema)|generated[\\/]validators)\.(ts|js)$/.test(id)) return 'validate';
        // i18next, on its own: loaded only when an element speaks a language other than Indonesian (src/shared/i18n.ts).
        if (/node_modules[\\/]i18next[\\/]/.test(id)) return 'i18next';
        // Two layers, each one request (one gzip stream compresses better than several small files):
        // `common`: Lit and the element base that every element uses (the quick exit needs nothing more);
        // `content`: the pack machinery of the elements that show packs (loading, errors, live region, markup).
        if (
          id === '\0aman-locale:common' ||
          /node_modules[\\/](lit|@lit|lit-html|lit-element)[\\/]/.test(id) ||
          /src[\\/]shared[\\/](base|events|styles|lang|i18n|assets)\.ts$/.test(id)
        )
          return 'common';
        // (core/illustrations: the ids of the drawings, which the lesson draws and the validator checks; without it
        // here, Rollup put it in the validator's chunk and every lesson page loaded the validator.)
        if (/src[\\/](shared[\\/](pack-element|announce|ui|pack|device-data)|core[\\/](markup|illustrations)|generated[\\/]kinds)\.ts$/.test(id))
          return 'content';
        // The quiz's question templates and styles, which a lesson's checkpoints reuse, stay in the quiz's own file: a
        // separate chunk would cost a quiz page a request and ~0.5 KB of compression (the lesson imports them from it).
        if (/src[\\/]elements[\\/]quiz[\\/]/.test(id)) return 'elements/aman-quiz';
        return undefined;
      },
      sourcemap: false,
    },
    plugins: [...plugins('browser'), graph],
    preserveEntrySignatures: 'allow-extension',
    onwarn,
  },
  // 2. the CLIs' logic, for Node: the pack validator (aman-validate) and the certificates (aman-sign)
  {
    input: { validate: 'src/core/validate-all.ts', certificates: 'src/certificates/node.ts' },
    output: { dir: 'dist/cli', format: 'es', entryFileNames: '[name].js' },
    plugins: plugins('node'),
  },
  // 3. the hub: plain DOM, imports each element's entry at run time by URL (so nothing of the library is bundled in)
  {
    input: { app: 'src/app/app.ts', 'presenter-notes': 'src/app/notes.ts' },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', sourcemap: false },
    plugins: [esbuildTs(), minify(), appStyles()],
    onwarn,
  },
  // 4. the one-file fallback: the library's entry plus the inlined data, every lazy chunk inlined too
  {
    input: 'src/app/bundle-entry.ts',
    output: { file: 'dist/aman.bundle.js', format: 'es', inlineDynamicImports: true, sourcemap: false },
    plugins: [inlineData(), ...plugins('browser'), graph],
    onwarn,
  },
];
