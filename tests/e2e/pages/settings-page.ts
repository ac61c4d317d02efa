import type { Locator, Page } from '@playwright/test';

/** The Settings screen, as a user sees it. */
export class SettingsPage {
  readonly authorName: Locator;
  readonly toneStyle: Locator;
  readonly categories: Locator;
  readonly saveButton: Locator;
  readonly savedMessage: Locator;

  constructor(private readonly page: Page) {
    this.authorName = page.getByLabel('Tên tác giả mặc định');
    this.toneStyle = page.getByLabel('Kiểu bỏ dấu thanh');
    this.categories = page.getByLabel('Chuyên mục');
    this.saveButton = page.getByTestId('settings-save');
    this.savedMessage = page.getByRole('status').filter({ hasText: 'Đã lưu cài đặt' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Cài đặt', exact: true }).click();
    await this.authorName.waitFor();
  }

  async save(): Promise<void> {
    await this.saveButton.click();
    await this.savedMessage.waitFor();
  }
}
