/**
 * The parts each kind of article must have before "Gửi duyệt" (docs/media.md):
 * a video article a video (a stored one, or a YouTube/Facebook link on its
 * own line), a photo story ("anh") a gallery of at least three photos, an
 * infographic ("do_hoa") an infographic, each with its alt text. Pure over the
 * body's ProseMirror JSON; each missing part carries where to go: the node,
 * or the end of the body where the part can be inserted.
 */
import { embedProvider, GALLERY_NODE, INFOGRAPHIC_NODE, PHOTO_NODE, VIDEO_NODE } from '../../../common/article/media';
import { nodeSize, type ArticleJson } from './check';

export const MIN_PHOTOS = 3;

export type MissingPart =
  | { code: 'video'; pos: number }
  | { code: 'photos'; pos: number; have: number; need: number }
  | { code: 'infographic'; pos: number }
  /** `pos`: the infographic node. */
  | { code: 'infographic-alt'; pos: number; index: number };

const textOf = (node: ArticleJson): string => (node.type === 'text' ? (node.text ?? '') : (node.content ?? []).map(textOf).join(''));

export function missingParts(body: ArticleJson, kind: string | undefined): MissingPart[] {
  if (kind !== 'video' && kind !== 'anh' && kind !== 'do_hoa') return [];
  let videos = 0;
  let photos = 0;
  let firstGallery = -1;
  const infographics: { pos: number; alt: string }[] = [];
  const visit = (node: ArticleJson, pos: number) => {
    if (node.type === VIDEO_NODE && node.attrs?.hash) videos += 1;
    if (node.type === 'paragraph' && embedProvider(textOf(node))) videos += 1;
    if (node.type === GALLERY_NODE && firstGallery < 0) firstGallery = pos;
    if (node.type === PHOTO_NODE && node.attrs?.imageId) photos += 1;
    if (node.type === INFOGRAPHIC_NODE) infographics.push({ pos, alt: typeof node.attrs?.alt === 'string' ? node.attrs.alt.trim() : '' });
    let child = pos + 1;
    for (const c of node.content ?? []) {
      if (c.type !== 'text') visit(c, child);
      child += nodeSize(c);
    }
  };
  let end = 0;
  for (const node of body.content ?? []) {
    visit(node, end);
    end += nodeSize(node);
  }
  // The caret at the end of the last block: where the missing part can be inserted.
  const insertAt = Math.max(0, end - 1);
  const missing: MissingPart[] = [];
  if (kind === 'video' && videos === 0) missing.push({ code: 'video', pos: insertAt });
  // Into the first photo's caption of the gallery to add to, else the end.
  if (kind === 'anh' && photos < MIN_PHOTOS) missing.push({ code: 'photos', pos: firstGallery >= 0 ? firstGallery + 3 : insertAt, have: photos, need: MIN_PHOTOS });
  if (kind === 'do_hoa') {
    if (infographics.length === 0) missing.push({ code: 'infographic', pos: insertAt });
    infographics.forEach((info, i) => {
      if (!info.alt) missing.push({ code: 'infographic-alt', pos: info.pos, index: i + 1 });
    });
  }
  return missing;
}
