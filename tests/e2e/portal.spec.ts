import type { Page } from '@playwright/test';
import { configurePortalInSettings, expect, portalTest } from './fixtures/portal';
import { startFaultProxy, type FaultProxy } from '../wordpress/fault-proxy';
import { editArticle, writeApprovedArticle, writeArticle } from '../wordpress/host-client';
import { EditorPage } from './pages/editor-page';
import { fillArticle } from '../wordpress/sample-article';
import { startWordPress, type WordPressInstance, type WpPost } from '../wordpress/wordpress-harness';

// Submission to a real WordPress through the browser host. One WordPress per
// worker (the tests of a file share a worker); each test has its own host and
// data folder. Articles are written through the contract, as the editor would
// write them (the editor's own specs cover typing and images); the main
// submission is then reviewed, approved and sent from the editor's buttons.
// The outbox's backoff is capped at one second here so "the portal is back"
// is noticed quickly.
let wp: WordPressInstance;
let proxy: FaultProxy;

const test = portalTest;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  wp = await startWordPress();
  proxy = await startFaultProxy(wp.url);
});

test.afterAll(async () => {
  await proxy?.close();
  await wp?.stop();
});

test.afterEach(async () => {
  proxy.clearFaults();
  await wp.startServer();
});


const article = {
  title: 'Phường Tân Thạnh ra mắt mô hình "Dân vận khéo"',
  sapo: 'Sáng 25/11, UBND phường Tân Thạnh tổ chức lễ ra mắt mô hình "Dân vận khéo" trong cải cách hành chính.',
  paragraphs: ['Tham dự buổi lễ có lãnh đạo Đảng ủy, UBND phường.', 'Mô hình giúp người dân làm thủ tục nhanh hơn.'],
  byline: 'Ngọc Diệu - Chí Tâm',
  category: 'Văn hóa - Xã hội',
  tags: ['Tân Thạnh', 'Dân vận khéo'],
};

/** Settings → Cổng thông tin điện tử, as the newsroom fills it in once. */
async function configurePortal(app: Page, password = wp.appPassword): Promise<void> {
  await configurePortalInSettings(app, { url: proxy.url, username: wp.adminUser, password });
  const form = app.getByTestId('portal-settings');
  await expect(form.getByTestId('portal-password-state')).toContainText('Đã lưu mật khẩu');
  await expect(form.getByLabel('Mật khẩu ứng dụng')).toHaveValue('');
}

async function openOutbox(app: Page) {
  await app.getByRole('button', { name: 'Hộp thư đi', exact: true }).click();
  return app.getByTestId('outbox-entry');
}

/**
 * Every post of the article on WordPress, in any status but the trash: its
 * slug ends with a short piece of the article id (and maybe WordPress's -2, -3).
 */
async function postsOf(articleId: string): Promise<WpPost[]> {
  const suffix = articleId.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 8);
  const all = await wp.rest<WpPost[]>(`/wp/v2/posts?status=draft,pending,publish,future,private&context=edit&per_page=100`);
  return all.filter((post) => new RegExp(`-${suffix}(-\\d+)?$`).test(post.slug));
}

async function tagNames(post: WpPost): Promise<string[]> {
  if (post.tags.length === 0) return [];
  return (await wp.rest<{ name: string }[]>(`/wp/v2/tags?include=${post.tags.join(',')}`)).map((t) => t.name).sort();
}

test('Kiểm tra kết nối reports each step, and a wrong password in words', async ({ app }) => {
  await configurePortal(app);
  const form = app.getByTestId('portal-settings');
  await form.getByTestId('portal-test').click();
  const report = form.getByTestId('portal-report');
  for (const check of ['reachable', 'signedIn', 'canCreatePosts', 'canUploadMedia']) {
    await expect(report.locator(`[data-check="${check}"]`)).toHaveAttribute('data-ok', 'true');
  }
  await expect(report).toContainText('Cổng: Cổng TTĐT thử nghiệm');
  await expect(report.getByTestId('portal-missing-categories')).toHaveCount(0);
  await form.getByLabel('Mật khẩu ứng dụng').fill('sai0 sai0 sai0 sai0 sai0 sai0');
  await form.getByTestId('portal-test').click();
  await expect(report.locator('[data-check="signedIn"]')).toHaveAttribute('data-ok', 'false');
  await expect(form.getByTestId('portal-problem')).toHaveText('Sai tên đăng nhập hoặc mật khẩu ứng dụng của cổng.');
  // Without a sign-in the rights could not be asked: the check says so, not "Không".
  for (const check of ['canCreatePosts', 'canUploadMedia']) {
    await expect(report.locator(`[data-check="${check}"]`)).toHaveAttribute('data-ok', 'unknown');
    await expect(report.locator(`[data-check="${check}"]`)).toContainText('Chưa kiểm tra được');
  }
});

