import { useEffect, useState } from 'react';
import type { PresencePeer } from '../../../common/api/hub.api';
import { vi } from '../../i18n/vi';
import { call, onEvent } from '../../services/client';

/** In the editor: who else has this article open ("Đang mở: …"); tells the others it is open here. */
export function PresenceBar({ articleId }: { articleId: string }) {
  const [people, setPeople] = useState<PresencePeer[]>([]);
  useEffect(() => {
    let live = true;
    call('hub.presence', { id: articleId, open: true }).then(
      (list) => live && setPeople(list),
      () => {}, // not signed in to a hub: nobody to show
    );
    const off = onEvent('hub.presence.changed', ({ id, people: list }) => id === articleId && setPeople(list));
    return () => {
      live = false;
      off();
      void call('hub.presence', { id: articleId, open: false }).catch(() => {});
    };
  }, [articleId]);
  if (people.length === 0) return null;
  const names = [...new Set(people.map((p) => p.user.name))];
  return (
    <p className="presence-bar muted" data-testid="presence" role="status">
      {vi.newsroom.presence(names)}
    </p>
  );
}
