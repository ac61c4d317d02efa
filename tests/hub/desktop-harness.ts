import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { BODY_FRAGMENT } from '../../common/article/layout';
import type { EventName } from '../../common/api/events';
import { fromBase64, toBase64 } from '../../common/api/base64';
import { openRuntime, type Runtime } from '../../electron/services/bootstrap';
import { PASSWORD } from './hub-harness';

/**
 * One desktop's services (no window) on its own data folder, as the browser
 * host and Electron open them, with a short reconnection backoff. Like an
 * editor, it holds its own copy of each article it types into, fed by
 * `drafts.update` events.
 */
export interface Desktop {
  runtime: Runtime;
  dir: string;
  call<T = unknown>(method: string, args?: unknown): Promise<T>;
  login(url: string, login: string): Promise<void>;
  create(): Promise<string>;
  /** Types `text` at `at` (clamped) in the body's first paragraph; resolves when the drafts service committed it. */
  type(id: string, text: string, at?: number): Promise<void>;
  /**
   * Types into an article already open in this desktop's editor (see `type`)
   * without waiting: returns the update at once; `committed` waits for it.
   */
  typeNow(id: string, text: string, at?: number): Uint8Array;
  committed(id: string): Promise<void>;
  /** The committed body text, as an editor opening the article gets it. */
  text(id: string): Promise<string>;
  has(id: string): boolean;
  events: Array<{ name: EventName; payload: unknown }>;
  /** Typed updates the service refused as INVALID_UPDATE (each then caught up and resent). */
  refusals: number;
  close(): Promise<void>;
}

export function openDesktop(
  dir = mkdtempSync(join(tmpdir(), 'toasoan-desk-')),
  options: { keepEvents?: boolean; indexEveryMs?: number; remoteWindowMs?: number; restAfterMs?: number } = {},
): Desktop {
  const runtime = openRuntime({
    dataDir: dir,
    transport: 'web',
    version: 'test',
    sync: {
      indexEveryMs: options.indexEveryMs ?? 300,
      reconnect: { minDelay: 100, maxDelay: 400 },
      remoteWindowMs: options.remoteWindowMs,
      restAfterMs: options.restAfterMs,
    },
  });
  const events: Desktop['events'] = [];
  const editors = new Map<string, Y.Doc>();
  const inFlight = new Map<string, Promise<void>>();
  runtime.onEvent((name, payload) => {
    if (options.keepEvents !== false) events.push({ name, payload });
    if (name === 'drafts.update') {
      const { id, update } = payload as { id: string; update: string };
      const doc = editors.get(id);
      if (doc) Y.applyUpdate(doc, fromBase64(update), 'service');
    }
  });
  const call = async <T>(method: string, args: unknown = {}): Promise<T> => {
    const handler = (runtime.handlers as Record<string, (a: unknown) => unknown>)[method];
    if (!handler) throw new Error(`no method ${method}`);
    return (await handler(args)) as T;
  };
  const open = async (id: string): Promise<Y.Doc> => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, fromBase64((await call<{ state: string }>('drafts.open', { id })).state), 'service');
    return doc;
  };
  /**
   * Sends one typed update, as the window's save queue does: if the service
   * refuses it as INVALID_UPDATE (it lacks changes the update builds on, e.g. a
   * hub edit this editor applied before the service's copy had it), catch up
   * with the service's state and send everything the service lacks instead.
   */
  const append = async (id: string, doc: Y.Doc, update: Uint8Array): Promise<void> => {
    try {
      await call('drafts.append', { id, update: toBase64(update), origin: 'typing' });
    } catch (error) {
      if ((error as { code?: string }).code !== 'INVALID_UPDATE') throw error;
      desktop.refusals += 1;
      const state = fromBase64((await call<{ state: string }>('drafts.open', { id })).state);
      Y.applyUpdate(doc, state, 'service');
      const missing = Y.encodeStateAsUpdate(doc, Y.encodeStateVectorFromUpdate(state));
      await call('drafts.append', { id, update: toBase64(missing), origin: 'typing' });
    }
  };
  const opening = new Map<string, Promise<Y.Doc>>();
  /**
   * The article open in this desktop's "editor". The document is registered
   * before its state is read, so no committed update event that arrives while
   * `drafts.open` runs is missed (Yjs applies them in any order); concurrent
   * callers wait for the same opening.
   */
  const editor = (id: string): Promise<Y.Doc> => {
    let pending = opening.get(id);
    if (!pending) {
      const doc = new Y.Doc();
      editors.set(id, doc);
      // Open here, as a window's presence line says: the article stays live (see the sync's restAfterMs).
      void call('hub.presence', { id, open: true }).catch(() => {});
      pending = call<{ state: string }>('drafts.open', { id }).then(({ state }) => {
        Y.applyUpdate(doc, fromBase64(state), 'service');
        return doc;
      });
      opening.set(id, pending);
    }
    return pending;
  };
  const desktop: Desktop = {
    runtime,
    dir,
    call,
    events,
    refusals: 0,
    async login(url, login) {
      await call('hub.login', { url, login, password: PASSWORD });
    },
    async create() {
      const summary = await call<{ id: string }>('drafts.create', { kind: 'tin', category: 'Thời sự' });
      return summary.id;
    },
    async type(id, text, at = Number.MAX_SAFE_INTEGER) {
      await editor(id);
      this.typeNow(id, text, at);
      await this.committed(id);
    },
    typeNow(id: string, text: string, at = Number.MAX_SAFE_INTEGER) {
      const doc = editors.get(id);
      if (!doc) throw new Error(`article ${id} is not open; type() opens it`);
      const body = doc.getXmlFragment(BODY_FRAGMENT);
      const updates: Uint8Array[] = [];
      const capture = (u: Uint8Array, origin: unknown) => origin === 'typing' && updates.push(u);
      doc.on('update', capture);
      doc.transact(() => {
        // An article whose first paragraph has not arrived yet: the editor makes one, as TipTap does.
        if (body.length === 0) body.insert(0, [new Y.XmlElement('paragraph')]);
        const paragraph = body.get(0) as Y.XmlElement;
        let xmlText = paragraph.get(0) as Y.XmlText | undefined;
        if (!xmlText) {
          xmlText = new Y.XmlText();
          paragraph.insert(0, [xmlText]);
        }
        xmlText.insert(Math.min(at, xmlText.length), text);
      }, 'typing');
      doc.off('update', capture);
      const update = Y.mergeUpdates(updates);
      const previous = inFlight.get(id) ?? Promise.resolve();
      inFlight.set(id, previous.then(() => append(id, doc, update)));
      return update;
    },
    async committed(id) {
      await inFlight.get(id);
    },
    async text(id) {
      const doc = await open(id);
      const text = doc.getXmlFragment(BODY_FRAGMENT).toString().replace(/<[^>]+>/g, '');
      doc.destroy();
      return text;
    },
    has(id) {
      return Boolean(runtime.ctx.db.prepare('SELECT 1 FROM articles WHERE id = ?').get(id));
    },
    async close() {
      await runtime.close();
      for (const doc of editors.values()) doc.destroy();
    },
  };
  return desktop;
}

/** A desktop on a fresh folder, closed and removed by `cleanup`. */
export function trackedDesktop(cleanup: (undo: () => unknown) => void, options: Parameters<typeof openDesktop>[1] = {}): Desktop {
  const d = openDesktop(undefined, options);
  cleanup(() => rmSync(d.dir, { recursive: true, force: true }));
  cleanup(() => d.close());
  return d;
}
