import { test, expect } from './fixtures/test';
import { EditorPage } from './pages/editor-page';
import { connectHost } from '../wordpress/host-client';
import { startWordPress, type WordPressInstance } from '../wordpress/wordpress-harness';

// Settings › "Học từ bài đã đăng" against a real WordPress: the district
// portal's published posts teach the checker its place names, and the editor
// stops marking them.
let wp: WordPressInstance;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  wp = await startWordPress();
  for (const post of await wp.rest<Array<{ id: number }>>('/wp/v2/posts?status=publish&per_page=100')) {
    await wp.restPost(`/wp/v2/posts/${post.id}`, { status: 'draft' });
  }
  const posts = [
    ['Xã Hậu Thạnh Đông đạt chuẩn nông thôn mới nâng cao', '<p>UBND huyện Tân Thạnh công bố xã Hậu Thạnh Đông đạt chuẩn.</p>'],
    ['Thạnh Hòa ra quân làm đường giao thông', '<p>Đoàn viên xã Thạnh Hòa và xã Tân Thạnh cùng bà con nạo vét kênh.</p>'],
    ['Huyện Tân Thạnh sơ kết vụ lúa Hè Thu', '<p>Các xã Thạnh Hòa, Hậu Thạnh Đông dẫn đầu về diện tích lúa.</p>'],
  ];
  for (const [title, content] of posts) await wp.restPost('/wp/v2/posts', { title, content, status: 'publish' });
});

test.afterAll(async () => {
  await wp?.stop();
});

// "chương" (for trương) is a real slip, marked before and after: once it is marked, the checker has run.
const TEXT = 'Từ khóa: nhân dân thạnh hòa, quán triệt chủ chương của Đảng.';

test('learning from the portal\'s published posts in Settings: the district\'s names are no longer marked', async ({ app, host }) => {
  // Learning builds a spellchecker in the services: seconds, more on a loaded machine.
  test.setTimeout(180_000);
  const before = await EditorPage.openNew(app, host.url);
  await before.editor.body.click();
  await app.keyboard.type(TEXT);
  const marks = before.editor.body.locator('.spell-issue');
  await expect(marks).toHaveText(['thạnh', 'chương']);

  const client = await connectHost(host.url);
  try {
    await client.call('portal.saveSettings', { patch: { url: wp.url, username: wp.adminUser, password: wp.appPassword } });
  } finally {
    client.close();
  }
  await app.goto(host.url);
  await app.getByRole('button', { name: 'Cài đặt', exact: true }).click();
  const section = app.getByTestId('spell-learn');
  await expect(section.getByTestId('spell-learn-summary')).toHaveText('Chưa học bài nào.');
  await section.getByRole('button', { name: 'Học từ bài đã đăng' }).click();
  const result = section.getByTestId('spell-learn-result');
  await expect(result).toContainText('Cổng thông tin: học 3 bài mới.', { timeout: 90_000 });
  await expect(result).toContainText('Bài trong Tòa Soạn: học 0 bài mới.');
  await expect(section.getByTestId('spell-learn-summary')).toContainText('Đã học từ 3 bài');
  await expect(section.getByTestId('spell-learn-examples')).toContainText('Hậu Thạnh Đông');
  await expect(section.getByTestId('spell-learn-examples')).toContainText('Thạnh Hòa');

  // Nothing chosen: said, nothing run.
  await section.getByRole('checkbox', { name: 'Bài đã đăng trên cổng thông tin' }).uncheck();
  await section.getByRole('checkbox', { name: /Bài đã duyệt/ }).uncheck();
  await section.getByRole('button', { name: 'Học từ bài đã đăng' }).click();
  await expect(section.getByRole('alert')).toHaveText('Hãy chọn ít nhất một nguồn.');

  const after = await EditorPage.openNew(app, host.url);
  await after.editor.body.click();
  await app.keyboard.type(TEXT);
  await expect(after.editor.body.locator('.spell-issue')).toHaveText(['chương']);
});
