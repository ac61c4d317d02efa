import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceError } from '../../../../common/api/errors';
import { startFaultProxy, type FaultProxy } from '../../../../tests/wordpress/fault-proxy';
import { makePng } from '../../../../tests/wordpress/sample-images';
import { freePort, startWordPress, type WordPressInstance } from '../../../../tests/wordpress/wordpress-harness';
import { wordpressClient, type PostFields } from './wordpress-client';
import { createWordPressPortal } from './wordpress-portal';
import type { WordPressConnection } from './wordpress-http';

/** The client with the portal's connection check, as the domain uses them. */
function createWordPressAdapter(connection: WordPressConnection) {
  const portal = createWordPressPortal({ url: connection.url, username: connection.username, password: connection.applicationPassword, timeoutMs: connection.timeoutMs });
  return { ...wordpressClient(connection), testConnection: () => portal.testConnection([]) };
}

// Against a real WordPress (Debian's package over MariaDB), through the
// tests' fault proxy for the failures.
let wp: WordPressInstance;
let proxy: FaultProxy;

beforeAll(async () => {
  wp = await startWordPress();
  proxy = await startFaultProxy(wp.url);
}, 120_000);

afterAll(async () => {
  await proxy?.close();
  await wp?.stop();
});

const admin = () => createWordPressAdapter({ url: proxy.url, username: wp.adminUser, applicationPassword: wp.appPassword, timeoutMs: 10_000 });

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ServiceError) return error.code;
    throw error;
  }
  return 'NO_ERROR';
}

function fields(slug: string, extra: Partial<PostFields> = {}): PostFields {
  return { slug, title: 'Tiêu đề', excerpt: 'Sapo', content: '<p>Nội dung</p>', status: 'pending', categories: [], tags: [], featuredMedia: null, ...extra };
}

