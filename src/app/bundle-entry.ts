/**
 * The single-file fallback, `dist/aman.bundle.js`: every element with Lit, i18next and workbox-window, plus the
 * Indonesian UI strings and the Indonesian built-in packs, in one ES module — for a host that can upload one file
 * and no folders. Other languages and packs are still fetched from beside the file when they are there (the
 * interface falls back to Indonesian when they are not).
 */
import './bundle-data.js';

export * from '../aman.js';
