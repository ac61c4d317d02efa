import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * `npm run lint:eslint` (part of `npm run lint` and `npm test`):
 * typescript-eslint's recommended rules everywhere, and the two rules of React
 * hooks in the renderer. The plugin's newer React Compiler rules (refs read
 * during render, setState in an effect…) are not on: the app does not use the
 * compiler, and its "latest value in a ref" pattern is deliberate.
 */
export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', 'release/', 'test-results/', 'playwright-report/', '.tmp/'] },
  tseslint.configs.recommended,
  {
    // `const { [key]: _removed, ...rest } = o` is how a key is left out.
    rules: { '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