describe('WordPress adapter against a real WordPress', () => {
  it('reports every step of the connection as working for an administrator', async () => {
    const report = await admin().testConnection();
    expect(report).toMatchObject({ reachable: true, signedIn: true, canCreatePosts: true, canUploadMedia: true, problem: null });
    expect(report.siteName).toBe('Cổng TTĐT thử nghiệm');
  });

  it('maps every shape of a failed sign-in to PORTAL_AUTH_FAILED, and a signed-in refusal to PORTAL_FORBIDDEN', async () => {
    const lookup = (r: { url: string }) => r.url.includes('users%2Fme');
    for (const body of [
      { status: 401, body: { code: 'rest_not_logged_in', message: 'x' } },
      { status: 403, body: { code: 'rest_forbidden', message: 'x' } },
      { status: 403, body: '<html>blocked</html>' },
      { status: 400, body: { code: 'rest_forbidden_status', message: 'x' } },
      { status: 400, body: { code: 'invalid_username', message: 'x' } },
      { status: 400, body: { code: 'incorrect_password', message: 'x' } },
    ]) {
      proxy.inject({ fault: { kind: 'reply', ...body }, match: lookup });
      expect(await codeOf(admin().me()), JSON.stringify(body)).toBe('PORTAL_AUTH_FAILED');
    }
    // The anonymous shape: an answer that forgot who asked.
    proxy.inject({ fault: { kind: 'wrong-shape', body: { id: 0, name: '' } }, match: lookup });
    expect(await codeOf(admin().me())).toBe('PORTAL_AUTH_FAILED');
    proxy.inject({
      fault: { kind: 'wrong-shape', body: [{ id: 5, slug: 'bai', status: 'publish', link: 'http://x/?p=5', title: { rendered: 'Bài' } }] },
      match: (r) => r.url.includes('posts'),
    });
    expect(await codeOf(admin().findPostsBySlugs(['bai']))).toBe('PORTAL_AUTH_FAILED');
    proxy.inject({ fault: { kind: 'reply', status: 403, body: { code: 'rest_cannot_create', message: 'x' } } });
    expect(await codeOf(admin().createPost(fields('toasoan-refused')))).toBe('PORTAL_FORBIDDEN');
  });

  it('maps a wrong application password to PORTAL_AUTH_FAILED', async () => {
    const adapter = createWordPressAdapter({ url: proxy.url, username: wp.adminUser, applicationPassword: 'abcd efgh ijkl mnop qrst uvwx' });
    const report = await adapter.testConnection();
    expect(report).toMatchObject({ reachable: true, signedIn: false, problem: 'PORTAL_AUTH_FAILED' });
    expect(await codeOf(adapter.createPost(fields('toasoan-auth')))).toBe('PORTAL_AUTH_FAILED');
  });

  it('maps a signed-in user without the right to write to PORTAL_FORBIDDEN', async () => {
    const adapter = createWordPressAdapter({ url: proxy.url, username: wp.subscriber.user, applicationPassword: wp.subscriber.appPassword });
    const report = await adapter.testConnection();
    expect(report).toMatchObject({ reachable: true, signedIn: true, canCreatePosts: false, canUploadMedia: false, problem: 'PORTAL_FORBIDDEN' });
    expect(await codeOf(adapter.createPost(fields('toasoan-forbidden')))).toBe('PORTAL_FORBIDDEN');
  });

  it('reports a contributor as allowed to write but not to upload', async () => {
    const adapter = createWordPressAdapter({ url: proxy.url, username: wp.contributor.user, applicationPassword: wp.contributor.appPassword });
    expect(await adapter.testConnection()).toMatchObject({ signedIn: true, canCreatePosts: true, canUploadMedia: false });
  });

  it('maps a closed port to PORTAL_UNREACHABLE', async () => {
    const adapter = createWordPressAdapter({ url: `http://127.0.0.1:${await freePort()}`, username: 'x', applicationPassword: 'y' });
    expect(await codeOf(adapter.listCategories())).toBe('PORTAL_UNREACHABLE');
    expect(await adapter.testConnection()).toMatchObject({ reachable: false, problem: 'PORTAL_UNREACHABLE' });
  });

  it('maps a reply that does not come in time to PORTAL_TIMEOUT', async () => {
    proxy.inject({ fault: { kind: 'delay', ms: 3_000 } });
    const adapter = createWordPressAdapter({ url: proxy.url, username: wp.adminUser, applicationPassword: wp.appPassword, timeoutMs: 300 });
    expect(await codeOf(adapter.listCategories())).toBe('PORTAL_TIMEOUT');
    proxy.inject({ fault: { kind: 'delay-reply', ms: 2_000 } });
    expect(await codeOf(adapter.listCategories())).toBe('PORTAL_TIMEOUT');
  });

  it('maps a 500 with an HTML page to PORTAL_SERVER_ERROR', async () => {
    proxy.inject({ fault: { kind: 'html-500' } });
    expect(await codeOf(admin().listCategories())).toBe('PORTAL_SERVER_ERROR');
  });

  it('maps JSON of the wrong shape, broken JSON and non-HTTP garbage to PORTAL_BAD_RESPONSE', async () => {
    proxy.inject({ fault: { kind: 'wrong-shape', body: [{ id: 'seven', name: 3 }] } });
    expect(await codeOf(admin().listCategories())).toBe('PORTAL_BAD_RESPONSE');
    proxy.inject({ fault: { kind: 'broken-json' } });
    expect(await codeOf(admin().createPost(fields('toasoan-broken')))).toBe('PORTAL_BAD_RESPONSE');
    proxy.inject({ fault: { kind: 'garbage' } });
    expect(await codeOf(admin().listCategories())).toBe('PORTAL_BAD_RESPONSE');
  });

  it('maps a dropped connection to PORTAL_UNREACHABLE', async () => {
    proxy.inject({ fault: { kind: 'drop' } });
    expect(await codeOf(admin().listCategories())).toBe('PORTAL_UNREACHABLE');
  });

  it('maps a file the portal refuses to PORTAL_MEDIA_REJECTED', async () => {
    const upload = { slug: 'toasoan-img-bad', fileName: 'toasoan-img-bad.exe', mimeType: 'application/x-msdownload', bytes: new Uint8Array([77, 90, 0, 0]), caption: '', altText: '' };
    expect(await codeOf(admin().uploadMedia(upload))).toBe('PORTAL_MEDIA_REJECTED');
    const notAnImage = { ...upload, slug: 'toasoan-img-fake', fileName: 'toasoan-img-fake.png', mimeType: 'image/png', bytes: new TextEncoder().encode('<?php echo 1;') };
    expect(await codeOf(admin().uploadMedia(notAnImage))).toBe('PORTAL_MEDIA_REJECTED');
  });

  it('uploads an image under a deterministic slug and finds it again', async () => {
    const adapter = admin();
    expect(await adapter.findMediaBySlug('toasoan-img-abc')).toBeNull();
    const media = await adapter.uploadMedia({ slug: 'toasoan-img-abc', fileName: 'toasoan-img-abc.png', mimeType: 'image/png', bytes: makePng(4, 3, [200, 30, 30]), caption: 'Chú thích', altText: 'Ảnh' });
    expect(media.slug).toBe('toasoan-img-abc');
    expect(media.sourceUrl).toMatch(/\/wp-content\/uploads\/.*toasoan-img-abc\.png$/);
    expect(await adapter.findMediaBySlug('toasoan-img-abc')).toEqual(media);
    const served = await fetch(media.sourceUrl);
    expect(served.status).toBe(200);
  });

  it('creates missing tags once and finds them afterwards', async () => {
    const adapter = admin();
    const first = await adapter.ensureTags(['Nông thôn mới', 'Tân Thạnh', 'Nông thôn mới']);
    expect(first.map((t) => t.name)).toEqual(['Nông thôn mới', 'Tân Thạnh']);
    const again = await adapter.ensureTags(['tân thạnh', 'Nông thôn mới']);
    expect(again.map((t) => t.id)).toEqual([first[1]!.id, first[0]!.id]);
  });

  it('creates a tag once when the reply to its creation is lost', async () => {
    const adapter = admin();
    proxy.inject({ fault: { kind: 'drop-after-forward' }, match: (r) => r.method === 'POST' && r.url.includes('tags') });
    expect(await codeOf(adapter.ensureTags(['Cải cách hành chính']))).toBe('PORTAL_UNREACHABLE');
    const [tag] = await adapter.ensureTags(['Cải cách hành chính']);
    const all = await wp.rest<{ id: number }[]>('/wp/v2/tags?search=' + encodeURIComponent('Cải cách hành chính'));
    expect(all.map((t) => t.id)).toEqual([tag!.id]);
  });

  it('finds a pending post by its slug, updates it in place without touching its slug, and trashes it', async () => {
    const adapter = admin();
    const categories = await adapter.listCategories();
    expect(categories.map((c) => c.name)).toEqual(expect.arrayContaining(wp.categories as string[]));
    expect(await adapter.findPostBySlug('toasoan-post-1')).toBeNull();
    const created = await adapter.createPost(fields('toasoan-post-1', { categories: [categories[0]!.id] }));
    expect(created.status).toBe('pending');
    expect(await adapter.findPostBySlug('toasoan-post-1')).toEqual(created);
    const updated = await adapter.updatePost(created.id, fields('toasoan-other-slug', { title: 'Tiêu đề mới' }));
    expect(updated.slug).toBe('toasoan-post-1');
    expect(updated.id).toBe(created.id);
    const stored = await wp.rest<{ title: { raw: string } }>(`/wp/v2/posts/${created.id}?context=edit`);
    expect(stored.title.raw).toBe('Tiêu đề mới');
    expect(await adapter.getPost(999_999)).toBeNull();
    await adapter.trashPost(created.id);
    expect((await adapter.getPost(created.id))?.status).toBe('trash');
    expect(await adapter.findPostBySlug('toasoan-post-1')).toBeNull();
  });
});
