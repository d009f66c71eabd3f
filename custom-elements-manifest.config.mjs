// Generates custom-elements.json from the elements' JSDoc; Storybook's autodocs and editors read it. The element
// bases are analysed too, so that every element documents the attributes it inherits (`lang`, `scale`, `src`, …).
// Editor data comes from the same manifest, through the maintained generators: VS Code's custom HTML data
// (dist/vscode.html-custom-data.json) and JetBrains' web-types (dist/web-types.json, named in package.json).
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
/** Internal state (`_x`, `{state: true}`) and the bases' static wiring are not public API: keep them out. */
function publicApiOnly() {
  const internal = new Set(['namespaces', 'kind', 'styles', 'properties']);
  return {
    name: 'aman-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const d of mod.declarations ?? []) {
          if (d.attributes) d.attributes = d.attributes.filter((a) => !a.name.startsWith('_'));
          if (d.members) d.members = d.members.filter((m) => !m.name.startsWith('_') && !(m.static && internal.has(m.name)));
        }
      }
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts', 'src/shared/base.ts', 'src/shared/pack-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false, // package.json names the shipped copy, dist/custom-elements.json
  plugins: [
    publicApiOnly(),
    customElementVsCodePlugin({ outdir: 'dist', hideLogs: true }),
    customElementJetBrainsPlugin({ outdir: 'dist', packageJson: false, hideLogs: true }),
  ],
};
