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
  /** A gallery (photo story), placed after the first paragraph, after the images. */
  gallery?: { imageId: string; caption: string; credit?: string }[];
  /** An infographic, placed after the first paragraph, after the gallery. */
  infographic?: { imageId: string; alt: string; text?: string[] };
  kind?: string;
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
      if (article.gallery) blocks.push(galleryElement(article.gallery));
      if (article.infographic) blocks.push(infographicElement(article.infographic));
    }
  });
  doc.getXmlFragment(BODY_FRAGMENT).insert(0, blocks);
  const meta = doc.getMap<unknown>(META_MAP);
  meta.set(metaKeys.byline, article.byline ?? '');
  meta.set(metaKeys.category, article.category ?? '');
  meta.set(metaKeys.tags, article.tags ?? []);
  meta.set(metaKeys.kind, article.kind ?? 'tin');
  const featured = article.featuredImageId === undefined ? article.images?.[0]?.imageId : article.featuredImageId;
  meta.set(metaKeys.featuredImage, featured ? { imageId: featured, caption: 'Ảnh đại diện' } : null);
}

/** A `gallery` node as the editor writes it: `galleryPhoto`s with `imageId`, `credit` and a figcaption. */
export function galleryElement(photos: NonNullable<SampleArticle['gallery']>): Y.XmlElement {
  const gallery = new Y.XmlElement('gallery');
  gallery.insert(
    0,
    photos.map((photo) => {
      const el = new Y.XmlElement('galleryPhoto');
      el.setAttribute('imageId', photo.imageId);
      el.setAttribute('alt', '');
      el.setAttribute('credit', photo.credit ?? '');
      const caption = new Y.XmlElement('figcaption');
      caption.insert(0, [new Y.XmlText(photo.caption)]);
      el.insert(0, [caption]);
      return el;
    }),
  );
  return gallery;
}

/** An `infographic` node: the picture, its alt text and the text version's paragraphs. */
export function infographicElement(info: NonNullable<SampleArticle['infographic']>): Y.XmlElement {
  const el = new Y.XmlElement('infographic');
  el.setAttribute('imageId', info.imageId);
  el.setAttribute('alt', info.alt);
  el.insert(0, (info.text?.length ? info.text : ['']).map(paragraph));
  return el;
}
