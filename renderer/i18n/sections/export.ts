import type { ArticleStatus } from '../../../common/article/model';

/** The Word file and the print preview laid out as an administrative document (Nghị định 30/2020/NĐ-CP). */
export const docExport = {
  /** The first words of the header stamp: a draft until the board approved it. */
  stage: {
    draft: 'BẢN THẢO',
    in_review: 'BẢN THẢO',
    returned: 'BẢN THẢO',
    approved: 'BẢN ĐÃ DUYỆT',
    submitted: 'BẢN ĐÃ DUYỆT',
    published: 'BẢN ĐÃ ĐĂNG',
  } satisfies Record<ArticleStatus, string>,
  /** "BẢN THẢO – Chờ duyệt – 01/12/2026 – Phiên bản 3". */
  stamp: (stage: string, status: string, date: string, version: number | null) =>
    [stage, status, date, version ? `Phiên bản ${version}` : ''].filter(Boolean).join(' – '),
  options: 'Trình bày bản in',
  lineNumbers: 'Đánh số dòng',
  notesMargin: 'Lề rộng để ghi chú tay',
  optionsHint: 'Áp dụng cho cả bản in và tệp Word; được nhớ cho lần sau.',
  lineNumber: (n: number) => `Dòng ${n}`,
};
