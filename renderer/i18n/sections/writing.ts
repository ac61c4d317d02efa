import type { ArticleKind } from '../../../common/article/model';
import type { TemplateBlock } from '../../../common/article/templates';

const h = (text: string): TemplateBlock => ({ type: 'heading', text });
const p = (text: string): TemplateBlock => ({ type: 'paragraph', text });

/** Counts and targets, templates and the first-start byline question (issue 16, items 5 and 6). */
export const writing = {
  counters: {
    /** Under a field: "45/100 ký tự". */
    chars: (chars: number, max: number) => `${chars.toLocaleString('vi-VN')}/${max} ký tự`,
    titleHint: (recommended: number, max: number) =>
      `Nên dưới ${recommended} ký tự để kết quả tìm kiếm hiện đủ; cảnh báo khi quá ${max}.`,
    sapoHint: (recommended: number, max: number) => `Nên khoảng ${recommended}–${max} ký tự.`,
    /** Said once when a field goes over its limit, and once when it is back under. */
    titleOver: (max: number) => `Tiêu đề dài quá ${max} ký tự khuyến nghị.`,
    sapoOver: (max: number) => `Sapo dài quá ${max} ký tự khuyến nghị.`,
    titleBack: 'Tiêu đề đã trong giới hạn khuyến nghị.',
    sapoBack: 'Sapo đã trong giới hạn khuyến nghị.',
  },
  target: {
    label: (kind: string) => `Tiến độ số chữ (${kind})`,
    progress: (words: number, target: number) =>
      `${words.toLocaleString('vi-VN')}/${target.toLocaleString('vi-VN')} chữ`,
    reached: 'Đã đủ số chữ',
  },
  templates: {
    button: 'Mẫu bài…',
    dialogTitle: 'Viết bài mới từ mẫu',
    intro: 'Chọn một mẫu: thể loại, sapo và khung nội dung được điền sẵn, tiêu đề để trống.',
    builtIn: 'Mẫu có sẵn',
    own: 'Mẫu của tòa soạn',
    ownEmpty: 'Chưa có mẫu nào. Trong trình soạn thảo, chọn “Lưu làm mẫu” để thêm.',
    blank: 'Bài trống',
    use: (name: string) => `Dùng mẫu ${name}`,
    remove: (name: string) => `Xóa mẫu ${name}`,
    removeLabel: 'Xóa',
    removed: (name: string) => `Đã xóa mẫu “${name}”.`,
    cancel: 'Đóng',
    saveAs: 'Lưu làm mẫu',
    saveAsTitle: 'Lưu bài này làm mẫu',
    saveAsName: 'Tên mẫu',
    saveAsNameHint: 'Ví dụ: Tin hội nghị sơ kết',
    saveAsHelp: 'Mẫu giữ thể loại, sapo và khung nội dung (các mục và đoạn); tiêu đề bài thành gợi ý tiêu đề. Ảnh và bảng không được lưu.',
    saveAsConfirm: 'Lưu mẫu',
    saveAsNameRequired: 'Hãy đặt tên cho mẫu.',
    saveAsNameTaken: 'Đã có mẫu cùng tên; hãy đặt tên khác.',
    saved: (name: string) => `Đã lưu mẫu “${name}”.`,
    kindOf: (kind: string) => `Thể loại: ${kind}`,
  },
  /** The built-in templates, written the way a district portal writes (… marks what to fill in). */
  builtIn: [
    {
      id: 'builtin-tin',
      name: 'Tin',
      kind: 'tin',
      titleHint: 'UBND xã … tổ chức …',
      sapo: 'Sáng ngày …/…/…, tại hội trường UBND xã …, UBND xã … tổ chức … nhằm …',
      body: [
        p('Tham dự có đồng chí … – Phó Chủ tịch UBND huyện; lãnh đạo Đảng ủy, HĐND, UBND, UBMTTQ Việt Nam xã … cùng đại diện các ban, ngành, đoàn thể.'),
        p('Theo báo cáo, trong thời gian qua, …'),
        p('Phát biểu chỉ đạo, đồng chí … đề nghị … tiếp tục …'),
      ],
    },
    {
      id: 'builtin-bai',
      name: 'Bài',
      kind: 'bai',
      titleHint: '… : Hiệu quả từ …',
      sapo: 'Thời gian qua, xã … đã … Qua đó, góp phần …',
      body: [
        p('Mở đầu: bối cảnh, con số nổi bật, nhân vật tiêu biểu …'),
        h('Kết quả nổi bật'),
        p('…'),
        h('Những khó khăn, hạn chế'),
        p('…'),
        h('Giải pháp trong thời gian tới'),
        p('…'),
      ],
    },
    {
      id: 'builtin-thong-bao',
      name: 'Thông báo',
      kind: 'tin',
      titleHint: 'Thông báo về việc …',
      sapo: 'UBND huyện … thông báo về việc … như sau:',
      body: [
        h('1. Thời gian, địa điểm'),
        p('Thời gian: từ ngày …/…/… đến ngày …/…/…'),
        p('Địa điểm: …'),
        h('2. Nội dung'),
        p('…'),
        h('3. Tổ chức thực hiện'),
        p('Đề nghị các cơ quan, đơn vị, UBND các xã, thị trấn và Nhân dân trên địa bàn huyện biết, thực hiện.'),
        p('Mọi chi tiết xin liên hệ: …, điện thoại: …'),
      ],
    },
    {
      id: 'builtin-tiep-cong-dan',
      name: 'Lịch tiếp công dân',
      kind: 'tin',
      titleHint: 'Lịch tiếp công dân định kỳ của Chủ tịch UBND huyện tháng …/…',
      sapo: 'Thực hiện Luật Tiếp công dân năm 2013, UBND huyện … thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND huyện tháng …/… như sau:',
      body: [
        h('Thời gian'),
        p('Ngày …/…/…; buổi sáng từ 7 giờ 30 đến 11 giờ 00, buổi chiều từ 13 giờ 30 đến 17 giờ 00.'),
        h('Địa điểm'),
        p('Trụ sở Tiếp công dân huyện …, số … đường …'),
        h('Người tiếp công dân'),
        p('Ông (bà) … – Chủ tịch UBND huyện.'),
        p('Công dân đến khiếu nại, tố cáo, kiến nghị, phản ánh mang theo giấy tờ tùy thân (Căn cước công dân) và các giấy tờ, tài liệu liên quan.'),
      ],
    },
  ] as Array<{ id: string; name: string; kind: ArticleKind; titleHint: string; sapo: string; body: TemplateBlock[] }>,
  byline: {
    title: 'Chào mừng đến với Tòa Soạn',
    intro: 'Tên tác giả (bút danh) sẽ được điền sẵn vào mỗi bài mới. Có thể đổi lại trong Cài đặt › Chung.',
    label: 'Tên tác giả',
    hint: 'Ví dụ: Ngọc Diệu - Chí Tâm',
    save: 'Lưu',
    later: 'Để sau',
    tooLong: 'Tên tác giả dài quá 200 ký tự.',
  },
};
