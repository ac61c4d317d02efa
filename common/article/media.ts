/**
 * The media parts of an article body (docs/media.md), read the same way by
 * the editor, the HTML writer and the portal: `video` nodes (a stored file by
 * its SHA-256, with poster, caption and credit) and links to YouTube or
 * Facebook videos on a line of their own, which become the portal's embed.
 */
import * as Y from 'yjs';
import { BODY_FRAGMENT } from './layout';

export const VIDEO_NODE = 'video';

export interface VideoAttrs {
  hash: string;
  mime: string;
  bytes: number;
  /** Seconds; 0 when unknown (the browser could not read it). */
  duration: number;
  /** Image id of the poster frame (a picture of the article), or ''. */
  poster: string;
  credit: string;
}

export type EmbedProvider = 'youtube' | 'facebook';

const providers: [EmbedProvider, RegExp][] = [
  ['youtube', /^https:\/\/(?:www\.|m\.)?(?:youtube\.com\/(?:watch\?v=|shorts\/|embed\/|live\/)[\w-]{6,}|youtu\.be\/[\w-]{6,})[^\s]*$/i],
  ['facebook', /^https:\/\/(?:www\.|m\.|web\.)?(?:facebook\.com\/(?:[^\s/]+\/videos\/|watch\/?\?v=|reel\/)|fb\.watch\/)[^\s]*$/i],
];

/** The provider of a video address standing alone, or null (only https, only these two sites). */
export function embedProvider(text: string): EmbedProvider | null {
  const url = text.trim();
  if (!url || /\s/.test(url)) return null;
  for (const [name, pattern] of providers) if (pattern.test(url)) return name;
  return null;
}

export function videoAttrs(el: Y.XmlElement): VideoAttrs {
  const a = el.getAttributes() as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);
  return { hash: str(a.hash), mime: str(a.mime), bytes: num(a.bytes), duration: num(a.duration), poster: str(a.poster), credit: str(a.credit) };
}

/** Every video node of the body, in order. */
export function articleVideos(doc: Y.Doc): { attrs: VideoAttrs; element: Y.XmlElement }[] {
  const found: { attrs: VideoAttrs; element: Y.XmlElement }[] = [];
  const walk = (parent: Y.XmlFragment | Y.XmlElement) => {
    for (const child of parent.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue;
      if (child.nodeName === VIDEO_NODE) found.push({ attrs: videoAttrs(child), element: child });
      else walk(child);
    }
  };
  walk(doc.getXmlFragment(BODY_FRAGMENT));
  return found;
}

/** "3:07", "1:02:03". */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

/** A photo story's gallery ("Bộ ảnh"): `gallery` holding `galleryPhoto`s, each a stored picture with caption and credit. */
export const GALLERY_NODE = 'gallery';
export const PHOTO_NODE = 'galleryPhoto';
/** A full-width infographic ("Đồ họa"): a stored picture, its required alt text, and an optional text version (paragraphs). */
export const INFOGRAPHIC_NODE = 'infographic';
/** The summary line of an infographic's text version in the post (a `<details>`). */
export const INFOGRAPHIC_TEXT_SUMMARY = 'Nội dung đồ họa dạng chữ';
/** How a photo's credit is written after its caption on the portal and in print. */
export const photoCredit = (credit: string) => `(Ảnh: ${credit})`;

export interface PhotoAttrs {
  imageId: string;
  alt: string;
  credit: string;
}

export function photoAttrs(el: Y.XmlElement): PhotoAttrs {
  const a = el.getAttributes() as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  return { imageId: str(a.imageId), alt: str(a.alt), credit: str(a.credit) };
}

/** Every element of the body named `name`, in document order. */
export function bodyElements(doc: Y.Doc, name: string): Y.XmlElement[] {
  const found: Y.XmlElement[] = [];
  const walk = (parent: Y.XmlFragment | Y.XmlElement) => {
    for (const child of parent.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue;
      if (child.nodeName === name) found.push(child);
      else walk(child);
    }
  };
  walk(doc.getXmlFragment(BODY_FRAGMENT));
  return found;
}

/** The image id of the first photo of the first gallery with one, or null: a photo story's default featured image. */
export function firstGalleryPhoto(doc: Y.Doc): string | null {
  for (const gallery of bodyElements(doc, GALLERY_NODE)) {
    for (const photo of gallery.toArray()) {
      if (photo instanceof Y.XmlElement && photo.nodeName === PHOTO_NODE) {
        const { imageId } = photoAttrs(photo);
        if (imageId) return imageId;
      }
    }
  }
  return null;
}

/** The name a stored video goes under to the portal's media library (docs/media.md), which exports print as its link. */
export function videoFileName(video: Pick<VideoAttrs, 'hash' | 'mime'>): string {
  return `toasoan-vid-${video.hash.slice(0, 40)}.${video.mime === 'video/webm' ? 'webm' : 'mp4'}`;
}
