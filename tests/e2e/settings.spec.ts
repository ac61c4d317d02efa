import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures/test';
import { SettingsPage } from './pages/settings-page';

test('shows the version reported by app.info', async ({ app }) => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  await expect(app.getByTestId('app-version')).toHaveText(`Phiên bản ${pkg.version}`);
});

test('a changed setting is kept after a reload', async ({ app, host }) => {
  const settings = new SettingsPage(app);
  await settings.open();
  await settings.authorName.fill('Ngọc Diệu - Chí Tâm');
  await settings.toneStyle.selectOption('new');
  await settings.save();

  await app.reload();
  await settings.open();
  await expect(settings.authorName).toHaveValue('Ngọc Diệu - Chí Tâm');
  await expect(settings.toneStyle).toHaveValue('new');
  const onDisk = JSON.parse(readFileSync(join(host.dataDir, 'settings.json'), 'utf8')) as { authorName: string };
  expect(onDisk.authorName).toBe('Ngọc Diệu - Chí Tâm');
});

test('a corrupt settings file is moved aside and the user is told', async ({ page, host }) => {
  await host.stop();
  writeFileSync(join(host.dataDir, 'settings.json'), '{ "authorName": "Chí Tâm", oops');
  await host.start();
  await page.goto(host.url);
  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('Tệp cài đặt bị hỏng');
  // The settings were lost, so the first-start question comes again; it can be put off.
  await page.getByTestId('byline-dialog').getByRole('button', { name: 'Để sau' }).click();
  await notice.getByRole('button', { name: 'Đóng' }).click();
  await expect(notice).toHaveCount(0);
  const settings = new SettingsPage(page);
  await settings.open();
  await expect(settings.authorName).toHaveValue('');
});

test('without the token the app cannot reach the services', async ({ page, host }) => {
  await page.goto(host.url.replace(/#token=.*/, ''));
  await expect(page.getByRole('alert').filter({ hasText: 'Phiên làm việc không hợp lệ' }).first()).toBeVisible();
});
