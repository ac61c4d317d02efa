import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { eventNames } from '../common/api/events';
import { methodNames } from '../common/api/methods';

/**
 * Builds the two Electron entry points with esbuild (the renderer is built by
 * Vite). Main is ESM with its npm dependencies left external (electron-builder
 * ships them, and better-sqlite3 is native). The preload is one CommonJS file
 * with everything bundled, because a sandboxed preload cannot require modules.
 */
const root = fileURLToPath(new URL('..', import.meta.url));

await Promise.all([
  build({
    entryPoints: [`${root}electron/main/index.ts`],
    outfile: `${root}dist/main/index.js`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  }),
  build({
    entryPoints: [`${root}electron/preload/index.ts`],
    outfile: `${root}dist/preload/index.cjs`,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
    define: {
      __TOASOAN_METHOD_NAMES__: JSON.stringify(methodNames),
      __TOASOAN_EVENT_NAMES__: JSON.stringify(eventNames),
    },
    sourcemap: true,
    logLevel: 'warning',
  }),
]);
console.log('built dist/main/index.js and dist/preload/index.cjs');
