import { createServer, type Server } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, spawnPhpServer, stopChild } from './wordpress-harness';

// The harness must know it is its own php that answers, not whatever took the port first.
describe('spawnPhpServer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'toasoan-php-'));
  writeFileSync(join(dir, 'index.php'), '<?php echo "ok";');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a port another process holds as taken, even though connecting to it succeeds', async () => {
    const port = await freePort();
    const other: Server = createServer();
    await new Promise<void>((resolve) => other.listen(port, '127.0.0.1', resolve));
    try {
      const error = await spawnPhpServer(['-S', `127.0.0.1:${port}`, '-t', dir], port, process.env).then(
        () => null,
        (e: Error & { taken?: boolean }) => e,
      );
      expect(error?.taken).toBe(true);
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  });

  it('resolves once php listens, and php answers', async () => {
    const port = await freePort();
    const php = await spawnPhpServer(['-S', `127.0.0.1:${port}`, '-t', dir], port, { ...process.env, PHP_CLI_SERVER_WORKERS: '2' });
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      expect(await response.text()).toBe('ok');
    } finally {
      await stopChild(php);
    }
  });
});
