/**
 * What the user reads about the storage: notices raised at start-up or while
 * working, and the start-up failure the desktop shell and the browser host
 * print. Part of the one Vietnamese catalogue (renderer/i18n/vi.ts includes
 * it); it lives in common/ because Electron's main process and the browser
 * host must show the start-up failure before any window exists.
 */

export type NoticeParams = Readonly<Record<string, string | number>>;

/** "1,5 MB", "320 KB", "0 byte": free space as a person reads it. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return 'không rõ';
  const units = ['byte', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = unit === 0 ? String(value) : value.toLocaleString('vi-VN', { maximumFractionDigits: 1 });
  return `${shown} ${units[unit]}`;
}

const num = (p: NoticeParams, key: string) => Number(p[key] ?? 0);
const str = (p: NoticeParams, key: string) => String(p[key] ?? '');

const readOnlyWhy: Record<string, string> = {
  'disk-full': 'ổ đĩa chứa thư mục dữ liệu đã đầy',
  folder: 'thư mục dữ liệu không cho phép ghi (ổ đĩa chống ghi hoặc bị khóa quyền)',
  file: 'tệp cơ sở dữ liệu chỉ cho phép đọc',
};

export const storageNotices = {
  DB_RESTORED: (detail: string, p: NoticeParams = {}) =>
    `Cơ sở dữ liệu bị hỏng. Tòa Soạn đã cứu được ${num(p, 'salvaged')} bài từ tệp hỏng và bổ sung từ bản sao lưu gần nhất (${detail})` +
    `${num(p, 'fromBackup') ? `, thêm ${num(p, 'fromBackup')} bài chỉ còn trong bản sao lưu` : ''}.` +
    `${p.kept ? ` Tệp hỏng được giữ nguyên tại ${str(p, 'kept')}.` : ' Tệp hỏng được giữ lại.'}`,
  DB_SALVAGED: (detail: string, p: NoticeParams = {}) =>
    `Cơ sở dữ liệu bị hỏng và không có bản sao lưu đọc được. Tòa Soạn đã cứu được ${num(p, 'salvaged')} bài vào cơ sở dữ liệu mới; ` +
    `tệp hỏng được giữ nguyên tại ${detail}.`,
  DB_RECREATED: (detail: string) =>
    `Cơ sở dữ liệu bị hỏng, không đọc được bài nào và không có bản sao lưu đọc được. Tòa Soạn đã tạo cơ sở dữ liệu mới; ` +
    `tệp hỏng được giữ tại ${detail}.`,
  DB_READ_ONLY: (detail: string, p: NoticeParams = {}) =>
    `Tòa Soạn đang mở ở chế độ CHỈ ĐỌC vì ${readOnlyWhy[str(p, 'reason')] ?? 'không ghi được vào thư mục dữ liệu'} (${detail}` +
    `${p.reason === 'disk-full' ? `, còn trống ${formatBytes(num(p, 'free'))}` : ''}). Bạn xem được mọi bài nhưng chưa sửa được. ` +
    `Hãy ${p.reason === 'disk-full' ? 'giải phóng dung lượng ổ đĩa' : 'cho phép ghi vào thư mục này'} rồi mở lại Tòa Soạn. Không có gì bị xóa hay di chuyển.`,
  DB_DISK_FULL: (detail: string, p: NoticeParams = {}) =>
    `Ổ đĩa đầy: không ghi được vào thư mục dữ liệu ${detail} (còn trống ${formatBytes(num(p, 'free'))}). ` +
    `Những gì bạn đang gõ vẫn được giữ trong cửa sổ và sẽ tự lưu ngay khi ổ đĩa có chỗ trống. Đừng đóng cửa sổ trước khi giải phóng dung lượng.`,
  DB_ARTICLE_SALVAGED: (detail: string, p: NoticeParams = {}) =>
    `Bài “${detail || 'Chưa có tiêu đề'}” bị hỏng một phần trên đĩa. Tòa Soạn đã mở phần còn đọc được` +
    `${p.fromBackup ? ' và ghép thêm bản trong sao lưu gần nhất' : ''}; ` +
    `${num(p, 'lost') > 0 ? `${num(p, 'lost')} thay đổi sau chỗ hỏng có thể đã mất` : 'không mất thay đổi nào'}` +
    `. Bản gốc (trước khi sửa) được giữ tại ${str(p, 'kept')}.`,
};

export type StorageNoticeCode = keyof typeof storageNotices;

/** Why the app could not start, for the start-up failure dialog (Electron) and the browser host's output. */
export function startupFailure(cause: string, dataDir: string): { title: string; message: string; detail: string } {
  return {
    title: 'Tòa Soạn không khởi động được',
    message: `Tòa Soạn không mở được dữ liệu nên phải đóng lại. Dữ liệu đã lưu không bị xóa.`,
    detail: `Nguyên nhân: ${cause}\nThư mục dữ liệu: ${dataDir}`,
  };
}

/** A start-up error as a person reads it (the English message never reaches the user). */
export function startupCause(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'SQLITE_FULL':
      return 'ổ đĩa chứa thư mục dữ liệu đã đầy.';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
    case 'SQLITE_READONLY':
    case 'SQLITE_CANTOPEN':
      return 'không có quyền đọc hoặc ghi thư mục dữ liệu.';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'đường dẫn thư mục dữ liệu trỏ vào một tệp chứ không phải một thư mục.';
    case 'SQLITE_CORRUPT':
    case 'SQLITE_NOTADB':
      return 'cơ sở dữ liệu bị hỏng và không tự sửa được.';
    case 'ERR_DLOPEN_FAILED':
      return 'thành phần SQLite của ứng dụng không nạp được (cài đặt bị lỗi). Hãy cài lại Tòa Soạn.';
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return 'cơ sở dữ liệu đang bị một chương trình khác khóa.';
    default:
      return 'lỗi không xác định khi mở dữ liệu.';
  }
}
