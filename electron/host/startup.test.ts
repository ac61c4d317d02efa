import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));

it('a start that fails prints the cause in Vietnamese with the data folder and exits non-zero', () => {
  const dir = mkdtempSync(join(tmpdir(), 'toasoan-startup-'));
  try {
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, 'x');
    const dataDir = join(file, 'data'); // a folder inside a file: cannot exist
    const run = spawnSync(process.execPath, ['--import', 'tsx', main, '--data-dir', dataDir, '--port', '0'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('Tòa Soạn không khởi động được');
    expect(run.stderr).toContain('Nguyên nhân: đường dẫn thư mục dữ liệu trỏ vào một tệp');
    expect(run.stderr).toContain(`Thư mục dữ liệu: ${dataDir}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
