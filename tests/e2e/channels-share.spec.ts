import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures/test';
import { EditorPage, hostCall } from './pages/editor-page';
import { FacebookStandin } from '../channels/facebook-standin';
import { connectHost, writeApprovedArticle } from '../wordpress/host-client';

// Settings › Kênh của tòa soạn against the loopback Facebook stand-in, then
// sharing an article from the editor and seeing its state there and in the
// outbox. The API's address (not in the form) is set through the contract.
let fb: FacebookStandin;
let portalDir: string;

test.beforeEach(async () => {
  fb = await new FacebookStandin().start();
  portalDir = mkdtempSync(join(tmpdir(), 'toasoan-e2e-channels-portal-'));
});

test.afterEach(async () => {
  await fb.stop();
  rmSync(portalDir, { recursive: true, force: true });
});

test.setTimeout(240_000);

test('"Kiểm tra kết nối" for the Facebook Page, an expired token, then sharing an article when the portal publishes it', async ({ app, host }) => {
  await hostCall(host.url, 'channels.saveSettings', { channel: 'facebook', patch: { apiBase: fb.apiBase } });
  await hostCall(host.url, 'portal.saveSettings', { patch: { type: 'folder', url: portalDir, postStatus: 'publish' } });

  await app.getByRole('button', { name: 'Cài đặt', exact: true }).click();
  const form = app.getByTestId('channel-settings-facebook');
  await form.getByLabel('Mã trang (Page ID)').fill(fb.pageId);

  // A token the page no longer accepts: the check says so in Vietnamese, with the way to renew it.
  await form.getByLabel('Mã truy cập của trang (Page access token)').fill('old-token');
  await form.getByTestId('channel-test-facebook').click();
  await expect(form.getByTestId('channel-report-facebook')).toContainText('Mã truy cập của kênh đã hết hạn');
  const renew = form.getByTestId('channel-expired-facebook');
  await expect(renew).toContainText('Lấy mã mới');
  await renew.getByRole('button', { name: 'Nhập mã mới' }).click();
  await expect(form.getByLabel('Mã truy cập của trang (Page access token)')).toBeFocused();

  await form.getByLabel('Mã truy cập của trang (Page access token)').fill(fb.token);
  await form.getByTestId('channel-test-facebook').click();
  await expect(form.getByTestId('channel-report-facebook')).toHaveText(`Kết nối được: ${fb.pageName}`);
  await form.getByTestId('channel-save-facebook').click();
  await expect(form.getByText('Đã lưu mã truy cập. Để trống nếu không đổi.')).toBeVisible();
  expect(fb.posts).toEqual([]);

  // An approved article, shared from the editor: Zalo is not set up, so only Facebook can be chosen.
  const client = await connectHost(host.url);
  const sapo = 'Sáng 4/12, huyện tổ chức lễ ra quân làm đường giao thông nông thôn.';
  const { articleId: id } = await writeApprovedArticle(client, {
    title: 'Lễ ra quân làm đường giao thông nông thôn',
    sapo,
    paragraphs: ['Nội dung buổi lễ.'],
    byline: 'Chí Tâm',
    category: 'Chính trị',
    tags: [],
  });
  client.close();
  const editor = new EditorPage(app);
  await editor.open(host.url, id);
  await app.getByTestId('channel-share-open').click();
  const panel = app.getByTestId('channel-share-panel');
  await expect(panel.getByLabel('Zalo OA')).toBeDisabled();
  await expect(panel.getByLabel('Trang Facebook')).toBeChecked();
  await expect(panel.getByTestId('channel-share-link')).toContainText('chưa có trên cổng');
  await expect(panel.getByTestId('channel-share-now')).toBeDisabled();

  // Prefilled from the sapo and editable; the limit check runs before anything is queued: an empty message is refused.
  await expect(panel.getByLabel('Nội dung bài đăng')).toHaveValue(sapo);
  await panel.getByLabel('Nội dung bài đăng').fill('');
  await panel.getByTestId('channel-share-on-publish').click();
  await expect(panel.getByTestId('channel-share-error-message')).toContainText('Nội dung chia sẻ còn trống');
  await panel.getByLabel('Nội dung bài đăng').fill('Huyện ra quân làm đường giao thông nông thôn.');
  await expect(panel.getByText('45/63.206 ký tự')).toBeVisible();
  await panel.getByTestId('channel-share-on-publish').click();
  const share = panel.getByTestId('channel-share');
  await expect(share).toHaveAttribute('data-state', 'waiting_publish');
  await expect(share).toContainText('Chờ cổng đăng bài');

  // The portal publishes the article: the share goes out once, with the portal's link.
  await app.getByTestId('portal-submit-button').click();
  await expect(share).toHaveAttribute('data-state', 'sent', { timeout: 30_000 });
  await expect(share).toContainText('Đã đăng');
  expect(fb.posts).toHaveLength(1);
  expect(fb.posts[0]!.message).toBe('Huyện ra quân làm đường giao thông nông thôn.');
  expect(fb.posts[0]!.link).toMatch(/^file:/);

  // Thống kê counts it in this quarter's row of "Chia sẻ lên kênh".
  await app.locator('.app-nav').getByRole('button', { name: 'Thống kê', exact: true }).click();
  const counted = app.getByTestId('stats-channel-shares').locator('tr[aria-current="true"]');
  await expect(counted).toHaveCount(1);
  await expect(counted.locator('td')).toHaveText([/^Quý (I|II|III|IV)$/, '1', '0', '1']);

  // The outbox lists it too; removing it there deletes the post on the page.
  await app.getByRole('button', { name: 'Hộp thư đi', exact: true }).click();
  const row = app.getByTestId('outbox-screen').getByTestId('channel-share');
  await expect(row).toHaveAttribute('data-state', 'sent');
  await row.getByTestId('channel-share-remove').click();
  await app.getByTestId('channel-confirm-remove-yes').click();
  await expect(row).toHaveCount(0, { timeout: 30_000 });
  await expect.poll(() => fb.posts.length, { timeout: 30_000 }).toBe(0);

  // A removed share no longer counts.
  await app.locator('.app-nav').getByRole('button', { name: 'Thống kê', exact: true }).click();
  await expect(app.getByTestId('stats-channel-shares')).toContainText('chưa có bài nào được chia sẻ');
});
