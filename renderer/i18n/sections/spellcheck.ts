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
  /** Settings › Học từ bài đã đăng. */
  learn: {
    title: 'Học từ bài đã đăng',
    intro:
      'Trình kiểm tra chính tả học tên riêng, địa danh, đơn vị và cụm từ quen dùng của tòa soạn từ các bài đã đăng, để không đánh dấu nhầm. Bài mới gửi lên cổng thành công cũng được học tự động.',
    portal: 'Bài đã đăng trên cổng thông tin',
    articles: 'Bài đã duyệt, đã gửi trong Tòa Soạn (kể cả bài của tòa soạn chung)',
    folder: 'Thư mục bài cũ (.docx, .txt)',
    folderHint: 'Đường dẫn thư mục trên máy này, ví dụ D:\\Bai da dang. Để trống nếu không dùng.',
    run: 'Học từ bài đã đăng',
    running: 'Đang học…',
    progress: 'Tiến độ học',
    source: { portal: 'Cổng thông tin', articles: 'Bài trong Tòa Soạn', folder: 'Thư mục' } as Record<'portal' | 'articles' | 'folder', string>,
    progressText: (source: string, done: number, total: number | null) => (total === null ? `${source}: đã đọc ${done} bài` : `${source}: ${done}/${total} bài`),
    sourceResult: (source: string, learnt: number, skipped: number) => `${source}: học ${learnt} bài mới${skipped ? `, bỏ qua ${skipped} bài đã học` : ''}.`,
    sourceProblem: (source: string, reason: string) => `${source}: không đọc được — ${reason}`,
    summary: (entries: number, words: number, articles: number) =>
      articles === 0 ? 'Chưa học bài nào.' : `Đã học từ ${articles} bài: ${entries} tên riêng và cụm từ, ${words} từ khác.`,
    nothingChosen: 'Hãy chọn ít nhất một nguồn.',
    failed: (reason: string) => `Không học được: ${reason}`,
    examples: 'Ví dụ đã học',
  },
};
