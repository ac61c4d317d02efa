import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../common/api/portal.api';
import { currentQuarter } from '../../common/api/stats-period';
import { openRuntime, type Runtime } from '../../electron/services/bootstrap';
import { handlersClient, writeApprovedArticle, type HostClient } from './host-client';
import { startWordPress, type WordPressInstance } from './wordpress-harness';

// The statistics' portal source against a real WordPress: posts written
// directly on the portal (never in the app) are listed as such.
let wp: WordPressInstance;
let runtime: Runtime;
let dir: string;
let client: HostClient;

beforeAll(async () => {
  wp = await startWordPress();
  // WordPress's own sample post ("Hello world!", dated when the template was installed) is taken off the site.
  for (const post of await wp.rest<Array<{ id: number }>>('/wp/v2/posts?status=publish&per_page=100')) {
    await wp.restPost(`/wp/v2/posts/${post.id}`, { status: 'draft' });
  }
  dir = mkdtempSync(join(tmpdir(), 'toasoan-stats-portal-'));
  runtime = openRuntime({ dataDir: dir, transport: 'web', version: 'test', services: { outbox: { maxDelayMs: 300 } } });
  client = handlersClient(runtime.handlers);
}, 120_000);

afterAll(async () => {
  await runtime?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  await wp?.stop();
});

async function sent(articleId: string): Promise<OutboxEntry> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const entry = (await client.call('outbox.list', {})).find((e) => e.articleId === articleId);
    if (entry?.state === 'sent') return entry;
    if (entry?.state === 'failed' || Date.now() > deadline) throw new Error(`outbox entry: ${JSON.stringify(entry)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const sample = (title: string) => ({
  title,
  sapo: 'Sapo.',
  paragraphs: ['Nội dung.'],
  byline: 'Chí Tâm',
  category: 'Đấu thầu - Mua sắm công',
  tags: [],
});

describe('statistics: the portal as a source', () => {
  it('tells an unconfigured portal apart from one that answers', async () => {
    const none = await client.call('stats.portal', { period: currentQuarter() });
    expect(none).toMatchObject({ available: false, problem: 'PORTAL_NOT_CONFIGURED' });
  });

  it('lists posts published directly on WordPress as "on the portal but not in the app", with category and author', async () => {
    await client.call('portal.saveSettings', { patch: { url: wp.url, username: wp.adminUser, password: wp.appPassword, postStatus: 'publish' } });
    const fromApp = await writeApprovedArticle(client, sample('Kết quả lựa chọn nhà thầu gói số 3'));
    await client.call('portal.submit', { articleId: fromApp.articleId });
    const appPost = (await sent(fromApp.articleId)).postId!;
    // Sent from the app but left pending on the portal.
    await client.call('portal.saveSettings', { patch: { postStatus: 'pending' } });
    const pending = await writeApprovedArticle(client, sample('Thông báo chờ duyệt trên cổng'));
    await client.call('portal.submit', { articleId: pending.articleId });
    const pendingPost = (await sent(pending.articleId)).postId!;

    const [bidding] = await wp.rest<Array<{ id: number }>>(`/wp/v2/categories?search=${encodeURIComponent('Đấu thầu')}`);
    const [health] = await wp.rest<Array<{ id: number }>>(`/wp/v2/categories?search=${encodeURIComponent('Y tế')}`);
    const direct1 = await wp.restPost<{ id: number }>('/wp/v2/posts', { title: 'Mời thầu nạo vét kênh Ấp 5 &amp; Ấp 6', status: 'publish', categories: [bidding!.id] });
    const direct2 = await wp.restPost<{ id: number }>('/wp/v2/posts', { title: 'Tiêm chủng mở rộng đợt 2', status: 'publish', categories: [health!.id] });
    // Not counted: a draft on the portal, and a post published the year before.
    await wp.restPost('/wp/v2/posts', { title: 'Bản nháp trên cổng', status: 'draft', categories: [health!.id] });
    await wp.restPost('/wp/v2/posts', { title: 'Tin năm trước', status: 'publish', date_gmt: '2019-05-01T03:00:00', categories: [health!.id] });

    const got = await client.call('stats.portal', { period: currentQuarter() });
    expect(got).toMatchObject({ available: true, problem: null, published: 3 });
    expect(got.onlyOnPortal.map((p) => [p.postId, p.title, p.categories])).toEqual([
      [direct1.id, 'Mời thầu nạo vét kênh Ấp 5 & Ấp 6', ['Đấu thầu - Mua sắm công']],
      [direct2.id, 'Tiêm chủng mở rộng đợt 2', ['Y tế']],
    ]);
    const admin = await wp.rest<{ name: string }>('/wp/v2/users/me');
    expect(got.onlyOnPortal.every((p) => p.author === admin.name && p.link.startsWith(wp.url))).toBe(true);
    expect(got.onlyOnPortal.map((p) => p.postId)).not.toContain(appPost);
    expect(got.onlyInApp).toEqual([{ articleId: pending.articleId, title: 'Thông báo chờ duyệt trên cổng', postId: pendingPost }]);
    expect(got.byCategory).toEqual([
      { name: 'Đấu thầu - Mua sắm công', count: 2 },
      { name: 'Y tế', count: 1 },
    ]);
    // A quarter with nothing on the portal.
    const empty = await client.call('stats.portal', { period: { kind: 'quarter', year: 2015, quarter: 1 } });
    expect(empty).toMatchObject({ available: true, published: 0, onlyOnPortal: [] });
  });
});
