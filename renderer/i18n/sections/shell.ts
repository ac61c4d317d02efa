import { storageNotices } from '../../../common/messages/storage';

export const shell = {
  appName: 'Tòa Soạn',
  version: (v: string) => `Phiên bản ${v}`,
  about: {
    open: 'Giới thiệu Tòa Soạn và giấy phép dữ liệu',
    title: 'Giới thiệu Tòa Soạn',
    lead: 'Trình soạn thảo cho Ban biên tập và cộng tác viên của Cổng thông tin điện tử.',
    creditsTitle: 'Dữ liệu của bộ kiểm tra chính tả',
    credits: [
      'Mô hình ngôn ngữ lấy từ văn bản Wikipedia tiếng Việt (© những người đóng góp cho Wikipedia, giấy phép CC BY-SA 3.0/4.0, qua kho undertheseanlp/corpus.viwiki) từ các câu tiếng Việt của Mozilla Common Voice (CC0 1.0, phạm vi công cộng) và từ văn xuôi tiếng Việt thuộc phạm vi công cộng của Trần Trọng Kim, Khái Hưng, Nhất Linh, Hoàng Đạo, Thạch Lam, Vũ Trọng Phụng, Nam Cao, Ngô Tất Tố và Nguyễn Huy Tưởng (bản điện tử qua kho khudocmo/khudocmo.github.io); mô hình được chia sẻ theo giấy phép CC BY-SA 4.0.',
      'Danh sách âm tiết lấy từ @cspell/dict-vi-vn (giấy phép MIT).',
      'Danh sách từ tiếng Anh trùng với cách gõ Telex (if, box) lấy từ SCOWL của Kevin Atkinson (© 2000-2011 Kevin Atkinson, được phép dùng, sao chép, sửa đổi và phân phối tự do).',
    ],
    close: 'Đóng',
  },
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
