import { useEffect, useState } from 'react';
import { LOCAL_ROLE, type Reviewer } from '../../../common/article/review-rights';
import type { Settings } from '../../../common/api/settings.api';
import { call, onEvent } from '../../services/client';
import { vi } from '../../i18n/vi';

/**
 * Who is reviewing in this window. Alone, the local user (the name from
 * Settings) may do everything. When the newsroom hub is connected, its
 * signed-in user replaces this: switch `fromSettings` for the hub's
 * `hub.status().user` here, nowhere else.
 */
export function currentReviewer(settings: Pick<Settings, 'authorName'>): Reviewer {
  const name = settings.authorName.trim() || vi.review.unnamed;
  return { id: `local:${name}`, name, role: LOCAL_ROLE };
}

export function useCurrentReviewer(): Reviewer | null {
  const [who, setWho] = useState<Reviewer | null>(null);
  useEffect(() => {
    let live = true;
    call('settings.get', {}).then(
      (s) => live && setWho(currentReviewer(s)),
      () => live && setWho(currentReviewer({ authorName: '' })),
    );
    const off = onEvent('settings.changed', (s) => setWho(currentReviewer(s)));
    return () => {
      live = false;
      off();
    };
  }, []);
  return who;
}
