import { useEffect, useState, useSyncExternalStore } from 'react';
import { call, onEvent } from '../../services/client';
import { vi } from '../../i18n/vi';
import type { Route } from '../../ui/navigation';
import type { ReviewNotifications } from './review-notifications';

/** The sidebar's "Duyệt bài" entry: how many articles wait for review, and unread notifications. */
export function ReviewNavButton(props: { route: Route; onGo: (r: Route) => void; notifications: ReviewNotifications }) {
  const [waiting, setWaiting] = useState<number | null>(null);
  const unread = useSyncExternalStore(props.notifications.list.subscribe, () => props.notifications.list.get().filter((n) => !n.read).length);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const count = () =>
      call('drafts.list', { view: 'active', status: 'in_review', sort: 'updated', limit: 1, offset: 0 }).then(
        (list) => live && setWaiting(list.total),
        () => undefined,
      );
    void count();
    const off = onEvent('drafts.changed', () => {
      clearTimeout(timer);
      timer = setTimeout(() => void count(), 300);
    });
    return () => {
      live = false;
      clearTimeout(timer);
      off();
    };
  }, []);
  const active = props.route.name === 'review';
  const t = vi.review.queue;
  return (
    <button
      type="button"
      className={active ? 'nav-item active' : 'nav-item'}
      aria-current={active ? 'page' : undefined}
      data-testid="nav-review"
      onClick={() => props.onGo({ name: 'review' })}
    >
      {t.nav}
      {waiting !== null && waiting > 0 && (
        <span className="nav-count" data-testid="nav-review-count" aria-label={t.waitingCount(waiting)}>
          {waiting}
        </span>
      )}
      {unread > 0 && (
        <span className="nav-count nav-count-unread" data-testid="nav-review-unread" aria-label={t.unread(unread)}>
          {unread}
        </span>
      )}
    </button>
  );
}
