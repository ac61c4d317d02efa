import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { NodeWebSocket } from '../../electron/services/sync/sync-engine';
import * as Y from 'yjs';
import type { HubRole, LoginResponse } from '../../common/api/hub.api';
import { hashPassword } from '../../electron/hub/auth';
import { startHub, type Hub, type HubOptions } from '../../electron/hub/server';

export const PASSWORD = 'mật-khẩu-đủ-dài';

/** A hub on loopback, on a fresh folder, with quiet logs. */
export async function testHub(options: Partial<HubOptions> & { dir?: string } = {}): Promise<Hub & { dir: string; errors: string[] }> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'toasoan-hub-'));
  const errors: string[] = [];
  const hub = await startHub({
    storage: { dataDir: dir },
    port: 0,
    storeDebounceMs: 200,
    log: { info: () => {}, error: (m) => errors.push(m) },
    ...options,
  });
  return Object.assign(hub, { dir, errors });
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export async function addUser(hub: Hub, name: string, role: HubRole): Promise<number> {
  const user = await hub.store.createUser({ name, displayName: name.toUpperCase(), role, passwordHash: await hashPassword(PASSWORD, 1 << 12) });
  return user.id;
}

export function httpBase(hub: Hub): string {
  return hub.url.replace(/^ws/, 'http');
}

export async function api(hub: Hub, method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${httpBase(hub)}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

export async function login(hub: Hub, name: string, password = PASSWORD): Promise<string> {
  const { status, json } = await api(hub, 'POST', '/api/login', { login: name, password });
  if (status !== 200) throw new Error(`login ${name}: ${status} ${JSON.stringify(json)}`);
  return (json as LoginResponse).token;
}

/** A bare Hocuspocus client on one article: what a lying client could send. */
export function rawClient(url: string, article: string, token: string, seed?: (doc: Y.Doc) => void) {
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: NodeWebSocket, delay: 50, minDelay: 50, maxDelay: 500 });
  const doc = new Y.Doc();
  seed?.(doc);
  const events = { failed: '' as string, synced: false, scope: '' };
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: article,
    document: doc,
    token,
    onAuthenticationFailed: ({ reason }) => (events.failed = reason),
    onAuthenticated: ({ scope }) => (events.scope = scope),
    onSynced: () => (events.synced = true),
  });
  provider.attach();
  return {
    doc,
    provider,
    events,
    close() {
      provider.destroy();
      socket.destroy();
    },
  };
}

export async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
