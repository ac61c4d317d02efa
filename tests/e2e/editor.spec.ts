import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/test';
import * as Y from 'yjs';
import { articleBodyText } from '../../common/article/to-html';
import { makeJpeg } from '../pictures';
import { EditorPage, hostCall, toolbarControl } from './pages/editor-page';
import { typeTiengAsUnikey } from './fixtures/unikey';

const fixtures = join(process.cwd(), 'renderer/editor/paste/fixtures');

function jpegFile(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'cau-moi.jpg');
  if (!existsSync(path)) writeFileSync(path, makeJpeg(2400, 1600, [0x0b, 0x3d, 0x91], [0xf3, 0xf6, 0xfb]));
  return path;
}

async function bodyText(page: Page): Promise<string> {
  return page.getByTestId('editor-body').evaluate((el) => el.textContent ?? '');
}

test('an article with every block type, an image and its meta is all back after a reload', async ({ app, host }, testInfo) => {
  test.setTimeout(180_000);
  const { editor } = await EditorPage.openNew(app, host.url);
  const kb = app.keyboard;
  await editor.title.click();
  await kb.insertText('Huyện Tân Thạnh tổng kết năm 2025');
  await kb.press('Enter'); // title → sapo
  await kb.insertText('Sáng 25/11, UBND huyện tổ chức hội nghị tổng kết.');
  await kb.press('Enter'); // sapo → body

  await (await editor.useTool('block')).selectOption('h2');
  await kb.insertText('Kết quả nổi bật');
  await kb.press('Enter');
  await kb.insertText('Thu ngân sách ');
  await kb.press('Control+b');
  await kb.insertText('vượt');
  await kb.press('Control+b');
  await kb.insertText(' kế hoạch, ');
  await kb.press('Control+i');
  await kb.insertText('đáng ghi nhận');
  await kb.press('Control+i');
  await kb.insertText(' và ');
  await kb.press('Control+u');
  await kb.insertText('bền vững');
  await kb.press('Control+u');
  await kb.insertText('. Xem ');
  await kb.press('Shift+ArrowLeft');
  await kb.press('Shift+ArrowLeft');
  await kb.press('Shift+ArrowLeft');
  await (await editor.useTool('link')).click();
  await app.getByTestId('link-input').fill('javascript:alert(1)');
  await app.getByTestId('link-apply').click();
  await expect(app.getByText('Chỉ chấp nhận liên kết')).toBeVisible();
  await app.getByTestId('link-input').fill('https://tanthanh.longan.gov.vn/');
  await app.getByTestId('link-apply').click();
  // Applying the link gives the focus back to the body, on the linked words.
  await expect(editor.body.locator('a[href="https://tanthanh.longan.gov.vn/"]')).toBeVisible();
  await expect(editor.body).toBeFocused(); // focus returns on the next frame
  await kb.press('End');
  await kb.press('Enter');
  await (await editor.useTool('align-center')).click();
  await kb.insertText('Đoạn căn giữa');
  await kb.press('Enter');
  await (await editor.useTool('align-left')).click();
  await (await editor.useTool('bullet-list')).click();
  await kb.insertText('Một');
  await kb.press('Enter');
  await kb.insertText('Hai');
  await kb.press('Enter');
  await kb.press('Enter');
  await (await editor.useTool('ordered-list')).click();
  await kb.insertText('Thứ nhất');
  await kb.press('Enter');
  await kb.press('Enter');
  await (await editor.useTool('blockquote')).click();
  await kb.insertText('Dân biết, dân bàn, dân làm, dân kiểm tra.');
  await kb.press('Enter');
  await kb.press('Enter');
  await (await editor.useTool('hr')).click();
  await (await editor.useTool('table')).click();
  await kb.insertText('Xã');
  await kb.press('Tab');
  await kb.insertText('Số hộ');
  await (await editor.useTool('image')).click();
  await app.getByTestId('image-input').setInputFiles(jpegFile(testInfo.outputDir));
  await expect(editor.body.locator('figure img')).toBeVisible();
  await editor.body.locator('figcaption').click();
  await kb.insertText('Cầu mới. Ảnh: Chí Tâm');

  await app.getByTestId('meta-byline').fill('Ngọc Diệu - Chí Tâm');
  await app.getByTestId('meta-category').selectOption('Kinh tế');
  await app.getByTestId('meta-kind').selectOption('phong_su');
  await app.getByTestId('meta-tags').fill('ngân sách, Tân Thạnh');
  await app.getByTestId('meta-source').click();
  await app.getByTestId('meta-source').fill('Ban Tuyên giáo');
  await app.getByTestId('meta-image-input').setInputFiles(jpegFile(testInfo.outputDir));
  await expect(app.getByTestId('meta-image-preview')).toBeVisible();
  await app.getByTestId('meta-image-caption').fill('Toàn cảnh hội nghị');

  await editor.waitSaved();
  await expect(editor.wordCount).toContainText('chữ');
  const before = await editor.bodyHtml();
  for (const tag of ['<h2', '<strong>vượt</strong>', '<em>', '<u>', 'href="https://tanthanh.longan.gov.vn/"', 'text-align: center', '<ul', '<ol', '<blockquote', '<hr', '<table', '<figure', 'figcaption']) {
    expect(before).toContain(tag);
  }
  expect(before).not.toContain('javascript:');

  await app.reload();
  await editor.body.waitFor();
  await expect(editor.body.locator('figure img')).toBeVisible();
  expect(await editor.bodyHtml()).toBe(before);
  await expect(editor.title).toHaveText('Huyện Tân Thạnh tổng kết năm 2025');
  await expect(editor.sapo).toHaveText('Sáng 25/11, UBND huyện tổ chức hội nghị tổng kết.');
  await expect(app.getByTestId('meta-byline')).toHaveValue('Ngọc Diệu - Chí Tâm');
  await expect(app.getByTestId('meta-category')).toHaveValue('Kinh tế');
  await expect(app.getByTestId('meta-kind')).toHaveValue('phong_su');
  await expect(app.getByTestId('meta-tags')).toHaveValue('ngân sách, Tân Thạnh');
  await expect(app.getByTestId('meta-source')).toHaveValue('Ban Tuyên giáo');
  await expect(app.getByTestId('meta-image-caption')).toHaveValue('Toàn cảnh hội nghị');
  await expect(app.getByTestId('meta-image-preview')).toBeVisible();

  // The original is kept for the portal, a smaller copy is shown.
  const folders = readdirSync(join(host.dataDir, 'articles'));
  const files = readdirSync(join(host.dataDir, 'articles', folders[0]!, 'images'));
  expect(files.filter((f) => f.includes('.display.')).length).toBe(2);
  expect(files.length).toBe(4);
});

