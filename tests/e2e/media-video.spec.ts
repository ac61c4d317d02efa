import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Locator, Page } from '@playwright/test';
import { configurePortalInSettings, expect, portalTest } from './fixtures/portal';
import { writeApprovedArticle } from '../wordpress/host-client';
import { EditorPage, toolbarControl } from './pages/editor-page';
import { startWordPress, type WordPressInstance, type WpPost } from '../wordpress/wordpress-harness';
import { makeMp4, sha256 } from '../videos';
import { startFaultProxy } from '../wordpress/fault-proxy';

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

/**
 * A real 4-second WebM made in the page (MediaRecorder on a canvas stream, VP8, which Debian's Chromium decodes):
 * red for the first 2 s, blue after. Nothing is fetched.
 */
async function recordWebm(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 160;
    canvas.height = 120;
    const context = canvas.getContext('2d')!;
    const recorder = new MediaRecorder(canvas.captureStream(25), { mimeType: 'video/webm;codecs=vp8' });
    const chunks: Blob[] = [];
    recorder.ondataavailable = (event) => chunks.push(event.data);
    const stopped = new Promise((resolve) => (recorder.onstop = resolve));
    let start = Infinity;
    const paint = () => {
      context.fillStyle = performance.now() - start < 2000 ? 'rgb(220, 0, 0)' : 'rgb(0, 0, 220)';
      context.fillRect(0, 0, canvas.width, canvas.height);
    };
    paint();
    // The clock starts when the recorder does (on a loaded machine it starts late).
    const started = new Promise((resolve) => (recorder.onstart = resolve));
    recorder.start(100);
    await started;
    start = performance.now();
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        paint();
        if (performance.now() - start >= 4000) {
          clearInterval(timer);
          resolve();
        }
      }, 40);
    });
    recorder.stop();
    await stopped;
    const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(text);
  });
  return Buffer.from(base64, 'base64');
}

/** 'red' or 'blue': the colour at the centre of a picture (an <img>, or a <video>'s poster). */
async function colourOf(picture: Locator): Promise<string> {
  return picture.evaluate(async (el) => {
    const image = new Image();
    image.src = el instanceof HTMLVideoElement ? el.poster : (el as HTMLImageElement).src;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const [r, g, b] = context.getImageData(canvas.width >> 1, canvas.height >> 1, 1, 1).data;
    return r! > 150 && b! < 80 ? 'red' : b! > 150 && r! < 80 ? 'blue' : `rgb(${r}, ${g}, ${b}) ${canvas.width}×${canvas.height}`;
  });
}

test('the poster frame is picked on a slider: the editor, print, .docx and the portal post show that frame', async ({ app, client, host }) => {
  test.setTimeout(180_000);
  await configurePortal(app);
  const { articleId } = await writeApprovedArticle(client, {
    title: 'Khánh thành cầu Rạch Đình',
    sapo: 'Cây cầu nối hai khu phố.',
    paragraphs: ['Người dân phấn khởi.'],
    category: 'Văn hóa - Xã hội',
  });
  const editor = new EditorPage(app);
  await editor.open(host.url, articleId);
  const webm = await recordWebm(app);

  await editor.body.locator('p').last().click();
  await app.keyboard.press('End');
  await app.getByTestId('video-input').setInputFiles({ name: 'cau.webm', mimeType: 'video/webm', buffer: webm });
  const node = editor.body.getByTestId('editor-video');
  await expect(node).toHaveAttribute('data-video-hash', sha256(webm), { timeout: 30_000 });
  // The first poster is the frame at one second: red.
  await expect(node).toHaveAttribute('data-poster-id', /.+/, { timeout: 30_000 });
  const first = (await node.getAttribute('data-poster-id'))!;
  const player = node.locator('video');
  await expect.poll(() => colourOf(player), { timeout: 15_000 }).toBe('red');

  // Move the slider near the end (a mouse click on its track): the poster becomes that frame, blue.
  const slider = node.getByTestId('editor-video-frame');
  await expect(slider).toBeEnabled({ timeout: 15_000 });
  await slider.scrollIntoViewIfNeeded();
  const box = (await slider.boundingBox())!;
  await app.mouse.click(box.x + box.width * 0.95, box.y + box.height / 2);
  await expect(node).not.toHaveAttribute('data-poster-id', first, { timeout: 30_000 });
  const poster = (await node.getAttribute('data-poster-id'))!;
  expect(poster).not.toBe('');
  await expect.poll(() => colourOf(player), { timeout: 15_000 }).toBe('blue');
  await expect(editor.saveState).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });

  // Print shows that frame.
  await (await toolbarControl(app, 'export-print')).click();
  const printed = app.frameLocator('[data-testid="print-frame"]').locator('.portal-body figure', { hasText: 'Video: toasoan-vid-' }).locator('img');
  await expect(printed).toHaveCount(1);
  await expect.poll(() => colourOf(printed), { timeout: 15_000 }).toBe('blue');
  await app.keyboard.press('Escape');

  // The .docx has the poster (with the article's two other pictures), then the video's line.
  const [download] = await Promise.all([app.waitForEvent('download'), toolbarControl(app, 'export-docx').then((b) => b.click())]);
  const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
  const pictures = Object.keys(files).filter((name) => name.startsWith('word/media/'));
  expect(pictures).toHaveLength(3);
  expect(strFromU8(files['word/document.xml']!)).toContain(`Video: toasoan-vid-${sha256(webm).slice(0, 40)}.webm`);

  // The portal post's video block has that picture as poster.
  await app.getByTestId('portal-submit-button').click();
  await expect(app.getByTestId('portal-submit-status')).toHaveAttribute('data-state', 'sent', { timeout: 60_000 });
  const [image] = await wp.rest<{ id: number; source_url: string }[]>(`/wp/v2/media?slug=toasoan-img-${poster.toLowerCase()}&context=edit`);
  expect(image).toBeDefined();
  const posts = await wp.rest<WpPost[]>(`/wp/v2/posts?status=pending&context=edit&per_page=100&search=${encodeURIComponent('Rạch Đình')}`);
  const post = posts.find((p) => p.title.raw === 'Khánh thành cầu Rạch Đình');
  expect(post?.content.raw).toContain(`poster="${image!.source_url}"`);
  // The same picture as the .docx's.
  const uploaded = Buffer.from(await (await fetch(image!.source_url)).arrayBuffer());
  expect(pictures.map((name) => sha256(files[name]!))).toContain(sha256(uploaded));
});

