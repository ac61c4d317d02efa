import type { Page } from '@playwright/test';
import { configurePortalInSettings, expect, portalTest } from './fixtures/portal';
import { writeApprovedArticle } from '../wordpress/host-client';
import { EditorPage } from './pages/editor-page';
import { startWordPress, type WordPressInstance, type WpPost } from '../wordpress/wordpress-harness';
import { makeMp4, sha256 } from '../videos';

// A video inserted in the editor, copied with progress, sent to a real WordPress (tests/wordpress).
let wp: WordPressInstance;

const test = portalTest;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  wp = await startWordPress();
});

test.afterAll(async () => {
  await wp?.stop();
});

async function configurePortal(app: Page): Promise<void> {
  await configurePortalInSettings(app, { url: wp.url, username: wp.adminUser, password: wp.appPassword });
}

test('insert a video, watch the copy progress, submit, and find it whole on the portal with a YouTube embed', async ({ app, client, host }) => {
  test.setTimeout(180_000);
  await configurePortal(app);
  const { articleId } = await writeApprovedArticle(client, {
    title: 'Lễ hội đua thuyền truyền thống',
    sapo: 'Sáng 1/12, phường tổ chức lễ hội đua thuyền.',
    paragraphs: ['Hàng nghìn người dân cổ vũ.'],
    category: 'Văn hóa - Xã hội',
  });
  const editor = new EditorPage(app);
  await editor.open(host.url, articleId);

  // Every text the progress line shows, recorded as it appears (the copy may be quick).
  await app.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="video-progress"]')?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });

  await editor.body.locator('p').last().click();
  await app.keyboard.press('End');
  const video = makeMp4(6 * 1024 * 1024, 11);
  await app.getByTestId('video-input').setInputFiles({ name: 'dua-thuyen.mp4', mimeType: 'video/mp4', buffer: video });
  const node = editor.body.getByTestId('editor-video');
  await expect(node).toHaveAttribute('data-video-hash', sha256(video), { timeout: 30_000 });
  await expect(node.getByTestId('editor-video-info')).toContainText('Dung lượng: 6,0 MB');
  await expect(node.locator('video')).toHaveCount(1);
  const seen = await app.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  expect(seen.length).toBeGreaterThan(0);
  expect(seen[0]).toContain('Đang chép video vào thư mục dữ liệu');
  await expect(app.getByTestId('video-progress')).toHaveCount(0);

  // Caption and credit.
  await node.locator('.editor-figure-caption').click();
  await app.keyboard.type('Đua thuyền trên sông');
  await node.getByTestId('editor-video-credit').fill('Minh Anh');
  await node.getByTestId('editor-video-credit').press('Tab');

  // A YouTube address on its own line becomes a card, with nothing fetched.
  await editor.body.locator('p').last().click();
  await app.keyboard.press('End');
  await app.keyboard.press('Enter');
  await app.keyboard.type('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
  await expect(editor.body.getByTestId('editor-embed-card')).toContainText('Video YouTube');
  await expect(editor.saveState).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });

  await app.getByTestId('portal-submit-button').click();
  await expect(app.getByTestId('portal-submit-status')).toHaveAttribute('data-state', 'sent', { timeout: 60_000 });

  const media = await wp.rest<{ id: number; source_url: string }[]>(`/wp/v2/media?slug=toasoan-vid-${sha256(video).slice(0, 40)}&context=edit`);
  expect(media).toHaveLength(1);
  const arrived = Buffer.from(await (await fetch(media[0]!.source_url)).arrayBuffer());
  expect(sha256(arrived)).toBe(sha256(video));
  const posts = await wp.rest<WpPost[]>(`/wp/v2/posts?status=pending&context=edit&per_page=100&search=${encodeURIComponent('đua thuyền')}`);
  const post = posts.find((p) => p.title.raw === 'Lễ hội đua thuyền truyền thống');
  expect(post?.content.raw).toContain(`<!-- wp:video {"id":${media[0]!.id}} -->`);
  expect(post?.content.raw).toContain('Đua thuyền trên sông (Video: Minh Anh)');
  expect(post?.content.raw).toContain('<!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ"');
});
