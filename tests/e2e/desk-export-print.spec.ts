import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { test, expect } from './fixtures/test';
import { EditorPage, hostCall, toolbarControl } from './pages/editor-page';

// Point 1 of issue 16 at the office screen size: the print preview laid out as
// the Word export, line numbers and a notes margin remembered, the .docx with them.
test.use({ viewport: { width: 1366, height: 768 } });
const SHOTS = resolve('test-results/desk-export');

test('the print preview is an A4 page with the stamp; line numbers and the notes margin are remembered and reach the .docx', async ({ app, host }) => {
  test.setTimeout(120_000);
  const { editor } = await EditorPage.openNew(app, host.url);
  await editor.title.click();
  await app.keyboard.insertText('Tân Thạnh tổng kết năm 2025');
  await editor.body.click();
  for (let i = 0; i < 6; i++) {
    await app.keyboard.insertText(
      'Các xã đã huy động hơn 12 tỉ đồng từ người dân để làm đường giao thông nông thôn và kênh mương nội đồng; ủy ban đánh giá cao tinh thần đoàn kết của cán bộ và nhân dân.',
    );
    await app.keyboard.press('Enter');
  }
  await editor.waitSaved();

  await (await toolbarControl(app, 'export-print')).click();
  const frame = app.frameLocator('[data-testid="print-frame"]');
  await expect(frame.getByTestId('print-stamp')).toContainText(/^BẢN THẢO – Bản nháp – \d{2}\/\d{2}\/\d{4} – Phiên bản \d+$/);
  const paragraph = frame.locator('.portal-body p').first();
  await expect(paragraph).toHaveCSS('text-align', 'justify');
  await expect(paragraph).toHaveCSS('font-family', /Times New Roman/);
  // A4 wide (210 mm at 96 dpi), the decree's left and right margins.
  const article = frame.locator('.portal-article');
  await expect(article).toHaveCSS('width', '793.688px');
  await expect(article).toHaveCSS('padding-left', '113.386px');
  await expect(article).toHaveCSS('padding-right', '56.6929px');
  await expect(frame.locator('.line-number')).toHaveCount(0);

  await app.getByTestId('print-line-numbers').check();
  await app.getByTestId('print-notes-margin').check();
  await expect(article).toHaveCSS('padding-right', '226.772px');
  const numbers = frame.locator('.line-number');
  await expect(numbers.first()).toHaveText('1');
  // Every line of the six paragraphs (two or more each) and the title is numbered, in order, beside its line.
  const placed = await frame.locator('.portal-article').evaluate((el) => {
    const marks = Array.from(el.querySelectorAll('.line-number'));
    const text = el.querySelector('.portal-body p')!.getBoundingClientRect();
    return {
      count: marks.length,
      inOrder: marks.every((m, i) => m.textContent === String(i + 1)),
      // In the sheet's left margin: right of the sheet's edge, left of the text.
      inMargin: marks.every((m) => m.getBoundingClientRect().right < text.left && m.getBoundingClientRect().left > el.getBoundingClientRect().left),
    };
  });
  expect(placed.count).toBeGreaterThanOrEqual(13);
  expect(placed.inOrder).toBe(true);
  expect(placed.inMargin).toBe(true);
  mkdirSync(SHOTS, { recursive: true });
  await app.screenshot({ path: `${SHOTS}/print-preview-1366.png` });
  await expect.poll(async () => (await hostCall<{ printLayout: unknown }>(host.url, 'settings.get', {})).printLayout).toEqual({
    lineNumbers: true,
    notesMargin: true,
  });
  await app.keyboard.press('Escape');

  // Remembered: the next preview opens with both, after a reload too.
  await app.reload();
  await (await toolbarControl(app, 'export-print')).click();
  await expect(app.getByTestId('print-line-numbers')).toBeChecked();
  await expect(app.getByTestId('print-notes-margin')).toBeChecked();
  await expect(app.frameLocator('[data-testid="print-frame"]').locator('.line-number').first()).toHaveText('1');
  await app.keyboard.press('Escape');

  const [download] = await Promise.all([app.waitForEvent('download'), toolbarControl(app, 'export-docx').then((b) => b.click())]);
  const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
  const document = strFromU8(files['word/document.xml']!);
  expect(document).toMatch(/<w:lnNumType [^>]*w:countBy="1"/);
  expect(document).toMatch(/<w:pgMar [^>]*w:right="3402"/);
  const headers = Object.keys(files).filter((n) => /^word\/header\d+\.xml$/.test(n)).map((n) => strFromU8(files[n]!));
  expect(headers.join('')).toMatch(/BẢN THẢO – Bản nháp – \d{2}\/\d{2}\/\d{4} – Phiên bản \d+/);
  expect(headers.some((h) => /<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/.test(h))).toBe(true);
});
