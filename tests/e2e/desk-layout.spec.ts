import type { Page, TestInfo } from '@playwright/test';
import { test, expect } from './fixtures/test';
import { EditorPage } from './pages/editor-page';
import { longBody, seedArticle } from './pages/drafts-seed';

/**
 * The desk at the two screens a newsroom has (1366×768, 1920×1080): the
 * editor with a 3,600-word article, the list of twenty drafts and the outbox.
 * Screenshots go to the test's output folder (their paths are printed); the
 * test fails on anything that scrolls sideways or a toolbar on two rows.
 */

/** Elements that scroll sideways (the page itself, or any scroll box whose content is wider than it). */
async function sidewaysScrollers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) found.push(`document (${root.scrollWidth} > ${root.clientWidth})`);
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      const style = getComputedStyle(el);
      if (!['auto', 'scroll'].includes(style.overflowX)) continue;
      if (el.scrollWidth > el.clientWidth + 1 && el.getClientRects().length > 0) {
        const name = el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : `${el.tagName.toLowerCase()}.${Array.from(el.classList).join('.')}`;
        found.push(`${name} (${el.scrollWidth} > ${el.clientWidth})`);
      }
    }
    return found;
  });
}

/** Distinct tops of the toolbar's row controls: one row has one top. */
async function toolbarRows(page: Page): Promise<number> {
  return page.getByTestId('editor-toolbar').evaluate((bar) => {
    const tops = new Set<number>();
    for (const el of Array.from(bar.querySelectorAll<HTMLElement>('.roving-toolbar-row button, .roving-toolbar-row select'))) {
      if (el.getClientRects().length === 0) continue;
      tops.add(Math.round(el.getBoundingClientRect().top / 8));
    }
    return tops.size;
  });
}

async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
  console.log(`screenshot: ${path}`);
}

/** Buttons left in the browser's default look (grey face, 2px outset border). */
async function unstyledButtons(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLButtonElement>('button'))
      .filter((b) => b.getClientRects().length > 0)
      .filter((b) => {
        const s = getComputedStyle(b);
        return s.backgroundColor === 'rgb(239, 239, 239)' || s.borderTopStyle === 'outset';
      })
      .map((b) => b.dataset.testid ?? b.textContent?.trim() ?? '?'),
  );
}

for (const size of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`at ${size.width}×${size.height}: editor, list and outbox fit, the toolbar is one row`, async ({ app, host }, testInfo) => {
    // Twenty articles and a 3,600-word one are seeded first: slow on a loaded machine.
    test.setTimeout(240_000);
    await app.setViewportSize(size);
    const tag = `${size.width}x${size.height}`;
    const categories = ['Kinh tế', 'Văn hóa - Xã hội', 'Quốc phòng - An ninh', 'Tin tức - Sự kiện'];
    const kinds = ['tin', 'bai', 'phong_su'] as const;
    let longId = '';
    for (let i = 1; i <= 20; i++) {
      const id = await seedArticle(host.url, {
        title: i === 20 ? 'Báo cáo sơ kết sáu tháng đầu năm của Ủy ban nhân dân xã Tân Thạnh' : `Bản tin số ${i}: hoạt động của các ấp trong tuần`,
        sapo: 'Tóm tắt nội dung chính của bài viết.',
        body: i === 20 ? longBody(3600) : [{ p: 'Nội dung bài viết ngắn.' }, { table: [['Chỉ tiêu', 'Kết quả'], ['Thu ngân sách', '105%']] }],
        kind: kinds[i % 3],
        category: categories[i % 4],
      });
      if (i === 20) longId = id;
    }

    // The list of twenty drafts, with one chosen.
    await app.reload();
    await expect(app.getByTestId('drafts-list').getByTestId('article-row')).toHaveCount(20);
    await app.getByTestId('article-row').filter({ hasText: 'Báo cáo sơ kết' }).getByRole('button').click();
    await expect(app.getByTestId('article-preview')).toContainText('Phần 1');
    await shoot(app, testInfo, `drafts-${tag}`);
    expect(await sidewaysScrollers(app), 'sideways scroll on the list').toEqual([]);
    expect(await unstyledButtons(app), 'browser-default buttons on the list').toEqual([]);

    // The editor with the long article.
    const editor = new EditorPage(app);
    await editor.open(host.url, longId);
    await expect(app.getByTestId('editor-body')).toContainText('Phần 1');
    await expect(app.getByTestId('editor-toolbar')).toBeVisible();
    await shoot(app, testInfo, `editor-${tag}`);
    expect(await toolbarRows(app), 'toolbar rows').toBe(1);
    expect(await sidewaysScrollers(app), 'sideways scroll in the editor').toEqual([]);
    expect(await unstyledButtons(app), 'browser-default buttons in the editor').toEqual([]);
    // At 1920 px the page uses the screen: the text column is wider than at 1366.
    const page = await app.locator('.editor-page').boundingBox();
    if (size.width >= 1920) expect(page!.width).toBeGreaterThan(900);

    // The outbox.
    await app.locator('.app-nav').getByRole('button', { name: 'Hộp thư đi', exact: true }).click();
    await expect(app.getByRole('heading', { level: 1 })).toBeVisible();
    await shoot(app, testInfo, `outbox-${tag}`);
    expect(await sidewaysScrollers(app), 'sideways scroll in the outbox').toEqual([]);
    expect(await unstyledButtons(app), 'browser-default buttons in the outbox').toEqual([]);
  });
}
