import { defineConfig } from 'vitest/config';

// Unit and integration tests under Node. Files that need a DOM declare
// `// @vitest-environment happy-dom` at their top. End-to-end specs live in
// tests/e2e and are run by Playwright, not here.
export default defineConfig({
  test: {
    include: ['{common,electron,renderer,tests,scripts,build}/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**', 'dist/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
