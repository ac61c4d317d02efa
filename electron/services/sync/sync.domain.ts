import { join } from 'node:path';
import type { EventName } from '../../../common/api/events';
import { ServiceError } from '../../../common/api/errors';
import type { ArticleSyncInfo, HubStatus, hubMethods } from '../../../common/api/hub.api';
import type { ArticleStatus } from '../../../common/article/model';
import type { Domain, ServiceContext } from '../context';
import { fromBase64 } from '../../../common/api/base64';
import type { DraftsService } from '../drafts/drafts.service';
import { parseHubAddress } from './hub-address';
import { readHubConfig, TOKEN_KEY, writeHubConfig, type HubConfig } from './hub-config';
import { HubHttp } from './hub-http';
import { HubLinks } from './hub-links';
import { HUB_ORIGIN, SyncEngine, type SyncEngineOptions } from './sync-engine';

export interface SyncDomain extends Domain<keyof typeof hubMethods> {
  /** Fed every event of the drafts service (services.ts wires it). */
  onEvent(name: EventName, payload: unknown): void;
  /** For an article shared with the hub, the hub decides status changes; null when it is local only. */
  /** The note (a return's ý kiến) goes into the hub's audit log. */
  setStatusOnHub(id: string, to: ArticleStatus, note?: string): Promise<void> | null;
  /**
   * After `setStatusOnHub`: resolves true once the status the hub wrote is
   * committed here through the sync (false after `timeoutMs`, or offline).
   */
  statusArrived(id: string, to: ArticleStatus, timeoutMs?: number): Promise<boolean>;
  /**
   * The portal's answer for an article shared with the hub: the hub records
   * `submitted` (its change arrives through the sync); out of reach, it is
   * kept and asked again until the hub has it. False when the article is not
   * shared with the hub (its status is then written here).
   */
  recordSubmitted(id: string): Promise<boolean>;
  /** The running engine (tests and the benchmark wait on it). */
  engine(): SyncEngine | null;
}

/** How long a status change waits for the hub's copy of it to arrive (see `statusArrived`). */
const STATUS_ARRIVAL_MS = 10_000;

export interface SyncOptions {
  indexEveryMs?: number;
  reconnect?: SyncEngineOptions['reconnect'];
  remoteWindowMs?: number;
  restAfterMs?: number;
}

/**
 * "Kết nối tòa soạn": signing in to the newsroom hub, the sync engine's life,
 * and the account screens' calls. Runs in the services, with or without a window.
 */