test('the upload to the portal shows MB sent, speed and time left; "Hủy" stops it, the article says so, and sending again makes no second media item', async ({ app, client, host }) => {
  test.setTimeout(180_000);
  // WordPress's reply to the video's upload is held back, so the upload is still going when "Hủy" is pressed.
  const proxy = await startFaultProxy(wp.url);
  try {
    proxy.inject({ fault: { kind: 'delay-reply', ms: 60_000 }, match: ({ method, url }) => method === 'POST' && url.includes('slug=toasoan-vid-') });
    await configurePortalInSettings(app, { url: proxy.url, username: wp.adminUser, password: wp.appPassword });
    const { articleId } = await writeApprovedArticle(client, {
      title: 'Hội thao mừng xuân',
      sapo: 'Sáng 2/12, phường tổ chức hội thao.',
      paragraphs: ['Nhiều đội tham gia.'],
      category: 'Văn hóa - Xã hội',
    });
    const editor = new EditorPage(app);
    await editor.open(host.url, articleId);
    await editor.body.locator('p').last().click();
    await app.keyboard.press('End');
    const video = makeMp4(3 * 1024 * 1024, 29);
    await app.getByTestId('video-input').setInputFiles({ name: 'hoi-thao.mp4', mimeType: 'video/mp4', buffer: video });
    await expect(editor.body.getByTestId('editor-video')).toHaveAttribute('data-video-hash', sha256(video), { timeout: 30_000 });
    await expect(editor.saveState).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });

    await app.getByTestId('portal-submit-button').click();
    const progress = app.getByTestId('upload-progress');
    await expect(progress).toContainText(/Đang gửi video lên cổng: [\d,]+ (KB|MB) \/ 3,0 MB \([\d,]+ (KB|MB)\/giây, còn khoảng \d+:\d\d\)/, {
      timeout: 60_000,
    });
    await expect(progress.locator('progress')).toHaveAttribute('max', String(video.length));
    await progress.getByTestId('upload-cancel').click();
    const status = app.getByTestId('portal-submit-status');
    await expect(status).toHaveAttribute('data-state', 'failed', { timeout: 30_000 });
    await expect(status).toContainText('Đã hủy việc gửi lên cổng. Bài vẫn nằm trong Hộp thư đi, có thể gửi lại.');
    await expect(progress).toHaveCount(0);
    // Nothing of the article is lost.
    await expect(editor.body.getByTestId('editor-video')).toHaveAttribute('data-video-hash', sha256(video));

    // Sent again: the media item the portal made from the cancelled upload is found by its name, not made twice.
    await app.getByTestId('portal-submit-button').click();
    await expect(status).toHaveAttribute('data-state', 'sent', { timeout: 90_000 });
    const media = await wp.rest<{ id: number }[]>(`/wp/v2/media?slug=toasoan-vid-${sha256(video).slice(0, 40)}&context=edit`);
    expect(media).toHaveLength(1);
    expect(proxy.log.filter((r) => r.method === 'POST' && r.url.includes('toasoan-vid-'))).toHaveLength(1);
  } finally {
    await proxy.close();
  }
});
