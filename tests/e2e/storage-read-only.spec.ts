import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { HostProcess } from './fixtures/host';
import { EditorPage } from './pages/editor-page';

/** A small tmpfs the test can remount read-only (needs root, as CI runs). */
function mountTmpfs(): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'toasoan-ro-e2e-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
}

const probe = mountTmpfs();
if (probe) {
  execFileSync('umount', [probe]);
  rmSync(probe, { recursive: true, force: true });
}

test.skip(!probe, 'needs root to mount a tmpfs and remount it read-only');

test('a read-only data folder: the article opens to read, with a banner, and typing cannot change it', async ({ page }) => {
  test.setTimeout(180_000);
  const mnt = mountTmpfs()!;
  const dataDir = join(mnt, 'data');
  mkdirSync(dataDir);
  let host = new HostProcess({ dataDir });
  try {
    await host.start();
    const { editor, articleId } = await EditorPage.openNew(page, host.url);
    await editor.title.click();
    await page.keyboard.type('Bài đã lưu trước khi ổ bị khóa');
    await editor.body.click();
    await page.keyboard.type('Nội dung đã lưu.');
    await editor.waitSaved();
    await host.stop();

    execFileSync('mount', ['-o', 'remount,ro', mnt]);
    host = new HostProcess({ dataDir });
    await host.start();
    await editor.open(host.url, articleId);

    await expect(page.getByTestId('editor-read-only')).toContainText('chế độ chỉ đọc');
    await expect(editor.title).toHaveText('Bài đã lưu trước khi ổ bị khóa');
    await expect(editor.body).toHaveText('Nội dung đã lưu.');
    await expect(editor.body).toHaveAttribute('contenteditable', 'false');
    await editor.body.click();
    await page.keyboard.type('chữ mới');
    await page.keyboard.press('Enter');
    await expect(editor.body).toHaveText('Nội dung đã lưu.');
    // The toolbar cannot change it either.
    await expect(editor.tool('bold')).toBeDisabled();
  } finally {
    await host.stop();
    try {
      execFileSync('umount', ['-l', mnt]);
    } catch {
      // already gone
    }
    rmSync(mnt, { recursive: true, force: true });
  }
});
