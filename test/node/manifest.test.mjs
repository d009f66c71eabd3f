// The custom-elements manifest is the public API as editors and Storybook see it (issue 7): internal state stays
// out, every element documents `lang` and `scale`, and every event an element says it fires is one of the events
// declared once in src/shared/events.ts. Needs a build (npm test builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
const declared = [...readFileSync('src/shared/events.ts', 'utf8').matchAll(/^\s+'(aman-[\w-]+)': \w+Detail;$/gm)].map((m) => m[1]);

test('every element of the manifest documents lang and scale, and shows no internal state', () => {
  assert.ok(elements.length >= 5, elements.map((e) => e.tagName).join());
  for (const el of elements) {
    const attrs = (el.attributes ?? []).map((a) => a.name);
    assert.ok(attrs.includes('lang') && attrs.includes('scale'), `${el.tagName}: ${attrs}`);
    assert.deepEqual(attrs.filter((a) => a.startsWith('_')), [], el.tagName);
    assert.deepEqual((el.members ?? []).map((m) => m.name).filter((n) => n.startsWith('_')), [], el.tagName);
  }
});

test('every event an element fires is declared once in src/shared/events.ts', () => {
  assert.ok(declared.includes('aman-complete') && declared.includes('aman-offline-status'), declared.join());
  for (const el of elements) for (const e of el.events ?? []) assert.ok(declared.includes(e.name), `${el.tagName} fires ${e.name}`);
});
