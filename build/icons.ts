import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pngToIco from 'png-to-ico';

/**
 * `npm run icons`: the app's icons from its one drawing, resources/icon.svg.
 * Linux PNGs at the standard sizes (resources/icons/NxN.png: the window and
 * the AppImage/deb), and the Windows .ico with 16–256 (the .exe, the installer
 * and its shortcuts). Each size is drawn from the SVG, not scaled from another
 * bitmap. npm packages only: resvg (Rust, shipped inside its npm package) and
 * png-to-ico. build/icons.test.ts checks that the committed files are what
 * this makes.
 */
export const root = fileURLToPath(new URL('..', import.meta.url));
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512] as const;
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;

export function renderPng(svg: string, size: number): Buffer {
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng());
}

/** Every generated file, by its path under the repository. */
export async function iconFiles(svg: string): Promise<Map<string, Buffer>> {
  const png = new Map(LINUX_SIZES.map((size) => [size, renderPng(svg, size)] as const));
  const files = new Map<string, Buffer>();
  for (const [size, bytes] of png) files.set(`resources/icons/${size}x${size}.png`, bytes);
  files.set('resources/icon.ico', await pngToIco(ICO_SIZES.map((size) => png.get(size)!)));
  return files;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [path, bytes] of await iconFiles(readFileSync(join(root, 'resources/icon.svg'), 'utf8'))) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), bytes);
    console.log(`${path} (${bytes.length} bytes)`);
  }
}
