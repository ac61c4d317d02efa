import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/test';
import { EditorPage, toolbarControl } from './pages/editor-page';

/** The toolbar's row: its height, the tallest control in it, and its controls' distinct tops. */
const rowShape = (page: Page) =>
  page.getByTestId('editor-toolbar').evaluate((bar) => {
    const controls = Array.from(bar.querySelectorAll<HTMLElement>('.roving-toolbar-row button, .roving-toolbar-row select'));
    return {
      height: bar.getBoundingClientRect().height,
      tallest: Math.max(...controls.map((el) => el.getBoundingClientRect().height)),
      tops: [...new Set(controls.map((el) => Math.round(el.getBoundingClientRect().top)))],
      clipped: controls.filter((el) => el.getBoundingClientRect().right > bar.getBoundingClientRect().right + 1).map((el) => el.dataset.testid ?? el.title),
    };
  });

/** The page or one of its main regions scrolls sideways. */
const horizontalScroll = (page: Page) =>
  page.evaluate(() =>
    [document.documentElement, ...Array.from(document.querySelectorAll<HTMLElement>('.app-main, .editor-main, .editor-bar, .review-pane, .editor-meta'))]
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.className || el.tagName}: ${el.scrollWidth} > ${el.clientWidth}`),
  );

/** Every control of the toolbar (row and "Thêm"): its test id, name and tooltip. */
const controlsOf = (page: Page, where: string) =>
  page.locator(where).evaluateAll((roots) =>
    roots.flatMap((root) =>
      Array.from(root.querySelectorAll<HTMLElement>('button, select')).map((el) => ({
        id: el.dataset.testid ?? '',
        name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '',
        title: el.title,
      })),
    ),
  );

for (const size of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`at ${size.width}×${size.height} the editor's toolbar is one row of named icons, the rest in "Thêm", and nothing scrolls sideways`, async ({ page, host }, testInfo) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    const { editor } = await EditorPage.openNew(page, host.url);
    await editor.title.click();
    await page.keyboard.type('Huyện tổng kết năm');
    await editor.body.click();
    await page.keyboard.type('Năm nay huyện đạt mọi chỉ tiêu.');
    // With the caret in a table the table's own buttons join the row too.
    await (await editor.useTool('table')).click();
    await expect(editor.body.locator('table')).toHaveCount(1);
    await expect(page.getByTestId('tb-add-row').or(page.getByTestId('tb-more')).first()).toBeVisible();

    for (const state of ['text', 'table']) {
      if (state === 'text') {
        await editor.body.locator(':scope > p').first().click();
        await expect(page.getByTestId('tb-add-row')).toHaveCount(0);
      } else {
        await editor.body.locator('td').first().click();
        await expect(page.getByTestId('tb-add-row').or(page.getByTestId('tb-more')).first()).toBeVisible();
      }
      // The row settles after it measured its groups: one line of controls, no taller than one control.
      await expect.poll(async () => (await rowShape(page)).tops.length, { message: `one row of tools (${state})` }).toBe(1);
      const shape = await rowShape(page);
      expect(shape.height, `toolbar height ${shape.height} for controls of ${shape.tallest}`).toBeLessThan(shape.tallest * 1.8);
      expect(shape.clipped, 'controls cut off at the right').toEqual([]);
      expect(await horizontalScroll(page)).toEqual([]);

      const file = testInfo.outputPath(`toolbar-${size.width}x${size.height}-${state}.png`);
      await page.screenshot({ path: file });
      console.log(`screenshot: ${file}`);
    }

    // Every button has a Vietnamese name and a tooltip; those that did not fit are in "Thêm", none is lost.
    const inRow = await controlsOf(page, '.roving-toolbar-row');
    const more = page.getByTestId('tb-more');
    let inMore: typeof inRow = [];
    if (size.width >= 1920) {
      await expect(more, 'at 1920 px everything fits on the row').toHaveCount(0);
    } else if (await more.isVisible()) {
      await more.click();
      await expect(page.getByTestId('tb-more-panel')).toBeVisible();
      inMore = await controlsOf(page, '[data-testid="tb-more-panel"]');
      await page.keyboard.press('Escape');
    }
    console.log(`${size.width}×${size.height}: ${inRow.length} controls on the row, ${inMore.length} in "Thêm"`);
    const all = [...inRow, ...inMore].filter((c) => c.id !== 'tb-more');
    for (const control of all) {
      expect(control.name, `name of ${control.id}`).toMatch(/\p{L}{2,}/u);
      expect(control.title, `tooltip of ${control.id}`).not.toBe('');
    }
    const ids = all.map((c) => c.id);
    for (const id of ['tb-undo', 'tb-bold', 'tb-block', 'tb-link', 'tb-bullet-list', 'tb-align-justify', 'tb-table', 'tb-image', 'tb-comment', 'export-print', 'export-docx', 'convert-encoding', 'tb-shortcuts']) {
      expect(ids, `${id} on the row or in "Thêm"`).toContain(id);
    }
    // A button from "Thêm" still works: the shortcuts sheet opens from it.
    await (await toolbarControl(page, 'tb-shortcuts')).click();
    await expect(page.getByTestId('shortcuts-sheet')).toBeVisible();
  });
}
