import type { ArticleStatus } from '../../../common/article/model';
import { newsroom } from './newsroom';

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
  returnDialog: {
    title: 'Trả lại bài cho tác giả',
    noteLabel: 'Ý kiến (tác giả cần sửa gì)',
    submit: 'Trả lại',
    cancel: 'Hủy',
    required: 'Hãy ghi ý kiến trước khi trả lại.',
  },
  returnNote: (by: string, at: string) => `Ban biên tập trả lại bài (${by}, ${at}). Ý kiến:`,
  /** The same names as the hub's roles. */
  roles: newsroom.roles as Record<string, string>,
  unnamed: 'Người dùng chưa đặt tên',
  comments: {
    pane: 'Góp ý',
    add: 'Góp ý',
    addHint: 'Chọn một đoạn văn rồi bấm Góp ý (Ctrl+Alt+M)',
    none: 'Chưa có góp ý nào.',
    newThread: 'Góp ý mới về đoạn:',
    placeholder: 'Viết góp ý…',
    replyPlaceholder: 'Trả lời…',
    send: 'Gửi',
    cancel: 'Hủy',
    reply: 'Trả lời',
    edit: 'Sửa',
    save: 'Lưu',
    delete: 'Xóa',
    resolve: 'Đã giải quyết',
    reopen: 'Mở lại',
    resolved: 'Đã giải quyết',
    orphaned: 'Đoạn văn được góp ý đã bị xóa',
    edited: '(đã sửa)',
    showResolved: (n: number) => `Hiện ${n} góp ý đã giải quyết`,
    hideResolved: 'Ẩn góp ý đã giải quyết',
    count: (open: number) => `${open} góp ý đang mở`,
    needSelection: 'Hãy chọn đoạn văn cần góp ý trước.',
  },
};
