import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy on loopback that makes a bad office network: every chunk is
 * held back a random time (order kept), and open connections are cut at
 * random. `heal()` stops the cutting and the delays.
 */
export interface ChaosProxy {
  url: string;
  cuts: number;
  heal(): void;
  close(): Promise<void>;
}

export async function startChaosProxy(
  targetPort: number,
  o: { maxDelayMs: number; cutEveryMs: number; cutChance: number },
): Promise<ChaosProxy> {
  const pairs = new Set<[Socket, Socket]>();
  let healed = false;
  const state = { cuts: 0 };

  const relay = (from: Socket, to: Socket) => {
    let last = Promise.resolve();
    from.on('data', (chunk) => {
      const delay = healed ? 0 : Math.random() * o.maxDelayMs;
      last = last.then(() => new Promise<void>((r) => setTimeout(r, delay))).then(() => {
        if (!to.destroyed) to.write(chunk);
      });
    });
  };

  const server: Server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    const end = () => {
      client.destroy();
      upstream.destroy();
      pairs.delete(pair);
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
    relay(client, upstream);
    relay(upstream, client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const cutter = setInterval(() => {
    if (healed) return;
    for (const pair of pairs) {
      if (Math.random() < o.cutChance) {
        state.cuts += 1;
        pair[0].destroy();
        pair[1].destroy();
        pairs.delete(pair);
      }
    }
  }, o.cutEveryMs);
  return {
    url: `ws://127.0.0.1:${port}`,
    get cuts() {
      return state.cuts;
    },
    heal() {
      healed = true;
    },
    async close() {
      clearInterval(cutter);
      for (const [a, b] of pairs) {
        a.destroy();
        b.destroy();
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * A load balancer in front of several hubs, as a newsroom would run one:
 * each new connection goes to the first hub that accepts it.
 */
export async function startFailoverProxy(targetPorts: number[]): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    client.pause();
    const tryTarget = (i: number) => {
      if (i >= targetPorts.length) return client.destroy();
      const upstream = connect(targetPorts[i]!, '127.0.0.1');
      let connected = false;
      upstream.on('error', () => {
        if (!connected) tryTarget(i + 1);
        else client.destroy();
      });
      upstream.once('connect', () => {
        connected = true;
        sockets.add(upstream);
        upstream.on('close', () => (sockets.delete(upstream), client.destroy()));
        client.on('close', () => upstream.destroy());
        client.pipe(upstream);
        upstream.pipe(client);
        client.resume();
      });
    };
    tryTarget(0);
  });
  return listenOnLoopback(server, sockets);
}

/**
 * A proxy on loopback whose WebSocket connections bring the hub's messages
 * `delayMs` late (order kept), while plain HTTP answers come at once: the
 * hub's reply to a request then reaches the desktop before the document
 * change the request made, as on a busy hub or a slow link.
 */
export async function startLaggySyncProxy(targetPort: number, delayMs: number): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
    let websocket: boolean | null = null;
    client.on('data', (chunk: Buffer) => {
      websocket ??= /^upgrade:\s*websocket/im.test(chunk.toString('latin1'));
      upstream.write(chunk);
    });
    let last = Promise.resolve();
    upstream.on('data', (chunk: Buffer) => {
      if (!websocket) return void client.write(chunk);
      last = last.then(() => new Promise<void>((r) => setTimeout(r, delayMs))).then(() => {
        if (!client.destroyed) client.write(chunk);
      });
    });
  });
  return listenOnLoopback(server, sockets);
}

/** Listens on a free loopback port; `close` ends every socket the proxy holds, then the server. */
async function listenOnLoopback(server: Server, sockets: Set<Socket>): Promise<{ url: string; close(): Promise<void> }> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `ws://127.0.0.1:${port}`,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
