import { join } from 'node:path';
import type { EventName, EventPayload } from '../../common/api/events';
import { openDatabase } from '../db/database';
import { NoticeBoard } from './app/notice-board';
import type { ServiceContext } from './context';
import { LocalPlaintextSecretStore } from './secrets/local-plaintext-secret-store';
import type { SecretStore } from './secrets/secret-store';
import { createServices, type Services, type ServicesOptions } from './services';
import type { SyncOptions } from './sync/sync.domain';
import { JsonFileSettingsStore } from './settings/json-file-store';
import type { SettingsStore } from './settings/settings-store';

export type EventListener = (name: EventName, payload: unknown) => void;

export interface Runtime extends Services {
  readonly ctx: ServiceContext;
  /** Subscribe to every event the services emit; returns an unsubscribe. */
  onEvent(listener: EventListener): () => void;
}

export interface RuntimeOptions {
  dataDir: string;
  transport: 'electron' | 'web';
  version: string;
  /** Defaults to settings.json in dataDir. */
  settings?: (notices: NoticeBoard) => SettingsStore;
  /** Defaults to the local plaintext fallback in dataDir. */
  secrets?: SecretStore;
  /** Passed to the services (tests: images.download from a loopback server, the outbox's backoff). */
  services?: ServicesOptions;
  /** Timing of the newsroom hub's sync (tests shorten it). */
  sync?: SyncOptions;
}

/**
 * Opens the services for one data folder, the same way for every host. A
 * folder that cannot be written (full disk, write-protected) opens read-only
 * with a notice; anything that still stops the start throws, and the host
 * shows `startupFailure` (common/messages/storage.ts) and quits.
 */
export function openRuntime(options: RuntimeOptions): Runtime {
  const listeners = new Set<EventListener>();
  const notices = new NoticeBoard();
  const emit = <E extends EventName>(name: E, payload: EventPayload<E>) => {
    for (const listener of listeners) listener(name, payload);
  };
  notices.onRaise((notice) => emit('app.notice', notice));
  const settings =
    options.settings?.(notices) ??
    new JsonFileSettingsStore(join(options.dataDir, 'settings.json'), ({ movedTo }) =>
      notices.raise('SETTINGS_RESET', movedTo),
    );
  const database = openDatabase(options.dataDir, notices);
  const ctx: ServiceContext = {
    dataDir: options.dataDir,
    transport: options.transport,
    version: options.version,
    settings,
    secrets: options.secrets ?? new LocalPlaintextSecretStore(join(options.dataDir, 'secrets.local-only.json')),
    notices,
    db: database.db,
    readOnly: database.readOnly,
    emit,
  };
  const services = createServices(ctx, { ...options.services, sync: options.sync });
  return {
    ...services,
    async close() {
      await services.close();
      await database.whenIdle(); // let a backup in progress finish (≈1 s for a large database)
      database.close();
    },
    ctx,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
