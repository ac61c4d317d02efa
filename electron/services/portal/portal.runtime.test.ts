import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
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
  const dir = mkdtempSync(join(tmpdir(), 'toasoan-portal-runtime-'));
  const runtime = openRuntime({ dataDir: dir, transport: 'web', version: 'test', services: { outbox: { maxDelayMs: 300 } } });
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
    const post = await wp.rest<{ id: number; slug: string; title: { raw: string }; content: { raw: string } }>(
      `/wp/v2/posts/${sent.postId}?context=edit`,
    );
    expect(post.title.raw).toBe(sample.title);
    expect(post.slug).toMatch(/^hoi-nghi-so-ket-cong-tac-quy-iii-[a-z0-9]+$/);
    expect(post.content.raw.match(/<img /g)).toHaveLength(2);
    expect(await wp.rest<unknown[]>(`/wp/v2/posts?slug=${post.slug},${post.slug}-2&status=any`)).toHaveLength(1);
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

  it('sends to a shared folder when Settings choose the "folder" portal: one HTML file with its images', async () => {
    const client = open();
    const shared = mkdtempSync(join(tmpdir(), 'toasoan-shared-'));
    try {
      const view = await client.call('portal.saveSettings', { patch: { type: 'folder', url: shared } });
      expect(view).toMatchObject({ type: 'folder', signsIn: false, types: expect.arrayContaining(['wordpress', 'folder']) });
      expect(await client.call('portal.testConnection', {})).toMatchObject({ reachable: true, canCreatePosts: true, problem: null });
      const { articleId, imageIds } = await writeApprovedArticle(client, sample);
      await client.call('portal.submit', { articleId });
      const sent = await latest(client, (e) => e.state === 'sent');
      const [folder, ...others] = readdirSync(shared);
      expect(others).toEqual([]);
      expect(folder).toMatch(/^hoi-nghi-so-ket-cong-tac-quy-iii-/);
      expect(sent.link).toBe(pathToFileURL(join(shared, folder!, 'index.html')).href);
      const html = readFileSync(join(shared, folder!, 'index.html'), 'utf8');
      expect(html).toContain(`<h1>${sample.title}</h1>`);
      expect(html).toContain('Chiều 20/10');
      expect(html).toContain('<strong>Chí Tâm</strong>');
      expect(html).toContain('<meta name="category" content="Chính trị">');
      for (const imageId of imageIds) {
        expect(html).toContain(`src="images/${imageId}.png"`);
        const stored = (await client.call('images.get', { articleId, imageId, variant: 'original' })).data;
        expect(readFileSync(join(shared, folder!, 'images', `${imageId}.png`)).toString('base64')).toBe(stored);
      }
      expect((await client.call('drafts.get', { id: articleId })).status).toBe('submitted');

      // A resend after a new title rewrites the same folder.
      await editArticle(client, articleId, (doc) => {
        const title = doc.getXmlFragment('title');
        (title.get(0) as Y.XmlElement).insert(0, [new Y.XmlText('Tin mới: ')]);
      });
      await client.call('portal.submit', { articleId });
      await latest(client, (e) => e.state === 'sent' && e.id !== sent.id);
      expect(readdirSync(shared)).toEqual([folder]);
      expect(readFileSync(join(shared, folder!, 'index.html'), 'utf8')).toContain('<h1>Tin mới: Hội nghị');
    } finally {
      rmSync(shared, { recursive: true, force: true });
    }
  });
});
