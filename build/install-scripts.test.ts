import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';

/**
 * The reviewed install scripts. package.json's `allowScripts` approves the
 * first two by name and denies the third; `.ci/run` installs with
 * `npm ci --strict-allow-scripts`, which fails on any other package with an
 * install script. npm itself cannot hold an approval to one version here: the
 * lockfile records no download addresses, and npm refuses a `name@version`
 * approval it cannot check against one. So the version pin is this table: an
 * approved package at another version, or with another script, fails until
 * someone reviews it and updates both.
 */
const REVIEWED = {
  // Builds the native SQLite module that every service opens.
  'better-sqlite3': { version: '12.11.1', allow: true, scripts: { install: 'prebuild-install || node-gyp rebuild --release' } },
  // Checks that @esbuild/<platform>'s binary is of this version, and runs it without the JS shim.
  esbuild: { version: '0.28.2', allow: true, scripts: { postinstall: 'node install.js' } },
  // Copies a 7-Zip .exe for Squirrel.Windows installers; ours are NSIS, which do not use it.
  'electron-winstaller': { version: '5.4.0', allow: false, scripts: { install: 'node ./script/select-7z-arch.js' } },
} as const;

const root = fileURLToPath(new URL('..', import.meta.url));
const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall'];
const json = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const lock = json('package-lock.json') as { packages: Record<string, { version?: string; hasInstallScript?: boolean }> };
const nameOf = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);

describe('install scripts', () => {
  it('package.json approves and denies exactly the reviewed packages', () => {
    expect(json('package.json').allowScripts).toEqual(
      Object.fromEntries(Object.entries(REVIEWED).map(([name, review]) => [name, review.allow])),
    );
  });

  it('every package in the lockfile that has an install script was reviewed, and an approved one at the reviewed version', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([path, entry]) => path && entry.hasInstallScript)
      .map(([path, entry]) => ({ name: nameOf(path), version: entry.version }));
    expect(withScripts.map((p) => p.name).sort()).toEqual(Object.keys(REVIEWED).sort());
    for (const { name, version } of withScripts) {
      const review = REVIEWED[name as keyof typeof REVIEWED];
      if (review.allow) expect(`${name}@${version}`).toBe(`${name}@${review.version}`);
    }
  });

  it('the installed approved packages run the scripts that were reviewed', () => {
    for (const [name, review] of Object.entries(REVIEWED)) {
      if (!review.allow) continue;
      const pkg = json(`node_modules/${name}/package.json`) as { version: string; scripts?: Record<string, string> };
      const scripts = Object.fromEntries(Object.entries(pkg.scripts ?? {}).filter(([key]) => INSTALL_SCRIPTS.includes(key)));
      expect({ version: pkg.version, scripts }).toEqual({ version: review.version, scripts: review.scripts });
    }
  });
});
