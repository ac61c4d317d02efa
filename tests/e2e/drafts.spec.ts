import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/test';

/** The article list and trash, as a user sees them. */
class DraftsPage {
  constructor(readonly page: Page) {}

  nav(name: 'Bài viết' | 'Thùng rác') {
    return this.page.locator('.app-nav').getByRole('button', { name, exact: true });
  }
  get search() {
    return this.page.getByTestId('drafts-search');
  }
  row(title: string) {
    return this.page.getByTestId('article-row').filter({ hasText: title });
  }
  get panel() {
    return this.page.getByTestId('article-panel');
  }
  get preview() {
    return this.page.getByTestId('article-preview');
  }
  versions(kind?: string) {
    const rows = this.page.getByTestId('version-row');
    return kind ? rows.and(this.page.locator(`[data-version-kind="${kind}"]`)) : rows;
  }

  async waitSaved(): Promise<void> {
    await this.page.waitForFunction(() => {
      const el = document.querySelector('[data-testid="save-state"]');
      return el?.getAttribute('data-state') === 'saved';
    });
  }
}

test('write an article, reload, find it without accents, restore an old version, trash and restore it', async ({ app }) => {
  const drafts = new DraftsPage(app);
  const kb = app.keyboard;
  await expect(app.getByTestId('drafts-screen')).toBeVisible();
  await expect(app.getByText('Chưa có bài viết nào')).toBeVisible();

  // A new article opens in the editor; type title and body.
  await app.getByTestId('new-article').click();
  await app.getByTestId('editor-title').click();
  await kb.insertText('Đảng ủy xã Tân Thạnh sơ kết 6 tháng');
  await app.getByTestId('editor-body').click();
  await kb.insertText('Sáng nay, Đảng ủy xã Tân Thạnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.');
  await drafts.waitSaved();

  // Back to the list: save a named version of this first text.
  await drafts.nav('Bài viết').click();
  await drafts.row('Tân Thạnh sơ kết').click();
  await expect(drafts.preview).toContainText('tổ chức hội nghị sơ kết');
  await app.getByTestId('version-name').fill('Bản đầu tiên');
  await app.getByTestId('save-version').click();
  await expect(drafts.versions('named')).toContainText('Bản đầu tiên');

  // Edit again, then reload the whole app: everything typed is still there.
  await app.getByTestId('edit-article').click();
  await app.getByTestId('editor-body').click();
  await kb.press('Control+End');
  await kb.insertText(' Phần bổ sung sau khi lưu phiên bản.');
  await drafts.waitSaved();
  await app.reload();
  await expect(app.getByTestId('editor-body')).toContainText('Phần bổ sung sau khi lưu phiên bản.');

  // Find it by an accent-free search; the hit is highlighted in the original text.
  await drafts.nav('Bài viết').click();
  await drafts.search.fill('dang uy tan thanh');
  const hit = app.getByTestId('search-results').getByTestId('article-row').first();
  await expect(hit).toContainText('Đảng ủy xã Tân Thạnh sơ kết 6 tháng');
  await expect(hit.locator('mark').first()).toHaveText('Đảng');
  await expect(hit.locator('mark', { hasText: 'Thạnh' }).first()).toBeVisible();
  await drafts.search.fill('khong co bai nao nhu the');
  await expect(app.getByText('Không tìm thấy bài nào')).toBeVisible();
  await drafts.search.fill('tan thanh');
  await hit.click();
  await expect(drafts.preview).toContainText('Phần bổ sung');

  // Restore the named version: the addition disappears, and the state before is kept.
  await drafts.versions('named').getByTestId('preview-version').click();
  await expect(app.getByTestId('version-text')).not.toContainText('Phần bổ sung');
  await app.getByTestId('restore-version').click();
  await app.getByTestId('confirm-restore-version').click();
  await expect(drafts.preview).not.toContainText('Phần bổ sung');
  await expect(drafts.preview).toContainText('tổ chức hội nghị sơ kết');
  await expect(drafts.versions('before_restore')).toHaveCount(1);
  await expect(drafts.versions('restore')).toContainText('Bản đầu tiên');

  // Trash it: gone from the list and from search, present in the trash; restore it.
  await drafts.search.fill('');
  await drafts.row('Tân Thạnh sơ kết').click();
  await app.getByTestId('trash-article').click();
  await expect(drafts.row('Tân Thạnh sơ kết')).toHaveCount(0);
  await drafts.nav('Thùng rác').click();
  await drafts.row('Tân Thạnh sơ kết').click();
  await expect(app.getByTestId('delete-forever')).toBeVisible();
  await app.getByTestId('restore-article').click();
  await expect(app.getByText('Thùng rác trống.')).toBeVisible();
  await drafts.nav('Bài viết').click();
  await expect(drafts.row('Tân Thạnh sơ kết')).toHaveCount(1);
  await drafts.search.fill('so ket');
  await expect(app.getByTestId('search-results').getByTestId('article-row')).toHaveCount(1);
});

test('delete for good asks first, and only from the trash', async ({ app }) => {
  const drafts = new DraftsPage(app);
  await app.getByTestId('new-article').click();
  await app.getByTestId('editor-title').click();
  await app.keyboard.insertText('Bài sẽ bị xóa');
  await drafts.waitSaved();
  await drafts.nav('Bài viết').click();
  await drafts.row('Bài sẽ bị xóa').click();
  await expect(app.getByTestId('delete-forever')).toHaveCount(0);
  await app.getByTestId('trash-article').click();
  await drafts.nav('Thùng rác').click();
  await drafts.row('Bài sẽ bị xóa').click();
  await app.getByTestId('delete-forever').click();
  await expect(app.getByTestId('confirm-delete')).toContainText('không thể khôi phục');
  await app.getByRole('button', { name: 'Hủy' }).click();
  await expect(drafts.row('Bài sẽ bị xóa')).toHaveCount(1);
  await app.getByTestId('delete-forever').click();
  await app.getByTestId('confirm-delete-yes').click();
  await expect(app.getByText('Thùng rác trống.')).toBeVisible();
});

test('a corrupt database is replaced by the newest backup at start, and the app says so', async ({ app, host }) => {
  const drafts = new DraftsPage(app);
  await app.getByTestId('new-article').click();
  await app.getByTestId('editor-title').click();
  await app.keyboard.insertText('Bài trước sự cố');
  await drafts.waitSaved();
  await drafts.nav('Bài viết').click();
  await expect(drafts.row('Bài trước sự cố')).toHaveCount(1);
  // A restart takes a backup that holds the article; then the file is damaged.
  await host.restart();
  await host.stop();
  const { openSync, writeSync, closeSync, statSync } = await import('node:fs');
  const file = `${host.dataDir}/toasoan.db`;
  const fd = openSync(file, 'r+');
  const garbage = Buffer.alloc(Math.max(4096, statSync(file).size - 100), 0x5a);
  writeSync(fd, garbage, 0, garbage.length, 100);
  closeSync(fd);
  const url = await host.start();
  await app.goto(url);
  await expect(app.getByTestId('notice')).toContainText('bổ sung từ bản sao lưu gần nhất');
  await expect(app.getByTestId('notice')).toContainText('Tệp hỏng được giữ nguyên tại');
  await drafts.nav('Bài viết').click();
  await expect(drafts.row('Bài trước sự cố')).toHaveCount(1);
});
