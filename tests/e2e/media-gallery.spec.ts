import type { Page } from '@playwright/test';
import { configurePortalInSettings, expect, portalTest as test } from './fixtures/portal';
import { editArticle, type HostClient } from '../wordpress/host-client';
import { EditorPage } from './pages/editor-page';
import { fillArticle } from '../wordpress/sample-article';
import { makePng } from '../wordpress/sample-images';
import { startWordPress, type WordPressInstance, type WpPost } from '../wordpress/wordpress-harness';

// Photo stories and infographics from the toolbar's "Chèn video, bộ ảnh, đồ họa" menu: a gallery reordered in the
// editor arrives on the tests' real WordPress in the new order; an infographic cannot be sent for review without
// its alt text.
let wp: WordPressInstance;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  wp = await startWordPress();
});

test.afterAll(async () => {
  await wp?.stop();
});

const png = (name: string, rgb: [number, number, number]) => ({ name, mimeType: 'image/png', buffer: Buffer.from(makePng(24, 16, rgb)) });

/** The menu, then one of its entries, then the pictures in the file chooser it opens. */
async function insertFromMenu(app: Page, entry: 'gallery' | 'infographic', files: ReturnType<typeof png>[]): Promise<void> {
  await app.getByTestId('insert-media').click();
  const menu = app.getByTestId('insert-media-menu');
  await expect(menu.getByRole('menuitem')).toHaveText(['Video…', 'Bộ ảnh…', 'Đồ họa…']);
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  const chooser = app.waitForEvent('filechooser');
  await menu.getByTestId(`insert-media-${entry}`).click();
  await (await chooser).setFiles(files);
}

/** A new photo story with this title and sapo, opened, with a gallery of three photos (red, green, blue) from the menu. */
async function photoStory(app: Page, client: HostClient, hostUrl: string, title: string, sapo: string) {
  const { id: articleId } = await client.call('drafts.create', { kind: 'anh', category: 'Văn hóa - Xã hội' });
  await editArticle(client, articleId, (doc) => fillArticle(doc, { kind: 'anh', title, sapo, paragraphs: ['Ảnh: Chí Tâm.'] }));
  const editor = new EditorPage(app);
  await editor.open(hostUrl, articleId);
  await editor.body.locator('p').last().click();
  await app.keyboard.press('End');
  await insertFromMenu(app, 'gallery', [png('mot.png', [200, 40, 40]), png('hai.png', [40, 160, 40]), png('ba.png', [40, 40, 200])]);
  const photos = editor.body.getByTestId('gallery-photo');
  await expect(photos).toHaveCount(3, { timeout: 30_000 });
  return { articleId, editor, photos };
}

/** "Gửi duyệt" with nothing required missing: the check before sending opens only if it has advice, and lets it go. */
async function sendForReview(app: Page): Promise<void> {
  await app.getByTestId('status-to-in_review').click();
  const check = app.getByTestId('pre-send-check');
  const status = app.getByTestId('article-status');
  await expect(status.filter({ hasText: 'Trạng thái: Chờ duyệt' }).or(check)).toBeVisible();
  if (await check.isVisible()) {
    await expect(check.getByTestId('missing-parts')).toHaveCount(0);
    await app.getByTestId('pre-send-anyway').click();
  }
  await expect(status).toHaveText('Trạng thái: Chờ duyệt');
}

/**
 * "Gửi lên cổng", which runs the same check: it opens when the spellchecker has advice by then (here «ngo» of
 * "đua ghe ngo", read as "ngõ" in context, once the background check has reached the title), and lets it go.
 */
async function submitToPortal(app: Page): Promise<void> {
  await app.getByTestId('portal-submit-button').click();
  const check = app.getByTestId('pre-send-check');
  const queued = app.getByTestId('portal-submit-status').and(app.locator(':not([data-state="none"])'));
  await expect(queued.or(check)).toBeVisible();
  if (await check.isVisible()) {
    await expect(check.getByTestId('missing-parts')).toHaveCount(0);
    await app.getByTestId('pre-send-anyway').click();
  }
}

