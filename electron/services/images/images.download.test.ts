import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { crc32, deflateSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createImagesDomain, type ImagesOptions } from './images.domain';

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
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
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
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'toasoan-images-'));
});
afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

const download = async (url: string, download: ImagesOptions['download'] = {}) =>
  createImagesDomain({ dataDir }, { download: { maxBytes: LIMIT, ...download } }).handlers['images.download']({ url });

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
    await expect(download(`${base}/hang`, { timeoutMs: 300 })).rejects.toMatchObject({ code: 'IMAGE_DOWNLOAD_FAILED', message: /300 ms/ });
  });

  it('answers IMAGE_TOO_LARGE from Content-Length and while reading a body without one', async () => {
    await expect(download(`${base}/declared-large`)).rejects.toMatchObject({ code: 'IMAGE_TOO_LARGE' });
    await expect(download(`${base}/streamed-large`)).rejects.toMatchObject({ code: 'IMAGE_TOO_LARGE' });
  });
});
