export const spellcheck = {
  menuLabel: 'Gợi ý chính tả',
  noSuggestion: '(không có gợi ý)',
  addToDictionary: 'Thêm vào từ điển',
  ignore: 'Bỏ qua trong bài này',
  /** This occurrence only, while the article is open. */
  ignoreOnce: 'Bỏ qua',
  close: 'Đóng',
  addFailed: 'Không thêm được vào từ điển.',
  /** Settings › Từ điển riêng. */
  dictionary: {
    title: 'Từ điển riêng',
    empty: 'Chưa có từ nào. Từ được thêm bằng «Thêm vào từ điển» trong menu gợi ý chính tả.',
    count: (n: number) => `${n} từ: trình kiểm tra chính tả không đánh dấu các từ này.`,
    filter: 'Lọc',
    remove: 'Xóa',
    removeWord: (word: string) => `Xóa «${word}» khỏi từ điển riêng`,
    removed: (word: string) => `Đã xóa «${word}» khỏi từ điển riêng.`,
    removeFailed: (reason: string) => `Không xóa được: ${reason}`,
    more: (n: number) => `… và ${n} từ khác: gõ vào ô Lọc để tìm.`,
    noMatch: 'Không có từ nào khớp.',
  },
};
