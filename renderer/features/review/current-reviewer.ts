import { useEffect, useState } from 'react';
import { LOCAL_ROLE, type Reviewer } from '../../../common/article/review-rights';
import type { HubStatus } from '../../../common/api/hub.api';
import type { Settings } from '../../../common/api/settings.api';
import { call, onEvent } from '../../services/client';
import { vi } from '../../i18n/vi';

/**
 * Who is reviewing in this window. Signed in to the newsroom hub, it is the
 * hub's user with the hub's role (the hub enforces the same rights). Alone,
 * it is the local user (the name from Settings), who may do everything.
 */
export function currentReviewer(settings: Pick<Settings, 'authorName'>, hub: Pick<HubStatus, 'user'> | null = null): Reviewer {
  if (hub?.user) return { id: `hub:${hub.user.id}`, name: hub.user.name, role: hub.user.role };
  const name = settings.authorName.trim() || vi.review.unnamed;
  return { id: `local:${name}`, name, role: LOCAL_ROLE };
}

export function useCurrentReviewer(): Reviewer | null {
  const [who, setWho] = useState<Reviewer | null>(null);
  useEffect(() => {
    let live = true;
    let settings: Pick<Settings, 'authorName'> = { authorName: '' };
    let hub: Pick<HubStatus, 'user'> | null = null;
    const update = () => live && setWho(currentReviewer(settings, hub));
    void Promise.all([
      call('settings.get', {}).then(
        (s) => (settings = s),
        () => undefined,
      ),
      call('hub.status', {}).then(
        (h) => (hub = h),
        () => undefined,
      ),
    ]).then(update);
    const offSettings = onEvent('settings.changed', (s) => {
      settings = s;
      update();
    });
    const offHub = onEvent('hub.changed', (h) => {
      hub = h;
      update();
    });
    return () => {
      live = false;
      offSettings();
      offHub();
    };
  }, []);
  return who;
}
