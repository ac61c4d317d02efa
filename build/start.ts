import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronPackageDir, electronVersion, installedElectron } from './electron-binary';

/**
 * `npm start`. The Electron binary comes first: when it is missing, Electron's
 * own `install-electron` fetches it. If that fails, one sentence says so and
 * the exit code is 1, before anything is built. Then: build, rebuild the
 * native SQLite module for Electron's ABI, run the app.
 */
const root = fileURLToPath(new URL('..', import.meta.url));

/** Why install-electron failed, from what it printed (its error's stack). */
function downloadFailure(stderr: string): string {
  if (/fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH/.test(stderr)) {
    return 'không kết nối được tới nơi tải';
  }
  const status = /Response code (\d+)/.exec(stderr);
  if (status) return `nơi tải trả lời mã ${status[1]}`;
  return stderr.trim().split('\n')[0]?.slice(0, 200) || 'không rõ lý do';
}

function electronOrExit(): string {
  const present = installedElectron();
  if (present) return present;
  const install = spawnSync(process.execPath, [join(electronPackageDir, 'install.js')], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const fetched = install.status === 0 ? installedElectron() : null;
  if (fetched) return fetched;
  console.error(
    `Không mở được Tòa Soạn vì chưa có Electron ${electronVersion} và không tải được (${downloadFailure(install.stderr ?? '')}); ` +
      'các lệnh khác như npm test và npm run web vẫn dùng được.',
  );
  process.exit(1);
}

/** Runs one step of `npm start`, which stops if it fails. */
function step(command: string, args: string[], shell = false): void {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const electron = electronOrExit();
// Under `npm start`, npm's own script (no shell, so the same on Windows); run directly, the npm on PATH.
if (process.env.npm_execpath) step(process.execPath, [process.env.npm_execpath, 'run', '-s', 'build']);
else step('npm', ['run', '-s', 'build'], true);
step(process.execPath, [createRequire(import.meta.url).resolve('electron-builder/cli.js'), 'install-app-deps']);
const app = spawn(electron, [root], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.kill(signal));
app.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
