#!/usr/bin/env node
// dist/manifest.webmanifest: the installable app. Name and description come from the hub's Indonesian strings
// (locales/id/app.json), the icons are the committed PNGs that build.mjs copies from src/app/icons/ to dist/icons/.
// Usage: node scripts/app/manifest.mjs [distDir].
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** src/app/icons/: a white shield with a heart on Aman blue; the maskable one full-bleed, symbol in the safe circle. */
const ICONS = [
  { file: 'icon-192.png', size: 192, purpose: 'any' },
  { file: 'icon-512.png', size: 512, purpose: 'any' },
  { file: 'maskable-512.png', size: 512, purpose: 'maskable' },
];

export function writeManifest(dist = 'dist') {
  const id = JSON.parse(readFileSync(join(ROOT, 'locales/id/app.json'), 'utf8'));
  const manifest = {
    id: './',
    name: `Aman — ${id.tagline}`,
    short_name: 'Aman',
    description: id.description,
    lang: 'id',
    dir: 'ltr',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b4f8a',
    categories: ['education', 'social'],
    icons: ICONS.map((i) => ({ src: `icons/${i.file}`, sizes: `${i.size}x${i.size}`, type: 'image/png', purpose: i.purpose })),
  };
  writeFileSync(join(resolve(dist), 'manifest.webmanifest'), `${JSON.stringify(manifest, null, 2)}\n`);
}

if (import.meta.filename === resolve(process.argv[1] ?? '')) writeManifest(process.argv[2] ?? 'dist');
