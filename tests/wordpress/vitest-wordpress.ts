import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startFaultProxy, type FaultProxy } from './fault-proxy';
import { startWordPress, type WordPressInstance } from './wordpress-harness';

/** What a test file shares: a real WordPress, the fault proxy in front of it, and a scratch folder. */
export interface WordPressBehindProxy {
  readonly wp: WordPressInstance;
  readonly proxy: FaultProxy;
  readonly dataDir: string;
}

/**
 * Registers the vitest hooks of a test file that talks to a real WordPress
 * (tests/wordpress) through the fault proxy: both are started once for the
 * file, the proxy's faults are cleared before each test, and everything is
 * stopped and the scratch folder removed after the file. The fields are
 * readable from the tests on (not at module load).
 */
export function useWordPressBehindProxy(dataDirPrefix: string): WordPressBehindProxy {
  let wp: WordPressInstance | undefined;
  let proxy: FaultProxy | undefined;
  let dataDir: string | undefined;
  beforeAll(async () => {
    wp = await startWordPress();
    proxy = await startFaultProxy(wp.url);
    dataDir = mkdtempSync(join(tmpdir(), dataDirPrefix));
  }, 120_000);
  afterAll(async () => {
    await proxy?.close();
    await wp?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  beforeEach(() => proxy?.clearFaults());
  const ready = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`${name} is not started yet (read it inside a test)`);
    return value;
  };
  return {
    get wp() {
      return ready(wp, 'WordPress');
    },
    get proxy() {
      return ready(proxy, 'the fault proxy');
    },
    get dataDir() {
      return ready(dataDir, 'the data folder');
    },
  };
}
