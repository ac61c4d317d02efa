import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../../common/api/portal.api';
import { createSpellchecker } from '../../../common/vietnamese';
import { openRuntime, type Runtime } from '../bootstrap';
import { handlersClient, writeApprovedArticle, type HostClient } from '../../../tests/wordpress/host-client';
import { startWordPress, type WordPressInstance } from '../../../tests/wordpress/wordpress-harness';
import { LEXICON_FILE } from './spell-learn.domain';

// "Học từ bài đã đăng" against a real WordPress: posts the district's portal
// published (written straight on WordPress, as its editors do) teach the
// checker the district's place names; an article the app sends is learnt by itself.
let wp: WordPressInstance;
let runtime: Runtime;
let dir: string;
let client: HostClient;

const POSTS = [
  ['Xã Hậu Thạnh Đông đạt chuẩn nông thôn mới nâng cao', '<p>Sáng 3/12, UBND huyện Tân Thạnh tổ chức lễ công bố xã <strong>Hậu Thạnh Đông</strong> đạt chuẩn nông thôn mới nâng cao.</p><p>Người dân Hậu Thạnh Đông phấn khởi.</p>'],
  ['Thạnh Hòa ra quân làm đường giao thông', '<p>Đoàn viên xã Thạnh Hòa và xã Tân Thạnh cùng bà con nạo vét kênh nội đồng.</p>'],
  ['Huyện Tân Thạnh sơ kết vụ lúa Hè Thu', '<p>Các xã Thạnh Hòa, Hậu Thạnh Đông dẫn đầu về diện tích lúa.</p>'],
] as const;
/** Where the built-in engine flags the names (a dash list; a lower-case keyword list). */
const FLAGGED_BEFORE = ['Từ khóa: nhân dân thạnh hòa, nông thôn mới.'];
const ELSEWHERE = ['Tân Thạnh - Thạnh Hòa - Hậu Thạnh Đông: ba địa phương dẫn đầu.', 'Người dân xã hậu thạnh đông, thị trấn tân thạnh.'];

beforeAll(async () => {
  wp = await startWordPress();
  for (const post of await wp.rest<Array<{ id: number }>>('/wp/v2/posts?status=publish&per_page=100')) {
    await wp.restPost(`/wp/v2/posts/${post.id}`, { status: 'draft' });
  }
  for (const [title, content] of POSTS) await wp.restPost('/wp/v2/posts', { title, content, status: 'publish' });
  // A draft on the portal is not published: not learnt.
  await wp.restPost('/wp/v2/posts', { title: 'Bản nháp Krông Kmar', content: '<p>Krông Kmar Krông Kmar</p>', status: 'draft' });
  dir = mkdtempSync(join(tmpdir(), 'toasoan-spell-learn-'));
  runtime = openRuntime({ dataDir: dir, transport: 'web', version: 'test', services: { outbox: { maxDelayMs: 300 } } });
  client = handlersClient(runtime.handlers);
}, 120_000);

afterAll(async () => {
  await runtime?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  await wp?.stop();
});

async function lexiconWhen(predicate: (entries: string[]) => boolean) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const view = await client.call('spellLearn.lexicon', {});
    if (predicate(view.entries)) return view;
    if (Date.now() > deadline) throw new Error(`lexicon: ${JSON.stringify(view.entries)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("learning the newsroom's words from its published articles", () => {
  it('says the portal is not configured, and still learns the other sources', async () => {
    const folder = join(dir, 'bai-cu');
    mkdirSync(join(folder, '2023'), { recursive: true });
    writeFileSync(join(folder, '2023', 'bai-1.txt'), 'Ấp Mỹ Thạnh Tây\nBà con ấp Mỹ Thạnh Tây thu hoạch lúa.\n');
    writeFileSync(join(folder, 'bai-2.txt'), 'Ấp Mỹ Thạnh Tây làm đường\nĐường ấp Mỹ Thạnh Tây hoàn thành.\n');
    const report = await client.call('spellLearn.run', { portal: true, articles: true, folder });
    expect(report.sources).toEqual([
      { source: 'portal', learnt: 0, skipped: 0, problem: 'PORTAL_NOT_CONFIGURED' },
      { source: 'articles', learnt: 0, skipped: 0, problem: null },
      { source: 'folder', learnt: 2, skipped: 0, problem: null },
    ]);
    expect(report.lexicon.entries).toContain('Mỹ Thạnh Tây');
    const missing = await client.call('spellLearn.run', { portal: false, articles: false, folder: join(dir, 'khong-co') });
    expect(missing.sources).toEqual([{ source: 'folder', learnt: 0, skipped: 0, problem: 'FILE_UNREADABLE' }]);
  });

  it('learns the published posts of the real WordPress: afterwards "Tân Thạnh", "Thạnh Hòa", "Hậu Thạnh Đông" are never flagged', async () => {
    await client.call('portal.saveSettings', { patch: { url: wp.url, username: wp.adminUser, password: wp.appPassword, postStatus: 'publish' } });
    const before = createSpellchecker();
    for (const s of FLAGGED_BEFORE) expect(before.checkParagraph(s).length, s).toBeGreaterThan(0);

    const report = await client.call('spellLearn.run', { portal: true, articles: false, folder: null });
    expect(report.sources).toEqual([{ source: 'portal', learnt: 3, skipped: 0, problem: null }]);
    expect(report.lexicon.entries).toEqual(expect.arrayContaining(['Tân Thạnh', 'Thạnh Hòa', 'Hậu Thạnh Đông']));
    expect(report.lexicon.entries.join(' ')).not.toContain('Kmar');
    // Kept in the data folder.
    expect(readFileSync(join(dir, LEXICON_FILE), 'utf8')).toContain('Hậu Thạnh Đông');

    const after = createSpellchecker({ newsroom: await client.call('spellLearn.lexicon', {}) });
    const article = ['Huyện Tân Thạnh, xã Thạnh Hòa và xã Hậu Thạnh Đông ra quân.', ...FLAGGED_BEFORE, ...ELSEWHERE, 'TÂN THẠNH - THẠNH HÒA - HẬU THẠNH ĐÔNG'];
    for (const s of article) expect(after.checkParagraph(s), s).toEqual([]);
    // Learning twice adds nothing.
    const again = await client.call('spellLearn.run', { portal: true, articles: false, folder: null });
    expect(again.sources).toEqual([{ source: 'portal', learnt: 0, skipped: 3, problem: null }]);
  });

  it('learns an article by itself once the outbox has sent it', async () => {
    const written = await writeApprovedArticle(client, {
      title: 'Thạnh Phước Đông khánh thành cầu',
      sapo: 'Xã Thạnh Phước Đông khánh thành cầu giao thông nông thôn.',
      paragraphs: ['Cầu nối ấp Thạnh Phước Đông với trung tâm xã.'],
      byline: 'Chí Tâm',
      category: 'Văn hóa - Xã hội',
      tags: [],
    });
    await client.call('portal.submit', { articleId: written.articleId });
    const deadline = Date.now() + 30_000;
    let entry: OutboxEntry | undefined;
    while (entry?.state !== 'sent' && Date.now() < deadline) {
      entry = (await client.call('outbox.list', {})).find((e) => e.articleId === written.articleId);
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(entry?.state).toBe('sent');
    await lexiconWhen((entries) => entries.includes('Thạnh Phước Đông'));
  });
});
