/** Videos, video links and their progress (docs/media.md). */
export const media = {
  insertVideo: 'Chèn video',
  insertVideoHint: 'Chèn tệp video MP4 hoặc WebM vào bài',
  /** The toolbar's one menu for videos, photo stories and infographics. */
  menu: {
    label: 'Chèn video, bộ ảnh, đồ họa',
    hint: 'Chèn video, bộ ảnh (phóng sự ảnh) hoặc đồ họa thông tin',
    video: 'Video…',
    gallery: 'Bộ ảnh…',
    infographic: 'Đồ họa…',
  },
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
  /** A photo story's gallery ("Bộ ảnh"). */
  gallery: {
    insert: 'Chèn bộ ảnh',
    insertHint: 'Chèn bộ ảnh (chọn nhiều ảnh một lần): mỗi ảnh có chú thích và tác giả, đổi thứ tự bằng cách kéo hoặc nút Lên/Xuống',
    label: 'Bộ ảnh',
    count: (n: number) => `${n} ảnh`,
    addPhotos: 'Thêm ảnh',
    up: 'Lên',
    down: 'Xuống',
    remove: 'Bỏ ảnh',
    photo: (n: number) => `Ảnh ${n}`,
    credit: 'Tác giả ảnh',
    creditPlaceholder: 'Tác giả ảnh, ví dụ: Chí Tâm',
    missing: 'Không tìm thấy ảnh',
    failed: (message: string) => `Không chèn được ảnh: ${message}`,
  },
  /** An infographic ("Đồ họa"). */
  infographic: {
    insert: 'Chèn đồ họa',
    insertHint: 'Chèn đồ họa thông tin (ảnh rộng hết khổ, cần mô tả ảnh; có thể kèm bản chữ)',
    label: 'Đồ họa',
    alt: 'Mô tả ảnh cho người đọc không xem được ảnh',
    altHint: 'Bắt buộc: tóm tắt nội dung chính của đồ họa',
    altMissing: 'Chưa có mô tả ảnh (bắt buộc trước khi gửi duyệt)',
    textVersion: 'Bản chữ của đồ họa (không bắt buộc): gõ bên dưới; đăng kèm bài để công cụ tìm kiếm và trình đọc màn hình đọc được',
    missing: 'Không tìm thấy ảnh đồ họa',
  },
  /** How exports (.docx, print) show a video: its poster frame, then this line. */
  videoLine: (name: string, duration: string) => `Video: ${name}${duration ? ` (${duration})` : ''}`,
  /** The parts each kind of article must have before "Gửi duyệt". */
  required: {
    heading: (n: number) => `Còn thiếu ${n} phần bắt buộc của thể loại này`,
    intro: 'Bài chưa gửi được: hãy bổ sung các phần dưới đây.',
    video: 'Bài video cần có ít nhất một video (nút “Chèn video, bộ ảnh, đồ họa” → Video trên thanh công cụ).',
    photos: (have: number, need: number) => `Phóng sự ảnh cần bộ ảnh có ít nhất ${need} ảnh (hiện có ${have}).`,
    infographic: 'Bài đồ họa cần có một đồ họa (nút “Chèn video, bộ ảnh, đồ họa” → Đồ họa trên thanh công cụ).',
    infographicAlt: (n: number) => `Đồ họa ${n} chưa có mô tả ảnh cho người đọc không xem được ảnh.`,
    goTo: 'Đi tới',
  },
};
