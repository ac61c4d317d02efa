import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { electronVersion } from './electron-binary';

/**
 * `npm start` where the Electron binary is missing and cannot be fetched. The
 * download goes to a loopback server that answers 404 (ELECTRON_MIRROR), with
 * an empty download cache and no binary in place, so the test runs the real
 * install-electron path on any machine and sends nothing beyond 127.0.0.1.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function startWithoutElectron(mirror: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const cache = mkdtempSync(join(tmpdir(), 'toasoan-electron-cache-'));
  scratch.push(cache);
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/electron/i.test(key)) env[key] = value;
  Object.assign(env, {
    ELECTRON_MIRROR: mirror,
    electron_config_cache: cache,
    ELECTRON_OVERRIDE_DIST_PATH: join(cache, 'no-binary-here'),
  });
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'build/start.ts')], { cwd: root, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm start without the Electron binary', () => {
  it('tries to fetch it, then says in one sentence that it could not, exits 1 and builds nothing', async () => {
    const requests: string[] = [];
    const mirror = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => mirror.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = mirror.address() as AddressInfo;
      const { code, stdout, stderr } = await startWithoutElectron(`http://127.0.0.1:${port}/`);
      expect(requests).toEqual([`/v${electronVersion}/electron-v${electronVersion}-${process.platform}-${process.arch}.zip`]);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      const lines = stderr.trim().split('\n');
      expect(lines).toEqual([
        `Không mở được Tòa Soạn vì chưa có Electron ${electronVersion} và không tải được (nơi tải trả lời mã 404); ` +
          'các lệnh khác như npm test và npm run web vẫn dùng được.',
      ]);
    } finally {
      mirror.close();
    }
  });

  it('names a download site that cannot be reached as such', async () => {
    // A loopback port with nothing listening: the connection is refused.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const { code, stderr } = await startWithoutElectron(`http://127.0.0.1:${port}/`);
    expect(code).toBe(1);
    expect(stderr.trim()).toContain('(không kết nối được tới nơi tải)');
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
