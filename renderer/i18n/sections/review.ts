import type { ArticleStatus } from '../../../common/article/model';

/** The review flow's buttons (docs/glossary.md), by the status they lead to. */
export const review = {
  label: 'Duyệt bài',
  current: 'Trạng thái:',
  actions: {
    in_review: 'Gửi duyệt',
    approved: 'Duyệt bài',
    returned: 'Trả lại',
    draft: 'Rút về bản nháp',
  } satisfies Partial<Record<ArticleStatus, string>>,
  confirmReturn: 'Trả lại bài này cho tác giả để sửa?',
};
