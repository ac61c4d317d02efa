import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, logger: { isEnabled: boolean; add(): void }): Promise<void>;
};

/** The parts of electron-builder.yml these tests read. */
interface BuilderConfig {
  win: { target: Array<{ target: string }> };
  nsis: Record<string, unknown>;
  linux: { target: string[] };
  asarUnpack: string[];
  files: string[];
}

const config = load(readFileSync(new URL('./electron-builder.yml', import.meta.url), 'utf8')) as BuilderConfig;
const quietLogger = { isEnabled: false, add() {} };

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own schema', async () => {
    await expect(validateConfiguration(config, quietLogger)).resolves.toBeUndefined();
  });

  it('is rejected by that schema when an option is misspelt, so the check can fail', async () => {
    await expect(validateConfiguration({ ...config, nsis: { ...config.nsis, oneClik: false } }, quietLogger)).rejects.toThrow(
      /Invalid configuration object/,
    );
  });

  it('builds a per-user Vietnamese NSIS installer with a desktop shortcut', () => {
    expect(config.win.target[0]?.target).toBe('nsis');
    expect(config.nsis.perMachine).toBe(false);
    expect(config.nsis.installerLanguages).toEqual(['vi_VN']);
    expect(config.nsis.createDesktopShortcut).toBe('always');
  });

  it('builds AppImage and deb on Linux and unpacks the native SQLite module', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.asarUnpack.some((glob: string) => glob.includes('better-sqlite3'))).toBe(true);
  });

  it('ships exactly what the build produces and package.json points at it', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { main: string };
    expect(pkg.main).toBe('dist/main/index.js');
    expect(config.files).toContain('dist/main/**');
    expect(config.files).toContain('dist/preload/**');
    expect(config.files).toContain('dist/renderer/**');
  });
});
