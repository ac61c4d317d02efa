import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../common/api/dispatch';
import { makeGif, makeJpeg, makeWebp } from '../../../tests/pictures';
import { openRuntime, type Runtime } from '../bootstrap';
import { readImageHeader } from './image-header';

// 1×1 transparent PNG.
const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

let dir: string;
let runtime: Runtime;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'toasoan-images-'));
  runtime = openRuntime({ dataDir: dir, transport: 'web', version: 'test' });
});
afterEach(async () => {
  await runtime.close();
  rmSync(dir, { recursive: true, force: true });
});

const run = (method: string, args: unknown) => dispatch(runtime.handlers, method, args);

describe('images service', () => {
  it('stores the original byte for byte and the display copy beside it', async () => {
    const original = makeJpeg(2400, 1600);
    const display = makeJpeg(1600, 1067);
    const put = await run('images.put', {
      articleId: 'a1',
      original: original.toString('base64'),
      display: display.toString('base64'),
    });
    expect(put).toMatchObject({ ok: true, value: { mime: 'image/jpeg', width: 2400, height: 1600, hasDisplayCopy: true } });
    const imageId = (put as { value: { imageId: string } }).value.imageId;
    const files = readdirSync(join(dir, 'articles', 'a1', 'images')).sort();
    expect(files).toEqual([`${imageId}.display.jpg`, `${imageId}.jpg`]);

    const got = await run('images.get', { articleId: 'a1', imageId, variant: 'original' });
    expect(got.ok && Buffer.from((got.value as { data: string }).data, 'base64').equals(original)).toBe(true);
    const shown = await run('images.get', { articleId: 'a1', imageId });
    expect(shown.ok && Buffer.from((shown.value as { data: string }).data, 'base64').equals(display)).toBe(true);
  });

  it('adds a display copy to an image stored without one, and only to an image that exists', async () => {
    const original = makeJpeg(2400, 1600);
    const display = makeJpeg(1600, 1067);
    const put = await run('images.put', { articleId: 'a1', original: original.toString('base64') });
    const imageId = (put as { value: { imageId: string } }).value.imageId;
    const added = await run('images.putDisplay', { articleId: 'a1', imageId, display: display.toString('base64') });
    expect(added).toMatchObject({ ok: true, value: { imageId, width: 2400, hasDisplayCopy: true } });
    const shown = await run('images.get', { articleId: 'a1', imageId });
    expect(shown.ok && Buffer.from((shown.value as { data: string }).data, 'base64').equals(display)).toBe(true);
    expect(await run('images.putDisplay', { articleId: 'a1', imageId: 'no-such', display: display.toString('base64') })).toMatchObject({
      ok: false,
      error: { code: 'IMAGE_NOT_FOUND' },
    });
    expect(await run('images.putDisplay', { articleId: 'a1', imageId, display: Buffer.from('not a picture').toString('base64') })).toMatchObject({
      ok: false,
      error: { code: 'IMAGE_UNREADABLE' },
    });
  });

  it('serves the original as display when no copy was made', async () => {
    const put = await run('images.put', { articleId: 'a1', original: PNG_1X1 });
    expect(put).toMatchObject({ ok: true, value: { mime: 'image/png', width: 1, height: 1, hasDisplayCopy: false } });
    const imageId = (put as { value: { imageId: string } }).value.imageId;
    expect(await run('images.get', { articleId: 'a1', imageId })).toEqual({
      ok: true,
      value: { mime: 'image/png', data: PNG_1X1 },
    });
  });

  it('refuses bytes that are not an image', async () => {
    const put = await run('images.put', { articleId: 'a1', original: Buffer.from('<svg onload=alert(1)>').toString('base64') });
    expect(put).toMatchObject({ ok: false, error: { code: 'IMAGE_UNREADABLE' } });
  });

  it('answers IMAGE_NOT_FOUND for a missing image and IMAGE_UNREADABLE for a damaged file', async () => {
    expect(await run('images.get', { articleId: 'a1', imageId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'IMAGE_NOT_FOUND' },
    });
    const put = await run('images.put', { articleId: 'a1', original: PNG_1X1 });
    const imageId = (put as { value: { imageId: string } }).value.imageId;
    writeFileSync(join(dir, 'articles', 'a1', 'images', `${imageId}.png`), 'garbage');
    expect(await run('images.get', { articleId: 'a1', imageId })).toMatchObject({
      ok: false,
      error: { code: 'IMAGE_UNREADABLE' },
    });
  });

  it('rejects ids that could leave the article folder', async () => {
    expect(await run('images.get', { articleId: '../etc', imageId: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENTS' },
    });
    expect(await run('images.get', { articleId: 'a1', imageId: '../../x' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENTS' },
    });
  });

  it('reads sizes of PNG, GIF, WebP and JPEG headers', () => {
    expect(readImageHeader(Buffer.from(PNG_1X1, 'base64'))).toEqual({ mime: 'image/png', width: 1, height: 1 });
    expect(readImageHeader(makeGif(37, 21))).toEqual({ mime: 'image/gif', width: 37, height: 21 });
    expect(readImageHeader(makeWebp(37, 21))).toEqual({ mime: 'image/webp', width: 37, height: 21 });
    expect(readImageHeader(makeJpeg(640, 480))).toEqual({ mime: 'image/jpeg', width: 640, height: 480 });
    expect(readImageHeader(Buffer.from('hello world, not an image'))).toBeNull();
  });
});
