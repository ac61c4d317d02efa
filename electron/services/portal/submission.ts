/**
 * What every portal adapter sends of an article, read from its Y.Doc: the
 * fields, the images it uses, and the byline's printed form.
 */
import * as Y from 'yjs';
import { BODY_FRAGMENT, META_MAP } from '../../../common/article/layout';
import { articleMeta } from '../../../common/article/meta';
import type { FeaturedImage } from '../../../common/article/model';
import { INFOGRAPHIC_NODE, PHOTO_NODE } from '../../../common/article/media';
import { articleSapoText, articleTitleText, articleToHtml, fragmentText } from '../../../common/article/to-html';

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

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Nodes whose picture has a caption (their text); an infographic's media item is described by its alt text. */
const CAPTIONED = new Set(['figure', PHOTO_NODE, INFOGRAPHIC_NODE]);

/** The caption under each picture of the body, by image id (the first, when a picture appears twice). */
export function figureCaptions(doc: Y.Doc): Map<string, string> {
  const captions = new Map<string, string>();
  const walk = (parent: Y.XmlFragment | Y.XmlElement) => {
    for (const child of parent.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue;
      const imageId = CAPTIONED.has(child.nodeName) ? child.getAttribute('imageId') : undefined;
      if (typeof imageId === 'string') {
        const text = child.nodeName === INFOGRAPHIC_NODE ? String(child.getAttribute('alt') ?? '') : fragmentText(child);
        if (!captions.has(imageId)) captions.set(imageId, text.replace(/\s+/g, ' ').trim());
      } else walk(child);
    }
  };
  walk(doc.getXmlFragment(BODY_FRAGMENT));
  return captions;
}
