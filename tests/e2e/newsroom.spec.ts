import type { Page } from '@playwright/test';
import { addUser, removeDir, testHub } from '../hub/hub-harness';
import { HostProcess } from './fixtures/host';
import { test, expect } from './fixtures/test';
import { EditorPage, hostCall } from './pages/editor-page';

/** Settings › Kết nối tòa soạn, as a person signs in. */
async function signIn(page: Page, hubUrl: string, login: string): Promise<void> {
  await page.getByRole('button', { name: 'Cài đặt', exact: true }).click();
  const form = page.getByTestId('hub-settings');
  await form.getByLabel('Địa chỉ máy chủ tòa soạn').fill(hubUrl);
  await form.getByLabel('Tên đăng nhập').fill(login);
  await form.getByLabel('Mật khẩu', { exact: true }).fill('mật-khẩu-đủ-dài');
  await form.getByRole('button', { name: 'Kết nối' }).click();
  await expect(page.getByTestId('hub-signed-in')).toContainText('Đang kết nối với tòa soạn');
}

/** A hub with Lan (contributor) and Hòa (editor), and a second desktop (browser host) for Hòa. */
async function withNewsroom(run: (hub: Awaited<ReturnType<typeof testHub>>, other: HostProcess) => Promise<void>): Promise<void> {
  const hub = await testHub();
  const other = new HostProcess();
  try {
    await addUser(hub, 'lan', 'contributor');
    await addUser(hub, 'hoa', 'editor');
    await other.start();
    await run(hub, other);
  } finally {
    await other.dispose();
    await hub.close();
    removeDir(hub.dir);
  }
}

test('an article written on one desktop shows on another, with its author and sync state', async ({ app, host, browser }) => {
  test.setTimeout(300_000); // two hosts and a hub on a shared machine (2.5 min seen under load)
  await withNewsroom(async (hub, other) => {
    // A plain ws:// address to another machine (a name, not this machine) gets a warning; nothing is sent: the form is not submitted.
    await app.getByRole('button', { name: 'Cài đặt', exact: true }).click();
    await app.getByTestId('hub-settings').getByLabel('Địa chỉ máy chủ tòa soạn').fill('toasoan.test:8787');
    await expect(app.getByTestId('hub-insecure')).toBeVisible();
    await signIn(app, hub.url, 'lan');
    await expect(app.getByTestId('hub-insecure')).toHaveCount(0);

    const { editor } = await EditorPage.openNew(app, host.url);
    await editor.title.click();
    await app.keyboard.type('Lễ hội đua ghe ngo');
    await editor.waitSaved();

    const page = await browser.newPage();
    await page.goto(other.url);
    await signIn(page, hub.url, 'hoa');
    await page.getByRole('button', { name: 'Bài viết', exact: true }).click();
    const row = page.getByTestId('article-row').filter({ hasText: 'Lễ hội đua ghe ngo' });
    await expect(row).toBeVisible({ timeout: 20_000 });
    await expect(row.getByTestId('article-author')).toHaveText('Người viết: LAN');
    await expect(row.getByTestId('sync-state')).toHaveText('Đã đồng bộ');
    await page.close();
  });
});

test('an admin creates an account from the app and sets its role', async ({ app, host }) => {
  test.setTimeout(120_000);
  const hub = await testHub();
  try {
    await addUser(hub, 'quantri', 'admin');
    await signIn(app, hub.url, 'quantri');
    const accounts = app.getByTestId('hub-accounts');
    await accounts.getByLabel('Tên đăng nhập').fill('ctv.minh');
    await accounts.getByLabel('Họ tên').fill('Trần Minh');
    await accounts.getByLabel('Mật khẩu (ít nhất 8 ký tự)').fill('mật-khẩu-mới-dài');
    await accounts.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const row = accounts.getByTestId('hub-account').filter({ hasText: 'ctv.minh' });
    await expect(row).toContainText('Trần Minh');
    await row.getByRole('combobox').selectOption('reviewer');
    await expect(accounts.getByRole('status')).toHaveText('Đã lưu');
    expect((await hub.store.userByName('ctv.minh'))?.role).toBe('reviewer');
    // The host's services report the same signed-in admin.
    expect(await hostCall(host.url, 'hub.status', {})).toMatchObject({ connected: true, user: { role: 'admin' } });
  } finally {
    await hub.close();
    removeDir(hub.dir);
  }
});

