import { writeFileSync } from 'node:fs';
import { test, expect } from './fixtures/test';
import { EditorPage } from './pages/editor-page';
import { makeMp4 } from '../videos';

// On a narrow window the toolbar's media group lives in "Thêm", whose panel unmounts its controls when it closes.
// The video's file chooser and its progress line are outside the toolbar, so a video chosen from the panel is
// inserted and its progress stays visible on the bar after the panel is closed.
test('narrow window: a video chosen from "Thêm" is inserted, its progress shown beside the toolbar', async ({ app, host }) => {
  test.setTimeout(120_000);
  await app.setViewportSize({ width: 720, height: 800 });
  const { editor } = await EditorPage.openNew(app, host.url);
  await editor.body.click();
  await app.keyboard.type('Mở đầu.');

  await expect(app.getByTestId('tb-more')).toBeVisible();
  await expect(app.getByTestId('insert-media')).toHaveCount(0);
  // Every progress text as it appears: where it is (in the toolbar, on the status line) and whether "Thêm" is open.
  await app.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const line = document.querySelector('[data-testid="video-progress"]');
      const text = line?.textContent;
      const where = line?.closest('[data-testid="editor-toolbar"]') ? 'toolbar' : line?.closest('[data-testid="media-status"]') ? 'status' : 'other';
      const panel = document.querySelector('[data-testid="tb-more-panel"]') ? 'panel open' : 'panel closed';
      const entry = `${where}, ${panel}: ${text}`;
      if (line && line.getClientRects().length > 0 && text && seen.at(-1) !== entry) seen.push(entry);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });

  await app.getByTestId('tb-more').click();
  await app.getByTestId('tb-more-panel').getByTestId('insert-media').click();
  const chooser = app.waitForEvent('filechooser');
  await app.getByTestId('insert-media-menu').getByTestId('insert-media-video').click();
  // 64 MB (over Playwright's 50 MB for a buffer: from a file), long enough to copy that the panel closes meanwhile.
  const file = test.info().outputPath('hop-bao.mp4');
  writeFileSync(file, makeMp4(64 * 1024 * 1024, 3));
  await (await chooser).setFiles(file);
  // "Thêm" closed while it copies.
  if (await app.getByTestId('tb-more-panel').isVisible()) await app.getByTestId('tb-more').click();
  await expect(app.getByTestId('tb-more-panel')).toHaveCount(0);
  await expect(editor.body.getByTestId('editor-video')).toHaveAttribute('data-video-hash', /^[0-9a-f]{64}$/, { timeout: 60_000 });
  const seen = await app.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  expect(seen.length).toBeGreaterThan(0);
  expect(seen.filter((line) => !/^status, panel (open|closed): Đang chép video vào thư mục dữ liệu: /.test(line))).toEqual([]);
  // Still shown, and moving, with the panel closed.
  expect(seen.filter((line) => line.startsWith('status, panel closed')).length).toBeGreaterThan(0);
  await expect(app.getByTestId('video-progress')).toHaveCount(0);
});
