import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ServiceError } from '../../../common/api/errors';
import { startFaultProxy, type FaultProxy } from '../../../tests/wordpress/fault-proxy';
import { sampleArticleDoc, type SampleArticle } from '../../../tests/wordpress/sample-article';
import { makePng } from '../../../tests/wordpress/sample-images';
import { startWordPress, type WordPressInstance, type WpPost } from '../../../tests/wordpress/wordpress-harness';
import { articleImagesIn } from './article-images';
import { mediaSlug, postSlug, submitArticle } from './submission';
import { createWordPressAdapter } from './wordpress-adapter';

// Whole submissions against a real WordPress, through the fault proxy.
let wp: WordPressInstance;
let proxy: FaultProxy;
let dataDir: string;
let counter = 0;


beforeAll(async () => {
  wp = await startWordPress();
  proxy = await startFaultProxy(wp.url);
  dataDir = mkdtempSync(join(tmpdir(), 'toasoan-portal-'));
}, 120_000);

afterAll(async () => {
  await proxy?.close();
  await wp?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

beforeEach(() => proxy.clearFaults());

const adapter = () => createWordPressAdapter({ url: proxy.url, username: wp.adminUser, applicationPassword: wp.appPassword, timeoutMs: 10_000 });
const images = () => articleImagesIn(dataDir);

/** A fresh article id with two images stored the way the images service stores them. */
function newArticle(extra: Partial<SampleArticle> = {}): { articleId: string; doc: Y.Doc; imageIds: string[] } {
  counter += 1;
  const articleId = `bai-${counter}-${Date.now().toString(36)}`;
  const imageIds = [`${counter}a0c0ffee-0000-4000-8000-000000000001`, `${counter}b0c0ffee-0000-4000-8000-000000000002`];
  const folder = join(dataDir, 'articles', articleId, 'images');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, `${imageIds[0]}.png`), makePng(8, 6, [10, 120, 200]));
  writeFileSync(join(folder, `${imageIds[1]}.png`), makePng(6, 8, [220, 180, 20]));
  const doc = sampleArticleDoc({
    title: 'Xã Tân Thạnh ra mắt mô hình dân vận khéo',
    sapo: 'Sáng 25/11, UBND xã Tân Thạnh tổ chức lễ ra mắt mô hình.',
    paragraphs: ['Đoạn thứ nhất của bài.', 'Đoạn thứ hai của bài.'],
    images: [
      { imageId: imageIds[0]!, caption: 'Quang cảnh buổi lễ' },
      { imageId: imageIds[1]!, caption: 'Lãnh đạo xã phát biểu' },
    ],
    byline: 'Ngọc Diệu - Chí Tâm',
    category: 'Văn hóa - Xã hội',
    tags: ['Tân Thạnh', 'dân vận khéo'],
    ...extra,
  });
  return { articleId, doc, imageIds };
}

async function postsWithSlug(slug: string): Promise<WpPost[]> {
  return wp.rest<WpPost[]>(`/wp/v2/posts?slug=${slug}&status=any&context=edit`);
}

async function mediaWithSlug(slug: string): Promise<{ id: number }[]> {
  return wp.rest<{ id: number }[]>(`/wp/v2/media?slug=${slug}`);
}

