import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as Y from 'yjs';
import { dispatch } from '../../../common/api/dispatch';
import { VIDEO_CHUNK_BYTES, type MediaProgress } from '../../../common/api/media.api';
import type { OutboxEntry } from '../../../common/api/portal.api';
import { BODY_FRAGMENT } from '../../../common/article/layout';
import { editArticle, writeArticle, type HostClient } from '../../../tests/wordpress/host-client';
import { startWordPress, type WordPressInstance } from '../../../tests/wordpress/wordpress-harness';
import { makeMp4, sha256 } from '../../../tests/videos';
import { openRuntime, type Runtime } from '../bootstrap';
import { videoSlug } from '../portal/wordpress/wordpress-portal';

// Cancelling a video's upload to the portal (media.uploadCancel), over the whole runtime and a real WordPress.
let wp: WordPressInstance;
let runtime: Runtime;
let dir: string;

beforeAll(async () => {
  wp = await startWordPress();
  dir = mkdtempSync(join(tmpdir(), 'toasoan-upload-cancel-'));
  runtime = openRuntime({ dataDir: dir, transport: 'web', version: 'test', services: { outbox: { maxDelayMs: 300 } } });
}, 120_000);

afterAll(async () => {
  await runtime?.close();
  rmSync(dir, { recursive: true, force: true });
  await wp?.stop();
});

const client: HostClient = {
  async call(method, args) {
    const result = await dispatch(runtime.handlers, method, args);
    if (!result.ok) throw Object.assign(new Error(`${method}: ${result.error.code} ${result.error.message}`), result.error);
    return result.value as never;
  },
  close() {},
};

async function entryOf(articleId: string, done: (e: OutboxEntry) => boolean): Promise<OutboxEntry> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const entry = (await client.call('outbox.list', {})).find((e: OutboxEntry) => e.articleId === articleId);
    if (entry && done(entry)) return entry;
    if (Date.now() > deadline) throw new Error(`outbox entry stayed ${JSON.stringify(entry)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

it('a cancelled upload fails the outbox entry with PORTAL_CANCELLED, keeps the article, and "Thử lại" sends one media item', async () => {
  await client.call('portal.saveSettings', { patch: { url: wp.url, username: wp.adminUser, password: wp.appPassword } });
  const { articleId } = await writeArticle(client, { title: 'Video hủy tải lên', sapo: 'Sapo.', paragraphs: ['Mở đầu.'], category: 'Chính trị' });
  const bytes = makeMp4(30 * 1024 * 1024, 7);
  const { uploadId } = await client.call('media.videoBegin', { articleId, bytes: bytes.length, fileName: 'hop.mp4' });
  for (let offset = 0; offset < bytes.length; offset += VIDEO_CHUNK_BYTES) {
    await client.call('media.videoChunk', { uploadId, offset, data: bytes.subarray(offset, offset + VIDEO_CHUNK_BYTES).toString('base64') });
  }
  const { hash } = await client.call('media.videoFinish', { uploadId });
  expect(hash).toBe(sha256(bytes));
  await editArticle(client, articleId, (doc) => {
    const video = new Y.XmlElement('video');
    for (const [key, value] of Object.entries({ hash, mime: 'video/mp4', bytes: bytes.length, duration: 5, poster: '', credit: '' })) {
      video.setAttribute(key, value as string);
    }
    video.insert(0, [new Y.XmlElement('figcaption')]);
    doc.getXmlFragment(BODY_FRAGMENT).insert(1, [video]);
  });
  await client.call('drafts.setStatus', { id: articleId, status: 'in_review' });
  await client.call('drafts.setStatus', { id: articleId, status: 'approved' });
  expect(await client.call('media.uploadCancel', { articleId })).toEqual({ cancelled: false });

  // Cancelled at the first progress of the upload.
  const cancels: Promise<{ cancelled: boolean }>[] = [];
  const stop = runtime.onEvent((name, payload) => {
    const progress = payload as MediaProgress;
    if (name === 'media.progress' && progress.phase === 'upload' && progress.articleId === articleId && cancels.length === 0) {
      cancels.push(client.call('media.uploadCancel', { articleId }));
    }
  });
  await client.call('portal.submit', { articleId });
  const failed = await entryOf(articleId, (e) => e.state === 'failed');
  stop();
  expect(cancels).toHaveLength(1);
  expect(await cancels[0]).toEqual({ cancelled: true });
  expect(failed.error?.code).toBe('PORTAL_CANCELLED');
  expect(failed.nextAttemptAt).toBeNull();
  expect(failed.postId).toBeNull();
  // Nothing reached the portal, and the article is as it was.
  expect(await wp.rest<unknown[]>(`/wp/v2/media?slug=${videoSlug(hash)}&context=edit`)).toHaveLength(0);
  const article = await client.call('drafts.get', { id: articleId });
  expect(article.status).toBe('approved');
  expect(await client.call('media.videoInfo', { articleId, hash })).toMatchObject({ bytes: bytes.length });

  // "Thử lại": sent, with one media item holding the whole file.
  await client.call('outbox.retry', { id: failed.id });
  const sent = await entryOf(articleId, (e) => e.state === 'sent');
  expect(sent.postId).not.toBeNull();
  const media = await wp.rest<{ source_url: string }[]>(`/wp/v2/media?slug=${videoSlug(hash)}&context=edit`);
  expect(media).toHaveLength(1);
  expect(sha256(Buffer.from(await (await fetch(media[0]!.source_url)).arrayBuffer()))).toBe(hash);
}, 180_000);
