import { defineConfig } from 'vitest/config';
import { yTiptapPatch } from './renderer/editor/y-tiptap-patch';

// Unit and integration tests under Node. Files that need a DOM declare
// `// @vitest-environment happy-dom` at their top. End-to-end specs live in
// tests/e2e and are run by Playwright, not here.
export default defineConfig({
  // The renderer's patch of @tiptap/y-tiptap (renderer/editor/y-tiptap-patch.ts), inlined so tests run it too.
  plugins: [yTiptapPatch()],
  test: {
    server: { deps: { inline: ['@tiptap/y-tiptap', '@tiptap/extension-collaboration', '@tiptap/extension-collaboration-caret'] } },
    include: ['{common,electron,renderer,tests,scripts,build}/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**', 'dist/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
