import { vi } from '../../i18n/vi';
import { useHub } from './sync-store';
import './newsroom.css';

const t = vi.newsroom;

/** In a list row: who wrote a shared article, and its sync state (đã đồng bộ / chờ gửi / ngoại tuyến). */
export function SyncBadge({ id }: { id: string }) {
  const info = useHub().articles.get(id);
  if (!info) return null;
  return (
    <>
      {info.shared && info.authorName && <span data-testid="article-author">{t.author(info.authorName)}</span>}
      {info.shared && <span className="sync-shared">{t.shared}</span>}
      <span className={`sync-state sync-${info.state}`} data-testid="sync-state" data-state={info.state}>
        {t.syncStates[info.state]}
      </span>
    </>
  );
}
