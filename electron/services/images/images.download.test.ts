import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { crc32, deflateSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch, type Handlers } from '../../../common/api/dispatch';
import { ServiceError, isErrorCode } from '../../../common/api/errors';
import { DraftsHarness } from '../drafts/testing/harness';
import { createImagesDomain } from './images.domain';
import { isLoopbackAddress, isRefusedAddress, type DownloadOptions } from './images.download';

/** A valid RGBA PNG of the given size (every pixel opaque red). */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no filter, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 4, Buffer.from([255, 0, 0, 255]))]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const PNG = png(2, 2);
const LIMIT = 4096;

let server: Server;
const requests: string[] = [];
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.url?.startsWith('/to-ipv6')) {
      res.writeHead(302, { location: `http://[::1]:${new URL(req.url, 'http://x').searchParams.get('port')}/pics/x.png` }).end();
      return;
    }
    switch (req.url) {
      case '/pics/%E1%BA%A3nh%20b%C3%ACa.png':
        res.writeHead(200, { 'content-type': 'image/png', 'content-length': PNG.length }).end(PNG);
        return;
      case '/moved':
        res.writeHead(302, { location: '/pics/%E1%BA%A3nh%20b%C3%ACa.png' }).end();
        return;
      case '/to-file':
        res.writeHead(302, { location: 'file:///etc/passwd' }).end();
        return;
      case '/page.png':
        res.writeHead(200, { 'content-type': 'image/png' }).end('<!doctype html><html><body>Not found</body></html>');
        return;
      case '/hang':
        res.writeHead(200, { 'content-type': 'image/png' });
        res.write(PNG.subarray(0, 16)); // starts, never ends
        return;
      case '/declared-large':
        res.writeHead(200, { 'content-type': 'image/png', 'content-length': LIMIT + 1 });
        res.end(Buffer.concat([PNG, Buffer.alloc(LIMIT + 1 - PNG.length)]));
        return;
      case '/streamed-large':
        res.writeHead(200, { 'content-type': 'image/png' }); // chunked: no Content-Length
        res.write(PNG);
        for (let i = 0; i < 8; i++) res.write(Buffer.alloc(1024));
        res.end();
        return;
      default:
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

let dataDir: string;
let h: DraftsHarness;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'toasoan-images-'));
  h = new DraftsHarness();
});
afterEach(async () => {
  await h.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/**
 * images.download with the test-only allowance by default: the images here are
 * served from loopback. Pass `{}` to see the guard as production has it.
 */
async function download(
  url: string,
  options: DownloadOptions = { allowAddress: isLoopbackAddress },
): Promise<{ mime: string; data: string; fileName: string }> {
  const images = createImagesDomain({ dataDir }, { download: { maxBytes: LIMIT, ...options } });
  const result = await dispatch(images.handlers as unknown as Handlers, 'images.download', { url });
  if (result.ok) return result.value as { mime: string; data: string; fileName: string };
  throw new ServiceError(isErrorCode(result.error.code) ? result.error.code : 'INTERNAL', result.error.message);
}

describe('images.download', () => {
  it('returns the bytes unchanged, the mime read from them and the decoded file name', async () => {
    const got = await download(`${base}/pics/%E1%BA%A3nh%20b%C3%ACa.png`);
    expect(got).toMatchObject({ mime: 'image/png', fileName: 'ảnh bìa.png' });
    expect(Buffer.from(got.data, 'base64').equals(PNG)).toBe(true);
  });

  it('follows an http redirect', async () => {
    const got = await download(`${base}/moved`);
    expect(got.mime).toBe('image/png');
    expect(Buffer.from(got.data, 'base64').equals(PNG)).toBe(true);
  });

  it('answers IMAGE_DOWNLOAD_FAILED for an HTTP error', async () => {
    await expect(download(`${base}/missing.png`)).rejects.toMatchObject({ code: 'IMAGE_DOWNLOAD_FAILED' });
  });

  it('answers IMAGE_UNREADABLE when the bytes are not an image, whatever the Content-Type says', async () => {
    await expect(download(`${base}/page.png`)).rejects.toMatchObject({ code: 'IMAGE_UNREADABLE' });
  });

  it('refuses anything but http and https, also behind a redirect', async () => {
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'data:image/png;base64,AAAA', 'not a url', `${base}/to-file`]) {
      await expect(download(url), url).rejects.toMatchObject({ code: 'IMAGE_DOWNLOAD_FAILED' });
    }
  });

  it('gives up on a response that never ends', async () => {
    await expect(download(`${base}/hang`, { allowAddress: isLoopbackAddress, timeoutMs: 300 })).rejects.toMatchObject({ code: 'IMAGE_DOWNLOAD_FAILED', message: /300 ms/ });
  });

  it('answers IMAGE_TOO_LARGE from Content-Length and while reading a body without one', async () => {
    await expect(download(`${base}/declared-large`)).rejects.toMatchObject({ code: 'IMAGE_TOO_LARGE' });
    await expect(download(`${base}/streamed-large`)).rejects.toMatchObject({ code: 'IMAGE_TOO_LARGE' });
  });

  it('refuses this machine, by address or by a name that resolves to it, with IMAGE_ADDRESS_REFUSED (its Vietnamese reason is in the catalogue)', async () => {
    const port = new URL(base).port;
    const hits = requests.length;
    for (const url of [
      `http://127.0.0.1:${port}/pics/%E1%BA%A3nh%20b%C3%ACa.png`,
      `http://[::1]:${port}/pics/x.png`,
      `http://localhost:${port}/pics/x.png`,
      `http://127.1.2.3:${port}/pics/x.png`,
      `http://[::ffff:127.0.0.1]:${port}/pics/x.png`,
    ]) {
      await expect(download(url, {}), url).rejects.toMatchObject({ code: 'IMAGE_ADDRESS_REFUSED' });
    }
    // The guard stopped them before any connection.
    expect(requests.length).toBe(hits);
    // Through the real runtime (no allowance), the same.
    await expect(h.call('images.download', { url: `${base}/moved` })).rejects.toMatchObject({ code: 'IMAGE_ADDRESS_REFUSED' });
  });

  it('checks every redirect again: an allowed first hop may not lead to a refused one', async () => {
    // The allowance lets 127.0.0.1 through but not "localhost"'s ::1 / 127.0.0.1 under another name: allow only the literal.
    const images = createImagesDomain(h.runtime.ctx, { download: { allowAddress: (a) => a === '127.0.0.1' } });
    const port = new URL(base).port;
    const result = await dispatch(images.handlers as unknown as Handlers, 'images.download', { url: `${base}/to-ipv6?port=${port}` });
    expect(result).toMatchObject({ ok: false, error: { code: 'IMAGE_ADDRESS_REFUSED' } });
  });

  it('classifies every spelling of this machine, and the unspecified address, as refused', () => {
    // Only loopback here: tests name no other address (the guard's ranges are in images.download.ts).
    for (const a of ['127.0.0.1', '127.1.2.3', '0.0.0.0', '::1', '::', '::ffff:127.0.0.1', '0:0:0:0:0:0:0:1']) {
      expect(isRefusedAddress(a), a).toBe(true);
    }
  });
});
