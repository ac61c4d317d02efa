import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../electron/hub/auth';
import { openHubDatabase } from '../../electron/hub/db/database';
import { HubStore } from '../../electron/hub/hub-store';
import { startFailoverProxy } from './chaos-proxy';
import { openDesktop, type Desktop } from './desktop-harness';
import { enginesAvailable, freePort, startPostgres, startRedis, type Engine } from './engines';
import { PASSWORD, removeDir, until } from './hub-harness';
import { killHard, spawnHub, stopGently } from './hub-process';

const missing = enginesAvailable();
let postgres: Engine;
let redis: Engine;

beforeAll(async () => {
  if (missing) return;
  postgres = await startPostgres();
  redis = await startRedis();
}, 120_000);
afterAll(async () => {
  await redis?.stop();
  await postgres?.stop();
});

describe.skipIf(missing)('several hubs on one PostgreSQL and one Redis', () => {
  it('two hubs serve the same article; when one is killed its desktop moves to the other and loses nothing', async () => {
    const database = await openHubDatabase({ postgres: postgres.url });
    const store = new HubStore(database.db);
    await store.createUser({ name: 'lan', displayName: 'Lan', role: 'contributor', passwordHash: await hashPassword(PASSWORD, 1 << 12) });
    await store.createUser({ name: 'hoa', displayName: 'Hòa', role: 'editor', passwordHash: await hashPassword(PASSWORD, 1 << 12) });
    await database.close();

    const [p1, p2] = [await freePort(), await freePort()];
    const common = ['--postgres', postgres.url, '--redis', redis.url];
    const hub1 = await spawnHub(['--port', String(p1), ...common]);
    const hub2 = await spawnHub(['--port', String(p2), ...common]);
    // A reaches the hubs through a load balancer that prefers hub 1; B talks to hub 2.
    const balancer = await startFailoverProxy([p1, p2]);
    const a: Desktop = openDesktop();
    const b: Desktop = openDesktop();
    try {
      await a.login(balancer.url, 'lan');
      await b.login(hub2.url, 'hoa');
      const id = await a.create();
      await a.type(id, 'Hai máy chủ');
      await until('B has it through the other hub', async () => b.has(id) && (await b.text(id)) === 'Hai máy chủ', 30_000);
      await b.type(id, ' một tòa soạn');
      await until('A sees B', async () => (await a.text(id)) === 'Hai máy chủ một tòa soạn', 30_000);

      const acknowledged: string[] = [];
      let typing = true;
      const typist = async (d: Desktop, tag: string) => {
        for (let n = 0; typing; n += 1) {
          await d.type(id, ` ${tag}${n}`);
          acknowledged.push(`${tag}${n}`);
          await new Promise((r) => setTimeout(r, 50));
        }
      };
      const runs = [typist(a, 'a'), typist(b, 'b')];
      await new Promise((r) => setTimeout(r, 1500));
      await killHard(hub1.child);
      await new Promise((r) => setTimeout(r, 3000));
      typing = false;
      await Promise.all(runs);
      let text = '';
      await until(
        'converged through hub 2',
        async () => {
          text = await a.text(id);
          return text === (await b.text(id));
        },
        45_000,
      );
      expect(acknowledged.filter((w) => !new RegExp(`(^| )${w}( |$)`).test(text))).toEqual([]);
      expect(acknowledged.some((w) => w.startsWith('a'))).toBe(true);
      // The service never refused a typed update (it once did under load: a reloaded document lacking queued edits).
      expect(a.refusals + b.refusals).toBe(0);
      expect(await stopGently(hub2.child)).toBe(0);
    } finally {
      await a.close();
      await b.close();
      await balancer.close();
      await killHard(hub1.child);
      await killHard(hub2.child);
      removeDir(a.dir);
      removeDir(b.dir);
    }
  }, 240_000);
});
