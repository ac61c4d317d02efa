import type { LegacyEncoding } from '../../../common/vietnamese/legacy';

/** Opening Word and text files, and legacy Vietnamese encodings (TCVN3, VNI …). */
export const importing = {
  encodings: {
    tcvn3: 'TCVN3 (ABC)',
    vni: 'VNI-Windows',
    viqr: 'VIQR',
    cp1258: 'Windows-1258',
  } satisfies Record<LegacyEncoding, string>,
  pasteConverted: (encoding: string) => `Văn bản dán vào được gõ theo bảng mã ${encoding}; đã chuyển sang Unicode.`,
  undoConversion: 'Hoàn tác chuyển mã',
  dismiss: 'Đóng',
  convert: {
    label: 'Chuyển mã',
    title: 'Chuyển đoạn văn đang chọn từ bảng mã cũ sang Unicode',
    auto: 'Tự nhận biết bảng mã',
    from: (encoding: string) => `Từ ${encoding}`,
    done: (encoding: string) => `Đã chuyển đoạn đã chọn từ ${encoding} sang Unicode.`,
    noSelection: 'Hãy chọn đoạn văn cần chuyển mã trước.',
    nothing: 'Đoạn đã chọn đã là Unicode: không có gì để chuyển.',
  },
  open: {
    button: 'Mở tệp Word…',
    title: 'Mở tệp Word (.docx) hoặc tệp văn bản (.txt) thành một bài mới',
    dropHint: 'Thả tệp Word (.docx) hoặc văn bản (.txt) vào đây để mở thành bài mới',
    opening: (name: string) => `Đang mở “${name}”…`,
    failed: (name: string, message: string) => `Không mở được “${name}”: ${message}`,
    converted: (encoding: string) => `Tệp được gõ theo bảng mã ${encoding}; đã chuyển sang Unicode.`,
    tooMany: 'Mỗi lần chỉ mở một tệp.',
    /** The heading over a Word file's footnotes, at the end of the article. */
    notesHeading: 'Chú thích',
  },
};
