import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { ServiceError } from '../../../../common/api/errors';
import { sampleArticleDoc, type SampleArticle } from '../../../../tests/wordpress/sample-article';
import { makePng } from '../../../../tests/wordpress/sample-images';
import type { WpPost } from '../../../../tests/wordpress/wordpress-harness';
import { useWordPressBehindProxy } from '../../../../tests/wordpress/vitest-wordpress';
import { articleImageFiles } from '../../images/image-files';
import { readableSlug } from '../names';
import type { SentPost } from '../portal-adapter';
import { readArticle } from '../submission';
import { createWordPressPortal, mediaSlug } from './wordpress-portal';

// Whole submissions against a real WordPress, through the fault proxy.
const world = useWordPressBehindProxy('toasoan-portal-');
let counter = 0;

const portal = (timeoutMs = 10_000) => createWordPressPortal({ url: world.proxy.url, username: world.wp.adminUser, password: world.wp.appPassword, timeoutMs });

/** What the domain remembers of each article's post (portal_posts and portal_slugs), and the history lines. */
const memory = new Map<string, { id: number | null; slugs: string[]; trashed: number[] }>();
const remembered = (articleId: string) => {
  let m = memory.get(articleId);
  if (!m) memory.set(articleId, (m = { id: null, slugs: [], trashed: [] }));
  return m;
};

/** One send, as the outbox does it; `knownPostId: null` forgets the stored post id (a lost reply). */
async function submitArticle(
  articleId: string,
  doc: Y.Doc,
  options: { forgetId?: boolean; timeoutMs?: number } = {},
): Promise<SentPost> {
  const m = remembered(articleId);
  const post = await portal(options.timeoutMs).send({
    articleId,
    doc,
    article: readArticle(doc),
    postStatus: 'pending',
    known: { id: options.forgetId ? null : m.id, slugs: [...m.slugs] },
    images: articleImageFiles(world.dataDir),
    rememberSlug: (slug) => m.slugs.push(slug),
    trashed: (id) => m.trashed.push(id),
  });
  m.id = post.id;
  return post;
}

/** Every post of the article on the site that is not in the trash. */
async function postsOf(articleId: string): Promise<WpPost[]> {
  const slugs = remembered(articleId).slugs.flatMap((s) => [s, `${s}-2`, `${s}-3`]);
  if (slugs.length === 0) return [];
  return world.wp.rest<WpPost[]>(`/wp/v2/posts?slug=${slugs.join(',')}&status=any&context=edit`);
}

