import { test, expect } from './fixtures/test';
import { EditorPage, toolbarControl } from './pages/editor-page';
import { ReviewPage } from './pages/review-page';
import { makePng } from '../wordpress/sample-images';
import { makeMp4 } from '../videos';

// Comments on a whole video and a whole gallery (issue 23): a click on the media's frame selects it, "Góp ý" (the
// right-click menu, the toolbar button) anchors a thread on it; the card, the class on the node view and the
// anchor survive a reload.
const png = (name: string, rgb: [number, number, number]) => ({ name, mimeType: 'image/png', buffer: Buffer.from(makePng(24, 16, rgb)) });

test('comment on a video and on a gallery, reload, and find the cards and the highlights', async ({ app, host }) => {
  test.setTimeout(180_000);
  const { editor } = await EditorPage.openNew(app, host.url);
  const review = new ReviewPage(app);
  await editor.body.click();
  await app.keyboard.type('Mở đầu bài.');
  await app.keyboard.press('Enter');
  await app.keyboard.type('Kết bài.');

  // A video after the first paragraph, a gallery of two photos after the second.
  await editor.body.locator('p', { hasText: 'Mở đầu bài.' }).click();
  await app.keyboard.press('End');
  await app.getByTestId('video-input').setInputFiles({ name: 'le-hoi.mp4', mimeType: 'video/mp4', buffer: makeMp4(512 * 1024, 5) });
  const video = editor.body.getByTestId('editor-video');
  await expect(video).toHaveAttribute('data-video-hash', /^[0-9a-f]{64}$/, { timeout: 30_000 });
  await video.locator('.editor-figure-caption').click();
  await app.keyboard.type('Lễ hội đua ghe');
  await editor.body.locator('p', { hasText: 'Kết bài.' }).click();
  await app.keyboard.press('End');
  await (await toolbarControl(app, 'insert-media')).click();
  const chooser = app.waitForEvent('filechooser');
  await app.getByTestId('insert-media-menu').getByTestId('insert-media-gallery').click();
  await (await chooser).setFiles([png('mot.png', [200, 40, 40]), png('hai.png', [40, 40, 200])]);
  const gallery = editor.body.getByTestId('editor-gallery');
  await expect(gallery.getByTestId('gallery-photo')).toHaveCount(2, { timeout: 30_000 });
  await editor.waitSaved();

  // The video: a click on its frame (the duration line) selects it; right click, "Góp ý".
  await video.getByTestId('editor-video-info').click();
  await expect(video).toHaveClass(/ProseMirror-selectednode/);
  await video.getByTestId('editor-video-info').click({ button: 'right' });
  await app.getByTestId('review-context-menu').getByRole('menuitem', { name: 'Góp ý' }).click();
  await expect(app.getByTestId('new-thread')).toContainText('Video: Lễ hội đua ghe');
  await app.getByTestId('new-thread-text').fill('Cắt bớt đoạn đầu.');
  await app.getByTestId('new-thread').getByRole('button', { name: 'Gửi' }).click();

  // The gallery: a click on its heading selects it; the toolbar's "Góp ý".
  await gallery.locator('.editor-gallery-heading').click();
  await expect(gallery).toHaveClass(/ProseMirror-selectednode/);
  await (await toolbarControl(app, 'tb-comment')).click();
  await expect(app.getByTestId('new-thread')).toContainText('Bộ ảnh 2 ảnh');
  await app.getByTestId('new-thread-text').fill('Thiếu ảnh toàn cảnh.');
  await app.getByTestId('new-thread').getByRole('button', { name: 'Gửi' }).click();

  const check = async () => {
    await expect(review.threads).toHaveCount(2);
    // In document order: the video's card, then the gallery's.
    await expect(review.threads.getByTestId('thread-quote')).toHaveText([/^Video: Lễ hội đua ghe/, /^Bộ ảnh 2 ảnh/]);
    await expect(review.thread('Video:').getByTestId('post-text')).toHaveText('Cắt bớt đoạn đầu.');
    await expect(review.thread('Bộ ảnh').getByTestId('post-text')).toHaveText('Thiếu ảnh toàn cảnh.');
    await expect(video).toHaveClass(/comment-node/);
    await expect(gallery).toHaveClass(/comment-node/);
    // No passage of text is highlighted: the threads are on the nodes.
    expect(await review.highlights()).toEqual([]);
    const ids = await review.threads.evaluateAll((cards) => cards.map((c) => c.getAttribute('data-thread-id')));
    await expect(video).toHaveAttribute('data-thread', ids[0]!);
    await expect(gallery).toHaveAttribute('data-thread', ids[1]!);
  };
  await check();
  await editor.waitSaved();

  await app.reload();
  await editor.body.waitFor();
  await check();

  // The card brings its media forward; a click on the media's frame marks its card.
  await review.thread('Bộ ảnh').getByTestId('thread-quote').click();
  await expect(gallery).toHaveClass(/comment-node-active/);
  await video.getByTestId('editor-video-info').click();
  await expect(review.thread('Video:')).toHaveAttribute('aria-current', 'true');
  await expect(video).toHaveClass(/comment-node-active/);
});
