// Generates custom-elements.json from the elements' JSDoc; Storybook's autodocs and editors read it.
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
};
