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
      for (const [a, b] of pairs) (a.destroy(), b.destroy());
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
