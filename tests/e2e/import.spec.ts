import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/test';
import { EditorPage, toolbarControl } from './pages/editor-page';

const FIXTURES = join(process.cwd(), 'tests/fixtures/legacy');
const lines = (name: string) => readFileSync(join(FIXTURES, name), 'utf8').trim().split('\n');

async function paste(page: Page, html: string, text: string): Promise<void> {
  await page.getByTestId('editor-body').evaluate(
    (el, data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/html', data.html);
      transfer.setData('text/plain', data.text);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    },
    { html, text },
  );
}

test('open a Word file in .VnTime/VNI fonts from the drafts list: a new article in Unicode, with its picture', async ({ app }) => {
  test.setTimeout(120_000);
  const expected = lines('word-vntime.expected.txt');
  await expect(app.getByTestId('drafts-screen')).toBeVisible();
  await app.getByTestId('open-file-input').setInputFiles(join(FIXTURES, 'word-vntime.docx'));

  const editor = new EditorPage(app);
  await expect(editor.title).toHaveText(expected[0]!);
  await expect(editor.sapo).toHaveText(expected[1]!);
  await expect(app.getByTestId('legacy-notice')).toContainText('TCVN3 (ABC)');
  for (const line of expected.slice(2)) await expect(editor.body).toContainText(line);
  await expect(editor.body.locator('h2')).toHaveText(expected[3]!);
  await expect(editor.body.locator('table td').first()).toHaveText('Chỉ tiêu');
  // The picture was stored with the article and shows from there.
  await expect(editor.body.locator('figure img[src^="blob:"]')).toHaveCount(1);
  await expect(editor.body.locator('figcaption')).toHaveText('Quang cảnh hội nghị');
  // The article keeps, and shows, the file it came from.
  await expect(app.getByTestId('meta-imported-from')).toHaveText('Mở từ tệp: word-vntime.docx');
  await editor.waitSaved();

  // Back in the list, the new article is there under its title.
  await app.locator('.app-nav').getByRole('button', { name: 'Bài viết', exact: true }).click();
  await expect(app.getByTestId('article-row').filter({ hasText: expected[0]! })).toHaveCount(1);
});

test('a Word file dropped on the drafts list opens as a new article, its footnote as a note at the end', async ({ app }) => {
  test.setTimeout(120_000);
  const expected = lines('word-vntime.expected.txt');
  await expect(app.getByTestId('drafts-screen')).toBeVisible();
  const bytes = [...readFileSync(join(FIXTURES, 'word-vntime.docx'))];
  // What the browser does when a file from the desktop is dropped: dragover (a file), then drop.
  await app.getByTestId('file-drop').evaluate((zone, data) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(data)], 'hoi-nghi.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, bytes);
  const editor = new EditorPage(app);
  await expect(editor.title).toHaveText(expected[0]!);
  await expect(editor.body.locator('h3').last()).toHaveText('Chú thích');
  await expect(editor.body.locator('ol').last().locator('li')).toHaveText(expected[9]!);
  await editor.waitSaved();
});

test('a file that is not Word is refused with a message, and no article is made', async ({ app }) => {
  await expect(app.getByTestId('drafts-screen')).toBeVisible();
  await app.getByTestId('open-file-input').setInputFiles({ name: 'thu.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('không phải Word') });
  await expect(app.getByTestId('open-file-error')).toContainText('không phải tệp Word');
  await expect(app.getByText('Chưa có bài viết nào')).toBeVisible();
});

test('paste TCVN3 HTML from Word: converted text and a notice; undo brings back what was pasted', async ({ app, host }) => {
  const expected = lines('word-clipboard-vntime.expected.txt');
  const { editor } = await EditorPage.openNew(app, host.url);
  await editor.body.click();
  await paste(app, readFileSync(join(FIXTURES, 'word-clipboard-vntime.html'), 'utf8'), 'Héi nghÞ');
  for (const line of expected) await expect(editor.body).toContainText(line);
  const notice = app.getByTestId('legacy-notice');
  await expect(notice).toContainText('TCVN3 (ABC)');

  await app.getByTestId('legacy-undo').click();
  await expect(editor.body).toContainText('S¸ng 12/3, §¶ng ñy x· Hßa TiÕn');
  await expect(editor.body).not.toContainText(expected[1]!);
  // Ctrl+Z once more takes the paste itself away.
  await editor.body.click();
  await app.keyboard.press('Control+z');
  await expect(editor.body).not.toContainText('S¸ng 12/3');
});

test('Chuyển mã converts a selection typed in VNI', async ({ app, host }) => {
  const { editor } = await EditorPage.openNew(app, host.url);
  await editor.body.click();
  await app.keyboard.insertText('Hoäi nghò ñaïi bieåu');
  await app.keyboard.press('Control+a');
  await (await toolbarControl(app, 'convert-encoding')).selectOption('vni');
  await expect(editor.body).toHaveText('Hội nghị đại biểu');
  await expect(app.getByTestId('legacy-notice')).toContainText('VNI-Windows');
});
