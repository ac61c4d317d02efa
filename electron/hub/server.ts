import { readFileSync } from 'node:fs';
import { createServer as createHttp, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import { createServer as createHttps } from 'node:https';
import type { AddressInfo } from 'node:net';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import { Redis as IORedis } from 'ioredis';
import { WebSocketServer } from 'ws';
import { createApi } from './api';
import { openHubDatabase, type HubStorage } from './db/database';
import { HubDocuments, type HubLog } from './documents';
import { HubStore } from './hub-store';

export interface HubOptions {
  storage: HubStorage;
  port: number;
  /** Defaults to 127.0.0.1: serving the office network is a choice (`--host 0.0.0.0`). */
  host?: string;
  tls?: { certFile: string; keyFile: string };
  /** Several instances serving the same documents share one Redis. */
  redis?: string;
  /** Session lifetime; defaults to 14 days. */
  sessionTtlMs?: number;
  /** Debounce of snapshot writes (Hocuspocus `debounce`); defaults to 2 s. */
  storeDebounceMs?: number;
  log?: HubLog;
}

export interface Hub {
  /** ws:// or wss:// address of the documents; the HTTP API is on the same port under /api. */
  url: string;
  port: number;
  store: HubStore;
  documents: HubDocuments;
  hocuspocus: Hocuspocus;
  /** Stops accepting connections, stores every loaded document and closes the database. */
  close(): Promise<void>;
}

const consoleLog: HubLog = {
  info: (m) => console.log(m),
  error: (m, e) => console.error(m, e ?? ''),
};

/**
 * The newsroom hub: Hocuspocus for the documents and a small JSON API, on one
 * HTTP(S) server bound to the address asked for (Hocuspocus's own `Server`
 * would listen on every interface).
 */
export async function startHub(options: HubOptions): Promise<Hub> {
  const log = options.log ?? consoleLog;
  const database = await openHubDatabase(options.storage);
  const store = new HubStore(database.db, database.logWriter);
  const documents = new HubDocuments(store, log);
  const extensions: Extension[] = [documents];
  if (options.redis) {
    const url = options.redis;
    extensions.push(new RedisExtension({ createClient: () => new IORedis(url, { maxRetriesPerRequest: null }) }));
  }
  const hocuspocus = new Hocuspocus({
    name: 'toasoan-hub',
    quiet: true,
    debounce: options.storeDebounceMs ?? 2000,
    maxDebounce: 10_000,
    extensions,
  });
  // The constructor does not run onConfigure; the documents need the instance for direct connections.
  documents.instance = hocuspocus;
  const api = createApi({ store, documents, sessionTtlMs: options.sessionTtlMs ?? 14 * 86_400_000 });
  const onRequest = (req: IncomingMessage, res: ServerResponse) => void api(req, res, log.error);
  const server: HttpServer = options.tls
    ? createHttps({ cert: readFileSync(options.tls.certFile), key: readFileSync(options.tls.keyFile) }, onRequest)
    : createHttp(onRequest);
  const wss = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 * 1024 });
  server.on('upgrade', (request, socket, head) => {
    wss.handleUpgrade(request, socket, head, (ws) => {
      ws.on('error', (error) => log.error('hub: WebSocket error', error));
      hocuspocus.handleConnection(ws, request);
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  const url = `${options.tls ? 'wss' : 'ws'}://${shownHost}:${port}`;
  const pruner = setInterval(() => void store.pruneSessions().catch(() => {}), 3_600_000);
  pruner.unref();

  let closing: Promise<void> | null = null;
  return {
    url,
    port,
    store,
    documents,
    hocuspocus,
    close() {
      closing ??= (async () => {
        clearInterval(pruner);
        server.close();
        // Store every loaded document now rather than after the debounce (each update is already in the log).
        for (const document of [...hocuspocus.documents.values()]) {
          const id = `onStoreDocument-${document.name}`;
          try {
            if (hocuspocus.debouncer.isDebounced(id)) await hocuspocus.debouncer.executeNow(id);
          } catch (error) {
            log.error(`hub: storing ${document.name} at shutdown failed (its updates are in the log)`, error);
          }
        }
        await documents.flushed();
        for (const client of wss.clients) client.terminate();
        hocuspocus.closeConnections();
        for (const ext of extensions) if (ext !== documents) await ext.onDestroy?.({ instance: hocuspocus });
        await database.close();
      })();
      return closing;
    },
  };
}
