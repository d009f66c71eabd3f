/**
 * Where the library's own files (locales/, content/, schemas/) live. In the source tree that is the repo root;
 * in `dist/` the Rollup build rewrites the marked URL below so that every chunk points at `dist/`, wherever the
 * chunk itself sits. A host that copies the files elsewhere calls `setAssetBase()` before the first element renders.
 */
const ROOT = '../../'; // a variable, not a literal: bundlers must not treat the repo root as an asset to inline
let base = new URL(ROOT, import.meta.url).href;

export function assetUrl(path: string): string {
  return new URL(path, base).href;
}

export function setAssetBase(url: string): void {
  base = new URL(url.endsWith('/') ? url : `${url}/`, document.baseURI).href;
}
