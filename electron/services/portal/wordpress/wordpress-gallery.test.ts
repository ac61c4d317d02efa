import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { BODY_FRAGMENT } from '../../../../common/article/layout';
import { sampleArticleDoc } from '../../../../tests/wordpress/sample-article';
import { makePng } from '../../../../tests/wordpress/sample-images';
import type { WpPost } from '../../../../tests/wordpress/wordpress-harness';
import { useWordPressBehindProxy } from '../../../../tests/wordpress/vitest-wordpress';
import { articleImageFiles, imageFolder } from '../../images/image-files';
import { readArticle } from '../submission';
import { createWordPressPortal, mediaSlug } from './wordpress-portal';

// Photo stories and infographics sent to the tests' own real WordPress (tests/wordpress).
const site = useWordPressBehindProxy('toasoan-gallery-');

interface WpMedia {
  id: number;
  source_url: string;
  alt_text: string;
}

/** Pictures stored the way the images service stores them, one colour each. */
function storeImages(articleId: string, ids: string[]): void {
  const { dataDir } = site;
  mkdirSync(imageFolder(dataDir, articleId), { recursive: true });
  ids.forEach((id, i) => writeFileSync(join(imageFolder(dataDir, articleId), `${id}.png`), makePng(8 + i, 6, [20 * i, 100, 200 - 20 * i])));
}

async function send(articleId: string, doc: Y.Doc): Promise<WpPost> {
  const { wp, proxy, dataDir } = site;
  const sent = await createWordPressPortal({ url: proxy.url, username: wp.adminUser, password: wp.appPassword, timeoutMs: 30_000 }).send({
    articleId,
    doc,
    article: readArticle(doc),
    postStatus: 'pending',
    known: null,
    images: articleImageFiles(dataDir),
    rememberSlug: () => {},
    trashed: () => {},
  });
  return wp.rest<WpPost>(`/wp/v2/posts/${sent.id}?context=edit`);
}

const mediaOf = async (imageId: string) => (await site.wp.rest<WpMedia[]>(`/wp/v2/media?slug=${mediaSlug(imageId)}&context=edit`))[0]!;

describe('WordPress portal: photo stories and infographics', () => {
  it('a photo story whose photos were reordered arrives as a gallery block in the new order, its first photo featured', async () => {
    const articleId = `gallery-${Date.now().toString(36)}`;
    const ids = ['p1aaaa', 'p2bbbb', 'p3cccc', 'p4dddd'];
    storeImages(articleId, ids);
    const doc = sampleArticleDoc({
      title: 'Phóng sự ảnh: mùa lúa chín',
      sapo: 'Sapo',
      paragraphs: ['Mở đầu.'],
      kind: 'anh',
      featuredImageId: null,
      gallery: ids.map((imageId, i) => ({ imageId, caption: `Ảnh số ${i + 1}`, credit: i === 0 ? 'Chí Tâm' : '' })),
    });
    // The user moves the last photo to the front (what "Lên" three times does: one photo moved, the rest in place).
    const gallery = doc.getXmlFragment(BODY_FRAGMENT).toArray().find((n) => n instanceof Y.XmlElement && n.nodeName === 'gallery') as Y.XmlElement;
    const last = gallery.get(3) as Y.XmlElement;
    const moved = last.clone();
    doc.transact(() => {
      gallery.delete(3, 1);
      gallery.insert(0, [moved]);
    });

    const post = await send(articleId, doc);
    const content = post.content.raw;
    const media = await Promise.all(ids.map(mediaOf));
    const order = ['p4dddd', 'p1aaaa', 'p2bbbb', 'p3cccc'].map((id) => media[ids.indexOf(id)]!);
    expect(content).toContain('<!-- wp:gallery {"linkTo":"none"} -->');
    const blocks = [...content.matchAll(/<!-- wp:image (\{[^}]*\}) -->/g)].map((m) => (JSON.parse(m[1]!) as { id: number }).id);
    expect(blocks).toEqual(order.map((m) => m.id));
    expect(content).toContain(`<img src="${order[1]!.source_url}" alt="Ảnh số 1" class="wp-image-${order[1]!.id}"/><figcaption class="wp-element-caption">Ảnh số 1 (Ảnh: Chí Tâm)</figcaption>`);
    // The image blocks sit inside the gallery block.
    const galleryBody = content.slice(content.indexOf('<!-- wp:gallery'), content.indexOf('<!-- /wp:gallery -->'));
    expect(galleryBody.match(/<!-- wp:image /g)).toHaveLength(4);
    // No featured image was set: the story's first photo (after the move) is.
    expect(post.featured_media).toBe(order[0]!.id);
    // WordPress's own block parser reads the gallery.
    const rendered = await site.wp.rest<{ content: { rendered: string } }>(`/wp/v2/posts/${post.id}`);
    expect(rendered.content.rendered).toContain('wp-block-gallery');
  }, 120_000);

  it('an infographic arrives as a full-width image block with its alt text, its text version after it', async () => {
    const articleId = `info-${Date.now().toString(36)}`;
    storeImages(articleId, ['g1eeee']);
    const doc = sampleArticleDoc({
      title: 'Đồ họa: dân số huyện',
      sapo: 'Sapo',
      paragraphs: ['Mở đầu.'],
      kind: 'do_hoa',
      featuredImageId: null,
      infographic: { imageId: 'g1eeee', alt: 'Biểu đồ dân số 2020-2024', text: ['Năm 2020: 120.000 người.', 'Năm 2024: 131.000 người.'] },
    });
    const post = await send(articleId, doc);
    const media = await mediaOf('g1eeee');
    expect(media.alt_text).toBe('Biểu đồ dân số 2020-2024');
    expect(post.content.raw).toContain(`<!-- wp:image {"id":${media.id},"sizeSlug":"full","linkDestination":"none","align":"full"} -->`);
    expect(post.content.raw).toContain(`<figure class="wp-block-image alignfull size-full"><img src="${media.source_url}" alt="Biểu đồ dân số 2020-2024" class="wp-image-${media.id}"/></figure>`);
    expect(post.content.raw).toContain('<details class="toasoan-infographic-text"><summary>Nội dung đồ họa dạng chữ</summary><p>Năm 2020: 120.000 người.</p><p>Năm 2024: 131.000 người.</p></details>');
    // The portal's search finds the text version.
    const found = await site.wp.rest<{ id: number }[]>(`/wp/v2/posts?search=${encodeURIComponent('131.000 người')}&status=pending&context=edit`);
    expect(found.map((p) => p.id)).toContain(post.id);
  }, 120_000);
});
