import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServiceError } from '../../../common/api/errors';
import { FacebookStandin } from '../../../tests/channels/facebook-standin';
import { ZaloStandin } from '../../../tests/channels/zalo-standin';
import type { ShareRequest } from './channel-adapter';
import { facebookPage } from './facebook-page/facebook-page';
import { zaloOa } from './zalo-oa/zalo-oa';

const LINK = 'http://127.0.0.1:9/bai-viet/le-ra-quan';

function request(overrides: Partial<ShareRequest> = {}): ShareRequest & { receipts: string[] } {
  const receipts: string[] = [];
  return {
    content: {
      text: 'Sáng 4/12, huyện tổ chức lễ ra quân.',
      title: 'Lễ ra quân',
      description: 'Huyện tổ chức lễ ra quân làm đường giao thông nông thôn.',
      coverUrl: 'http://127.0.0.1:9/anh.jpg',
    },
    link: LINK,
    since: new Date(Date.now() - 1000).toISOString(),
    mayExist: false,
    receipt: null,
    remember: (r) => receipts.push(r),
    receipts,
    ...overrides,
  };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ServiceError) return error.code;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('Facebook Page adapter (Graph API v19.0) against its stand-in', () => {
  let fb: FacebookStandin;
  beforeEach(async () => {
    fb = await new FacebookStandin().start();
  });
  afterEach(() => fb.stop());
  const adapter = (token = fb.token) => facebookPage.create({ targetId: fb.pageId, token, apiBase: fb.apiBase, timeoutMs: 5000 });

  it('checks the page, posts message and link, and deletes the post', async () => {
    expect(await adapter().check()).toBe(fb.pageName);
    const post = await adapter().publish(request());
    expect(post.id).toBe(`${fb.pageId}_1`);
    expect(fb.posts).toEqual([expect.objectContaining({ id: post.id, message: 'Sáng 4/12, huyện tổ chức lễ ra quân.', link: LINK })]);
    await adapter().remove(post.id);
    expect(fb.posts).toEqual([]);
    // Gone already: still counts as removed.
    await adapter().remove(post.id);
  });

  it('maps an expired token (190) and rate limits (32) to their codes', async () => {
    expect(await codeOf(adapter('old-token').check())).toBe('CHANNEL_TOKEN_EXPIRED');
    fb.failNext('expired-token');
    expect(await codeOf(adapter().publish(request()))).toBe('CHANNEL_TOKEN_EXPIRED');
    fb.failNext('rate-limit');
    expect(await codeOf(adapter().publish(request()))).toBe('CHANNEL_RATE_LIMITED');
    fb.failNext('server-error');
    expect(await codeOf(adapter().publish(request()))).toBe('CHANNEL_SERVER_ERROR');
    expect(fb.posts).toEqual([]);
  });

  it('after a dropped reply, the retry finds the post instead of posting twice', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    fb.failNext('drop', (r) => r.method === 'POST');
    expect(await codeOf(adapter().publish(request({ since })))).toBe('CHANNEL_UNREACHABLE');
    expect(fb.posts).toHaveLength(1);
    const again = await adapter().publish(request({ since, mayExist: true }));
    expect(again.id).toBe(fb.posts[0]!.id);
    expect(fb.posts).toHaveLength(1);
    // Without the look-up, the stand-in would take a second copy: the look-up is what prevents it.
    await adapter().publish(request({ since, mayExist: false }));
    expect(fb.posts).toHaveLength(2);
  });
});

describe('Zalo OA adapter (Open API v2.0) against its stand-in', () => {
  let zalo: ZaloStandin;
  beforeEach(async () => {
    zalo = await new ZaloStandin().start();
  });
  afterEach(() => zalo.stop());
  const adapter = (token = zalo.token, targetId = zalo.oaId) =>
    zaloOa.create({ targetId, token, apiBase: zalo.apiBase, timeoutMs: 5000 });

  it('checks the OA, creates an article with title, description, cover and body, and removes it', async () => {
    expect(await adapter().check()).toBe(zalo.oaName);
    expect(await codeOf(adapter(zalo.token, '999').check())).toBe('CHANNEL_FORBIDDEN');
    const req = request();
    const post = await adapter().publish(req);
    expect(req.receipts).toEqual(['t1']);
    expect(zalo.articles).toHaveLength(1);
    const article = zalo.articles[0]!;
    expect(post.id).toBe(article.id);
    expect(article).toMatchObject({ title: 'Lễ ra quân', coverUrl: 'http://127.0.0.1:9/anh.jpg' });
    expect(article.body.map((p) => p.content)).toEqual(['Sáng 4/12, huyện tổ chức lễ ra quân.', LINK]);
    await adapter().remove(post.id);
    expect(zalo.articles).toEqual([]);
  });

  it('maps an expired token (-216) and the rate limit (-32)', async () => {
    expect(await codeOf(adapter('old').check())).toBe('CHANNEL_TOKEN_EXPIRED');
    zalo.failNext('rate-limit');
    expect(await codeOf(adapter().publish(request()))).toBe('CHANNEL_RATE_LIMITED');
    zalo.failNext('expired-token');
    expect(await codeOf(adapter().publish(request()))).toBe('CHANNEL_TOKEN_EXPIRED');
    expect(zalo.articles).toEqual([]);
  });

  it('a dropped create reply: the retry finds the article by title; a dropped verify: the retry verifies the recorded token', async () => {
    zalo.failNext('drop', (r) => r.path.endsWith('/article/create'));
    expect(await codeOf(adapter().publish(request()))).toBe('CHANNEL_UNREACHABLE');
    const found = await adapter().publish(request({ mayExist: true }));
    expect(found.id).toBe(zalo.articles[0]!.id);
    expect(zalo.articles).toHaveLength(1);

    const second = request({ content: { ...request().content, title: 'Bài thứ hai' } });
    zalo.failNext('drop', (r) => r.path.endsWith('/article/verify'));
    expect(await codeOf(adapter().publish(second))).toBe('CHANNEL_UNREACHABLE');
    expect(second.receipts).toEqual(['t2']);
    const verified = await adapter().publish({ ...second, mayExist: true, receipt: 't2' });
    expect(verified.id).toBe('a2');
    expect(zalo.articles).toHaveLength(2);
  });

  it('find (the look-up before removing a share whose id was never recorded): by receipt, by title, or nothing', async () => {
    const first = await adapter().publish(request({ content: { ...request().content, title: 'Bài một' } }));
    const content = { ...request().content, title: 'Bài hai' };
    zalo.failNext('drop', (r) => r.path.endsWith('/article/create'));
    expect(await codeOf(adapter().publish(request({ content })))).toBe('CHANNEL_UNREACHABLE');
    const since = new Date(Date.now() - 1000).toISOString();
    // The recorded token names the article; an unknown token (-201) falls back to the title.
    expect(await adapter().find({ content, since, receipt: 't1' })).toEqual({ id: first.id, link: null });
    expect(await adapter().find({ content, since, receipt: 't99' })).toEqual({ id: zalo.articles[1]!.id, link: null });
    expect(await adapter().find({ content, since, receipt: null })).toEqual({ id: zalo.articles[1]!.id, link: null });
    expect(await adapter().find({ content: { ...content, title: 'Không có' }, since, receipt: null })).toBeNull();
  });
});
