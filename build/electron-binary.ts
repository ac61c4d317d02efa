import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the Electron executable is, without downloading it. Since Electron 45
 * the npm package carries no binary: loading the package downloads one on
 * first use, so neither `npm start` nor the tests call it to find out.
 */
// Read as files: loading the package (its index.js) would start a download.
export const electronPackageDir = fileURLToPath(new URL('../node_modules/electron/', import.meta.url));
export const electronVersion = (JSON.parse(readFileSync(join(electronPackageDir, 'package.json'), 'utf8')) as { version: string }).version;

/** The executable when it is downloaded and of this package's version (as electron/index.js finds it), else null. */
export function installedElectron(): string | null {
  try {
    const version = readFileSync(join(electronPackageDir, 'dist', 'version'), 'utf8').trim().replace(/^v/, '');
    const executable = readFileSync(join(electronPackageDir, 'path.txt'), 'utf8');
    if (version !== electronVersion) return null;
    const path = join(process.env.ELECTRON_OVERRIDE_DIST_PATH || join(electronPackageDir, 'dist'), executable);
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}
