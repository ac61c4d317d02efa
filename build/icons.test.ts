import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { iconFiles, root } from './icons';

describe('npm run icons', () => {
  const svg = readFileSync(join(root, 'resources/icon.svg'), 'utf8');

  it('made the committed icons from resources/icon.svg, as it would now', async () => {
    const files = await iconFiles(svg);
    expect(files.size).toBe(9);
    for (const [path, bytes] of files) expect(readFileSync(join(root, path)).equals(bytes), path).toBe(true);
  });

  it('makes other files from another drawing, so the check above can fail', async () => {
    const files = await iconFiles(svg.replace('#b3261e', '#0b3d91'));
    const ico = files.get('resources/icon.ico')!;
    expect(readFileSync(join(root, 'resources/icon.ico')).equals(ico)).toBe(false);
  });
});
