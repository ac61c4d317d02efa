/**
 * What both channel stand-ins share: an HTTP server on 127.0.0.1, a queue of
 * faults the next matching request meets, and a log of requests. A stand-in
 * is written from the channel's public documentation; it is not the channel.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** `drop`: the request takes effect, then the connection is cut before any reply. */
export type Fault = 'expired-token' | 'rate-limit' | 'server-error' | 'drop';

export interface StandinRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface Reply {
  status: number;
  json: unknown;
}

export abstract class StandinServer {
  private server: Server | null = null;
  private readonly faults: { fault: Fault; when: (r: StandinRequest) => boolean }[] = [];
  readonly requests: { method: string; path: string }[] = [];
  port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The next request `when` matches (any, by default) meets `fault`. */
  failNext(fault: Fault, when: (r: StandinRequest) => boolean = () => true): void {
    this.faults.push({ fault, when });
  }

  protected abstract handle(request: StandinRequest): Reply;
  protected abstract faultReply(fault: Exclude<Fault, 'drop'>): Reply;

  async start(): Promise<this> {
    return this.restartOn(0);
  }

  /** Listens again on the same port after `stop` (the channel is back after an outage). */
  async restartOn(port: number): Promise<this> {
    this.server = createServer((req, res) => void this.serve(req, res));
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.port = (this.server!.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const request: StandinRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      query: url.searchParams,
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    this.requests.push({ method: request.method, path: request.path });
    const index = this.faults.findIndex((f) => f.when(request));
    const fault = index >= 0 ? this.faults.splice(index, 1)[0]!.fault : null;
    if (fault && fault !== 'drop') {
      this.send(res, this.faultReply(fault));
      return;
    }
    const reply = this.handle(request);
    if (fault === 'drop') {
      res.socket?.destroy();
      return;
    }
    this.send(res, reply);
  }

  private send(res: ServerResponse, reply: Reply): void {
    res.writeHead(reply.status, { 'content-type': 'application/json; charset=UTF-8' });
    res.end(JSON.stringify(reply.json));
  }
}
