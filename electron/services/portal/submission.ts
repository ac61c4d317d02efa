import * as Y from 'yjs';
import { ServiceError } from '../../../common/api/errors';
import type { Settings } from '../../../common/api/settings.api';
import { META_MAP } from '../../../common/article/layout';
import { articleMeta } from '../../../common/article/meta';
import type { FeaturedImage } from '../../../common/article/model';
import { articleSapoText, articleTitleText, articleToHtml } from '../../../common/article/to-html';
import type { PortalAdapter, PortalMedia, PortalPost, PostFields } from './portal-adapter';
import { sameName } from './wordpress-adapter';

/**
 * One attempt at putting an article on the portal. Safe to repeat after any
 * failure, including a reply lost after the portal acted: every image and the
 * post carry a slug derived from our ids, and each is looked up before it is
 * created. Everything that can be checked locally (images on disk, the
 * category on the portal) is checked before the first write.
 */
export interface ArticleImage {
  bytes: Uint8Array;
  mime: string;
  extension: string;
}

export interface ImageSource {
  /** Throws IMAGE_NOT_FOUND / IMAGE_UNREADABLE. */
  read(articleId: string, imageId: string): ArticleImage;
}

export interface SubmissionInput {
  articleId: string;
  /** The article as it was when the user clicked "Gửi lên cổng". */
  doc: Y.Doc;
  postStatus: Settings['portal']['postStatus'];
  /** The post this article became earlier, if remembered locally. */
  knownPostId: number | null;
}

export const postSlug = (articleId: string) => `toasoan-${articleId.toLowerCase()}`;
export const mediaSlug = (imageId: string) => `toasoan-img-${imageId.toLowerCase()}`;

export interface ArticleForPortal {
  title: string;
  sapo: string;
  byline: string;
  category: string;
  tags: string[];
  featured: FeaturedImage | null;
  /** Image ids in the body, in order, without repeats. */
  inlineImages: string[];
}

export function readArticle(doc: Y.Doc): ArticleForPortal {
  const meta = articleMeta(doc.getMap<unknown>(META_MAP));
  const inlineImages: string[] = [];
  articleToHtml(doc, {
    imageSrc: (id) => {
      if (!inlineImages.includes(id)) inlineImages.push(id);
      return '';
    },
  });
  return {
    title: articleTitleText(doc),
    sapo: articleSapoText(doc),
    byline: meta.byline,
    category: meta.category,
    tags: meta.tags,
    featured: meta.featuredImage,
    inlineImages,
  };
}

/** The byline goes last, as its own right-aligned bold paragraph, the way district portals print it. */
export function bylineHtml(byline: string): string {
  if (!byline.trim()) return '';
  return `<p style="text-align: right"><strong>${escapeHtml(byline.trim())}</strong></p>`;
}

export async function submitArticle(adapter: PortalAdapter, input: SubmissionInput, images: ImageSource): Promise<PortalPost> {
  const article = readArticle(input.doc);
  if (!article.title) throw new ServiceError('BAD_REQUEST', 'the article has no title');

  // Local checks first: nothing is sent if an image is missing on disk.
  const imageIds = [...new Set([...(article.featured ? [article.featured.imageId] : []), ...article.inlineImages])];
  const files = new Map(imageIds.map((id) => [id, images.read(input.articleId, id)] as const));

  // The category must already exist on the portal: we never invent sections.
  let categoryIds: number[] = [];
  if (article.category) {
    const categories = await adapter.listCategories();
    const match = categories.find((c) => sameName(c.name, article.category));
    if (!match) {
      throw new ServiceError('PORTAL_CATEGORY_MISSING', `category "${article.category}" does not exist on the portal`);
    }
    categoryIds = [match.id];
  }

  const tags = await adapter.ensureTags(article.tags);

  const media = new Map<string, PortalMedia>();
  for (const imageId of imageIds) {
    const slug = mediaSlug(imageId);
    const file = files.get(imageId)!;
    const existing = await adapter.findMediaBySlug(slug);
    const caption = article.featured?.imageId === imageId ? article.featured.caption : '';
    media.set(
      imageId,
      existing ??
        (await adapter.uploadMedia({
          slug,
          fileName: `${slug}.${file.extension}`,
          mimeType: file.mime,
          bytes: file.bytes,
          caption,
          altText: caption || article.title,
        })),
    );
  }

  const body = articleToHtml(input.doc, { imageSrc: (id) => media.get(id)?.sourceUrl ?? '' });
  const fields: PostFields = {
    slug: postSlug(input.articleId),
    title: article.title,
    excerpt: article.sapo,
    content: body + bylineHtml(article.byline),
    status: input.postStatus,
    categories: categoryIds,
    tags: tags.map((t) => t.id),
    featuredMedia: article.featured ? (media.get(article.featured.imageId)?.id ?? null) : null,
  };

  const known = input.knownPostId !== null ? await adapter.getPost(input.knownPostId) : null;
  // A post binned on the portal is not ours to revive: send a new one.
  const existing = (known && known.status !== 'trash' ? known : null) ?? (await adapter.findPostBySlug(fields.slug));
  if (!existing) return adapter.createPost(fields);
  // A post the portal's editors already published stays published; new text
  // replaces the old in place.
  const keepStatus = existing.status === 'publish' || existing.status === 'future' || existing.status === 'private';
  return adapter.updatePost(existing.id, keepStatus ? { ...fields, status: existing.status as PostFields['status'] } : fields);
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
