import { useEffect, useMemo, useRef } from 'react';
import { useCurrentReviewer } from './current-reviewer';
import { ReviewNotifications } from './review-notifications';

/** One watcher of review news for the window's lifetime (App mounts it). */
export function useReviewNotifications(): ReviewNotifications {
  const me = useCurrentReviewer();
  const meRef = useRef(me);
  meRef.current = me;
  const notifications = useMemo(() => new ReviewNotifications(() => meRef.current), []);
  useEffect(() => {
    void notifications.start();
    return () => notifications.dispose();
  }, [notifications]);
  return notifications;
}
