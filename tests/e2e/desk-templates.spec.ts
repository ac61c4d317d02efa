import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures/test';
import { HostProcess } from './fixtures/host';
import { EditorPage } from './pages/editor-page';

test.use({ viewport: { width: 1366, height: 768 } });
// Several screens per test on a loaded CI machine.
test.describe.configure({ timeout: 180_000 });

const builtIn = [
  { name: 'Tin', kind: 'tin', hint: 'UBND xã … tổ chức …', sapo: 'Sáng ngày …/…/…', heading: null },
  { name: 'Bài', kind: 'bai', hint: '… : Hiệu quả từ …', sapo: 'Thời gian qua, xã …', heading: 'Kết quả nổi bật' },
  { name: 'Thông báo', kind: 'tin', hint: 'Thông báo về việc …', sapo: 'UBND huyện … thông báo', heading: '1. Thời gian, địa điểm' },
  { name: 'Lịch tiếp công dân', kind: 'tin', hint: 'Lịch tiếp công dân định kỳ', sapo: 'Luật Tiếp công dân năm 2013', heading: 'Người tiếp công dân' },
];

test('each built-in template creates an article with its kind, title hint, sapo and skeleton', async ({ app }) => {
  const editor = new EditorPage(app);
  for (const template of builtIn) {
    await app.getByRole('button', { name: 'Bài viết', exact: true }).click();
    await app.getByTestId('new-from-template').click();
    const dialog = app.getByTestId('template-dialog');
    await dialog.getByRole('button', { name: `Dùng mẫu ${template.name}`, exact: true }).click();
    await expect(editor.sapo).toContainText(template.sapo);
    await expect(app.getByTestId('meta-kind')).toHaveValue(template.kind);
    // The title stays empty; the template's hint is its placeholder.
    await expect(editor.title).toHaveText('');
    await expect(editor.title.locator('p[data-placeholder]')).toHaveAttribute('data-placeholder', new RegExp(template.hint.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    if (template.heading) await expect(editor.body.locator('h2', { hasText: template.heading })).toHaveCount(1);
    await expect(editor.body.locator('p').first()).not.toBeEmpty();
    await expect(editor.wordCount).toHaveText(/^[1-9][\d.]* chữ/);
  }
  await app.getByRole('button', { name: 'Bài viết', exact: true }).click();
  await expect(app.getByTestId('article-row')).toHaveCount(builtIn.length);
});

test('an article saved as a template is offered for new articles and can be removed in Settings', async ({ app, host }) => {
  const { editor } = await EditorPage.openNew(app, host.url);
  await app.getByTestId('meta-kind').selectOption('phong_su');
  await editor.title.click();
  await app.keyboard.insertText('Phóng sự: Mùa nước nổi ở Tân Thạnh');
  await editor.sapo.click();
  await app.keyboard.insertText('Mỗi năm, khi nước lũ về, người dân lại chuẩn bị sinh kế.');
  await editor.body.click();
  await app.keyboard.insertText('Đoạn mở đầu của phóng sự.');
  await editor.waitSaved();

  const button = app.getByTestId('tb-save-template');
  if (!(await button.isVisible())) await app.getByTestId('tb-more').click();
  await button.click();
  const dialog = app.getByTestId('save-template-dialog');
  await dialog.getByTestId('save-template-confirm').click();
  await expect(dialog.getByRole('alert')).toHaveText('Hãy đặt tên cho mẫu.');
  await dialog.getByLabel('Tên mẫu').fill('Phóng sự mùa nước');
  await dialog.getByTestId('save-template-confirm').click();
  await expect(dialog).toHaveCount(0);
  await expect(app.getByTestId('template-saved')).toContainText('Đã lưu mẫu “Phóng sự mùa nước”.');

  await app.getByRole('button', { name: 'Bài viết', exact: true }).click();
  await app.getByTestId('new-from-template').click();
  await app.getByTestId('template-dialog').getByRole('button', { name: 'Dùng mẫu Phóng sự mùa nước' }).click();
  await expect(editor.sapo).toHaveText('Mỗi năm, khi nước lũ về, người dân lại chuẩn bị sinh kế.');
  await expect(editor.body).toContainText('Đoạn mở đầu của phóng sự.');
  await expect(app.getByTestId('meta-kind')).toHaveValue('phong_su');
  await expect(editor.title.locator('p[data-placeholder]')).toHaveAttribute('data-placeholder', 'Phóng sự: Mùa nước nổi ở Tân Thạnh');

  await app.getByRole('button', { name: 'Cài đặt', exact: true }).click();
  const own = app.getByTestId('own-templates');
  await expect(own.getByTestId('own-template')).toHaveCount(1);
  await own.getByRole('button', { name: 'Xóa mẫu Phóng sự mùa nước' }).click();
  await expect(own.getByRole('status')).toHaveText('Đã xóa mẫu “Phóng sự mùa nước”.');
  await expect(own.getByTestId('own-template')).toHaveCount(0);
});

test('the byline is asked once at first start, prefilled into new articles, and not asked again', async ({ page }) => {
  const host = new HostProcess({ firstStart: true });
  try {
    await host.start();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(host.url);
    const dialog = page.getByTestId('byline-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Tên tác giả')).toBeFocused();
    await page.keyboard.insertText('Ngọc Diệu - Chí Tâm');
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);

    await page.getByTestId('new-article').click();
    await expect(page.getByTestId('meta-byline')).toHaveValue('Ngọc Diệu - Chí Tâm');
    const onDisk = JSON.parse(readFileSync(join(host.dataDir, 'settings.json'), 'utf8')) as { bylineAsked: boolean; authorName: string };
    expect(onDisk).toMatchObject({ bylineAsked: true, authorName: 'Ngọc Diệu - Chí Tâm' });

    // The second start: the settings page loads after the question would have been decided, and no dialog came.
    await host.restart();
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Cài đặt', exact: true }).click();
    await expect(page.getByLabel('Tên tác giả mặc định')).toHaveValue('Ngọc Diệu - Chí Tâm');
    await expect(dialog).toHaveCount(0);
  } finally {
    await host.dispose();
  }
});
