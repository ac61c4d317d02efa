import type { appMethods } from '../../../common/api/app.api';
import type { settingsMethods } from '../../../common/api/settings.api';
import { applyPatch } from '../settings/settings-store';
import type { Domain, ServiceContext } from '../context';

export function createAppDomain(
  ctx: ServiceContext,
): Domain<keyof typeof appMethods | keyof typeof settingsMethods> {
  return {
    handlers: {
      'app.info': () => ({
        name: 'Tòa Soạn',
        version: ctx.version,
        dataDir: ctx.dataDir,
        transport: ctx.transport,
        notices: ctx.notices.list(),
        readOnly: ctx.readOnly ?? null,
      }),
      'app.dismissNotice': ({ id }) => {
        ctx.notices.dismiss(id);
        return null;
      },
      'settings.get': () => ctx.settings.read(),
      'settings.set': ({ patch }) => {
        const next = applyPatch(ctx.settings.read(), patch);
        ctx.settings.write(next);
        ctx.emit('settings.changed', next);
        return next;
      },
    },
    close() {},
  };
}