test('Unikey-style typing of "tieengs" ends as "tiếng" with the cursor in place and a sane undo', async ({ app, host }) => {
  const { editor } = await EditorPage.openNew(app, host.url);
  const kb = app.keyboard;
  await editor.body.click();
  await kb.type('Tin ');
  await app.waitForTimeout(700); // a pause: the next word is its own undo step
  // What Unikey (Telex, backspace method) sends for t-i-e-e-n-g-s.
  await typeTiengAsUnikey(kb);
  expect(await bodyText(app)).toBe('Tin tiếng');
  // Cursor in place: the next key lands after the syllable.
  await kb.type(' Việt');
  expect(await bodyText(app)).toBe('Tin tiếng Việt');
  expect((await bodyText(app)).normalize('NFC')).toBe(await bodyText(app));
  // Sane undo: each step removes whole words typed in one go (how many steps
  // depends on pauses between keys), never exposing Unikey's intermediate
  // spellings such as "tiê" or "tieng".
  const seen: string[] = [];
  for (let i = 0; i < 3 && (await bodyText(app)) !== 'Tin '; i++) {
    await kb.press('Control+z');
    seen.push(await bodyText(app));
  }
  expect(seen.at(-1)).toBe('Tin ');
  for (const text of seen) expect(['Tin tiếng', 'Tin tiếng ', 'Tin ']).toContain(text);
  for (let i = 0; i < seen.length; i++) await kb.press('Control+Shift+z');
  expect(await bodyText(app)).toBe('Tin tiếng Việt');
});

test('text typed just before the window reloads is not lost', async ({ app, host }) => {
  const { editor } = await EditorPage.openNew(app, host.url);
  app.on('dialog', (dialog) => void dialog.accept());
  await editor.body.click();
  await app.keyboard.type('Gõ xong là tải lại ngay');
  await app.reload();
  await editor.body.waitFor();
  await expect(editor.body).toHaveText('Gõ xong là tải lại ngay');
  await editor.waitSaved();
  await app.reload();
  await expect(editor.body).toHaveText('Gõ xong là tải lại ngay');
});

