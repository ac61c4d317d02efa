import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect } from './fixtures/test';
import { EditorPage, hostCall, toolbarControl } from './pages/editor-page';
import { actAs, ReviewPage } from './pages/review-page';
import { expectNoAxeViolations } from './pages/a11y';
import { addUser, PASSWORD, removeDir, testHub } from '../hub/hub-harness';

/** A "portal" on loopback that refuses every sign-in, so the outbox holds a failed entry. */
async function refusingPortal(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(401, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ code: 'rest_not_logged_in', message: 'Bạn chưa đăng nhập.', data: { status: 401 } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function article(hostUrl: string, title: string, body: string, statuses: Array<{ status: string; note?: string; as?: string }>) {
  const { id } = await hostCall<{ id: string }>(hostUrl, 'drafts.create', { kind: 'tin' });
  const page = { title, body };
  for (const step of statuses) {
    if (step.as) await actAs(hostUrl, step.as);
    await hostCall(hostUrl, 'drafts.setStatus', { id, status: step.status, note: step.note });
  }
  return { id, ...page };
}

test('axe-core finds no WCAG 2.1 A/AA violation on any screen or dialog', async ({ app, host }) => {
  test.setTimeout(480_000);
  const portal = await refusingPortal();
  try {
    await actAs(host.url, 'Ngọc Diệu');
    // Articles in every status a person can set (submitted and published are set by the portal's answer).
    const draft = await article(host.url, 'draft', '', []);
    await article(host.url, 'in_review', '', [{ status: 'in_review' }]);
    await article(host.url, 'returned', '', [{ status: 'in_review' }, { status: 'returned', note: 'Thiếu nguồn.', as: 'Lê Văn Duyệt' }]);
    const approved = await article(host.url, 'approved', '', [{ status: 'in_review', as: 'Ngọc Diệu' }, { status: 'approved', as: 'Lê Văn Duyệt' }]);
    await actAs(host.url, 'Ngọc Diệu');
    await hostCall(host.url, 'drafts.trash', { id: (await hostCall<{ id: string }>(host.url, 'drafts.create', { kind: 'bai' })).id });

    // A failed outbox entry.
    await hostCall(host.url, 'portal.saveSettings', {
      patch: { url: portal.url, username: 'bientap', password: 'sai0 sai0 sai0 sai0', acceptPlainHttp: true },
    });
    await hostCall(host.url, 'portal.submit', { articleId: approved.id });

    // The list, with an article selected (its text and history).
    await app.reload();
    const rows = app.getByTestId('article-row');
    await expect(rows).toHaveCount(4);
    await expectNoAxeViolations(app, 'danh sách bài viết');
    await rows.first().getByRole('button').click();
    await expect(app.getByTestId('article-panel')).toBeVisible();
    await expect(app.getByTestId('history-panel')).toBeVisible();
    await expectNoAxeViolations(app, 'danh sách, bài đang chọn');

    // Trash.
    await app.getByRole('button', { name: 'Thùng rác', exact: true }).click();
    await expect(app.getByTestId('article-row')).toHaveCount(1);
    await expectNoAxeViolations(app, 'thùng rác');

    // Outbox with the failed entry.
    await app.getByRole('button', { name: 'Hộp thư đi', exact: true }).click();
    await expect(app.getByTestId('outbox-entry').first()).toHaveAttribute('data-state', 'failed', { timeout: 30_000 });
    await expectNoAxeViolations(app, 'hộp thư đi (gửi lỗi)');

    // Settings.
    await app.getByRole('button', { name: 'Cài đặt', exact: true }).click();
    await expect(app.getByTestId('portal-settings')).toBeVisible();
    await expectNoAxeViolations(app, 'cài đặt');

    // The shortcuts sheet.
    await app.keyboard.press('F1');
    await expect(app.getByTestId('shortcuts-sheet')).toBeVisible();
    await expectNoAxeViolations(app, 'bảng phím tắt');
    await app.keyboard.press('Escape');

    // The editor: a draft with text, a table, a spelling mistake and a comment in the review pane.
    const editor = new EditorPage(app);
    await editor.open(host.url, draft.id);
    await editor.title.click();
    await app.keyboard.type('Xã Tân Thạnh ra mắt mô hình mới');
    await editor.body.click();
    await app.keyboard.type('Đồng chí Phó Chỉ tịch UBND huyện dự lễ. ');
    await expect(editor.body.locator('.spell-issue')).toHaveCount(1);
    await expectNoAxeViolations(app, 'soạn bài (bản nháp)');

    // The spell menu open.
    await editor.body.locator('.spell-issue').first().click({ button: 'right' });
    await expect(app.getByTestId('spell-menu')).toBeVisible();
    await expectNoAxeViolations(app, 'menu chính tả');
    await app.keyboard.press('Escape');

    // The pre-send check (spelling finding listed).
    await app.getByTestId('status-actions').getByRole('button', { name: 'Gửi duyệt' }).click();
    await expect(app.getByTestId('pre-send-check')).toBeVisible();
    await expectNoAxeViolations(app, 'kiểm tra trước khi gửi');
    await app.keyboard.press('Escape');

    // Print preview.
    // In the toolbar's row or, on a narrower window, in "Thêm".
    await (await toolbarControl(app, 'export-print')).click();
    await expect(app.getByTestId('print-frame')).toBeVisible();
    await expectNoAxeViolations(app, 'xem trước bản in');
    await app.keyboard.press('Escape');
    await expect(app.getByTestId('print-preview')).toHaveCount(0);

    // The other statuses in the editor: returned (the note on top), approved (portal and failed status).
    for (const status of ['in_review', 'returned', 'approved']) {
      await app.getByRole('button', { name: 'Bài viết', exact: true }).click();
      const ids = await hostCall<{ items: Array<{ id: string; status: string }> }>(host.url, 'drafts.list', { view: 'active', sort: 'updated', limit: 50 });
      await editor.open(host.url, ids.items.find((a) => a.status === status)!.id);
      await expect(app.getByTestId('article-status')).toBeVisible();
      await expectNoAxeViolations(app, `soạn bài (${status})`);
    }

    // A version preview and the restore confirmation.
    await app.getByRole('button', { name: 'Bài viết', exact: true }).click();
    await app.getByTestId('article-row').filter({ hasText: 'Xã Tân Thạnh' }).getByRole('button').click();
    await app.getByTestId('version-name').fill('Bản đầu');
    await app.getByTestId('save-version').click();
    await app.getByTestId('preview-version').first().click();
    await expect(app.getByTestId('version-text')).toBeVisible();
    await expectNoAxeViolations(app, 'xem phiên bản');
    await app.getByTestId('restore-version').click();
    await expect(app.getByTestId('confirm-restore-dialog')).toBeVisible();
    await expectNoAxeViolations(app, 'xác nhận khôi phục');
  } finally {
    await portal.close();
  }
});

test('axe-core finds no violation in the review pane with threads and suggestions, nor inside the print preview’s frame', async ({ app, host }) => {
  test.setTimeout(240_000);
  await actAs(host.url, 'Lê Văn Duyệt');
  const { editor } = await EditorPage.openNew(app, host.url);
  await editor.title.click();
  await app.keyboard.type('Huyện tổng kết năm');
  await editor.body.click();
  await app.keyboard.type('Năm nay thu ngân sách đạt 120 tỷ đồng, vượt kế hoạch đề ra. Xã đạt 19 tiêu chí.');
  await editor.waitSaved();

  // Two comment threads, one with a reply; one open in the reply box.
  const review = new ReviewPage(app);
  await review.comment('đạt 19 tiêu chí', 'Số tiêu chí chưa khớp báo cáo của huyện.');
  await review.comment('thu ngân sách', 'Ghi rõ nguồn số liệu.');
  await expect(review.threads).toHaveCount(2);
  await review.thread('thu ngân sách').getByRole('button', { name: 'Trả lời' }).click();
  await app.getByTestId('reply-text').fill('Theo báo cáo của Phòng Tài chính.');
  await review.thread('thu ngân sách').getByRole('button', { name: 'Gửi' }).click();
  await expect(review.thread('thu ngân sách')).toContainText('Phòng Tài chính');
  await review.thread('đạt 19 tiêu chí').getByRole('button', { name: 'Trả lời' }).click();
  await expect(app.getByTestId('reply-text')).toBeVisible();

  // Suggested changes: a replacement and a deletion, as cards in the pane and marks in the text.
  await (await toolbarControl(app, 'tb-suggest')).click();
  await review.select('120');
  await app.keyboard.type('125');
  await review.select(', vượt kế hoạch đề ra');
  await app.keyboard.press('Backspace');
  await expect(app.getByTestId('review-suggestion')).toHaveCount(2);
  await expectNoAxeViolations(app, 'bảng góp ý (luồng góp ý, đề xuất sửa)');

  // The popover of a suggestion, opened from the struck-through text.
  await editor.body.locator('del.suggestion', { hasText: 'vượt kế hoạch' }).click();
  await expect(app.getByTestId('suggestion-popover')).toBeVisible();
  await expectNoAxeViolations(app, 'đề xuất sửa (ô nổi)');
  await app.keyboard.press('Escape');

  // The print preview's frame is sandboxed without scripts, so axe cannot run inside it: its document is
  // checked in a page of its own, as printed and with the comments in the margin.
  await (await toolbarControl(app, 'export-print')).click();
  const frame = app.getByTestId('print-frame');
  await expect(frame).toBeVisible();
  const printed = await app.context().newPage();
  try {
    for (const margin of [false, true]) {
      if (margin) {
        await app.getByTestId('print-margin-comments').check();
        await expect.poll(() => frame.getAttribute('srcdoc')).toContain('Phòng Tài chính');
      }
      const html = (await frame.getAttribute('srcdoc'))!;
      expect(html).toContain('Huyện tổng kết năm');
      await printed.setContent(html);
      await expect(printed.locator('h1')).toHaveText('Huyện tổng kết năm');
      await expectNoAxeViolations(printed, margin ? 'bản in (có góp ý bên lề)' : 'bản in', ['html-has-lang', 'html-lang-valid', 'document-title', 'color-contrast']);
    }
  } finally {
    await printed.close();
  }
});

test('axe-core finds no violation on an article sent to the portal (Đã gửi lên cổng) and published (Đã đăng)', async ({ app, host }) => {
  test.setTimeout(300_000);
  // Only the portal's answer, recorded on the newsroom hub, puts an article in these two statuses.
  const hub = await testHub();
  try {
    await addUser(hub, 'duyet', 'reviewer');
    await hostCall(host.url, 'hub.login', { url: hub.url, login: 'duyet', password: PASSWORD });
    const { editor, articleId } = await EditorPage.openNew(app, host.url);
    await editor.title.click();
    await app.keyboard.type('Xã Tân Thạnh đạt chuẩn nông thôn mới');
    await editor.body.click();
    await app.keyboard.type('Sáng nay, huyện công bố kết quả thẩm định.');
    await editor.waitSaved();
    await expect
      .poll(async () => (await hostCall<Array<{ id: string; state: string }>>(host.url, 'hub.articles', {})).find((a) => a.id === articleId)?.state, {
        timeout: 30_000,
      })
      .toBe('synced');
    await hostCall(host.url, 'drafts.setStatus', { id: articleId, status: 'in_review' });
    await hostCall(host.url, 'drafts.setStatus', { id: articleId, status: 'approved' });

    const status = app.getByTestId('article-status');
    for (const [to, label] of [
      ['submitted', 'Đã gửi lên cổng'],
      ['published', 'Đã đăng'],
    ] as const) {
      await hostCall(host.url, 'hub.setStatus', { id: articleId, to });
      await expect(status).toHaveText(`Trạng thái: ${label}`, { timeout: 30_000 });
      await expectNoAxeViolations(app, `soạn bài (${label})`);
      await app.getByRole('button', { name: 'Bài viết', exact: true }).click();
      const row = app.getByTestId('article-row').filter({ hasText: 'Xã Tân Thạnh' });
      await expect(row).toContainText(label);
      await row.getByRole('button').first().click();
      await expect(app.getByTestId('article-panel')).toBeVisible();
      await expectNoAxeViolations(app, `danh sách (${label})`);
      await editor.open(host.url, articleId);
    }
  } finally {
    await hub.close();
    removeDir(hub.dir);
  }
});
