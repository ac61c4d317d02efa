import * as Y from 'yjs';
import { BODY_FRAGMENT } from '../../../../common/article/layout';
import { articleToHtml, escapeAttr, escapeText, type ArticleHtmlOptions } from '../../../../common/article/to-html';
import { INFOGRAPHIC_NODE, PHOTO_NODE, VIDEO_NODE } from '../../../../common/article/media';
import { vi } from '../../../i18n/vi';
import { toBase64 } from '../../../../common/api/base64';
import type { ArticleImages } from '../image-store';
import { articleParts } from './article-parts';
import { portalArticleCss } from './portal-style';

/** Nodes whose `imageId` is a picture of the article. */
const PICTURES = new Set(['figure', PHOTO_NODE, INFOGRAPHIC_NODE]);

/** How print shows media (an infographic's alt text, a video's poster and file): docs/media.md. */
export const PRINT_MEDIA: ArticleHtmlOptions['print'] = { altLabel: vi.media.infographic.alt, videoLine: vi.media.videoLine };

/** Image ids used by the body's figures, galleries, infographics and video posters, and the featured image. */
export function imageIdsOf(doc: Y.Doc, featured: string | null): string[] {
  const ids = new Set<string>();
  if (featured) ids.add(featured);
  const walk = (node: Y.XmlFragment | Y.XmlElement) => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlElement) {
        const id = child.nodeName === VIDEO_NODE ? child.getAttribute('poster') : child.getAttribute('imageId');
        if ((PICTURES.has(child.nodeName) || child.nodeName === VIDEO_NODE) && typeof id === 'string' && id) ids.add(id);
        walk(child);
      }
    }
  };
  walk(doc.getXmlFragment(BODY_FRAGMENT));
  return [...ids];
}

/**
 * The article as one standalone HTML file styled like a portal article:
 * images are embedded (data: URLs of the originals), so the file can be
 * mailed or archived on its own. A missing image is left out, not fatal.
 */
export async function articleHtmlDocument(
  doc: Y.Doc,
  imageUrl: (imageId: string) => string,
  print?: ArticleHtmlOptions['print'],
): Promise<string> {
  const { title, sapo, meta } = articleParts(doc);
  const e = vi.editor.export;
  const featured = meta.featuredImage ? imageUrl(meta.featuredImage.imageId) : '';
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(title)}</title>
<style>${portalArticleCss}</style>
</head>
<body>
<article class="portal-article">
${meta.category ? `<div class="portal-category">${escapeText(meta.category)}</div>` : ''}
<h1 class="portal-title">${escapeText(title)}</h1>
${sapo ? `<p class="portal-sapo">${escapeText(sapo)}</p>` : ''}
${
  featured
    ? `<figure class="portal-featured"><img src="${escapeAttr(featured)}" alt="">${
        meta.featuredImage?.caption ? `<figcaption>${escapeText(meta.featuredImage.caption)}</figcaption>` : ''
      }</figure>`
    : ''
}
<div class="portal-body">${articleToHtml(doc, { imageSrc: imageUrl, ...(print ? { print } : {}) })}</div>
${meta.byline ? `<p class="portal-byline">${escapeText(e.byline(meta.byline))}</p>` : ''}
${meta.source ? `<p class="portal-source">${escapeText(e.source(meta.source))}</p>` : ''}
${meta.tags.length ? `<p class="portal-tags">${escapeText(e.tags(meta.tags.join(', ')))}</p>` : ''}
</article>
</body>
</html>
`;
}

/** Data URLs of every image the article uses; missing ones map to '' and are dropped. */
export async function embeddedImages(doc: Y.Doc, images: ArticleImages): Promise<(id: string) => string> {
  const featured = articleParts(doc).meta.featuredImage?.imageId ?? null;
  const urls = new Map<string, string>();
  for (const id of imageIdsOf(doc, featured)) {
    try {
      const { mime, bytes } = await images.original(id);
      urls.set(id, `data:${mime};base64,${toBase64(bytes)}`);
    } catch {
      // A missing or unreadable image is left out of the export; the text is complete.
    }
  }
  return (id) => urls.get(id) ?? '';
}

export async function exportHtml(doc: Y.Doc, images: ArticleImages): Promise<Blob> {
  const html = await articleHtmlDocument(doc, await embeddedImages(doc, images));
  // Figures whose image is gone would show a broken icon: drop their <img>.
  return new Blob([html.replace(/<img src="" [^>]*>/g, '')], { type: 'text/html;charset=utf-8' });
}