test('another person’s caret and selection show in the body, with their name', async ({ app, host, browser }) => {
  test.setTimeout(300_000); // two hosts and a hub on a shared machine (2.5 min seen under load)
  await withNewsroom(async (hub, other) => {
    await signIn(app, hub.url, 'lan');
    const { editor, articleId } = await EditorPage.openNew(app, host.url);
    await editor.body.click();
    await app.keyboard.type('Nước lũ rút dần');
    await editor.waitSaved();

    const page = await browser.newPage();
    await page.goto(other.url);
    await signIn(page, hub.url, 'hoa');
    await expect
      .poll(() => hostCall(other.url, 'drafts.get', { id: articleId }).then(() => true, () => false), { timeout: 20_000 })
      .toBe(true);
    const theirs = new EditorPage(page);
    await theirs.open(other.url, articleId);
    await expect(theirs.body).toContainText('Nước lũ rút dần');
    // Hòa puts the caret in the text: Lan sees it, named.
    await theirs.body.getByText('Nước lũ rút dần').click();
    await page.keyboard.press('End');
    await expect(app.getByTestId('remote-caret')).toHaveText('HOA', { timeout: 15_000 });
    await expect(app.locator('.remote-selection')).toHaveCount(0);
    // She selects the line: Lan sees the selection.
    await page.keyboard.press('Shift+Home');
    await expect(app.locator('.remote-selection')).toHaveText('Nước lũ rút dần', { timeout: 15_000 });
    // And the other way round.
    await editor.body.getByText('Nước lũ rút dần').click();
    await expect(page.getByTestId('remote-caret')).toHaveText('LAN', { timeout: 15_000 });
    // Lan leaves the article: her caret goes from Hòa's editor.
    await app.getByRole('button', { name: 'Bài viết', exact: true }).click();
    await expect(page.getByTestId('remote-caret')).toHaveCount(0, { timeout: 15_000 });
    await page.close();
  });
});

test('the board head assigns an article to a board member ("Giao cho…"), who finds it in "Việc của tôi" and is notified', async ({ app, host, browser }) => {
  test.setTimeout(300_000); // two hosts and a hub on a shared machine
  const hub = await testHub();
  const other = new HostProcess();
  try {
    await addUser(hub, 'truong', 'board_head');
    await addUser(hub, 'tuan', 'reviewer');
    await other.start();
    const page = await browser.newPage();
    await page.goto(other.url);
    await signIn(page, hub.url, 'tuan');
    await page.getByTestId('nav-review').click();
    await expect(page.getByTestId('mine-assigned')).toContainText('(0)');

    await signIn(app, hub.url, 'truong');
    const { editor } = await EditorPage.openNew(app, host.url);
    await editor.title.click();
    await app.keyboard.type('Hội thi nấu ăn phụ nữ');
    await editor.body.click();
    await app.keyboard.type('Mười hai đội tham gia.');
    await editor.waitSaved();
    await app.getByTestId('status-actions').getByRole('button', { name: 'Gửi duyệt' }).click();
    await app.getByTestId('nav-review').click();
    const row = app.getByTestId('queue-row').filter({ hasText: 'Hội thi nấu ăn phụ nữ' });
    await expect(row).toBeVisible({ timeout: 20_000 });
    await row.getByTestId('queue-assign').selectOption({ label: 'TUAN' });
    await expect(row.getByTestId('queue-assignee')).toContainText('TUAN', { timeout: 20_000 });

    await expect(page.getByTestId('mine-assigned')).toContainText('Hội thi nấu ăn phụ nữ', { timeout: 30_000 });
    await expect(page.getByTestId('review-notices')).toContainText('TRUONG giao bài “Hội thi nấu ăn phụ nữ” cho bạn duyệt', { timeout: 30_000 });
    // The reviewer cannot assign others: no "Giao cho…" on his side.
    await expect(page.getByTestId('queue-row').filter({ hasText: 'Hội thi nấu ăn phụ nữ' })).toBeVisible();
    await expect(page.getByTestId('queue-assign')).toHaveCount(0);
    await page.close();
  } finally {
    await other.dispose();
    await hub.close();
    removeDir(hub.dir);
  }
});
