import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelShare } from '../../../common/api/channels.api';
import { FacebookStandin } from '../../../tests/channels/facebook-standin';
import { ZaloStandin } from '../../../tests/channels/zalo-standin';
import { handlersClient, writeApprovedArticle, type HostClient } from '../../../tests/wordpress/host-client';
import { startWordPress, type WordPressInstance } from '../../../tests/wordpress/wordpress-harness';
import { openRuntime } from '../bootstrap';

// Shares parked until the portal publishes, with the portal a real WordPress (tests/wordpress) that keeps the
// post "pending" until its own editors publish it there, later, by hand: the app notices by itself.
let wp: WordPressInstance;
let fb: FacebookStandin;
let zalo: ZaloStandin;
let dir: string;
let close: () => Promise<void>;
let client: HostClient;

beforeAll(async () => {
  wp = await startWordPress();
}, 120_000);

afterAll(async () => {
  await wp?.stop();
});

beforeEach(async () => {
  fb = await new FacebookStandin().start();
  zalo = await new ZaloStandin().start();
  dir = mkdtempSync(join(tmpdir(), 'toasoan-channels-wp-'));
  const runtime = openRuntime({
    dataDir: dir,
    transport: 'web',
    version: 'test',
    services: { outbox: { maxDelayMs: 100 }, channels: { baseDelayMs: 20, maxDelayMs: 100, publishWatchMs: 150 } },
  });
  close = () => runtime.close();
  client = handlersClient(runtime.handlers);
  await client.call('portal.saveSettings', { patch: { url: wp.url, username: wp.adminUser, password: wp.appPassword, postStatus: 'pending' } });
  await client.call('channels.saveSettings', { channel: 'facebook', patch: { targetId: fb.pageId, apiBase: fb.apiBase, token: fb.token } });
  await client.call('channels.saveSettings', { channel: 'zalo', patch: { targetId: zalo.oaId, apiBase: zalo.apiBase, token: zalo.token } });
});

afterEach(async () => {
  await close();
  await fb.stop();
  await zalo.stop();
  rmSync(dir, { recursive: true, force: true });
});

const sample = {
  title: 'Huyện khánh thành cầu Kênh Ngang',
  sapo: 'Sáng 5/12, huyện khánh thành cầu Kênh Ngang, nối hai xã Tân Thành và Kiến Bình.',
  paragraphs: ['Cầu dài 45 m, vốn ngân sách huyện.'],
  byline: 'Chí Tâm',
  category: 'Kinh tế',
  tags: [],
};

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('channels with a WordPress portal that publishes later', () => {
  it('shares parked on a "pending" post go out, once, when the portal\'s editors publish it; Zalo\'s cover is the featured picture', async () => {
    const { articleId } = await writeApprovedArticle(client, sample);
    await client.call('portal.submit', { articleId });
    const pending = await until(
      () => client.call('portal.articleStatus', { articleId }),
      (s) => s.post?.status === 'pending',
      'the post on the portal',
    );
    const postId = pending.post!.id;

    // The form, before the portal published: no link yet, Zalo's cover prefilled with the post's featured picture.
    const draft = await client.call('channels.draft', { articleId });
    expect(draft.published).toBe(false);
    const featured = await wp.rest<{ featured_media: number }>(`/wp/v2/posts/${postId}?context=edit`);
    expect(featured.featured_media).toBeGreaterThan(0);
    const media = await wp.rest<{ source_url: string }>(`/wp/v2/media/${featured.featured_media}?context=edit`);
    expect(draft.content.zalo!.coverUrl).toBe(media.source_url);

    const parked = await client.call('channels.share', {
      articleId,
      shares: [
        { channel: 'facebook', content: draft.content.facebook! },
        { channel: 'zalo', content: draft.content.zalo! },
      ],
    });
    expect(parked.map((s) => s.state)).toEqual(['waiting_publish', 'waiting_publish']);
    // While the post stays pending, the watch asks and nothing goes out.
    await new Promise((r) => setTimeout(r, 600));
    expect((await client.call('channels.articleShares', { articleId })).map((s) => s.state)).toEqual(['waiting_publish', 'waiting_publish']);
    expect(fb.posts).toEqual([]);

    // The portal's editors publish it on WordPress, outside the app.
    await wp.restPost(`/wp/v2/posts/${postId}`, { status: 'publish' });
    const published = await wp.rest<{ link: string }>(`/wp/v2/posts/${postId}`);
    const sent = await until(
      () => client.call('channels.articleShares', { articleId }),
      (shares: ChannelShare[]) => shares.length === 2 && shares.every((s) => s.state === 'sent'),
      'the shares',
    );
    expect(sent.map((s) => s.link)).toEqual([published.link, published.link]);
    expect(fb.posts).toEqual([expect.objectContaining({ message: sample.sapo, link: published.link })]);
    expect(zalo.articles).toHaveLength(1);
    expect(zalo.articles[0]!.coverUrl).toBe(media.source_url);
    // The app remembers the portal's word.
    expect((await client.call('portal.articleStatus', { articleId })).post).toMatchObject({ id: postId, status: 'publish', link: published.link });

    // Later rounds of the watch post nothing more.
    await new Promise((r) => setTimeout(r, 600));
    expect(fb.posts).toHaveLength(1);
    expect(zalo.articles).toHaveLength(1);
  }, 120_000);

  it('offline portal: the parked shares wait, and go out once it answers again', async () => {
    const { articleId } = await writeApprovedArticle(client, sample);
    await client.call('portal.submit', { articleId });
    const pending = await until(() => client.call('portal.articleStatus', { articleId }), (s) => s.post?.status === 'pending', 'the post');
    const draft = await client.call('channels.draft', { articleId });
    await client.call('channels.share', { articleId, shares: [{ channel: 'facebook', content: draft.content.facebook! }] });

    await wp.stopServer();
    try {
      // Asked while the portal is down: the form still opens (no cover, not published), the share still waits.
      const offline = await client.call('channels.draft', { articleId });
      expect(offline.published).toBe(false);
      await new Promise((r) => setTimeout(r, 600));
      expect((await client.call('channels.articleShares', { articleId })).map((s) => s.state)).toEqual(['waiting_publish']);
    } finally {
      await wp.startServer();
    }
    await wp.restPost(`/wp/v2/posts/${pending.post!.id}`, { status: 'publish' });
    await until(
      () => client.call('channels.articleShares', { articleId }),
      (shares: ChannelShare[]) => shares.every((s) => s.state === 'sent'),
      'the share',
    );
    expect(fb.posts).toHaveLength(1);
  }, 120_000);
});
