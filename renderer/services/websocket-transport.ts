import { ServerFrame } from '../../common/api/wire';
import type { Transport, WireResult } from './transport';

const TOKEN_KEY = 'toasoan.token';
const REQUEST_TIMEOUT_MS = 60_000;

interface Pending {
  resolve(result: WireResult): void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * The browser host's transport. The per-run token arrives in the address
 * (`#token=…`) and is kept in sessionStorage so a reload still works. The
 * socket reconnects with backoff; calls made while it is down wait for it,
 * and calls in flight when it drops fail with DISCONNECTED so callers retry.
 */
export function createWebSocketTransport(location: Location): Transport {
  const hashToken = new URLSearchParams(location.hash.slice(1)).get('token');
  if (hashToken) sessionStorage.setItem(TOKEN_KEY, hashToken);
  const token = hashToken ?? sessionStorage.getItem(TOKEN_KEY) ?? '';
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;

  const pending = new Map<number, Pending>();
  const eventListeners = new Set<(name: string, payload: unknown) => void>();
  const connectionListeners = new Set<(connected: boolean) => void>();
  let nextId = 1;
  let socket: WebSocket | undefined;
  let open: Promise<WebSocket> | undefined;
  let connected = false;
  let backoff = 250;

  function setConnected(value: boolean) {
    if (connected === value) return;
    connected = value;
    for (const listener of connectionListeners) listener(value);
  }

  function connect(): Promise<WebSocket> {
    open ??= new Promise<WebSocket>((resolve) => {
      const attempt = () => {
        const ws = new WebSocket(url);
        ws.onopen = () => {
          socket = ws;
          backoff = 250;
          setConnected(true);
          // Authenticate at once so events flow even before the first call.
          ws.send(JSON.stringify({ id: 0, token, method: 'app.info', args: {} }));
          resolve(ws);
        };
        ws.onmessage = (message) => receive(String(message.data));
        ws.onclose = () => {
          const wasOpen = socket === ws;
          socket = undefined;
          setConnected(false);
          for (const [id, entry] of pending) {
            clearTimeout(entry.timer);
            entry.resolve({ ok: false, error: { code: 'DISCONNECTED', message: 'connection lost' } });
            pending.delete(id);
          }
          if (wasOpen) open = undefined;
          setTimeout(wasOpen ? () => void connect() : attempt, backoff);
          backoff = Math.min(backoff * 2, 5_000);
        };
      };
      attempt();
    });
    return open;
  }

  function receive(text: string) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return;
    }
    const frame = ServerFrame.safeParse(json);
    if (!frame.success) return;
    const value = frame.data;
    if ('event' in value) {
      for (const listener of eventListeners) listener(value.event, value.payload);
      return;
    }
    const entry = pending.get(value.id);
    if (!entry) return;
    pending.delete(value.id);
    clearTimeout(entry.timer);
    entry.resolve(value.ok ? { ok: true, value: value.value } : { ok: false, error: value.error });
  }

  void connect();

  return {
    async call(method, args) {
      const ws = socket ?? (await connect());
      const id = nextId++;
      return new Promise<WireResult>((resolve) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          resolve({ ok: false, error: { code: 'TIMEOUT', message: `${method} timed out` } });
        }, REQUEST_TIMEOUT_MS);
        pending.set(id, { resolve, timer });
        ws.send(JSON.stringify({ id, token, method, args }));
      });
    },
    async upload(bytes) {
      try {
        const response = await fetch(`${location.protocol}//${location.host}/upload`, {
          method: 'POST',
          headers: { 'x-toasoan-token': token, 'content-type': 'application/octet-stream' },
          // As a Blob: Chromium streams a Blob body off the main thread, while a typed array body is copied on it
          // (bench:import's page profile: 628 ms of `fetch` for a 10.9 MB file).
          body: bytes instanceof Blob ? bytes : new Blob([bytes as BlobPart]),
        });
        if (!response.ok) return null;
        const { id } = (await response.json()) as { id?: unknown };
        return typeof id === 'string' ? id : null;
      } catch {
        return null;
      }
    },
    onEvent(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    onConnection(listener) {
      connectionListeners.add(listener);
      listener(connected);
      return () => connectionListeners.delete(listener);
    },
  };
}
