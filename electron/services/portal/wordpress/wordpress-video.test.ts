import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceError } from '../../../../common/api/errors';
import { BODY_FRAGMENT } from '../../../../common/article/layout';
import { sampleArticleDoc } from '../../../../tests/wordpress/sample-article';
import { startWordPress, type WordPressInstance, type WpPost } from '../../../../tests/wordpress/wordpress-harness';
import { useWordPressBehindProxy } from '../../../../tests/wordpress/vitest-wordpress';
import { makeMp4, sha256 } from '../../../../tests/videos';
import { articleImageFiles } from '../../images/image-files';
import { articleVideoFiles, videoFolder } from '../../media/video-files';
import type { SentPost } from '../portal-adapter';
import { readArticle } from '../submission';
import { createWordPressPortal, videoSlug } from './wordpress-portal';

// Videos and video links sent to a real WordPress (tests/wordpress), through the fault proxy.
const world = useWordPressBehindProxy('toasoan-video-');
let counter = 0;

interface WpMedia {
  id: number;
  slug: string;
  source_url: string;
  mime_type: string;
}

/** An article whose body has a paragraph, a stored video with caption and credit, and a YouTube link on its own line. */
function videoArticle(bytes: Buffer) {
  counter += 1;
  const articleId = `video-${counter}-${Date.now().toString(36)}`;
  const hash = sha256(bytes);
  mkdirSync(videoFolder(world.dataDir, articleId), { recursive: true });
  writeFileSync(join(videoFolder(world.dataDir, articleId), `${hash}.mp4`), bytes);
  const doc = sampleArticleDoc({ title: `Video lễ hội ${counter}`, sapo: 'Sapo', paragraphs: ['Mở đầu.'], featuredImageId: null });
  const video = new Y.XmlElement('video');
  for (const [key, value] of Object.entries({ hash, mime: 'video/mp4', bytes: bytes.length, duration: 12, poster: '', credit: 'Minh Anh' })) {
    video.setAttribute(key, value as string);
  }
  const caption = new Y.XmlElement('figcaption');
  caption.insert(0, [new Y.XmlText('Đua thuyền trên sông')]);
  video.insert(0, [caption]);
  const link = new Y.XmlElement('paragraph');
  link.insert(0, [new Y.XmlText('https://www.youtube.com/watch?v=dQw4w9WgXcQ')]);
  doc.getXmlFragment(BODY_FRAGMENT).insert(1, [video, link]);
  return { articleId, doc, hash };
}

function send(url: string, articleId: string, doc: Y.Doc, progress: number[] = []): Promise<SentPost> {
  return createWordPressPortal({ url, username: world.wp.adminUser, password: world.wp.appPassword, timeoutMs: 30_000 }).send({
    articleId,
    doc,
    article: readArticle(doc),
    postStatus: 'pending',
    known: null,
    images: articleImageFiles(world.dataDir),
    videos: articleVideoFiles(world.dataDir),
    onUpload: ({ done }) => progress.push(done),
    rememberSlug: () => {},
    trashed: () => {},
  });
}

describe('WordPress portal: videos', () => {
  it('streams a 50 MB video whole into the media library and the post gets the video and embed blocks', async () => {
    const bytes = makeMp4(50 * 1024 * 1024, 3);
    const { articleId, doc, hash } = videoArticle(bytes);
    const progress: number[] = [];
    const post = await send(world.proxy.url, articleId, doc, progress);

    const media = await world.wp.rest<WpMedia[]>(`/wp/v2/media?slug=${videoSlug(hash)}&context=edit`);
    expect(media).toHaveLength(1);
    expect(media[0]!.mime_type).toBe('video/mp4');
    const arrived = Buffer.from(await (await fetch(media[0]!.source_url)).arrayBuffer());
    expect(arrived.length).toBe(bytes.length);
    expect(sha256(arrived)).toBe(hash);

    expect(progress.length).toBeGreaterThan(10);
    expect(progress.every((done, i) => i === 0 || done >= progress[i - 1]!)).toBe(true);
    expect(progress.at(-1)).toBe(bytes.length);

    const stored = await world.wp.rest<WpPost>(`/wp/v2/posts/${post.id}?context=edit`);
    const content = stored.content.raw;
    expect(content).toContain(`<!-- wp:video {"id":${media[0]!.id}} -->`);
    expect(content).toContain(`<video controls src="${media[0]!.source_url}"></video>`);
    expect(content).toContain('<figcaption class="wp-element-caption">Đua thuyền trên sông (Video: Minh Anh)</figcaption>');
    expect(content).toContain('<!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","type":"video","providerNameSlug":"youtube","responsive":true} -->');
    // WordPress's own parser reads them as blocks.
    const rendered = await world.wp.rest<{ content: { rendered: string } }>(`/wp/v2/posts/${post.id}?context=edit`);
    expect(rendered.content.rendered).toContain('wp-block-video');
  }, 180_000);

  it('a retry after the reply to the upload was lost finds the first media item instead of uploading again', async () => {
    const bytes = makeMp4(3 * 1024 * 1024, 4);
    const { articleId, doc, hash } = videoArticle(bytes);
    world.proxy.inject({ fault: { kind: 'drop-after-forward' }, match: (r) => r.method === 'POST' && r.url.includes('wp%2Fv2%2Fmedia') });
    await expect(send(world.proxy.url, articleId, doc)).rejects.toBeInstanceOf(ServiceError);
    const uploadsBefore = world.proxy.log.filter((r) => r.method === 'POST' && r.url.includes('wp%2Fv2%2Fmedia')).length;
    await send(world.proxy.url, articleId, doc);
    const uploadsAfter = world.proxy.log.filter((r) => r.method === 'POST' && r.url.includes('wp%2Fv2%2Fmedia')).length;
    expect(uploadsAfter).toBe(uploadsBefore);
    const media = await world.wp.rest<WpMedia[]>(`/wp/v2/media?slug=${videoSlug(hash)}&context=edit`);
    expect(media).toHaveLength(1);
  }, 120_000);
});

describe('WordPress portal: a video over the portal PHP upload limits', () => {
  let small: WordPressInstance;
  beforeAll(async () => {
    // Debian's php.ini defaults.
    small = await startWordPress({ php: { uploadMaxFilesize: '2M', postMaxSize: '8M' } });
  }, 120_000);
  afterAll(async () => small?.stop());

  it.each([
    [3, 'upload_max_filesize'],
    [9, 'post_max_size'],
  ])('a %i MB video is refused with the PHP limit to raise (%s)', async (mb, limit) => {
    const bytes = makeMp4(mb * 1024 * 1024, 5 + mb);
    const { articleId, doc } = videoArticle(bytes);
    const error = await send(small.url, articleId, doc).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).code, (error as Error).message).toBe('PORTAL_MEDIA_TOO_LARGE');
    expect((error as ServiceError).details).toMatchObject({ subject: expect.stringContaining(`${mb},0 MB — ${limit}`) });
  }, 120_000);
});
