/** Keyboard access, the toolbar's groups, the shortcuts sheet and the article's accessibility check. */
export const a11y = {
  toolbar: {
    more: 'Thêm',
    blockLabel: (current: string) => `Kiểu đoạn: ${current}`,
    groups: {
      history: 'Hoàn tác',
      block: 'Kiểu đoạn',
      inline: 'Định dạng chữ',
      lists: 'Danh sách và khối',
      insert: 'Chèn',
      table: 'Bảng',
      align: 'Căn lề',
      review: 'Góp ý',
      convert: 'Chuyển mã',
      export: 'In và xuất',
      help: 'Trợ giúp',
      side: 'Bảng bên',
    },
    sidePanel: 'Thông tin bài',
    sidePanelHint: 'Mở hoặc đóng bảng thông tin bài (F6 để tới đó)',
  },
  status: {
    changed: (status: string) => `Trạng thái bài viết: ${status}`,
  },
  shortcuts: {
    title: 'Phím tắt',
    button: 'Phím tắt (F1)',
    close: 'Đóng',
    list: [
      ['F1, Ctrl+/', 'Mở bảng phím tắt này'],
      ['F6, Shift+F6', 'Chuyển giữa Tiêu đề, Sapo, Nội dung, bảng bên và thanh công cụ'],
      ['Tab (trên thanh công cụ)', 'Vào thanh công cụ; mũi tên Trái/Phải, Home, End để chọn nút'],
      ['Enter (ở Tiêu đề, Sapo)', 'Xuống ô tiếp theo'],
      ['Ctrl+B, Ctrl+I, Ctrl+U', 'Đậm, nghiêng, gạch chân'],
      ['Ctrl+Z, Ctrl+Y', 'Hoàn tác, làm lại'],
      ['Ctrl+S', 'Lưu phiên bản có tên (xem lại trong Lịch sử phiên bản)'],
      ['Ctrl+P', 'Xem trước và in bài'],
      ['Ctrl+K', 'Chèn hoặc sửa liên kết'],
      ['Ctrl+F', 'Tìm trong bài (Enter: kết quả sau, Shift+Enter: kết quả trước, Esc: đóng)'],
      ['Ctrl+H', 'Tìm và thay thế'],
      ['Tab, Shift+Tab (trong danh sách)', 'Thụt vào, lùi ra một mục danh sách'],
      ['Ctrl+.', 'Gợi ý chính tả cho từ đang đặt con trỏ'],
      ['Ctrl+Alt+M', 'Góp ý đoạn đang chọn'],
      ['Tab, Shift+Tab (trong bảng)', 'Sang ô sau, ô trước'],
      ['Esc rồi Tab (trong bảng)', 'Ra khỏi bảng, xuống đoạn sau bảng (Esc rồi Shift+Tab: lên trước bảng)'],
      ['Esc', 'Đóng hộp thoại, xem trước hoặc menu; con trỏ về chỗ cũ'],
    ] as const,
  },
  check: {
    title: 'Kiểm tra trước khi gửi',
    intro: 'Tòa Soạn thấy những điểm sau trong bài. Sửa từng điểm, hoặc vẫn gửi nếu đã cân nhắc.',
    none: 'Không thấy lỗi chính tả hay lỗi tiếp cận nào.',
    spellingHeading: (n: number) => `Chính tả (${n})`,
    a11yHeading: (n: number) => `Khả năng tiếp cận (${n})`,
    spelling: (word: string, message: string) => `«${word}»: ${message}`,
    goTo: 'Đến chỗ này',
    sendAnyway: 'Vẫn gửi',
    /** Once everything found was fixed in the dialog. */
    send: 'Gửi',
    back: 'Quay lại sửa',
    save: 'Lưu',
    altLabel: 'Mô tả ảnh (văn bản thay thế)',
    more: (n: number) => `… và ${n} lỗi chính tả khác`,
    issues: {
      'image-alt': {
        message: (n: number) => `Ảnh thứ ${n} trong bài chưa có mô tả (văn bản thay thế) và chưa có chú thích.`,
        fix: 'Nhập một câu mô tả nội dung ảnh cho người không nhìn thấy ảnh.',
      },
      'featured-alt': {
        message: () => 'Ảnh đại diện chưa có chú thích, nên không có văn bản thay thế.',
        fix: 'Viết chú thích ảnh đại diện ở bảng thông tin bài.',
      },
      'heading-skip': {
        message: (from: number, to: number) =>
          from === 1
            ? `Tiêu đề mục ${to - 1} đứng đầu bài mà chưa có Tiêu đề mục 1.`
            : `Tiêu đề mục ${to - 1} đứng ngay sau Tiêu đề mục ${from - 1}: nhảy cấp.`,
        fix: (level: number) => `Đổi thành Tiêu đề mục ${level - 1}`,
      },
      'link-text': {
        message: (text: string) => `Liên kết «${text}» không cho biết nó dẫn tới đâu.`,
        fix: 'Viết chữ của liên kết nói rõ nội dung trang đích, ví dụ «Quyết định số 12/QĐ-UBND».',
      },
      'table-header': {
        message: (n: number) => `Bảng thứ ${n} không có hàng tiêu đề.`,
        fix: 'Đặt hàng đầu làm tiêu đề',
      },
      'color-only': {
        message: (text: string) => `«${text}»: thông tin chỉ nhận ra được nhờ màu sắc.`,
        fix: 'Nói rõ bằng chữ (ví dụ «các xã có tên in đậm» hoặc ghi chú trong ngoặc), đừng chỉ dựa vào màu.',
      },
      'infographic-text': {
        message: () => 'Bài đồ họa thông tin chưa có bản chữ của nội dung đồ họa.',
        fix: 'Viết lại các số liệu và ý chính của đồ họa thành đoạn văn dưới ảnh.',
      },
    },
  },
};
