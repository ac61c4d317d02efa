import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleArticleDoc } from '../../../../tests/wordpress/sample-article';
import { makePng } from '../../../../tests/wordpress/sample-images';
import { articleImageFiles } from '../../images/image-files';
import type { Submission } from '../portal-adapter';
import { readArticle } from '../submission';
import { createFolderPortal } from './folder-portal';

// The folder portal on a real folder; over the whole runtime in ../portal.runtime.test.ts.
let root: string;
let dataDir: string;
let shared: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'toasoan-folder-portal-'));
  dataDir = join(root, 'data');
  shared = join(root, 'shared');
  mkdirSync(shared);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function submission(articleId: string, title: string, tags: string[] = []): Submission {
  const imageId = '0a0c0ffee-0000-4000-8000-000000000001';
  const folder = join(dataDir, 'articles', articleId, 'images');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, `${imageId}.png`), makePng(4, 4, [1, 2, 3]));
  const doc = sampleArticleDoc({
    title,
    sapo: 'Sapo <có> dấu & ký tự',
    paragraphs: ['Đoạn một.'],
    images: [{ imageId, caption: 'Chú thích ảnh' }],
    byline: 'Chí Tâm',
    category: 'Kinh tế',
    tags,
  });
  return {
    articleId,
    doc,
    article: readArticle(doc),
    postStatus: 'pending',
    known: null,
    images: articleImageFiles(dataDir),
    rememberSlug: () => {},
    trashed: () => {},
  };
}

describe('folder portal', () => {
  it('writes the article as one HTML file with its image, escaped, and rewrites the same folder on a resend', async () => {
    const portal = createFolderPortal({ url: shared, username: '', password: '' });
    const first = await portal.send(submission('bai-1', 'Đường giao thông nông thôn', ['giao thông']));
    const [name] = readdirSync(shared);
    expect(name).toBe('duong-giao-thong-nong-thon-bai1');
    const html = readFileSync(join(shared, name!, 'index.html'), 'utf8');
    expect(html).toContain('<title>Đường giao thông nông thôn</title>');
    expect(html).toContain('Sapo &lt;có&gt; dấu &amp; ký tự');
    expect(html).toContain('<meta name="keywords" content="giao thông">');
    expect(html).toContain('alt="Chú thích ảnh"');
    expect(readdirSync(join(shared, name!, 'images'))).toEqual(['0a0c0ffee-0000-4000-8000-000000000001.png']);
    const again = await portal.send(submission('bai-1', 'Tiêu đề mới hẳn'));
    expect(again.id).toBe(first.id);
    expect(readdirSync(shared)).toEqual([name]);
    expect(readFileSync(join(shared, name!, 'index.html'), 'utf8')).toContain('<h1>Tiêu đề mới hẳn</h1>');
    expect(readdirSync(join(shared, name!)).sort()).toEqual(['images', 'index.html', 'post.json']);
  });

  it('says the folder is missing, or not a folder, before writing anything', async () => {
    const missing = createFolderPortal({ url: join(root, 'khong-co'), username: '', password: '' });
    await expect(missing.send(submission('bai-2', 'Bài'))).rejects.toMatchObject({ code: 'PORTAL_UNREACHABLE' });
    expect(await missing.testConnection([])).toMatchObject({ reachable: false, problem: 'PORTAL_UNREACHABLE' });
    const relative = createFolderPortal({ url: 'thu-muc-chung', username: '', password: '' });
    expect(await relative.testConnection([])).toMatchObject({ problem: 'PORTAL_NOT_CONFIGURED' });
    expect(await createFolderPortal({ url: shared, username: '', password: '' }).testConnection([])).toMatchObject({
      reachable: true,
      canCreatePosts: true,
      problem: null,
    });
    expect(readdirSync(shared)).toEqual([]);
  });
});
