import { useCallback, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { META_MAP, metaKeys } from '../../../common/article/layout';
import { pendingReturn, reviewLog } from '../../../common/article/review-log';
import { vi } from '../../i18n/vi';
import { formatTime } from '../../ui/format-time';


/** The board's latest note, at the top of a returned article, until the author sends it again. */
export function ReturnNote({ doc }: { doc: Y.Doc }) {
  const subscribe = useCallback(
    (notify: () => void) => {
      const log = reviewLog(doc);
      const meta = doc.getMap<unknown>(META_MAP);
      log.observe(notify);
      meta.observe(notify);
      return () => {
        log.unobserve(notify);
        meta.unobserve(notify);
      };
    },
    [doc],
  );
  const note = useSyncExternalStore(subscribe, () => {
    const returned = doc.getMap<unknown>(META_MAP).get(metaKeys.status) === 'returned';
    const last = returned ? pendingReturn(doc) : null;
    return last ? JSON.stringify(last) : null;
  });
  if (!note) return null;
  const decision = JSON.parse(note) as { by: string; at: string; note: string };
  return (
    <div className="return-note" role="note" data-testid="return-note-banner">
      <strong>{vi.review.returnNote(decision.by, formatTime(decision.at))}</strong>
      <p>{decision.note}</p>
    </div>
  );
}
