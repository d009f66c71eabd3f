import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Locales and packs are fetched at run time from the asset base (the site root here), as in dist/.
  staticDirs: [
    { from: '../locales', to: '/locales' },
    { from: '../content', to: '/content' },
    { from: '../test/fixtures', to: '/fixtures' },
  ],
  core: { disableTelemetry: true },
  docs: {},
};
export default config;
