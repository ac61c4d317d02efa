import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelShare } from '../../../common/api/channels.api';
import { FacebookStandin } from '../../../tests/channels/facebook-standin';
import { ZaloStandin } from '../../../tests/channels/zalo-standin';
import { handlersClient, writeApprovedArticle, type HostClient } from '../../../tests/wordpress/host-client';
import { openRuntime } from '../bootstrap';

// The whole runtime (real drafts, SQLite, outbox worker, a folder portal) against the loopback stand-ins.
let fb: FacebookStandin;
let zalo: ZaloStandin;
let dir: string;
let close: () => Promise<void>;
let client: HostClient;

beforeEach(async () => {
  fb = await new FacebookStandin().start();
  zalo = await new ZaloStandin().start();
  dir = mkdtempSync(join(tmpdir(), 'toasoan-channels-'));
  const runtime = openRuntime({
    dataDir: dir,
    transport: 'web',
    version: 'test',
    services: { outbox: { maxDelayMs: 100 }, channels: { baseDelayMs: 20, maxDelayMs: 100 } },
  });
  close = () => runtime.close();
  client = handlersClient(runtime.handlers);
  mkdirSync(join(dir, 'cong'));
  await client.call('portal.saveSettings', { patch: { type: 'folder', url: join(dir, 'cong'), postStatus: 'publish' } });
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
  title: 'Lễ ra quân làm đường giao thông nông thôn',
  sapo: 'Sáng 4/12, huyện tổ chức lễ ra quân làm đường giao thông nông thôn năm 2026.',
  paragraphs: ['Nội dung buổi lễ.'],
  byline: 'Chí Tâm',
  category: 'Chính trị',
  tags: [],
};

async function until(articleId: string, done: (shares: ChannelShare[]) => boolean): Promise<ChannelShare[]> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const shares = await client.call('channels.articleShares', { articleId });
    if (done(shares)) return shares;
    if (Date.now() > deadline) {
      throw new Error(`shares stayed ${JSON.stringify(shares)}; outbox ${JSON.stringify(await client.call('outbox.list', {}))}`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}

const all = (state: ChannelShare['state']) => (shares: ChannelShare[]) => shares.length > 0 && shares.every((s) => s.state === state);

describe('sharing through the channels outbox', () => {
  it('waits for the portal to publish, then posts to each channel once, with the portal link; removal deletes on the channel', async () => {
    const { articleId } = await writeApprovedArticle(client, sample);
    const draft = await client.call('channels.draft', { articleId });
    expect(draft).toMatchObject({ link: null, published: false, configured: ['facebook', 'zalo'] });
    expect(draft.content.facebook!.text).toBe(sample.sapo);
    expect(draft.content.zalo).toMatchObject({ title: sample.title, description: sample.sapo });

    // "Chia sẻ ngay" before the portal has the post: refused, nothing queued.
    const fbContent = draft.content.facebook!;
    const zaloContent = { ...draft.content.zalo!, coverUrl: 'http://127.0.0.1:9/anh-dai-dien.jpg' };
    await expect(client.call('channels.share', { articleId, shares: [{ channel: 'facebook', content: fbContent }], now: true })).rejects.toMatchObject({
      code: 'CHANNEL_NOT_PUBLISHED',
    });
    // A Zalo share without a cover is refused before queueing (the docs require one).
    await expect(client.call('channels.share', { articleId, shares: [{ channel: 'zalo', content: draft.content.zalo! }] })).rejects.toMatchObject({
      code: 'CHANNEL_COVER_MISSING',
    });
    const parked = await client.call('channels.share', {
      articleId,
      shares: [
        { channel: 'facebook', content: fbContent },
        { channel: 'zalo', content: zaloContent },
      ],
    });
    expect(parked.map((s) => s.state)).toEqual(['waiting_publish', 'waiting_publish']);
    expect(fb.posts).toEqual([]);

    await client.call('portal.submit', { articleId });
    const sent = await until(articleId, all('sent'));
    const link = (await client.call('portal.articleStatus', { articleId })).post!.link;
    expect(fb.posts).toEqual([expect.objectContaining({ message: sample.sapo, link })]);
    expect(zalo.articles).toHaveLength(1);
    expect(zalo.articles[0]!.body.at(-1)!.content).toBe(link);
    expect(sent.find((s) => s.channel === 'facebook')!.remoteId).toBe(fb.posts[0]!.id);
    expect(sent.find((s) => s.channel === 'zalo')!.remoteId).toBe(zalo.articles[0]!.id);

    // Sharing again does not post again.
    await client.call('channels.share', { articleId, shares: [{ channel: 'facebook', content: fbContent }], now: true });
    await until(articleId, all('sent'));
    expect(fb.posts).toHaveLength(1);

    for (const share of sent) await client.call('channels.remove', { id: share.id });
    await until(articleId, all('removed'));
    expect(fb.posts).toEqual([]);
    expect(zalo.articles).toEqual([]);
  });

  it('a dropped reply after the post was created: the retry finds it, and the channel has one post', async () => {
    const { articleId } = await writeApprovedArticle(client, sample);
    await client.call('portal.submit', { articleId });
    await expect.poll(async () => (await client.call('portal.articleStatus', { articleId })).post?.link ?? null, { timeout: 20_000 }).not.toBeNull();
    fb.failNext('drop', (r) => r.method === 'POST');
    zalo.failNext('drop', (r) => r.path.endsWith('/article/create'));
    const draft = await client.call('channels.draft', { articleId });
    expect(draft.published).toBe(true);
    await client.call('channels.share', {
      articleId,
      shares: [
        { channel: 'facebook', content: draft.content.facebook! },
        { channel: 'zalo', content: { ...draft.content.zalo!, coverUrl: 'http://127.0.0.1:9/a.jpg' } },
      ],
    });
    const sent = await until(articleId, all('sent'));
    expect(sent.map((s) => s.attempts)).toEqual([2, 2]);
    expect(fb.posts).toHaveLength(1);
    expect(zalo.articles).toHaveLength(1);
    expect(sent[0]!.remoteId).toBe(fb.posts[0]!.id);
    expect(sent[1]!.remoteId).toBe(zalo.articles[0]!.id);

    // Statistics: one share per channel in this quarter (Asia/Ho_Chi_Minh quarters, as the stats screen counts).
    const year = Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date()));
    const month = Number(new Intl.DateTimeFormat('en', { month: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date()));
    const quarters = await client.call('stats.channelShares', { year });
    expect(quarters.find((q) => q.quarter === Math.ceil(month / 3))).toMatchObject({ facebook: 1, zalo: 1 });
    expect(quarters.reduce((n, q) => n + q.facebook + q.zalo, 0)).toBe(2);
  });

  it('a share stopped after an attempt whose reply was lost, then removed: the post is looked up and removed on the channel', async () => {
    const { articleId } = await writeApprovedArticle(client, sample);
    await client.call('portal.submit', { articleId });
    await expect.poll(async () => (await client.call('channels.draft', { articleId })).published, { timeout: 20_000 }).toBe(true);
    const draft = await client.call('channels.draft', { articleId });
    // The first attempt reaches the channel but its reply is lost; the retry's look-up meets an expired token and stops.
    fb.failNext('drop', (r) => r.method === 'POST');
    fb.failNext('expired-token', (r) => r.method === 'GET' && r.path.endsWith('/feed'));
    zalo.failNext('drop', (r) => r.path.endsWith('/article/create'));
    zalo.failNext('expired-token', (r) => r.path.endsWith('/article/getslice'));
    await client.call('channels.share', {
      articleId,
      shares: [
        { channel: 'facebook', content: draft.content.facebook! },
        { channel: 'zalo', content: { ...draft.content.zalo!, coverUrl: 'http://127.0.0.1:9/a.jpg' } },
      ],
      now: true,
    });
    const stopped = await until(articleId, all('failed'));
    expect(stopped.map((s) => [s.attempts, s.remoteId, s.error!.code])).toEqual([
      [2, null, 'CHANNEL_TOKEN_EXPIRED'],
      [2, null, 'CHANNEL_TOKEN_EXPIRED'],
    ]);
    expect(fb.posts).toHaveLength(1);
    expect(zalo.articles).toHaveLength(1);

    const deletes = () => fb.requests.filter((r) => r.method === 'DELETE').length;
    for (const share of stopped) await client.call('channels.remove', { id: share.id });
    await until(articleId, all('removed'));
    expect(fb.posts).toEqual([]);
    expect(zalo.articles).toEqual([]);
    expect(deletes()).toBe(1);
    expect(zalo.requests.filter((r) => r.path.endsWith('/article/remove'))).toHaveLength(1);

    // A share that never reached a channel (parked) is still dropped without a call.
    const before = fb.requests.length;
    const { articleId: other } = await writeApprovedArticle(client, { ...sample, title: 'Bài chưa đăng' });
    const [parked] = await client.call('channels.share', { articleId: other, shares: [{ channel: 'facebook', content: draft.content.facebook! }] });
    expect(parked!.state).toBe('waiting_publish');
    expect((await client.call('channels.remove', { id: parked!.id })).state).toBe('removed');
    expect(fb.requests.length).toBe(before);
  });

  it('waits offline and through rate limits; an expired token stops the share until a new token is saved', async () => {
    const { articleId } = await writeApprovedArticle(client, sample);
    await client.call('portal.submit', { articleId });
    await expect.poll(async () => (await client.call('channels.draft', { articleId })).published, { timeout: 20_000 }).toBe(true);
    const content = (await client.call('channels.draft', { articleId })).content.facebook!;

    // Offline: the page's API does not answer; the share waits in the queue with the reason.
    const port = fb.port;
    await fb.stop();
    await client.call('channels.share', { articleId, shares: [{ channel: 'facebook', content }], now: true });
    const waiting = await until(articleId, (s) => s[0]!.error?.code === 'CHANNEL_UNREACHABLE' && s[0]!.state === 'queued');
    expect(fb.posts).toEqual([]);
    fb.port = port;
    await fb.restartOn(port);
    fb.failNext('rate-limit');
    await until(articleId, all('sent'));
    expect(fb.posts).toHaveLength(1);

    // An expired token: "failed" with its code, the token marked expired, nothing posted.
    await client.call('channels.remove', { id: waiting[0]!.id });
    await until(articleId, all('removed'));
    fb.token = 'renewed-token';
    await client.call('channels.share', { articleId, shares: [{ channel: 'facebook', content }], now: true });
    const stopped = await until(articleId, (s) => s.at(-1)!.state === 'failed');
    expect(stopped.at(-1)!.error!.code).toBe('CHANNEL_TOKEN_EXPIRED');
    expect((await client.call('channels.getSettings', {}))[0]).toMatchObject({ channel: 'facebook', tokenState: 'expired', hasToken: true });
    expect(await client.call('channels.testConnection', { channel: 'facebook' })).toMatchObject({ ok: false, problem: 'CHANNEL_TOKEN_EXPIRED' });

    // Renewing the token sends the share that stopped on it.
    await client.call('channels.saveSettings', { channel: 'facebook', patch: { token: 'renewed-token' } });
    await until(articleId, (s) => s.at(-1)!.state === 'sent');
    expect(fb.posts).toHaveLength(1);
    expect(await client.call('channels.testConnection', { channel: 'facebook' })).toMatchObject({ ok: true, name: fb.pageName });
    expect((await client.call('channels.getSettings', {}))[0]!.tokenState).toBe('ok');
  });
});
