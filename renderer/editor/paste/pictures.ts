/**
 * Pictures in pasted HTML. A web page's photo (http/https) or an embedded
 * one (data:image/…;base64) becomes `<figure data-paste-src="…">` with the
 * page's caption, if it had one; the editor then stores the picture with the
 * article (see figure-import.ts). Tracking pixels, hidden images and
 * addresses that only mean something on the author's PC (Word's file:///…
 * clip_image001.jpg) are dropped. Runs on the inert parsed document, before
 * DOMPurify: nothing here is ever loaded.
 */
import { IMPORTED_PICTURE_PREFIX } from '../../../common/api/import.api';

export const PASTE_SOURCE_ATTR = 'data-paste-src';

const DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]+$/i;

/** What the HTML may name as a picture's source. */
export interface PictureSources {
  /** An imported file's own pictures, `toasoan-picture:N` (never in a paste). */
  imported?: boolean;
}

const IMPORTED_PICTURE = new RegExp(`^${IMPORTED_PICTURE_PREFIX}\\d+$`);

export function isPictureSource(src: string, sources: PictureSources = {}): boolean {
  return /^https?:\/\//i.test(src) || DATA_IMAGE.test(src) || (sources.imported === true && IMPORTED_PICTURE.test(src));
}

function isTrackingPixel(img: Element): boolean {
  const style = (img.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  if (/display:none|visibility:hidden/.test(style)) return true;
  const tiny = (value: string | null | undefined) => value != null && /^\s*[0-2](\.\d+)?\s*(px)?\s*$/.test(value);
  return (
    tiny(img.getAttribute('width')) ||
    tiny(img.getAttribute('height')) ||
    tiny(/(?:^|;)width:([^;]+)/.exec(style)?.[1]) ||
    tiny(/(?:^|;)height:([^;]+)/.exec(style)?.[1])
  );
}

export function markPastedPictures(root: HTMLElement, sources: PictureSources = {}): void {
  const doc = root.ownerDocument;
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const src = (img.getAttribute('src') ?? '').trim();
    if (!isPictureSource(src, sources) || isTrackingPixel(img)) {
      img.remove();
      continue;
    }
    // A page's own <figure><img><figcaption> keeps its caption.
    const figure = img.closest('figure');
    if (figure && !figure.hasAttribute(PASTE_SOURCE_ATTR)) {
      figure.setAttribute(PASTE_SOURCE_ATTR, src);
      img.remove();
      continue;
    }
    const marker = doc.createElement('figure');
    marker.setAttribute(PASTE_SOURCE_ATTR, src);
    marker.append(doc.createElement('figcaption'));
    img.replaceWith(marker);
  }
}