/** A fresh article id with two images stored the way the images service stores them. */
function newArticle(extra: Partial<SampleArticle> = {}): { articleId: string; doc: Y.Doc; imageIds: string[] } {
  counter += 1;
  const articleId = `bai-${counter}-${Date.now().toString(36)}`;
  const imageIds = [`${counter}a0c0ffee-0000-4000-8000-000000000001`, `${counter}b0c0ffee-0000-4000-8000-000000000002`];
  const folder = join(world.dataDir, 'articles', articleId, 'images');
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

async function mediaWithSlug(slug: string): Promise<{ id: number }[]> {
  return world.wp.rest<{ id: number }[]>(`/wp/v2/media?slug=${slug}`);
}

describe('submitting an article to a real WordPress', () => {
  it('sends title, sapo as excerpt, body with both images re-addressed, byline, category, tags and featured image as pending', async () => {
    const { articleId, doc, imageIds } = newArticle();
    const post = await submitArticle(articleId, doc);
    const [stored, ...others] = await postsOf(articleId);
    expect(others).toHaveLength(0);
    expect(stored!.id).toBe(post.id);
    expect(stored!.status).toBe('pending');
    expect(stored!.title.raw).toBe('Xã Tân Thạnh ra mắt mô hình dân vận khéo');
    expect(stored!.excerpt.raw).toBe('Sáng 25/11, UBND xã Tân Thạnh tổ chức lễ ra mắt mô hình.');
    expect(stored!.content.raw).toContain('<strong>Ngọc Diệu - Chí Tâm</strong>');
    const media = await Promise.all(imageIds.map((id) => world.wp.rest<{ id: number; source_url: string }[]>(`/wp/v2/media?slug=${mediaSlug(id)}`)));
    for (const [found] of media) {
      expect(found).toBeDefined();
      expect(stored!.content.raw).toContain(`src="${found!.source_url}"`);
    }
    expect(stored!.content.raw).not.toContain('toasoan-image:');
    expect(stored!.featured_media).toBe(media[0]![0]!.id);
    const [category] = await world.wp.rest<{ id: number; name: string }[]>(`/wp/v2/categories?include=${stored!.categories.join(',')}`);
    expect(category!.name).toBe('Văn hóa - Xã hội');
    const tags = await world.wp.rest<{ name: string }[]>(`/wp/v2/tags?include=${stored!.tags.join(',')}`);
    expect(tags.map((t) => t.name).sort()).toEqual(['Tân Thạnh', 'dân vận khéo']);
  });

  it('updates the same post when the article is submitted again after an edit', async () => {
    const first = newArticle();
    const post = await submitArticle(first.articleId, first.doc);
    const edited = sampleArticleDoc({ title: 'Tiêu đề đã sửa', sapo: 'Sapo mới', paragraphs: ['Một đoạn.'], images: [], featuredImageId: null, category: 'Kinh tế', tags: [] });
    // Whether the post id is remembered or not, the same post is updated.
    const again = await submitArticle(first.articleId, edited);
    const third = await submitArticle(first.articleId, edited, { forgetId: true });
    expect(again.id).toBe(post.id);
    expect(third.id).toBe(post.id);
    const stored = await postsOf(first.articleId);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.title.raw).toBe('Tiêu đề đã sửa');
    expect(stored[0]!.featured_media).toBe(0);
  });

  it('creates exactly one post when the reply to the create request is lost', async () => {
    const { articleId, doc } = newArticle();
    world.proxy.inject({ fault: { kind: 'drop-after-forward' }, match: (r) => r.method === 'POST' && /rest_route=%2Fwp%2Fv2%2Fposts(&|$)/.test(r.url) });
    const failure = await submitArticle(articleId, doc).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ServiceError);
    expect((failure as ServiceError).code).toBe('PORTAL_UNREACHABLE');
    // WordPress did create it: the reply was lost on the way back.
    expect(await postsOf(articleId)).toHaveLength(1);
    const retried = await submitArticle(articleId, doc);
    const stored = await postsOf(articleId);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.id).toBe(retried.id);
  });

  it('uploads each image exactly once when the reply to an upload is lost', async () => {
    const { articleId, doc, imageIds } = newArticle();
    world.proxy.inject({ fault: { kind: 'drop-after-forward' }, match: (r) => r.method === 'POST' && r.url.includes('media') });
    await expect(submitArticle(articleId, doc)).rejects.toThrow();
    expect(await mediaWithSlug(mediaSlug(imageIds[0]!))).toHaveLength(1);
    await submitArticle(articleId, doc);
    expect(await mediaWithSlug(mediaSlug(imageIds[0]!))).toHaveLength(1);
    expect(await mediaWithSlug(mediaSlug(imageIds[1]!))).toHaveLength(1);
    expect(await postsOf(articleId)).toHaveLength(1);
  });

  it('refuses a category the portal does not have before sending anything', async () => {
    const { articleId, doc, imageIds } = newArticle({ category: 'Chuyên mục không tồn tại' });
    const before = world.proxy.log.length;
    const failure = await submitArticle(articleId, doc).catch((e: unknown) => e);
    expect((failure as ServiceError).code).toBe('PORTAL_CATEGORY_MISSING');
    expect(world.proxy.log.slice(before).every((r) => r.method === 'GET')).toBe(true);
    expect(await mediaWithSlug(mediaSlug(imageIds[0]!))).toHaveLength(0);
    expect(await postsOf(articleId)).toHaveLength(0);
  });

  it('refuses an article whose image is missing on disk before sending anything', async () => {
    const { articleId, doc } = newArticle({ images: [{ imageId: 'khong-co-anh-nay', caption: '' }] });
    const before = world.proxy.log.length;
    const failure = await submitArticle(articleId, doc).catch((e: unknown) => e);
    expect((failure as ServiceError).code).toBe('IMAGE_NOT_FOUND');
    expect(world.proxy.log.length).toBe(before);
  });

  it('leaves the article document untouched when a submission fails', async () => {
    const { articleId, doc } = newArticle();
    const before = Y.encodeStateAsUpdate(doc);
    world.proxy.inject({ fault: { kind: 'html-500' }, match: (r) => r.method === 'POST' });
    await expect(submitArticle(articleId, doc)).rejects.toMatchObject({ code: 'PORTAL_SERVER_ERROR' });
    expect(Buffer.from(Y.encodeStateAsUpdate(doc)).equals(Buffer.from(before))).toBe(true);
  });

  it('gives the post a readable slug once, and never sends a slug again', async () => {
    const { articleId, doc } = newArticle();
    const post = await submitArticle(articleId, doc);
    const slug = readableSlug('Xã Tân Thạnh ra mắt mô hình dân vận khéo', articleId);
    expect(slug).toMatch(/^xa-tan-thanh-ra-mat-mo-hinh-dan-van-kheo-[a-z0-9]{1,8}$/);
    const [stored] = await postsOf(articleId);
    expect(stored!.slug).toBe(slug);
    // A portal editor publishes it under an address of their own.
    const editorSlug = `dan-van-kheo-o-tan-thanh-${counter}`;
    await world.wp.restPost(`/wp/v2/posts/${post.id}`, { slug: editorSlug, status: 'publish' });
    const edited = sampleArticleDoc({ title: 'Tiêu đề khác hẳn', sapo: 'Sapo', paragraphs: ['Đoạn.'], images: [], featuredImageId: null, category: 'Kinh tế' });
    const again = await submitArticle(articleId, edited);
    expect(again.id).toBe(post.id);
    const after = await world.wp.rest<WpPost>(`/wp/v2/posts/${post.id}?context=edit`);
    expect(after).toMatchObject({ slug: editorSlug, status: 'publish' });
    expect(after.title.raw).toBe('Tiêu đề khác hẳn');
  });

  it('leaves one post when a create request reaches WordPress after the app gave up on it', async () => {
    const { articleId, doc } = newArticle();
    const createPost = (r: { method: string; url: string }) => r.method === 'POST' && /rest_route=%2Fwp%2Fv2%2Fposts(&|$)/.test(r.url);
    // The request is held in the network until the retry below is done; the app waits 1.5 s.
    let release!: () => void;
    world.proxy.inject({ fault: { kind: 'hold', release: new Promise<void>((r) => (release = r)) }, match: createPost });
    // Under load an earlier request of the attempt (the look for the article's post) can be the one to time
    // out; the attempt is made again until its create request is the one held.
    const seenBefore = world.proxy.log.length;
    const createHeld = () => world.proxy.log.slice(seenBefore).some(createPost);
    for (let attempt = 0; attempt < 5 && !createHeld(); attempt++) {
      await expect(submitArticle(articleId, doc, { timeoutMs: 1_500 })).rejects.toMatchObject({ code: 'PORTAL_TIMEOUT' });
    }
    expect(createHeld()).toBe(true);
    // The retry finds nothing yet and creates the post.
    const sent = await submitArticle(articleId, doc);
    expect(await postsOf(articleId)).toHaveLength(1);
    // Then the held request arrives: a second post.
    release();
    await expect.poll(async () => (await postsOf(articleId)).length, { timeout: 10_000 }).toBe(2);
    // The next look (the outbox's check after a retried send, or any later send) moves it to the trash.
    await portal().removeDuplicates!(articleId, { id: sent.id, slugs: remembered(articleId).slugs }, (id) => remembered(articleId).trashed.push(id));
    const left = await postsOf(articleId);
    expect(left.map((p) => p.id)).toEqual([sent.id]);
    expect(remembered(articleId).trashed).toHaveLength(1);
    const late = await world.wp.rest<WpPost>(`/wp/v2/posts/${remembered(articleId).trashed[0]}?context=edit`);
    expect(late.status).toBe('trash');
  }, 30_000);

  it('matches the category under NFC, either tone placement and any case, and names a missing one', async () => {
    // "Thủy lợi" on the portal (tone on u), "THUỶ LỢI" in the article (tone on y), decomposed.
    const created = await world.wp.restPost<{ id: number }>('/wp/v2/categories', { name: `Thủy lợi ${counter}` }).catch(() => null);
    const { articleId, doc } = newArticle({ category: `THUỶ LỢI ${counter}`.normalize('NFD') });
    const post = await submitArticle(articleId, doc);
    const stored = await world.wp.rest<WpPost>(`/wp/v2/posts/${post.id}?context=edit`);
    expect(stored.categories).toEqual([created!.id]);
    const missing = newArticle({ category: 'Chuyện lạ' });
    await expect(submitArticle(missing.articleId, missing.doc)).rejects.toMatchObject({ code: 'PORTAL_CATEGORY_MISSING', details: { subject: 'Chuyện lạ' } });
  });

  it('gives inline images their caption as alt text', async () => {
    const { articleId, doc, imageIds } = newArticle();
    const body = doc.getXmlFragment('body');
    for (const node of body.toArray()) if (node instanceof Y.XmlElement && node.nodeName === 'figure') node.removeAttribute('alt');
    const post = await submitArticle(articleId, doc);
    const stored = await world.wp.rest<WpPost>(`/wp/v2/posts/${post.id}?context=edit`);
    expect(stored.content.raw).toContain('alt="Quang cảnh buổi lễ"');
    expect(stored.content.raw).toContain('alt="Lãnh đạo xã phát biểu"');
    const [media] = await world.wp.rest<{ alt_text: string }[]>(`/wp/v2/media?slug=${mediaSlug(imageIds[1]!)}`);
    expect(media!.alt_text).toBe('Lãnh đạo xã phát biểu');
  });

  it('stops on a wrong password before writing anything', async () => {
    const { articleId, doc } = newArticle();
    const before = world.proxy.log.length;
    const wrong = createWordPressPortal({ url: world.proxy.url, username: world.wp.adminUser, password: 'abcd efgh ijkl mnop qrst uvwx' });
    const failure = await wrong
      .send({ articleId, doc, article: readArticle(doc), postStatus: 'pending', known: null, images: articleImageFiles(world.dataDir), rememberSlug: () => {}, trashed: () => {} })
      .catch((e: unknown) => e);
    expect((failure as ServiceError).code).toBe('PORTAL_AUTH_FAILED');
    expect(world.proxy.log.slice(before).every((r) => r.method === 'GET')).toBe(true);
  });
});
