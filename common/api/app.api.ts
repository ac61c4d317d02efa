import { z } from 'zod';
import { method } from './contract';

/**
 * Something the user must be told once, e.g. that a corrupt settings file was
 * moved aside or the drafts database was restored from a backup. `code`
 * selects the Vietnamese text in the UI catalogue; `detail` is shown as-is
 * (a file path, a time).
 */
export const Notice = z.object({
  id: z.string(),
  code: z.enum(['SETTINGS_RESET', 'DB_RESTORED', 'DB_RECREATED']),
  detail: z.string(),
  at: z.string(),
});
export type Notice = z.infer<typeof Notice>;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  dataDir: z.string(),
  transport: z.enum(['electron', 'web']),
  notices: z.array(Notice),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const appMethods = {
  'app.info': method(z.object({}).strict(), AppInfo),
  'app.dismissNotice': method(z.object({ id: z.string() }).strict(), z.null()),
};
