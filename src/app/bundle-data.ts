import { locales, packs } from 'aman:inline-data';
import { registerLocale } from '../shared/i18n.js';
import { registerBuiltInPack } from '../shared/pack.js';

// Imported by bundle-entry.ts before the elements, so the data is there before any element is defined and
// connected: an Indonesian page then needs nothing but the one file.
for (const [ns, data] of Object.entries(locales)) registerLocale('id', ns, data);
for (const p of packs) registerBuiltInPack(p.kind, p.id, 'id', p.data);
