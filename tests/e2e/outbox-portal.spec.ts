import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect } from './fixtures/test';
import { EditorPage, hostCall } from './pages/editor-page';

// Point 9 of issue 16 at the office screen size: "Gửi lên cổng" with no portal,
// removing an outbox entry, "Thử lại" on one line.
test.use({ viewport: { width: 1366, height: 768 } });
const SHOTS = resolve('test-results/desk-export');

async function approvedArticle(hostUrl: string): Promise<string> {
  const { id } = await hostCall<{ id: string }>(hostUrl, 'drafts.create', { kind: 'tin' });
  await hostCall(hostUrl, 'drafts.setStatus', { id, status: 'in_review' });
  await hostCall(hostUrl, 'drafts.setStatus', { id, status: 'approved' });
  return id;
}

test('"Gửi lên cổng" with no portal set up says so, queues nothing and leads to the portal settings', async ({ app, host }) => {
  const id = await approvedArticle(host.url);
  const editor = new EditorPage(app);
  await editor.open(host.url, id);
  await app.getByTestId('portal-submit-button').click();
  const notice = app.getByTestId('portal-not-configured');
  await expect(notice).toContainText('Chưa cài đặt cổng thông tin điện tử');
  expect(await hostCall<unknown[]>(host.url, 'outbox.list', {})).toEqual([]);
  mkdirSync(SHOTS, { recursive: true });
  await app.screenshot({ path: `${SHOTS}/outbox-not-configured-1366.png` });

  await notice.getByTestId('portal-open-settings').click();
  const form = app.getByTestId('portal-settings');
  await expect(form).toBeInViewport();
  await expect.poll(() => form.evaluate((el) => el.contains(document.activeElement))).toBe(true);
});

test('an outbox entry is removed after a confirmation, and "Thử lại" stays on one line', async ({ app, host }) => {
  // A folder portal given as a relative path: the send stops with an error only a person can fix ("Lỗi").
  await hostCall(host.url, 'portal.saveSettings', { patch: { type: 'folder', url: 'thu-muc-chua-dung' } });
  const id = await approvedArticle(host.url);
  await hostCall(host.url, 'portal.submit', { articleId: id });

  await app.getByRole('button', { name: 'Hộp thư đi', exact: true }).click();
  const entry = app.getByTestId('outbox-entry');
  await expect(entry).toHaveCount(1);
  await expect(entry).toHaveAttribute('data-state', 'failed', { timeout: 30_000 });

  const retry = entry.getByTestId('outbox-retry');
  await expect(retry).toHaveText('Thử lại');
  for (const width of [1366, 1024]) {
    await app.setViewportSize({ width, height: 768 });
    const lines = await retry.evaluate((button) => {
      const range = document.createRange();
      range.selectNodeContents(button);
      const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
      const style = getComputedStyle(button);
      const chrome = ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth'].reduce(
        (sum, key) => sum + parseFloat(style[key as 'paddingTop']),
        0,
      );
      const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
      return { tops: tops.size, content: button.getBoundingClientRect().height - chrome, lineHeight, whiteSpace: style.whiteSpace };
    });
    expect(lines.whiteSpace).toBe('nowrap');
    expect(lines.tops, `at ${width} px`).toBe(1);
    // Its height is one line: less than two.
    expect(lines.content, `at ${width} px`).toBeLessThan(lines.lineHeight * 1.5);
  }
  await app.setViewportSize({ width: 1366, height: 768 });
  await app.screenshot({ path: `${SHOTS}/outbox-1366.png` });

  // Cancel keeps it; confirming removes it here and in the service.
  await entry.getByTestId('outbox-remove').click();
  const dialog = app.getByTestId('outbox-confirm-remove');
  await expect(dialog).toContainText('sẽ không được gửi lên cổng nữa');
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(entry).toHaveCount(1);
  await entry.getByTestId('outbox-remove').click();
  await app.getByTestId('outbox-confirm-remove-yes').click();
  await expect(entry).toHaveCount(0);
  expect(await hostCall<unknown[]>(host.url, 'outbox.list', {})).toEqual([]);
  await app.reload();
  await expect(app.getByTestId('outbox-screen')).toBeVisible();
  await expect(app.getByTestId('outbox-entry')).toHaveCount(0);
});
