import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/**
 * The tests' own HTTP proxy between the client and WordPress, to stage the
 * failures a district office's network produces. By default it forwards
 * everything; `inject()` arms a fault for the next matching request(s).
 */
export type FaultKind =
  /** Forward the request, let WordPress finish, then cut the client's connection: the reply is lost. */
  | { kind: 'drop-after-forward' }
  /** Cut the connection without forwarding anything. */
  | { kind: 'drop' }
  /**
   * Hold the request this long before forwarding it. It is forwarded even if
   * the client gave up meanwhile, so WordPress acts on it late, the way a slow
   * link delivers a request after the app's timeout.
   */
  | { kind: 'delay'; ms: number }
  /**
   * Hold the request until `release` settles, then forward it (even if the
   * client gave up meanwhile), so a test decides when WordPress acts on a late
   * request instead of guessing how long the app's own steps take.
   */
  | { kind: 'hold'; release: Promise<unknown> }
  /** Forward at once, then hold WordPress's reply this long (WordPress acted, the app waits). */
  | { kind: 'delay-reply'; ms: number }
  /** Answer bytes that are not HTTP at all. */
  | { kind: 'garbage' }
  /** Answer a 500 with an HTML error page, as a misconfigured PHP host does. */
  | { kind: 'html-500' }
  /** Answer 200 with JSON of the wrong shape. */
  | { kind: 'wrong-shape'; body?: unknown }
  /** Answer 200 with a body that claims to be JSON but is not. */
  | { kind: 'broken-json' }
  /** Answer this status and JSON body, as WordPress would for the request. */
  | { kind: 'reply'; status: number; body: unknown };

export interface FaultRule {
  fault: FaultKind;
  /** Which requests it applies to; all when omitted. */
  match?: (request: { method: string; url: string }) => boolean;
  /** How many matching requests it applies to; 1 when omitted. Infinity for all. */
  times?: number;
}

export interface ProxiedRequest {
  method: string;
  url: string;
  status: number | 'dropped' | 'garbage';
}

export interface FaultProxy {
  readonly url: string;
  readonly port: number;
  /** Every request seen, in order, with what the client got. */
  readonly log: ProxiedRequest[];
  inject(rule: FaultRule): void;
  clearFaults(): void;
  close(): Promise<void>;
}

export async function startFaultProxy(target: string, port = 0): Promise<FaultProxy> {
  const upstream = new URL(target);
  const rules: (FaultRule & { left: number })[] = [];
  const log: ProxiedRequest[] = [];
  const sockets = new Set<Socket>();

  const takeFault = (method: string, url: string): FaultKind | null => {
    const index = rules.findIndex((rule) => rule.left > 0 && (rule.match?.({ method, url }) ?? true));
    if (index < 0) return null;
    const rule = rules[index]!;
    rule.left -= 1;
    if (rule.left <= 0) rules.splice(index, 1);
    return rule.fault;
  };

  const forward = (req: IncomingMessage, body: Buffer): Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }> =>
    new Promise((resolve, reject) => {
      const outgoing = httpRequest(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: upstream.host, 'content-length': String(body.length) },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 502, headers: response.headers, body: Buffer.concat(chunks) }));
          response.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    const fault = takeFault(method, url);
    const entry: ProxiedRequest = { method, url, status: 'dropped' };
    log.push(entry);
    switch (fault?.kind) {
      case 'drop':
        req.socket.destroy();
        return;
      case 'garbage':
        entry.status = 'garbage';
        req.socket.end('\x00\x13garbage\xff\xfe not http at all\r\n\r\n');
        return;
      case 'html-500':
        entry.status = 500;
        res.writeHead(500, { 'content-type': 'text/html; charset=UTF-8' });
        res.end('<!DOCTYPE html><html><body><h1>There has been a critical error on this website.</h1></body></html>');
        return;
      case 'wrong-shape':
        entry.status = 200;
        res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' });
        res.end(JSON.stringify(fault.body ?? { unexpected: ['shape'] }));
        return;
      case 'broken-json':
        entry.status = 200;
        res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' });
        res.end('{"id": 12, "title": ');
        return;
      case 'reply':
        entry.status = fault.status;
        res.writeHead(fault.status, { 'content-type': 'application/json; charset=UTF-8' });
        res.end(JSON.stringify(fault.body));
        return;
      case 'delay':
        await new Promise((r) => setTimeout(r, fault.ms));
        break;
      case 'hold':
        await fault.release.catch(() => undefined);
        break;
      default:
        break;
    }
    let answer: Awaited<ReturnType<typeof forward>>;
    try {
      answer = await forward(req, body);
    } catch {
      // Upstream down: behave like a gateway would.
      entry.status = 502;
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end('bad gateway');
      return;
    }
    if (fault?.kind === 'drop-after-forward') {
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'delay-reply') await new Promise((r) => setTimeout(r, fault.ms));
    entry.status = answer.status;
    const headers = { ...answer.headers };
    delete headers['transfer-encoding'];
    delete headers['connection'];
    headers['content-length'] = String(answer.body.length);
    if (res.destroyed) return;
    res.writeHead(answer.status, headers);
    res.end(answer.body);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => req.socket.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;

  return {
    url: `http://127.0.0.1:${boundPort}`,
    port: boundPort,
    log,
    inject(rule) {
      rules.push({ ...rule, left: rule.times ?? 1 });
    },
    clearFaults() {
      rules.length = 0;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
