import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../common/api/dispatch';
import type { EventName } from '../../../common/api/events';
import { VIDEO_CHUNK_BYTES } from '../../../common/api/media.api';
import { makeMp4, makeWebm, sha256 } from '../../../tests/videos';
import { openRuntime, type Runtime } from '../bootstrap';
import { articleVideoFiles } from './video-files';

let dir: string;
let runtime: Runtime;
let events: { name: EventName; payload: unknown }[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'toasoan-media-'));
  events = [];
  runtime = openRuntime({ dataDir: dir, transport: 'web', version: 'test' });
  runtime.onEvent((name, payload) => events.push({ name, payload }));
});
afterEach(async () => {
  await runtime.close();
  rmSync(dir, { recursive: true, force: true });
});

async function run<T>(method: string, args: unknown): Promise<T> {
  const result = await dispatch(runtime.handlers, method, args);
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.value as T;
}

/** Copies `bytes` the way the editor does: begin, chunks in order, finish. */
async function copy(articleId: string, bytes: Buffer) {
  const { uploadId } = await run<{ uploadId: string }>('media.videoBegin', { articleId, bytes: bytes.length, fileName: 'clip.mp4' });
  for (let offset = 0; offset < bytes.length; offset += VIDEO_CHUNK_BYTES) {
    const chunk = bytes.subarray(offset, offset + VIDEO_CHUNK_BYTES);
    await run('media.videoChunk', { uploadId, offset, data: chunk.toString('base64') });
  }
  return run<{ hash: string; mime: string; bytes: number }>('media.videoFinish', { uploadId });
}

describe('media service: videos', () => {
  it('stores an MP4 by its SHA-256, byte for byte, with progress events', async () => {
    const video = makeMp4(3 * VIDEO_CHUNK_BYTES + 12345);
    const info = await copy('a1', video);
    expect(info).toEqual({ hash: sha256(video), mime: 'video/mp4', bytes: video.length });
    const path = join(dir, 'articles', 'a1', 'videos', `${info.hash}.mp4`);
    expect(sha256(readFileSync(path))).toBe(info.hash);
    expect(readdirSync(join(dir, 'articles', 'a1', 'videos'))).toEqual([`${info.hash}.mp4`]);
    const progress = events.filter((e) => e.name === 'media.progress').map((e) => e.payload as { done: number; total: number });
    expect(progress.at(-1)).toMatchObject({ done: video.length, total: video.length });
    // The database does not grow by the video's size.
    expect(statSync(join(dir, 'toasoan.db')).size).toBeLessThan(video.length / 2);
    const stored = articleVideoFiles(dir).read('a1', info.hash);
    expect(stored.bytes).toBe(video.length);
  });

  it('takes chunks the browser host received as raw bytes (POST /upload), and refuses an upload it does not have', async () => {
    const video = makeMp4(2 * VIDEO_CHUNK_BYTES + 777, 3);
    const { uploadId } = await run<{ uploadId: string }>('media.videoBegin', { articleId: 'r1', bytes: video.length, fileName: 'clip.mp4' });
    for (let offset = 0; offset < video.length; offset += VIDEO_CHUNK_BYTES) {
      const upload = runtime.uploads.put(Buffer.from(video.subarray(offset, offset + VIDEO_CHUNK_BYTES)));
      await run('media.videoChunk', { uploadId, offset, upload });
    }
    const info = await run<{ hash: string }>('media.videoFinish', { uploadId });
    expect(info.hash).toBe(sha256(video));
    expect(sha256(readFileSync(join(dir, 'articles', 'r1', 'videos', `${info.hash}.mp4`)))).toBe(sha256(video));

    const second = await run<{ uploadId: string }>('media.videoBegin', { articleId: 'r1', bytes: 100, fileName: 'b.mp4' });
    await expect(run('media.videoChunk', { uploadId: second.uploadId, offset: 0, upload: 'no-such-upload' })).rejects.toMatchObject({ code: 'IMPORT_UPLOAD_GONE' });
    await expect(run('media.videoChunk', { uploadId: second.uploadId, offset: 0 })).rejects.toMatchObject({ code: 'INVALID_ARGUMENTS' });
  });

  it('stores a WebM, and the same file twice only once', async () => {
    const video = makeWebm(200_000, 7);
    const first = await copy('a2', video);
    const second = await copy('a2', video);
    expect(first.mime).toBe('video/webm');
    expect(second.hash).toBe(first.hash);
    expect(readdirSync(join(dir, 'articles', 'a2', 'videos'))).toEqual([`${first.hash}.webm`]);
    const read = await run<{ data: string }>('media.videoRead', { articleId: 'a2', hash: first.hash, offset: 100, length: 50 });
    expect(Buffer.from(read.data, 'base64')).toEqual(video.subarray(100, 150));
  });

  it('refuses a file that is not a video and leaves nothing behind', async () => {
    const { uploadId } = await run<{ uploadId: string }>('media.videoBegin', { articleId: 'a3', bytes: 1000 });
    await expect(run('media.videoChunk', { uploadId, offset: 0, data: Buffer.alloc(1000, 65).toString('base64') })).rejects.toMatchObject({
      code: 'VIDEO_UNREADABLE',
    });
    expect(readdirSync(join(dir, 'articles', 'a3', 'videos'))).toEqual([]);
    await expect(run('media.videoFinish', { uploadId })).rejects.toMatchObject({ code: 'VIDEO_NOT_FOUND' });
  });

  it('a cancelled copy is removed; a short one is refused', async () => {
    const video = makeMp4(500_000);
    const begun = await run<{ uploadId: string }>('media.videoBegin', { articleId: 'a4', bytes: video.length });
    await run('media.videoChunk', { uploadId: begun.uploadId, offset: 0, data: video.subarray(0, 1000).toString('base64') });
    await run('media.videoCancel', { uploadId: begun.uploadId });
    expect(readdirSync(join(dir, 'articles', 'a4', 'videos'))).toEqual([]);

    const short = await run<{ uploadId: string }>('media.videoBegin', { articleId: 'a4', bytes: video.length });
    await run('media.videoChunk', { uploadId: short.uploadId, offset: 0, data: video.subarray(0, 1000).toString('base64') });
    await expect(run('media.videoChunk', { uploadId: short.uploadId, offset: 5000, data: video.subarray(0, 10).toString('base64') })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    expect(existsSync(join(dir, 'articles', 'a4', 'videos', `${short.uploadId}.part`))).toBe(false);
    await expect(run('media.videoInfo', { articleId: 'a4', hash: sha256(video) })).rejects.toMatchObject({ code: 'VIDEO_NOT_FOUND' });
  });
});