export function createSyncDomain(
  ctx: Pick<ServiceContext, 'dataDir' | 'db' | 'emit' | 'secrets'>,
  drafts: DraftsService,
  options: SyncOptions = {},
): SyncDomain {
  const configPath = join(ctx.dataDir, 'hub.json');
  let config = readHubConfig(configPath);
  const links = new HubLinks(ctx.db);
  let engine: SyncEngine | null = null;
  let changeTimer: ReturnType<typeof setTimeout> | null = null;
  /** Set by close(): a change the engine reports while it stops (a remote edit committed in its last settle) schedules no event. */
  let closed = false;

  const token = () => ctx.secrets.get(TOKEN_KEY);
  const address = () => parseHubAddress(config.url);
  const http = () => {
    const a = address();
    if (!a) throw new ServiceError('HUB_NOT_CONFIGURED', 'no hub address');
    return new HubHttp(a.http, token);
  };

  function status(): HubStatus {
    return {
      connected: engine?.connected ?? false,
      user: engine ? config.user : null,
      url: config.url,
      insecure: address()?.insecure ?? false,
    };
  }

  function states(): ArticleSyncInfo[] {
    if (engine) return engine.states();
    return links.all().map((row) => ({
      id: row.article_id,
      authorName: row.author_name,
      shared: row.shared === 1,
      access: row.access === 'revoked' ? null : row.access,
      state: row.access === 'revoked' ? 'revoked' : row.pending ? 'pending' : 'offline',
    }));
  }

  /** Coalesces bursts (a first sync of many articles) into one event each. */
  function changed(): void {
    if (changeTimer || closed) return;
    changeTimer = setTimeout(() => {
      changeTimer = null;
      ctx.emit('hub.changed', status());
      ctx.emit('hub.articles.changed', states());
    }, 100);
    changeTimer.unref?.();
  }

  function start(): void {
    const a = address();
    if (!a || !config.user || !token()) return;
    engine = new SyncEngine({
      drafts,
      links,
      http: new HubHttp(a.http, token),
      url: a.ws,
      me: config.user,
      token,
      onChange: changed,
      onSessionLost: () => void sessionLost(),
      onPresence: (id, people) => ctx.emit('hub.presence.changed', { id, people }),
      indexEveryMs: options.indexEveryMs,
      reconnect: options.reconnect,
      remoteWindowMs: options.remoteWindowMs,
      restAfterMs: options.restAfterMs,
    });
  }

  async function stop(): Promise<void> {
    const running = engine;
    engine = null;
    await running?.stop();
  }

  async function sessionLost(): Promise<void> {
    await stop();
    ctx.secrets.delete(TOKEN_KEY);
    save({ ...config, user: null });
    changed();
  }

  function save(next: HubConfig): void {
    config = next;
    writeHubConfig(configPath, config);
  }

  start();

  const handlers: SyncDomain['handlers'] = {
    'hub.status': () => status(),
    'hub.login': async ({ url, login, password }) => {
      const a = parseHubAddress(url);
      if (!a) throw new ServiceError('HUB_NOT_CONFIGURED', 'the hub address is not a ws://, wss://, http:// or https:// address');
      const answer = await new HubHttp(a.http, () => null).login(login, password);
      await stop();
      ctx.secrets.set(TOKEN_KEY, answer.token);
      save({ url: a.ws, login, user: { id: answer.user.id, name: answer.user.name, role: answer.user.role } });
      start();
      changed();
      return status();
    },
    'hub.logout': async () => {
      const running = engine;
      await stop();
      if (running && token()) await http().logout().catch(() => {}); // offline: the session simply expires
      ctx.secrets.delete(TOKEN_KEY);
      save({ ...config, user: null });
      changed();
      return status();
    },
    'hub.articles': () => states(),
    'hub.setStatus': async ({ id, to, note }) => {
      await requireOnline().setStatus(id, to, note);
      return null;
    },
    'hub.audit': ({ id }) => requireOnline().audit(id),
    'hub.presence': ({ id, open, cursor }) => engine?.setPresence(id, open, cursor) ?? [],
    'hub.board': () => requireOnline().board(),
    'hub.users.list': () => requireOnline().users(),
    'hub.users.create': (account) => requireOnline().createUser(account),
    'hub.users.update': ({ id, patch }) => requireOnline().updateUser(id, patch),
  };

  function requireOnline(): HubHttp {
    if (!engine) throw new ServiceError('HUB_NOT_CONFIGURED', 'not signed in to a hub');
    return http();
  }

  return {
    handlers,
    onEvent(name, payload) {
      if (!engine) return;
      if (name === 'drafts.update') {
        const { id, update, origin } = payload as { id: string; update: string; origin: string | null };
        if (origin !== HUB_ORIGIN) engine.localUpdate(id, fromBase64(update));
      } else if (name === 'drafts.changed') {
        const { id, summary } = payload as { id: string; summary: unknown };
        if (summary === null) engine.localDeleted(id);
      }
    },
    setStatusOnHub(id, to, note = '') {
      if (!engine || !engine.isLinked(id)) return null;
      if (!engine.connected) throw new ServiceError('HUB_OFFLINE', `status of ${id} needs the hub`);
      return http().setStatus(id, to, note).then(() => undefined);
    },
    async recordSubmitted(id) {
      if (!engine || !engine.isLinked(id)) return false;
      const running = engine;
      try {
        if (!running.connected) throw new ServiceError('HUB_OFFLINE', `status of ${id} needs the hub`);
        await http().setStatus(id, 'submitted', '');
        await running.statusArrived(id, 'submitted', STATUS_ARRIVAL_MS);
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code !== 'HUB_OFFLINE' && code !== 'HUB_UNREACHABLE') console.error(`hub: recording ${id} as submitted failed`, error);
        running.owe(id, 'submitted');
      }
      return true;
    },
    statusArrived(id, to, timeoutMs = STATUS_ARRIVAL_MS) {
      return engine ? engine.statusArrived(id, to, timeoutMs) : Promise.resolve(false);
    },
    engine: () => engine,
    async close() {
      closed = true;
      if (changeTimer) clearTimeout(changeTimer);
      changeTimer = null;
      await stop();
    },
  };
}
