/** Find and replace in the open article (Ctrl+F, Ctrl+H). */
export const find = {
  label: 'Tìm và thay thế',
  find: 'Tìm',
  findPlaceholder: 'Tìm trong bài',
  replace: 'Thay bằng',
  replacePlaceholder: 'Thay bằng…',
  next: 'Kết quả sau (Enter)',
  previous: 'Kết quả trước (Shift+Enter)',
  replaceOne: 'Thay',
  replaceOneHint: 'Thay chỗ đang chọn rồi sang chỗ sau (Enter trong ô Thay bằng)',
  replaceAll: 'Thay tất cả',
  replaceAllHint: 'Thay mọi chỗ tìm thấy; Ctrl+Z hoàn tác cả lần thay trong một bước',
  toggleReplace: 'Hiện ô thay thế (Ctrl+H)',
  close: 'Đóng (Esc)',
  ignoreAccents: 'Không phân biệt dấu',
  ignoreAccentsHint: '«tan thanh» tìm được «Tân Thạnh»',
  matchCase: 'Phân biệt chữ hoa',
  wholeWord: 'Nguyên từ',
  /** What the bar shows: "2/7". */
  count: (current: number, total: number) => `${current}/${total}`,
  /** What a screen reader hears. */
  countSpoken: (current: number, total: number) => `Kết quả ${current} trên ${total}`,
  none: 'Không tìm thấy',
  replaced: (n: number) => (n === 0 ? 'Không có chỗ nào để thay' : `Đã thay ${n} chỗ`),
  readOnly: 'Bài viết chỉ xem: không thay được.',
};
