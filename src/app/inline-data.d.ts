/**
 * A module that exists only at build time: rollup.config.js (`inlineData()`) generates it from `locales/id/*.json` and the
 * Indonesian built-in packs (`content/<kind>/<id>.id.json`) while bundling `aman.bundle.js`.
 */
declare module 'aman:inline-data' {
  import type { PackKind } from '../core/types.js';
  /** Namespace → strings. */
  export const locales: Record<string, Record<string, unknown>>;
  export const packs: { kind: PackKind; id: string; data: unknown }[];
}
