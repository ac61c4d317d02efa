import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { dispatch } from '../../../common/api/dispatch';
import type { OutboxEntry } from '../../../common/api/portal.api';
import { startFaultProxy, type FaultProxy } from '../../../tests/wordpress/fault-proxy';
import { editArticle, writeApprovedArticle, type HostClient } from '../../../tests/wordpress/host-client';
import { startWordPress, type WordPressInstance } from '../../../tests/wordpress/wordpress-harness';
import { openRuntime, type Runtime } from '../bootstrap';

// The whole runtime as a host opens it (real drafts, images, settings,
// SQLite), against a real WordPress.
let wp: WordPressInstance;
let proxy: FaultProxy;
const runtimes: { runtime: Runtime; dir: string }[] = [];

beforeAll(async () => {
  wp = await startWordPress();
  proxy = await startFaultProxy(wp.url);
}, 120_000);

afterEach(async () => {
  for (const { runtime, dir } of runtimes.splice(0)) {
    await runtime.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

afterAll(async () => {
  await proxy?.close();
  await wp?.stop();
});

function open(): HostClient {
  process.env.TOASOAN_OUTBOX_MAX_DELAY_MS = '300';
  const dir = mkdtempSync(join(tmpdir(), 'toasoan-portal-runtime-'));
  const runtime = openRuntime({ dataDir: dir, transport: 'web', version: 'test' });
  runtimes.push({ runtime, dir });
  return {
    async call(method, args) {
      const result = await dispatch(runtime.handlers, method, args);
      if (!result.ok) throw Object.assign(new Error(`${method}: ${result.error.code} ${result.error.message}`), result.error);
      return result.value as never;
    },
    close() {},
  };
}

async function latest(client: HostClient, done: (e: OutboxEntry) => boolean): Promise<OutboxEntry> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const [entry] = await client.call('outbox.list', {});
    if (entry && done(entry)) return entry;
    if (Date.now() > deadline) throw new Error(`outbox entry stayed ${JSON.stringify(entry)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const sample = {
  title: 'Hội nghị sơ kết công tác quý III',
  sapo: 'Chiều 20/10, UBND phường tổ chức hội nghị sơ kết.',
  paragraphs: ['Nội dung hội nghị.'],
  byline: 'Chí Tâm',
  category: 'Chính trị',
  tags: ['sơ kết'],
};

describe('portal over the real runtime', () => {
  it('sends an approved draft written through the drafts and images services', async () => {
    const client = open();
    await client.call('portal.saveSettings', { patch: { url: proxy.url, username: wp.adminUser, password: wp.appPassword } });
    const { articleId } = await writeApprovedArticle(client, sample);
    await client.call('portal.submit', { articleId });
    const sent = await latest(client, (e) => e.state === 'sent');
    const status = await client.call('portal.articleStatus', { articleId });
    expect(status.post?.id).toBe(sent.postId);
    const posts = await wp.rest<{ id: number; title: { raw: string }; content: { raw: string } }[]>(
      `/wp/v2/posts?slug=toasoan-${articleId.toLowerCase()}&status=any&context=edit`,
    );
    expect(posts.map((p) => p.title.raw)).toEqual([sample.title]);
    expect(posts[0]!.content.raw.match(/<img /g)).toHaveLength(2);
    const article = await client.call('drafts.get', { id: articleId });
    expect(article.status).toBe('submitted');
  });

  it('changes nothing in the draft when a submission fails', async () => {
    const client = open();
    await client.call('portal.saveSettings', { patch: { url: proxy.url, username: wp.adminUser, password: wp.appPassword } });
    const { articleId } = await writeApprovedArticle(client, { ...sample, category: 'Chuyên mục chưa có trên cổng' });
    const before = await client.call('drafts.open', { id: articleId });
    await client.call('drafts.close', { id: articleId });
    await client.call('portal.submit', { articleId });
    const failed = await latest(client, (e) => e.state === 'failed');
    expect(failed.error?.code).toBe('PORTAL_CATEGORY_MISSING');
    const after = await client.call('drafts.open', { id: articleId });
    expect(after.state).toBe(before.state);
    expect(after.summary).toEqual(before.summary);
  });

  it('refuses an approved article whose pasted pictures are not stored yet, without queueing it', async () => {
    const client = open();
    const { articleId } = await writeApprovedArticle(client, sample);
    await editArticle(client, articleId, (doc) => {
      const figure = new Y.XmlElement('figure');
      figure.setAttribute('source', 'https://ubnd.example.vn/anh/cau.jpg');
      figure.insert(0, [new Y.XmlElement('figcaption')]);
      doc.getXmlFragment('body').push([figure]);
    });
    await expect(client.call('portal.submit', { articleId })).rejects.toMatchObject({ code: 'PORTAL_IMAGES_PENDING' });
    expect(await client.call('outbox.list', {})).toEqual([]);
  });

  it('refuses a draft the board has not approved', async () => {
    const client = open();
    const draft = await client.call('drafts.create', {});
    await expect(client.call('portal.submit', { articleId: draft.id })).rejects.toMatchObject({ code: 'PORTAL_NOT_APPROVED' });
  });
});
