export const shell = {
  appName: 'Tòa Soạn',
  version: (v: string) => `Phiên bản ${v}`,
  nav: {
    articles: 'Bài viết',
    trash: 'Thùng rác',
    outbox: 'Hộp thư đi',
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
    DB_RESTORED: (detail: string) =>
      `Cơ sở dữ liệu bị hỏng. Tòa Soạn đã khôi phục từ bản sao lưu gần nhất (${detail}). Tệp hỏng được giữ lại.`,
    DB_RECREATED: (detail: string) =>
      `Cơ sở dữ liệu bị hỏng và không có bản sao lưu đọc được. Tòa Soạn đã tạo cơ sở dữ liệu mới; tệp hỏng được giữ tại ${detail}.`,
  },
};
