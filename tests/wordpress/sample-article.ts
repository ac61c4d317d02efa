import * as Y from 'yjs';
import { BODY_FRAGMENT, META_MAP, SAPO_FRAGMENT, TITLE_FRAGMENT, metaKeys } from '../../common/article/layout';

/**
 * An article's Y.Doc laid out as the editor writes it (y-prosemirror: one
 * XmlElement per node, figures with `imageId`), for the portal tests.
 */

export interface SampleArticle {
  title: string;
  sapo: string;
  paragraphs: string[];
  /** Inline images (figures), placed after the first paragraph, each with a caption. */
  images?: { imageId: string; caption: string }[];
  featuredImageId?: string | null;
  byline?: string;
  category?: string;
  tags?: string[];
  status?: string;
}

function paragraph(text: string): Y.XmlElement {
  const p = new Y.XmlElement('paragraph');
  p.insert(0, [new Y.XmlText(text)]);
  return p;
}

export function sampleArticleDoc(article: SampleArticle): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    fillArticle(doc, article);
    doc.getMap<unknown>(META_MAP).set(metaKeys.status, article.status ?? 'approved');
  });
  return doc;
}

/** Replaces title, sapo, body and meta (all but `status`) with the sample's. */
export function fillArticle(doc: Y.Doc, article: SampleArticle): void {
  for (const name of [TITLE_FRAGMENT, SAPO_FRAGMENT, BODY_FRAGMENT]) {
    const fragment = doc.getXmlFragment(name);
    if (fragment.length > 0) fragment.delete(0, fragment.length);
  }
  doc.getXmlFragment(TITLE_FRAGMENT).insert(0, [paragraph(article.title)]);
  doc.getXmlFragment(SAPO_FRAGMENT).insert(0, [paragraph(article.sapo)]);
  const blocks: Y.XmlElement[] = [];
  article.paragraphs.forEach((text, index) => {
    blocks.push(paragraph(text));
    if (index === 0) {
      for (const image of article.images ?? []) {
        const figure = new Y.XmlElement('figure');
        figure.setAttribute('imageId', image.imageId);
        figure.setAttribute('alt', image.caption);
        const caption = new Y.XmlElement('figcaption');
        caption.insert(0, [new Y.XmlText(image.caption)]);
        figure.insert(0, [caption]);
        blocks.push(figure);
      }
    }
  });
  doc.getXmlFragment(BODY_FRAGMENT).insert(0, blocks);
  const meta = doc.getMap<unknown>(META_MAP);
  meta.set(metaKeys.byline, article.byline ?? '');
  meta.set(metaKeys.category, article.category ?? '');
  meta.set(metaKeys.tags, article.tags ?? []);
  meta.set(metaKeys.kind, 'tin');
  const featured = article.featuredImageId === undefined ? article.images?.[0]?.imageId : article.featuredImageId;
  meta.set(metaKeys.featuredImage, featured ? { imageId: featured, caption: 'Ảnh đại diện' } : null);
}
