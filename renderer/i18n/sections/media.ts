/** Videos, video links and their progress (docs/media.md). */
export const media = {
  insertVideo: 'Chèn video',
  insertVideoHint: 'Chèn tệp video MP4 hoặc WebM vào bài',
  copying: (done: string, total: string) => `Đang chép video vào thư mục dữ liệu: ${done} / ${total}`,
  uploading: (done: string, total: string, speed: string, left: string) =>
    `Đang gửi video lên cổng: ${done} / ${total} (${speed}/giây, còn khoảng ${left})`,
  cancel: 'Hủy',
  failed: (message: string) => `Không chèn được video: ${message}`,
  notVideo: 'Tệp này không phải video MP4 hoặc WebM.',
  duration: 'Thời lượng',
  size: 'Dung lượng',
  unknownDuration: 'chưa rõ thời lượng',
  credit: 'Nguồn video (tác giả)',
  creditPlaceholder: 'Ví dụ: Minh Anh',
  noPoster: 'Video (chưa có ảnh đại diện)',
  play: 'Phát video',
  missing: 'Không tìm thấy tệp video trong thư mục dữ liệu',
  embedCard: (provider: string) => `Video ${provider}: trên cổng sẽ hiện khung xem video này`,
  providers: { youtube: 'YouTube', facebook: 'Facebook' } as Record<string, string>,
  label: 'Video',
};
