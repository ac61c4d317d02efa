import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/test';
import { EditorPage, toolbarControl } from './pages/editor-page';

const paragraph = (i: number) =>
  `Đoạn ${i}: Ủy ban nhân dân huyện tổ chức hội nghị tổng kết công tác xây dựng nông thôn mới, biểu dương các xã đạt chuẩn trong năm.`;

/** Lines of body text fully visible on screen: inside the scroller, inside the window, and not under anything else. */
function visibleBodyLines(page: Page): Promise<number> {
  return page.evaluate(() => {
    const body = document.querySelector('[data-testid="editor-body"]')!;
    const tops = new Set<number>();
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of Array.from(range.getClientRects())) {
        if (rect.top < 0 || rect.bottom > window.innerHeight || rect.height === 0) continue;
        const x = rect.left + Math.min(rect.width / 2, 20);
        const hit = document.elementFromPoint(x, rect.top + rect.height / 2);
        if (hit && body.contains(hit)) tops.add(Math.round(rect.top));
      }
    }
    return tops.size;
  });
}

/** Scrollers wider than their box, with the elements that stick out past the window's right edge (tables may). */
const sidewaysScroll = (page: Page) =>
  page.evaluate(() => {
    const wide = [document.documentElement, ...Array.from(document.querySelectorAll<HTMLElement>('.app-main, .editor-main, .editor-page'))].filter(
      (el) => el.scrollWidth > el.clientWidth + 1,
    );
    if (wide.length === 0) return [];
    const out = Array.from(document.querySelectorAll<HTMLElement>('body *'))
      .filter((el) => !el.closest('table') && el.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} right=${Math.round(el.getBoundingClientRect().right)}`);
    return [...wide.map((el) => `${el.className || el.tagName}: ${el.scrollWidth} > ${el.clientWidth}`), ...out];
  });

/** A new article with a title and 30 paragraphs, open in the editor. */
async function openLongArticle(page: Page, hostUrl: string): Promise<EditorPage> {
  const { editor } = await EditorPage.openNew(page, hostUrl);
  await editor.title.click();
  await page.keyboard.type('Tổng kết xây dựng nông thôn mới');
  await editor.body.click();
  for (let i = 1; i <= 30; i++) {
    await page.keyboard.insertText(paragraph(i));
    await page.keyboard.press('Enter');
  }
  await expect(editor.body.locator('p')).toHaveCount(31);
  return editor;
}

test('at 200 % zoom (683×384) the editor shows 12 lines or more, the toolbar folds into "Thêm", a click in the body lands in the body', async ({ page, host }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 683, height: 384 });
  const editor = await openLongArticle(page, host.url);

  // One row of tools, the rest in "Thêm"; the side panel is a drawer behind a button.
  const toolbar = page.getByTestId('editor-toolbar');
  await expect(page.getByTestId('tb-more')).toBeVisible();
  expect((await toolbar.boundingBox())!.height).toBeLessThan(60);
  await expect(page.getByTestId('meta-panel')).toBeHidden();
  await page.getByTestId('side-toggle').click();
  await expect(page.getByTestId('meta-panel')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('meta-panel')).toBeHidden();

  // The middle of the article on screen: count the lines one can read.
  await editor.body.locator('p').nth(15).evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const lines = await visibleBodyLines(page);
  console.log(`visible lines of body text at 683×384: ${lines}`);
  expect(lines).toBeGreaterThanOrEqual(12);
  expect(await sidewaysScroll(page)).toEqual([]);

  // A click in the middle of the visible body puts the caret in the body, not on a toolbar button.
  const point = await page.evaluate(() => {
    const box = document.querySelector('[data-testid="editor-body"]')!.getBoundingClientRect();
    const top = Math.max(box.top, 0);
    const bottom = Math.min(box.bottom, window.innerHeight);
    return { x: box.left + box.width / 2, y: (top + bottom) / 2 };
  });
  await page.mouse.click(point.x, point.y);
  await expect(editor.body).toBeFocused();
  expect(await page.evaluate(({ x, y }) => !!document.elementFromPoint(x, y)?.closest('[data-testid="editor-body"]'), point)).toBe(true);
});

test('at 320 CSS px nothing scrolls sideways (list and editor)', async ({ page, host }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 320, height: 640 });
  const { editor } = await EditorPage.openNew(page, host.url);
  await editor.body.click();
  await page.keyboard.insertText(paragraph(1));
  await expect(editor.body).toContainText('Đoạn 1');
  expect(await sidewaysScroll(page)).toEqual([]);
  await page.getByRole('button', { name: 'Bài viết', exact: true }).click();
  await expect(page.getByTestId('article-row')).toHaveCount(1);
  await page.getByTestId('article-row').getByRole('button').click();
  await expect(page.getByTestId('article-panel')).toBeVisible();
  // The selected article's panel is brought on screen.
  await expect(page.getByTestId('article-panel')).toBeInViewport();
  expect(await sidewaysScroll(page)).toEqual([]);
});

test('1280×720 at 150 % (853×480 CSS px): one toolbar row, every control reachable, 12 lines or more, nothing scrolls sideways', async ({ browser, host }) => {
  test.setTimeout(240_000);
  // Windows' 150 % scaling on a 1280×720 screen: the page sees 853×480 CSS px at 1.5 device pixels each.
  const context = await browser.newContext({ viewport: { width: 853, height: 480 }, deviceScaleFactor: 1.5, locale: 'vi-VN' });
  const page = await context.newPage();
  try {
    expect(await page.evaluate(() => window.devicePixelRatio)).toBe(1.5);
    const editor = await openLongArticle(page, host.url);

    // One row of tools (at this height it scrolls away with the text: F6 brings it back); every tool can be reached.
    for (let i = 0; i < 5 && !(await page.evaluate(() => !!document.activeElement?.closest('[role="toolbar"]'))); i++) await page.keyboard.press('F6');
    await expect(page.locator('[role="toolbar"] [tabindex="0"]')).toBeFocused();
    const toolbar = page.getByTestId('editor-toolbar');
    await expect(toolbar).toBeInViewport();
    await expect(page.getByTestId('tb-more')).toBeVisible();
    expect((await toolbar.boundingBox())!.height).toBeLessThan(60);
    for (const id of ['tb-undo', 'tb-block', 'tb-bold', 'tb-link', 'tb-bullet-list', 'tb-align-center', 'tb-table', 'tb-image', 'export-print', 'convert-encoding', 'tb-shortcuts']) {
      const control = await toolbarControl(page, id);
      await control.scrollIntoViewIfNeeded();
      await expect(control, id).toBeInViewport({ ratio: 1 });
    }
    await page.keyboard.press('Escape');

    // The article's information is a drawer; its fields and "Chọn ảnh…" come on screen.
    await page.getByTestId('side-toggle').click();
    const meta = page.getByTestId('meta-panel');
    await expect(meta).toBeVisible();
    for (const id of ['meta-image-choose']) {
      await page.getByTestId(id).scrollIntoViewIfNeeded();
      await expect(page.getByTestId(id)).toBeInViewport({ ratio: 1 });
    }
    expect(await meta.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    await page.keyboard.press('Escape');
    await expect(meta).toBeHidden();

    // "Gửi duyệt" (above the text, scrolled away with it) comes on screen whole; the navigation stays on screen.
    await page.getByTestId('status-to-in_review').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('status-to-in_review')).toBeInViewport({ ratio: 1 });
    for (const name of ['Bài viết', 'Hộp thư đi', 'Cài đặt']) {
      await expect(page.getByRole('button', { name, exact: true })).toBeInViewport();
    }

    // The body: 12 lines or more, no sideways scrolling, a click in it lands in it.
    await editor.body.locator('p').nth(15).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const lines = await visibleBodyLines(page);
    console.log(`visible lines of body text at 853×480 (1280×720 at 150 %): ${lines}`);
    expect(lines).toBeGreaterThanOrEqual(12);
    expect(await sidewaysScroll(page)).toEqual([]);
    const point = await page.evaluate(() => {
      const box = document.querySelector('[data-testid="editor-body"]')!.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: (Math.max(box.top, 0) + Math.min(box.bottom, window.innerHeight)) / 2 };
    });
    await page.mouse.click(point.x, point.y);
    await expect(editor.body).toBeFocused();

    // The list: the selected article's panel comes on screen, nothing scrolls sideways.
    await page.getByRole('button', { name: 'Bài viết', exact: true }).click();
    await page.getByTestId('article-row').getByRole('button').click();
    await expect(page.getByTestId('article-panel')).toBeInViewport();
    expect(await sidewaysScroll(page)).toEqual([]);
  } finally {
    await context.close();
  }
});
