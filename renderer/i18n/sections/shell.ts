import { storageNotices } from '../../../common/messages/storage';

export const shell = {
  appName: 'Tòa Soạn',
  version: (v: string) => `Phiên bản ${v}`,
  nav: {
    articles: 'Bài viết',
    trash: 'Thùng rác',
    outbox: 'Hộp thư đi',
    stats: 'Thống kê',
    settings: 'Cài đặt',
  },
  connecting: 'Đang kết nối…',
  offline: 'Ngoại tuyến: mất kết nối tới dịch vụ',
  loadFailed: 'Không tải được dữ liệu.',
  retry: 'Thử lại',
  dismiss: 'Đóng',
  notices: {
    SETTINGS_RESET: (path: string) =>
      `Tệp cài đặt bị hỏng nên đã được chuyển sang ${path}. Tòa Soạn dùng cài đặt mặc định.`,
    ...storageNotices,
  },
};