test('an article with two images, approved in the editor, goes to WordPress as pending; submitting again updates the same post', async ({ app, client, host }) => {
  const consoleErrors: string[] = [];
  app.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await configurePortal(app);
  const { articleId, imageIds } = await writeArticle(client, article);

  const editor = new EditorPage(app);
  await editor.open(host.url, articleId);
  const actions = app.getByTestId('status-actions');
  await actions.getByRole('button', { name: 'Gửi duyệt' }).click();
  await actions.getByRole('button', { name: 'Duyệt bài' }).click();
  await app.getByTestId('approve-submit').click(); // the coefficient prefilled from the kind's range
  await expect(actions.getByTestId('article-status')).toHaveText('Trạng thái: Đã duyệt');
  // Approved: back to the writer ("Trả lại"), never "Gửi duyệt" again.
  await expect(actions.getByRole('button', { name: 'Gửi duyệt' })).toHaveCount(0);
  await app.getByTestId('portal-submit-button').click();
  await expect(app.getByTestId('portal-submit-status')).toHaveAttribute('data-state', 'sent', { timeout: 20_000 });
  await expect(app.getByTestId('portal-post-link')).toBeVisible();
  await expect(actions.getByTestId('article-status')).toHaveText('Trạng thái: Đã gửi lên cổng');

  const entries = await openOutbox(app);
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toHaveAttribute('data-state', 'sent');
  await expect(entries.first().getByTestId('outbox-state')).toHaveText('Đã gửi');
  const link = await entries.first().getByTestId('outbox-link').getAttribute('href');

  const [post, ...extra] = await postsOf(articleId);
  expect(extra).toHaveLength(0);
  expect(link).toMatch(new RegExp(`[?&]p=${post!.id}$`));
  expect(post!.status).toBe('pending');
  expect(post!.title.raw).toBe(article.title);
  expect(post!.excerpt.raw).toBe(article.sapo);
  expect(post!.content.raw).toContain('Ngọc Diệu - Chí Tâm');
  for (const imageId of imageIds) {
    const [media] = await wp.rest<{ id: number; source_url: string }[]>(`/wp/v2/media?slug=toasoan-img-${imageId}`);
    expect(post!.content.raw).toContain(`src="${media!.source_url}"`);
    expect((await fetch(media!.source_url)).status).toBe(200);
  }
  expect(post!.featured_media).toBeGreaterThan(0);
  const categories = await wp.rest<{ name: string }[]>(`/wp/v2/categories?include=${post!.categories.join(',')}`);
  expect(categories.map((c) => c.name)).toEqual([article.category]);
  const tags = await wp.rest<{ name: string }[]>(`/wp/v2/tags?include=${post!.tags.join(',')}`);
  expect(tags.map((t) => t.name).sort()).toEqual([...article.tags].sort());

  // Edit and submit again: the same post changes, no second one appears.
  await editArticle(client, articleId, (doc) =>
    fillArticle(doc, { ...article, title: 'Tân Thạnh: mô hình "Dân vận khéo" đi vào cuộc sống', images: [], featuredImageId: null }),
  );
  await editor.open(host.url, articleId);
  await app.getByRole('button', { name: 'Gửi lại lên cổng' }).click();
  await expect(app.getByTestId('portal-submit-status')).toHaveAttribute('data-state', 'sent', { timeout: 20_000 });
  await openOutbox(app);
  await expect(entries.first()).toHaveAttribute('data-state', 'sent');
  await expect.poll(async () => (await postsOf(articleId)).map((p) => [p.id, p.title.raw])).toEqual([
    [post!.id, 'Tân Thạnh: mô hình "Dân vận khéo" đi vào cuộc sống'],
  ]);
  // The slug is the first one, readable, never sent again.
  expect((await postsOf(articleId))[0]!.slug).toBe(post!.slug);
  expect(post!.slug).toMatch(/^phuong-tan-thanh-ra-mat-mo-hinh-dan-van-kheo-[a-z0-9]+$/);
  expect(consoleErrors.filter((text) => /Content Security Policy|toasoan-image/.test(text))).toEqual([]);
});

