/**
 * Vietnamese messages for issues. Kept in one place so the wording can be
 * reviewed with the rest of the UI catalogue.
 */
import type { IssueKind } from './types';

export function messageFor(kind: IssueKind, suggestion: string | undefined): string {
  const fix = suggestion ? ` Có phải là “${suggestion}”?` : '';
  switch (kind) {
    case 'non-word': return `Từ này không có trong tiếng Việt.${fix}`;
    case 'context': return `Từ này có thể sai trong ngữ cảnh.${fix}`;
    case 'input-method': return `Còn sót phím gõ Telex/VNI.${fix}`;
    case 'missing-marks': return `Từ này thiếu dấu.${fix}`;
    case 'tone-placement': return `Dấu thanh đặt sai vị trí.${fix}`;
    case 'repeated-word': return `Từ bị lặp lại.${fix}`;
    case 'unicode': return 'Chữ được mã hoá tổ hợp (NFD); nên chuyển sang dựng sẵn (NFC).';
  }
}
