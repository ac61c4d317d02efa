import { readFileSync } from 'node:fs';

/** The app's version from package.json (the one shipped in the installer). */
export function readAppVersion(packageJsonUrl: URL): string {
  const parsed = JSON.parse(readFileSync(packageJsonUrl, 'utf8')) as { version?: unknown };
  return typeof parsed.version === 'string' ? parsed.version : '0.0.0';
}