test('the desktop close hook returns only after what was typed is stored', async ({ app, host }) => {
  const { editor, articleId } = await EditorPage.openNew(app, host.url);
  await editor.body.click();
  await app.keyboard.type('Đóng cửa sổ ngay sau khi gõ');
  // What Electron's main process calls before it lets the window close.
  expect(
    await app.evaluate(() => (window as unknown as { __toasoanFlush?: () => Promise<boolean> }).__toasoanFlush?.()),
  ).toBe(true);
  const { state } = await hostCall<{ state: string }>(host.url, 'drafts.open', { id: articleId });
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Buffer.from(state, 'base64'));
  expect(articleBodyText(doc)).toBe('Đóng cửa sổ ngay sau khi gõ');
});

test('Backspace in decomposed text removes one mark, not the whole letter', async ({ app, host }) => {
  const { editor } = await EditorPage.openNew(app, host.url);
  await editor.body.click();
  await app.keyboard.insertText('tie\u0302\u0301');
  await app.keyboard.press('Backspace');
  expect(await bodyText(app)).toBe('tie\u0302');
  await app.keyboard.press('Backspace');
  expect(await bodyText(app)).toBe('tie');
});

async function paste(page: Page, html: string): Promise<void> {
  await page.getByTestId('editor-body').evaluate((el, data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/html', data);
    transfer.setData('text/plain', 'fallback');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, html);
}

test('pasting from Word keeps structure; a hostile paste stays harmless', async ({ app, host }) => {
  const { editor } = await EditorPage.openNew(app, host.url);
  const dialogs: string[] = [];
  app.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await editor.body.click();
  await paste(app, readFileSync(join(fixtures, 'word.html'), 'utf8'));
  const word = await editor.bodyHtml();
  expect(word).toContain('<h2>Huyện Tân Thạnh tổng kết năm 2025</h2>');
  expect(word).toMatch(/<ul><li><p>Thu ngân sách đạt 112% kế hoạch<\/p><ul><li><p>Thu nội địa tăng 8%/);
  expect(word).toContain('<ol><li><p>Hoàn thành chuyển đổi số</p></li>');
  expect(word).toContain('<table');
  expect(word).not.toMatch(/Mso|mso-|font-family|color:/);

  await paste(app, readFileSync(join(fixtures, 'hostile.html'), 'utf8'));
  await app.waitForTimeout(300);
  const html = await editor.bodyHtml();
  expect(html).toContain('bấm vào đây');
  expect(html).not.toMatch(/<script|<iframe|<svg|<object|<embed|javascript:|\son\w+=/i);
  // Anywhere on the page but the toolbar, whose icons are the app's own drawings.
  expect(await app.locator(':is(iframe, svg, script:not([src]), object, embed):not([role="toolbar"] *)').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('a photo pasted with a web page is stored with the article; one that cannot be fetched says so', async ({ app, host }, testInfo) => {
  // The commune's website, on this machine: serves the photo, and nothing else.
  const photo = readFileSync(jpegFile(testInfo.outputDir));
  const requests: string[] = [];
  const site = createServer((request, response) => {
    requests.push(request.url ?? '');
    if (request.url === '/anh/cau-moi.jpg') response.writeHead(200, { 'content-type': 'image/jpeg' }).end(photo);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  try {
    const { editor, articleId } = await EditorPage.openNew(app, host.url);
    await editor.body.click();
    await paste(
      app,
      `<p>Sáng nay, cầu mới thông xe.</p><figure class="image"><img src="${origin}/anh/cau-moi.jpg" alt="Cầu" width="800">` +
        `<figcaption>Cầu mới thông xe. Ảnh: Chí Tâm</figcaption></figure>` +
        `<p><img src="${origin}/t.gif?u=1" width="1" height="1">Người dân vui mừng.</p>` +
        `<p><img src="${origin}/anh/da-xoa.jpg"></p>`,
    );
    const stored = editor.body.locator('figure.editor-figure img');
    await expect(stored).toHaveAttribute('src', /^blob:/);
    const failed = editor.body.locator('.editor-figure-failed');
    await expect(failed).toContainText('Không tải được ảnh từ trang gốc');
    // "Thử lại" asks the site again (and it still has no such photo).
    await failed.getByRole('button', { name: 'Thử lại' }).click();
    await expect.poll(() => requests.filter((url) => url === '/anh/da-xoa.jpg').length).toBe(2);
    await expect(failed).toBeVisible();
    await editor.waitSaved();
    // The page asked the service, never the site itself; the pixel was never fetched.
    expect(requests.filter((url) => url.startsWith('/t.gif'))).toEqual([]);
    const files = readdirSync(join(host.dataDir, 'articles', articleId, 'images'));
    const original = files.find((name) => !name.includes('.display.'));
    expect(original && readFileSync(join(host.dataDir, 'articles', articleId, 'images', original)).equals(photo)).toBe(true);

    await app.reload();
    await expect(editor.body.locator('figure.editor-figure img')).toHaveAttribute('src', /^blob:/);
    await expect(editor.body.locator('figcaption').first()).toHaveText('Cầu mới thông xe. Ảnh: Chí Tâm');
    await expect(editor.body).toContainText('Người dân vui mừng.');
    // The one that failed is tried again on opening, and still says so.
    await expect(editor.body.locator('.editor-figure-failed')).toBeVisible();
    await expect.poll(() => requests.filter((url) => url === '/anh/da-xoa.jpg').length).toBe(3);
  } finally {
    await new Promise((resolve) => site.close(resolve));
  }
});

test('a missing image shows a placeholder and the rest of the article opens', async ({ app, host }, testInfo) => {
  const { editor, articleId } = await EditorPage.openNew(app, host.url);
  await editor.body.click();
  await app.keyboard.insertText('Trước ảnh');
  await app.getByTestId('image-input').setInputFiles(jpegFile(testInfo.outputDir));
  await expect(editor.body.locator('figure img')).toBeVisible();
  await editor.waitSaved();
  rmSync(join(host.dataDir, 'articles', articleId, 'images'), { recursive: true });
  await app.reload();
  await expect(editor.body.locator('.editor-figure-missing')).toHaveText('Không tìm thấy ảnh');
  await expect(editor.body).toContainText('Trước ảnh');
});

test('after the host is killed and restarted, nothing acknowledged is lost', async ({ app, host }) => {
  test.setTimeout(120_000);
  const { editor, articleId } = await EditorPage.openNew(app, host.url);
  await editor.body.click();
  const saved = 'Đoạn một đã được lưu chắc chắn. '.repeat(10);
  await app.keyboard.type(saved, { delay: 2 });
  await editor.waitSaved();
  const later = 'Đoạn hai có thể mất một phần khi máy tắt đột ngột. '.repeat(5);
  const typing = app.keyboard.type(later, { delay: 5 });
  await app.waitForTimeout(400);
  await host.kill();
  await typing.catch(() => {});
  // What was typed after the crash is visibly not saved.
  await expect(editor.saveState).toHaveAttribute('data-state', 'error');
  await expect(editor.saveState).toContainText('Chưa lưu được');
  // Unsaved changes make the page ask before leaving; the user leaves.
  app.on('dialog', (dialog) => void dialog.accept());
  await host.start();
  const reopened = new EditorPage(app);
  await reopened.open(host.url, articleId);
  const text = await bodyText(app);
  expect(text.startsWith(saved.trimEnd()) || text.startsWith(saved)).toBe(true);
  expect((saved + later).startsWith(text)).toBe(true);
});

test('print preview and exports are produced from the article', async ({ app, host }) => {
  const { editor } = await EditorPage.openNew(app, host.url);
  await editor.title.click();
  await app.keyboard.insertText('Cầu Kênh Dương Văn Dương thông xe');
  await editor.body.click();
  await app.keyboard.insertText('Nội dung bài <không phải thẻ>');
  await editor.waitSaved();
  await (await toolbarControl(app, 'export-print')).click();
  const frame = app.frameLocator('[data-testid="print-frame"]');
  await expect(frame.locator('h1.portal-title')).toHaveText('Cầu Kênh Dương Văn Dương thông xe');
  await expect(frame.locator('.portal-body')).toHaveText('Nội dung bài <không phải thẻ>');
  await app.keyboard.press('Escape');

  const [html] = await Promise.all([app.waitForEvent('download'), toolbarControl(app, 'export-html').then((b) => b.click())]);
  expect(html.suggestedFilename()).toBe('cau-kenh-duong-van-duong-thong-xe.html');
  const htmlText = readFileSync((await html.path())!, 'utf8');
  expect(htmlText).toContain('<p>Nội dung bài &lt;không phải thẻ&gt;</p>');

  const [docx] = await Promise.all([app.waitForEvent('download'), toolbarControl(app, 'export-docx').then((b) => b.click())]);
  expect(docx.suggestedFilename()).toBe('cau-kenh-duong-van-duong-thong-xe.docx');
  const bytes = readFileSync((await docx.path())!);
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
});
