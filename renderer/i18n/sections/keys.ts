/** What the Word-style shortcuts open: the link dialog (Ctrl+K) and saving a named version (Ctrl+S). */
export const keys = {
  link: {
    title: 'Liên kết',
    url: 'Địa chỉ liên kết',
    hint: 'Bắt đầu bằng http://, https:// hoặc mailto:. Để trống rồi Áp dụng để bỏ liên kết.',
    apply: 'Áp dụng',
    remove: 'Bỏ liên kết',
    cancel: 'Hủy',
    noSelection: 'Chọn chữ cần gắn liên kết trước, hoặc đặt con trỏ trong một liên kết để sửa.',
  },
  version: {
    title: 'Lưu phiên bản (Ctrl+S)',
    name: 'Tên phiên bản',
    defaultName: (when: string) => `Bản lưu ${when}`,
    save: 'Lưu',
    cancel: 'Hủy',
    saving: 'Đang lưu…',
    saved: (name: string) => `Đã lưu phiên bản «${name}». Xem trong Lịch sử phiên bản của bài.`,
    readOnly: 'Bài viết chỉ xem: không lưu phiên bản được.',
  },
};