describe('submitting an article to a real WordPress', () => {
  it('sends title, sapo as excerpt, body with both images re-addressed, byline, category, tags and featured image as pending', async () => {
    const { articleId, doc, imageIds } = newArticle();
    const post = await submitArticle(adapter(), { articleId, doc, postStatus: 'pending', knownPostId: null }, images());
    const [stored, ...others] = await postsWithSlug(postSlug(articleId));
    expect(others).toHaveLength(0);
    expect(stored!.id).toBe(post.id);
    expect(stored!.status).toBe('pending');
    expect(stored!.title.raw).toBe('Xã Tân Thạnh ra mắt mô hình dân vận khéo');
    expect(stored!.excerpt.raw).toBe('Sáng 25/11, UBND xã Tân Thạnh tổ chức lễ ra mắt mô hình.');
    expect(stored!.content.raw).toContain('<strong>Ngọc Diệu - Chí Tâm</strong>');
    const media = await Promise.all(imageIds.map((id) => wp.rest<{ id: number; source_url: string }[]>(`/wp/v2/media?slug=${mediaSlug(id)}`)));
    for (const [found] of media) {
      expect(found).toBeDefined();
      expect(stored!.content.raw).toContain(`src="${found!.source_url}"`);
    }
    expect(stored!.content.raw).not.toContain('toasoan-image:');
    expect(stored!.featured_media).toBe(media[0]![0]!.id);
    const [category] = await wp.rest<{ id: number; name: string }[]>(`/wp/v2/categories?include=${stored!.categories.join(',')}`);
    expect(category!.name).toBe('Văn hóa - Xã hội');
    const tags = await wp.rest<{ name: string }[]>(`/wp/v2/tags?include=${stored!.tags.join(',')}`);
    expect(tags.map((t) => t.name).sort()).toEqual(['Tân Thạnh', 'dân vận khéo']);
  });

  it('updates the same post when the article is submitted again after an edit', async () => {
    const first = newArticle();
    const post = await submitArticle(adapter(), { articleId: first.articleId, doc: first.doc, postStatus: 'pending', knownPostId: null }, images());
    const edited = sampleArticleDoc({ title: 'Tiêu đề đã sửa', sapo: 'Sapo mới', paragraphs: ['Một đoạn.'], images: [], featuredImageId: null, category: 'Kinh tế', tags: [] });
    // Whether the post id is remembered or not, the same post is updated.
    const again = await submitArticle(adapter(), { articleId: first.articleId, doc: edited, postStatus: 'pending', knownPostId: post.id }, images());
    const third = await submitArticle(adapter(), { articleId: first.articleId, doc: edited, postStatus: 'pending', knownPostId: null }, images());
    expect(again.id).toBe(post.id);
    expect(third.id).toBe(post.id);
    const stored = await postsWithSlug(postSlug(first.articleId));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.title.raw).toBe('Tiêu đề đã sửa');
    expect(stored[0]!.featured_media).toBe(0);
  });

  it('creates exactly one post when the reply to the create request is lost', async () => {
    const { articleId, doc } = newArticle();
    proxy.inject({ fault: { kind: 'drop-after-forward' }, match: (r) => r.method === 'POST' && /rest_route=%2Fwp%2Fv2%2Fposts(&|$)/.test(r.url) });
    const failure = await submitArticle(adapter(), { articleId, doc, postStatus: 'pending', knownPostId: null }, images()).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ServiceError);
    expect((failure as ServiceError).code).toBe('PORTAL_UNREACHABLE');
    // WordPress did create it: the reply was lost on the way back.
    expect(await postsWithSlug(postSlug(articleId))).toHaveLength(1);
    const retried = await submitArticle(adapter(), { articleId, doc, postStatus: 'pending', knownPostId: null }, images());
    const stored = await postsWithSlug(postSlug(articleId));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.id).toBe(retried.id);
  });

  it('uploads each image exactly once when the reply to an upload is lost', async () => {
    const { articleId, doc, imageIds } = newArticle();
    proxy.inject({ fault: { kind: 'drop-after-forward' }, match: (r) => r.method === 'POST' && r.url.includes('media') });
    await expect(submitArticle(adapter(), { articleId, doc, postStatus: 'pending', knownPostId: null }, images())).rejects.toThrow();
    expect(await mediaWithSlug(mediaSlug(imageIds[0]!))).toHaveLength(1);
    await submitArticle(adapter(), { articleId, doc, postStatus: 'pending', knownPostId: null }, images());
    expect(await mediaWithSlug(mediaSlug(imageIds[0]!))).toHaveLength(1);
    expect(await mediaWithSlug(mediaSlug(imageIds[1]!))).toHaveLength(1);
    expect(await postsWithSlug(postSlug(articleId))).toHaveLength(1);
  });

  it('refuses a category the portal does not have before sending anything', async () => {
    const { articleId, doc, imageIds } = newArticle({ category: 'Chuyên mục không tồn tại' });
    const before = proxy.log.length;
    const failure = await submitArticle(adapter(), { articleId, doc, postStatus: 'pending', knownPostId: null }, images()).catch((e: unknown) => e);
    expect((failure as ServiceError).code).toBe('PORTAL_CATEGORY_MISSING');
    expect(proxy.log.slice(before).every((r) => r.method === 'GET')).toBe(true);
    expect(await mediaWithSlug(mediaSlug(imageIds[0]!))).toHaveLength(0);
    expect(await postsWithSlug(postSlug(articleId))).toHaveLength(0);
  });

  it('refuses an article whose image is missing on disk before sending anything', async () => {
    const { articleId, doc } = newArticle({ images: [{ imageId: 'khong-co-anh-nay', caption: '' }] });
    const before = proxy.log.length;
    const failure = await submitArticle(adapter(), { articleId, doc, postStatus: 'pending', knownPostId: null }, images()).catch((e: unknown) => e);
    expect((failure as ServiceError).code).toBe('IMAGE_NOT_FOUND');
    expect(proxy.log.length).toBe(before);
  });

  it('leaves the article document untouched when a submission fails', async () => {
    const { articleId, doc } = newArticle();
    const before = Y.encodeStateAsUpdate(doc);
    proxy.inject({ fault: { kind: 'html-500' }, match: (r) => r.method === 'POST' });
    await expect(submitArticle(adapter(), { articleId, doc, postStatus: 'pending', knownPostId: null }, images())).rejects.toMatchObject({ code: 'PORTAL_SERVER_ERROR' });
    expect(Buffer.from(Y.encodeStateAsUpdate(doc)).equals(Buffer.from(before))).toBe(true);
  });
});
