/**
 * How the newsroom's names meet a portal's: categories and tags compared the
 * way a reader would (NFC, either tone-mark placement, any case), and the
 * readable address name (slug) of a post.
 */
import { foldVietnamese } from '../../../common/article/fold';
import { toHouseStyle } from '../../../common/vietnamese/normalize';

/** "Thuỷ lợi" = "Thủy lợi" = "THỦY LỢI" = "Thủy  lợi" (also NFD). */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

export function nameKey(name: string): string {
  return toHouseStyle(name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi'), 'new');
}

/**
 * The post's first address name: the title folded to ASCII, cut at a word
 * near 60 letters, then a short piece of the article id so a retry can look
 * it up (`huyen-tan-thanh-khanh-thanh-truong-…-a1b2c3d4`).
 */
export function readableSlug(title: string, articleId: string): string {
  const words = foldVietnamese(title.normalize('NFC'))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  let base = words;
  if (base.length > 60) {
    base = base.slice(0, 61);
    base = base.includes('-') ? base.slice(0, base.lastIndexOf('-')) : base.slice(0, 60);
  }
  const suffix = articleId.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 8) || 'bai';
  return base ? `${base}-${suffix}` : `bai-${suffix}`;
}
