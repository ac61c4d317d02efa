import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { WINDOW_ICON } from '../electron/main/app-icon';
import { ICO_SIZES, LINUX_SIZES, root } from './icons';

const require = createRequire(import.meta.url);
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, logger: { isEnabled: boolean; add(): void }): Promise<void>;
};

const { PlatformPackager } = require('app-builder-lib') as {
  PlatformPackager: { prototype: { generateFuseConfig(fuses: unknown): Promise<Record<string, unknown>> } };
};
// The @electron/fuses that electron-builder itself uses.
const fuses = createRequire(require.resolve('app-builder-lib/package.json'))('@electron/fuses') as {
  flipFuses(path: string, config: Record<string, unknown>): Promise<number>;
  getCurrentFuseWire(path: string): Promise<Record<number, number>>;
  FuseV1Options: Record<string, number>;
};

/** The parts of electron-builder.yml these tests read. */
interface BuilderConfig {
  win: { target: Array<{ target: string }>; icon: string };
  nsis: Record<string, unknown>;
  linux: { target: string[]; icon: string };
  asarUnpack: string[];
  files: string[];
  electronFuses: Record<string, boolean>;
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

describe('Electron fuses in the packaged app', () => {
  const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
  const on = '1'.charCodeAt(0);
  const off = '0'.charCodeAt(0);
  // Electron's defaults, in wire order: RunAsNode, CookieEncryption, NodeOptions, NodeCliInspect,
  // EmbeddedAsarIntegrity, OnlyLoadAppFromAsar, BrowserV8Snapshot, GrantFileProtocolExtraPrivileges.
  const defaults = [on, off, on, on, off, off, off, on];

  /** Flips a stand-in binary that carries Electron's fuse wire, as electron-builder does after packing. */
  async function flipped(electronFuses: unknown): Promise<Record<string, string>> {
    const dir = mkdtempSync(join(tmpdir(), 'toasoan-fuses-'));
    try {
      const binary = join(dir, 'toa-soan');
      writeFileSync(binary, Buffer.concat([Buffer.from('\x7fELF…'), Buffer.from(SENTINEL), Buffer.from([1, defaults.length, ...defaults]), Buffer.from('…')]));
      await fuses.flipFuses(binary, await PlatformPackager.prototype.generateFuseConfig(electronFuses));
      const wire = await fuses.getCurrentFuseWire(binary);
      return Object.fromEntries(defaults.map((_, i) => [fuses.FuseV1Options[i]!, wire[i] === on ? 'on' : wire[i] === off ? 'off' : '?']));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('turns off RunAsNode, NODE_OPTIONS, --inspect and file:// privileges; turns on cookie encryption, asar integrity and asar-only loading', async () => {
    expect(await flipped(config.electronFuses)).toEqual({
      RunAsNode: 'off',
      EnableCookieEncryption: 'on',
      EnableNodeOptionsEnvironmentVariable: 'off',
      EnableNodeCliInspectArguments: 'off',
      EnableEmbeddedAsarIntegrityValidation: 'on',
      OnlyLoadAppFromAsar: 'on',
      LoadBrowserProcessSpecificV8Snapshot: 'off',
      GrantFileProtocolExtraPrivileges: 'off',
    });
  });

  it('leaves a fuse as Electron ships it when the configuration does not name it, so the check above can fail', async () => {
    const withoutRunAsNode = { ...config.electronFuses };
    delete withoutRunAsNode.runAsNode;
    expect((await flipped(withoutRunAsNode)).RunAsNode).toBe('on');
  });
});

describe('icons', () => {
  const png = (path: string) => {
    const bytes = readFileSync(path);
    return { signature: bytes.subarray(1, 4).toString('ascii'), width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  };

  it('gives Linux a PNG at each standard size, from resources/icons', () => {
    expect(config.linux.icon).toBe('resources/icons');
    for (const size of LINUX_SIZES) {
      expect(png(join(root, config.linux.icon, `${size}x${size}.png`))).toEqual({ signature: 'PNG', width: size, height: size });
    }
  });

  it('gives Windows an .ico holding 16 to 256 pixels', () => {
    const ico = readFileSync(join(root, config.win.icon));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + 16 * i] || 256);
    expect(sizes.sort((a, b) => a - b)).toEqual([...ICO_SIZES]);
  });

  it('ships the window icon that electron/main loads', () => {
    expect(existsSync(join(root, WINDOW_ICON))).toBe(true);
    expect(config.files).toContain('resources/icons/**');
  });
});
