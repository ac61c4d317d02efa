import type { Database } from 'better-sqlite3';
import type { EventName, EventPayload } from '../../common/api/events';
import type { Handlers } from '../../common/api/dispatch';
import type { SettingsStore } from './settings/settings-store';
import type { NoticeBoard } from './app/notice-board';
import type { SecretStore } from './secrets/secret-store';

/** What every service gets from whoever hosts it (Electron main or the browser host). */
export interface ServiceContext {
  readonly dataDir: string;
  readonly transport: 'electron' | 'web';
  readonly version: string;
  readonly settings: SettingsStore;
  readonly secrets: SecretStore;
  readonly notices: NoticeBoard;
  /** The data folder's SQLite database (electron/db), shared by every service; closed by the runtime. */
  readonly db: Database;
  /** Why the database is open read-only (full disk, write-protected folder or file), or null/absent. */
  readonly readOnly?: 'disk-full' | 'folder' | 'file' | null;
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
}

/** A slice of the handlers, for one domain (e.g. the `drafts.*` methods). */
export type DomainHandlers<K extends keyof Handlers> = Pick<Handlers, K>;

export interface Domain<K extends keyof Handlers> {
  handlers: DomainHandlers<K>;
  /** Flushes pending writes and releases files. */
  close(): Promise<void> | void;
}
