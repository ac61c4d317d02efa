import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installedElectron } from '../../build/electron-binary';

/**
 * The desktop app itself, through Playwright's Electron driver. It runs where
 * the Electron binary was fetched (`npm start` does it); on machines without
 * the binary it is reported as skipped (never as passed) with the reason below.
 * Finding the binary never downloads it (`require('electron')` would).
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
export const NO_ELECTRON = 'skipped: no Electron binary';

const binary = installedElectron();

test.describe('desktop app (Electron)', () => {
  test.skip(!binary, NO_ELECTRON);

  test('opens a hardened window that talks to the services over IPC', async () => {
    expect(existsSync(join(root, 'dist/main/index.js')), 'run `npm run build` first').toBe(true);
    const userData = mkdtempSync(join(tmpdir(), 'toasoan-electron-'));
    const app = await electron.launch({
      executablePath: binary!,
      args: [root, '--no-sandbox'],
      env: { ...process.env, TOASOAN_USER_DATA: userData },
    });
    try {
      const window = await app.firstWindow();
      await expect(window.getByTestId('app-version')).toContainText('Phiên bản');
      expect(window.url()).toMatch(/^app:\/\/toasoan\//);
      const exposure = await window.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        bridge: typeof (window as { toasoan?: unknown }).toasoan,
      }));
      expect(exposure).toEqual({ require: 'undefined', process: 'undefined', bridge: 'object' });
      const refused = await window.evaluate(() =>
        (window as unknown as { toasoan: { invoke(m: string, a: unknown): Promise<unknown> } }).toasoan.invoke('fs.read', {}),
      );
      expect(refused).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
      // A first start asks for the byline once.
      await window.getByTestId('byline-dialog').getByRole('button', { name: 'Để sau' }).click();
      await window.getByRole('button', { name: 'Cài đặt', exact: true }).click();
      await window.getByLabel('Tên tác giả mặc định').fill('Chí Tâm');
      await window.getByTestId('settings-save').click();
      await expect(window.getByRole('status').filter({ hasText: 'Đã lưu cài đặt' })).toBeVisible();
    } finally {
      await app.close();
      rmSync(userData, { recursive: true, force: true });
    }
  });
});
