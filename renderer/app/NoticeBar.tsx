import type { Notice } from '../../common/api/app.api';
import { vi } from '../i18n/vi';

export function NoticeBar({ notices, onDismiss }: { notices: Notice[]; onDismiss: (id: string) => void }) {
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <div key={notice.id} className="banner banner-warning" role="alert" data-testid="notice">
          <span>{vi.shell.notices[notice.code](notice.detail, notice.params ?? {})}</span>
          <button type="button" onClick={() => onDismiss(notice.id)}>
            {vi.shell.dismiss}
          </button>
        </div>
      ))}
    </div>
  );
}