test('what WordPress gets is what the editor shows at the click: tags, byline, category, title and body typed just before', async ({ app, client, host }) => {
  await configurePortal(app);
  const { articleId } = await writeApprovedArticle(client, article);
  const editor = new EditorPage(app);
  await editor.open(host.url, articleId);
  const status = app.getByTestId('portal-submit-status');

  // A tag typed, then the button at once: the field saves only when it loses focus.
  const tags = app.getByTestId('meta-tags');
  await tags.click();
  await app.keyboard.press('End');
  await app.keyboard.type(', Cải cách hành chính');
  await app.getByRole('button', { name: 'Gửi lên cổng' }).click();
  await expect(status).toHaveAttribute('data-state', 'sent', { timeout: 20_000 });
  const [first] = await postsOf(articleId);
  expect(await tagNames(first!)).toEqual(['Cải cách hành chính', 'Dân vận khéo', 'Tân Thạnh']);

  // Each of the other fields, each time right before "Gửi lại lên cổng".
  const resend = async () => {
    const before = await status.getAttribute('data-entry');
    await app.getByRole('button', { name: 'Gửi lại lên cổng' }).click();
    await expect(status).not.toHaveAttribute('data-entry', before ?? '', { timeout: 20_000 });
    await expect(status).toHaveAttribute('data-state', 'sent', { timeout: 20_000 });
    const [post, ...more] = await postsOf(articleId);
    expect(more).toHaveLength(0);
    return post!;
  };
  await app.getByTestId('meta-byline').fill('Thanh Tùng - Chí Tâm');
  expect((await resend()).content.raw).toContain('<strong>Thanh Tùng - Chí Tâm</strong>');

  await app.getByTestId('meta-category').selectOption('Kinh tế');
  const withCategory = await resend();
  const [category] = await wp.rest<{ name: string }[]>(`/wp/v2/categories?include=${withCategory.categories.join(',')}`);
  expect(category!.name).toBe('Kinh tế');

  await tags.fill('Kinh tế số');
  expect(await tagNames(await resend())).toEqual(['Kinh tế số']);

  await editor.title.click();
  await app.keyboard.press('End');
  await app.keyboard.type(' (cập nhật)');
  await editor.body.locator('p').last().click();
  await app.keyboard.press('End');
  await app.keyboard.type(' Câu viết ngay trước khi gửi.');
  const edited = await resend();
  expect(edited.title.raw).toBe(`${article.title} (cập nhật)`);
  expect(edited.content.raw).toContain('Câu viết ngay trước khi gửi.');
});

test('with WordPress stopped the submission waits in the outbox and goes out when it is back', async ({ app, client }) => {
  await configurePortal(app);
  const { articleId } = await writeApprovedArticle(client, article);
  await wp.stopServer();
  await client.call('portal.submit', { articleId });
  const entries = await openOutbox(app);
  await expect(entries.first()).toHaveAttribute('data-state', 'queued');
  await expect(entries.first().getByTestId('outbox-state')).toHaveText('Chờ gửi');
  await expect(entries.first().getByTestId('outbox-error')).toContainText('Không kết nối được tới cổng thông tin điện tử.');
  expect(await postsOf(articleId).catch(() => [])).toHaveLength(0);

  await wp.startServer();
  await expect(entries.first()).toHaveAttribute('data-state', 'sent', { timeout: 20_000 });
  expect(await postsOf(articleId)).toHaveLength(1);
});

test('when the reply to the create request is lost, exactly one post exists', async ({ app, client }) => {
  await configurePortal(app);
  const { articleId } = await writeApprovedArticle(client, article);
  proxy.inject({ fault: { kind: 'drop-after-forward' }, match: (r) => r.method === 'POST' && /rest_route=%2Fwp%2Fv2%2Fposts(&|$)/.test(r.url) });
  await client.call('portal.submit', { articleId });
  const entries = await openOutbox(app);
  await expect(entries.first()).toHaveAttribute('data-state', 'sent', { timeout: 20_000 });
  expect(proxy.log.some((r) => r.status === 'dropped' && r.method === 'POST')).toBe(true);
  expect(await postsOf(articleId)).toHaveLength(1);
});

test('a wrong password stops the entry with its reason until the settings are fixed', async ({ app, client }) => {
  await configurePortal(app, 'sai0 sai0 sai0 sai0 sai0 sai0');
  const { articleId } = await writeApprovedArticle(client, article);
  await client.call('portal.submit', { articleId });
  const entries = await openOutbox(app);
  await expect(entries.first()).toHaveAttribute('data-state', 'failed');
  await expect(entries.first().getByTestId('outbox-error')).toHaveText('Sai tên đăng nhập hoặc mật khẩu ứng dụng của cổng.');
  await expect(entries.first().getByTestId('outbox-retry')).toBeVisible();
  await configurePortal(app);
  await openOutbox(app);
  await expect(entries.first()).toHaveAttribute('data-state', 'sent');
  expect(await postsOf(articleId)).toHaveLength(1);
});

test('an http:// address that is not this computer gets a warning to tick before the password is sent', async ({ app }) => {
  await app.getByRole('button', { name: 'Cài đặt', exact: true }).click();
  const form = app.getByTestId('portal-settings');
  // 127.0.0.2 is this machine, but not "localhost" by name: it stands for an office server. Nothing is sent to it here.
  await form.getByLabel('Địa chỉ cổng').fill('http://127.0.0.2:9/');
  const warning = form.getByTestId('portal-plain-http');
  await expect(warning).toContainText('http:// không mã hóa');
  await form.getByLabel('Tên đăng nhập').fill(wp.adminUser);
  await form.getByLabel('Mật khẩu ứng dụng').fill(wp.appPassword);
  await form.getByTestId('portal-test').click();
  await expect(form.getByRole('alert').filter({ hasText: 'đánh dấu ô chấp nhận rủi ro' })).toBeVisible();
  await warning.getByRole('checkbox').check();
  await app.getByTestId('settings-save').click();
  await expect(app.getByRole('status').filter({ hasText: 'Đã lưu cài đặt' })).toBeVisible();
  await expect(warning.getByRole('checkbox')).toBeChecked();
  await form.getByLabel('Địa chỉ cổng').fill(proxy.url.replace('127.0.0.1', 'localhost'));
  await expect(warning).toHaveCount(0);
});
