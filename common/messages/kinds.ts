import type { ArticleKind } from '../article/model';

/** Thể loại, as every screen and export names them (docs/glossary.md). */
export const kindNames = {
  tin: 'Tin',
  bai: 'Bài',
  phong_su: 'Phóng sự',
  anh: 'Ảnh',
  video: 'Video',
  do_hoa: 'Đồ họa thông tin',
} as const satisfies Record<ArticleKind, string>;
