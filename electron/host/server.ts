import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { dispatch, type Handlers } from '../../common/api/dispatch';
import { RequestFrame, type EventFrame, type ResponseFrame } from '../../common/api/wire';
import { contentSecurityPolicy } from '../../common/security/csp';
import { timingSafeEqualString } from './token';

export interface HostServerOptions {
  handlers: Handlers;
  /** Per-run secret every request must carry. */
  token: string;
  /** Built renderer (dist/renderer); when absent only the WebSocket is served. */
  staticDir?: string;
  port?: number;
  onEventSubscribe?: (send: (name: string, payload: unknown) => void) => () => void;
  /** Where `POST /upload` keeps a file's raw bytes for `import.file` (absent: no uploads). */
  uploads?: { put(bytes: Buffer): string; readonly maxBytes: number };
  log?: { error(message: string, error?: unknown): void };
}

export interface HostServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

const MAX_FRAME_BYTES = 64 * 1024 * 1024;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

/**
 * The browser host: the built renderer over HTTP and the services' contract
 * over a WebSocket, on 127.0.0.1 only. Requests must carry the per-run token;
 * the Host and Origin headers must name this server, so neither another site
 * in the user's browser nor a DNS-rebinding page can drive the services.
 */
export async function startHostServer(options: HostServerOptions): Promise<HostServer> {
  const log = options.log ?? { error: (m: string, e?: unknown) => console.error(m, e) };
  let origin = '';
  const http: Server = createServer((req, res) => {
    if (!isOwnHost(req, origin)) return void plain(res, 421, 'Misdirected request');
    if (req.method === 'POST' && new URL(req.url ?? '/', origin).pathname === '/upload') {
      return void receiveUpload(req, res).catch((error) => {
        log.error('upload failed', error);
        if (!res.headersSent) plain(res, 500, 'Internal error');
      });
    }
    serveStatic(options.staticDir, req, res, origin).catch((error) => {
      log.error('static file failed', error);
      if (!res.headersSent) plain(res, 500, 'Internal error');
    });
  });
  /**
   * A file's bytes as they are (a Word file with its pictures is 10 MB; as
   * base64 in a JSON frame it cost more than reading it). Same guards as the
   * socket: our own Host and Origin, and the token, in a header.
   */
  async function receiveUpload(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const uploads = options.uploads;
    if (!uploads) return plain(res, 404, 'Not found');
    const token = req.headers['x-toasoan-token'];
    if (req.headers.origin !== undefined && req.headers.origin !== origin) return plain(res, 403, 'Forbidden');
    if (typeof token !== 'string' || !timingSafeEqualString(token, options.token)) return plain(res, 401, 'Unauthorized');
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (!(declared <= uploads.maxBytes)) return tooLarge(res, Number.isNaN(declared) ? 411 : 413);
    const chunks: Buffer[] = [];
    let length = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      length += chunk.length;
      if (length > declared) return tooLarge(res, 413);
      chunks.push(chunk);
    }
    if (length !== declared) return plain(res, 400, 'Incomplete body');
    const id = uploads.put(Buffer.concat(chunks, length));
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify({ id }));
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  http.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', origin);
    const originHeader = req.headers.origin;
    if (url.pathname !== '/ws' || !isOwnHost(req, origin) || (originHeader !== undefined && originHeader !== origin)) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => serveSocket(ws));
  });

  function serveSocket(ws: WebSocket): void {
    let authenticated = false;
    let unsubscribe: (() => void) | undefined;
    const send = (frame: ResponseFrame | EventFrame) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame));
    };
    ws.on('message', async (data, isBinary) => {
      const frame = parseFrame(isBinary ? null : data.toString());
      if (!frame.ok) return send({ id: frame.id, ok: false, error: { code: 'BAD_REQUEST', message: frame.message } });
      const { id, token, method, args } = frame.value;
      if (token === undefined || !timingSafeEqualString(token, options.token)) {
        return send({ id, ok: false, error: { code: 'UNAUTHORIZED', message: 'missing or wrong token' } });
      }
      if (!authenticated) {
        authenticated = true;
        unsubscribe = options.onEventSubscribe?.((event, payload) => send({ event, payload }));
      }
      const result = await dispatch(options.handlers, method, args, log);
      send({ id, ...result });
    });
    ws.on('close', () => unsubscribe?.());
    ws.on('error', (error) => log.error('websocket error', error));
  }

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: origin,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate();
        wss.close();
        http.closeAllConnections();
        http.close(() => resolve());
      }),
  };
}

type Parsed = { ok: true; value: RequestFrame } | { ok: false; id: number; message: string };

function parseFrame(text: string | null): Parsed {
  if (text === null) return { ok: false, id: 0, message: 'binary frames are not accepted' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, id: 0, message: 'frame is not JSON' };
  }
  const parsed = RequestFrame.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const id = typeof (json as { id?: unknown })?.id === 'number' ? (json as { id: number }).id : 0;
  return { ok: false, id, message: 'frame is not a request' };
}

function isOwnHost(req: IncomingMessage, origin: string): boolean {
  return `http://${req.headers.host ?? ''}` === origin;
}

/** Refused before the body was read: the connection closes rather than swallowing it. */
function tooLarge(res: ServerResponse, status: 411 | 413): void {
  res.setHeader('connection', 'close');
  plain(res, status, status === 411 ? 'Length required' : 'Too large');
}

function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

/** Same policy as the desktop app, plus this server's socket. */
export function hostContentSecurityPolicy(origin: string): string {
  return contentSecurityPolicy([origin.replace(/^http/, 'ws')]);
}

async function serveStatic(root: string | undefined, req: IncomingMessage, res: ServerResponse, origin: string) {
  if (!root) return plain(res, 404, 'Not found');
  if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Method not allowed');
  const pathname = decodeURIComponent(new URL(req.url ?? '/', origin).pathname);
  const relative = pathname === '/' ? 'index.html' : pathname.slice(1);
  const file = normalize(join(root, relative));
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return plain(res, 403, 'Forbidden');
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return plain(res, 404, 'Not found');
  const body = await readFile(file);
  res.writeHead(200, {
    'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
    'content-security-policy': hostContentSecurityPolicy(origin),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