test('a photo story: three photos from the menu, the last moved first, sent for review, approved and on the portal in that order', async ({ app, client, host }) => {
  test.setTimeout(240_000);
  await configurePortalInSettings(app, { url: wp.url, username: wp.adminUser, password: wp.appPassword });
  const { articleId, editor, photos } = await photoStory(app, client, host.url, 'Sắc màu lễ hội đua ghe ngo', 'Những khoảnh khắc của lễ hội đua ghe ngo năm nay.');
  const before = await photos.evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.imageId ?? ''));
  expect(before.every((id) => id.length > 0)).toBe(true);

  // The third photo up twice, with its "Lên" button: 3, 1, 2.
  await photos.nth(2).getByTestId('photo-up').click();
  await expect.poll(() => photos.evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.imageId))).toEqual([before[0], before[2], before[1]]);
  await photos.nth(1).getByTestId('photo-up').click();
  const order = [before[2]!, before[0]!, before[1]!];
  await expect.poll(() => photos.evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.imageId))).toEqual(order);
  await expect(editor.saveState).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });

  // "Gửi duyệt": the photo story has its three photos, so nothing required is missing.
  await sendForReview(app);
  // The board approves it (the review flow has its own specs).
  await client.call('drafts.setStatus', { id: articleId, status: 'approved' });
  await editor.open(host.url, articleId);
  await expect(app.getByTestId('article-status')).toHaveText('Trạng thái: Đã duyệt');

  await submitToPortal(app);
  await expect(app.getByTestId('portal-submit-status')).toHaveAttribute('data-state', 'sent', { timeout: 60_000 });
  const mediaIds: number[] = [];
  for (const imageId of order) {
    const [media] = await wp.rest<{ id: number }[]>(`/wp/v2/media?slug=toasoan-img-${imageId.toLowerCase()}&context=edit`);
    expect(media, `photo ${imageId} on the portal`).toBeDefined();
    mediaIds.push(media!.id);
  }
  const posts = await wp.rest<WpPost[]>(`/wp/v2/posts?status=pending&context=edit&per_page=100&search=${encodeURIComponent('đua ghe ngo')}`);
  const post = posts.find((p) => p.title.raw === 'Sắc màu lễ hội đua ghe ngo');
  expect(post?.content.raw).toContain('<!-- wp:gallery');
  const inPost = [...post!.content.raw.matchAll(/<!-- wp:image \{"id":(\d+)/g)].map((m) => Number(m[1]));
  expect(inPost).toEqual(mediaIds);
  // The featured image defaults to the first photo.
  expect((post as unknown as { featured_media: number }).featured_media).toBe(mediaIds[0]);
});

test('an infographic without its alt text cannot be sent for review: the missing part is listed, "Đi tới" leads to the field', async ({ app, client, host }) => {
  const { id: articleId } = await client.call('drafts.create', { kind: 'do_hoa', category: 'Kinh tế' });
  await editArticle(client, articleId, (doc) =>
    fillArticle(doc, { kind: 'do_hoa', title: 'Kinh tế huyện năm 2026 qua các con số', sapo: 'Tổng giá trị sản xuất tăng 8,2 %.', paragraphs: ['Đồ họa: Minh Anh.'] }),
  );
  const editor = new EditorPage(app);
  await editor.open(host.url, articleId);
  await editor.body.locator('p').last().click();
  await app.keyboard.press('End');
  await insertFromMenu(app, 'infographic', [png('do-hoa.png', [230, 180, 20])]);
  const infographic = editor.body.getByTestId('editor-infographic');
  await expect(infographic).toHaveCount(1, { timeout: 30_000 });
  await expect(infographic.getByTestId('infographic-alt-missing')).toBeVisible();

  await app.getByTestId('status-to-in_review').click();
  const check = app.getByTestId('pre-send-check');
  await expect(check.getByTestId('missing-parts')).toContainText('Đồ họa 1 chưa có mô tả ảnh cho người đọc không xem được ảnh.');
  await expect(app.getByTestId('pre-send-anyway')).toHaveCount(0);
  await check.getByTestId('go-missing-infographic-alt').click();
  await expect(check).toHaveCount(0);
  const alt = infographic.getByTestId('infographic-alt');
  await expect(alt).toBeFocused();
  await alt.fill('Biểu đồ cột: giá trị sản xuất các ngành năm 2026, tăng 8,2 % so với năm trước');
  await alt.press('Tab');
  await expect(app.getByTestId('article-status')).not.toHaveText('Trạng thái: Chờ duyệt');

  await sendForReview(app);
});

test('a photo dragged by its picture with the mouse moves in the gallery, and the order is saved', async ({ app, client, host }) => {
  test.setTimeout(120_000);
  const { articleId, editor, photos } = await photoStory(app, client, host.url, 'Chợ nổi ngày Tết', 'Chợ nổi đông vui.');
  const ids = () => photos.evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.imageId ?? ''));
  const before = await ids();

  // The third photo's picture, pressed, moved in steps and dropped on the top part of the first photo's picture.
  const from = photos.nth(2).locator('.editor-figure-frame');
  const to = photos.nth(0).locator('.editor-figure-frame');
  await from.scrollIntoViewIfNeeded();
  const a = (await from.boundingBox())!;
  await app.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await app.mouse.down();
  await to.scrollIntoViewIfNeeded();
  const b = (await to.boundingBox())!;
  await app.mouse.move(b.x + b.width / 2, b.y + 2, { steps: 10 });
  await app.mouse.up();
  await expect.poll(ids).toEqual([before[2], before[0], before[1]]);
  await expect(editor.saveState).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });

  // Saved: reopened, the gallery has the dragged order, each photo once.
  await editor.open(host.url, articleId);
  await expect(photos).toHaveCount(3, { timeout: 30_000 });
  await expect.poll(ids).toEqual([before[2], before[0], before[1]]);
});
