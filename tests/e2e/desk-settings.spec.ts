import { test, expect } from './fixtures/test';
import { hostCall } from './pages/editor-page';

test.use({ viewport: { width: 1366, height: 768 } });
test.describe.configure({ timeout: 180_000 });

interface SettingsValue {
  authorName: string;
  wordTargets: Record<string, number>;
  portal: { url: string; username: string; postStatus: string };
}

test('one Lưu (Ctrl+S) saves the general and the portal fields together', async ({ app, host }) => {
  await app.getByRole('button', { name: 'Cài đặt', exact: true }).click();
  await app.getByLabel('Tên tác giả mặc định').fill('Thu Hà');
  await app.getByLabel('Mục tiêu số chữ: Bài').fill('1.200');
  const portal = app.getByTestId('portal-settings');
  await portal.getByLabel('Địa chỉ cổng').fill('http://localhost:9/');
  await portal.getByLabel('Tên đăng nhập').fill('bientap');
  await portal.getByLabel('Trạng thái bài khi gửi lên').selectOption('draft');
  await expect(app.getByTestId('settings-dirty')).toHaveText('Có thay đổi chưa lưu.');
  await app.getByLabel('Tên tác giả mặc định').press('Control+s');
  await expect(app.getByRole('status').filter({ hasText: 'Đã lưu cài đặt' })).toBeVisible();
  await expect(app.getByTestId('settings-dirty')).toHaveCount(0);

  const saved = await hostCall<SettingsValue>(host.url, 'settings.get', {});
  expect(saved.authorName).toBe('Thu Hà');
  expect(saved.wordTargets).toEqual({ bai: 1200 });
  expect(saved.portal).toMatchObject({ url: 'http://localhost:9/', username: 'bientap', postStatus: 'draft' });

  await app.reload();
  await app.getByRole('button', { name: 'Cài đặt', exact: true }).click();
  await expect(app.getByLabel('Mục tiêu số chữ: Bài')).toHaveValue('1200');
  await expect(app.getByTestId('portal-settings').getByLabel('Địa chỉ cổng')).toHaveValue('http://localhost:9/');
});

test('an invalid field blocks the whole save with a Vietnamese message beside it', async ({ app, host }) => {
  await app.getByRole('button', { name: 'Cài đặt', exact: true }).click();
  await app.getByLabel('Tên tác giả mặc định').fill('Chí Tâm');
  await app.getByLabel('Mục tiêu số chữ: Tin').fill('năm trăm');
  await app.getByTestId('portal-settings').getByLabel('Địa chỉ cổng').fill('cong thong tin');
  await app.getByTestId('settings-save').click();
  await expect(app.getByTestId('settings-invalid')).toHaveText('Chưa lưu: có ô chưa hợp lệ, xem thông báo bên cạnh ô đó.');
  await expect(app.getByTestId('settings-error-target-tin')).toHaveText('Cần là số nguyên từ 0 đến 100.000.');
  await expect(app.getByLabel('Mục tiêu số chữ: Tin')).toHaveAttribute('aria-invalid', 'true');
  await expect(app.getByTestId('portal-url-error')).toHaveText('Địa chỉ cổng không hợp lệ: cần có dạng https://ten-cong.gov.vn.');
  // Nothing was saved, not even the valid fields.
  const saved = await hostCall<SettingsValue>(host.url, 'settings.get', {});
  expect(saved.authorName).toBe('');
  expect(saved.portal.url).toBe('');

  await app.getByLabel('Mục tiêu số chữ: Tin').fill('500');
  await app.getByTestId('portal-settings').getByLabel('Địa chỉ cổng').fill('');
  await app.getByTestId('settings-save').click();
  await expect(app.getByRole('status').filter({ hasText: 'Đã lưu cài đặt' })).toBeVisible();
  await expect(app.getByTestId('settings-error-target-tin')).toHaveCount(0);
  expect((await hostCall<SettingsValue>(host.url, 'settings.get', {})).wordTargets).toEqual({ tin: 500 });
});

test('leaving Settings with unsaved changes asks first', async ({ app }) => {
  await app.getByRole('button', { name: 'Cài đặt', exact: true }).click();
  await app.getByLabel('Tên tác giả mặc định').fill('Ngọc Diệu');
  await app.getByRole('button', { name: 'Bài viết', exact: true }).click();
  const ask = app.getByTestId('settings-leave');
  await expect(ask).toContainText('Cài đặt có thay đổi chưa lưu');
  await ask.getByRole('button', { name: 'Ở lại' }).click();
  await expect(app.getByLabel('Tên tác giả mặc định')).toHaveValue('Ngọc Diệu');
  await app.getByRole('button', { name: 'Bài viết', exact: true }).click();
  await app.getByTestId('settings-leave-yes').click();
  await expect(app.getByTestId('drafts-screen')).toBeVisible();
  // Back again: the change was dropped, and leaving a page without changes asks nothing.
  await app.getByRole('button', { name: 'Cài đặt', exact: true }).click();
  await expect(app.getByLabel('Tên tác giả mặc định')).toHaveValue('');
  await app.getByRole('button', { name: 'Bài viết', exact: true }).click();
  await expect(app.getByTestId('drafts-screen')).toBeVisible();
});
