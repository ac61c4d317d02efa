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
  code: z.enum([
    'SETTINGS_RESET',
    'DB_RESTORED',
    'DB_RECREATED',
    'DB_SALVAGED',
    'DB_READ_ONLY',
    'DB_DISK_FULL',
    'DB_ARTICLE_SALVAGED',
  ]),
  detail: z.string(),
  /** Values the message shows besides `detail` (counts, free space, where a file is kept). */
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  at: z.string(),
});
export type Notice = z.infer<typeof Notice>;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  dataDir: z.string(),
  transport: z.enum(['electron', 'web']),
  notices: z.array(Notice),
  /** Why the data is open read-only (see the DB_READ_ONLY notice), or null. */
  readOnly: z.enum(['disk-full', 'folder', 'file']).nullable().optional(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const appMethods = {
  'app.info': method(z.object({}).strict(), AppInfo),
  'app.dismissNotice': method(z.object({ id: z.string() }).strict(), z.null()),
};
