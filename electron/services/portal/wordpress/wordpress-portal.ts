/**
 * A WordPress portal: one send puts an article on the site through the REST
 * API. Safe to repeat after any failure, including a reply lost after the
 * site acted or a request that reaches it late: images carry a slug derived
 * from their ids and the post is looked up by its stored id, then by every
 * slug it was sent under, before anything is created; extra copies a late
 * request made are moved to the site's trash. Everything that can be checked
 * before writing (sign-in, images on disk, the category) is checked first.
 */
import { ServiceError } from '../../../../common/api/errors';
import type { ConnectionReport } from '../../../../common/api/portal.api';
import { articleToHtml, fragmentText } from '../../../../common/article/to-html';
import { readableSlug, sameName } from '../names';
import { uncheckedReport, type KnownPost, type PortalAdapter, type PortalConnection, type PortalKind, type PublishedPost, type SentPost, type Submission } from '../portal-adapter';
import { bylineHtml, figureCaptions } from '../submission';
import { articleVideos, firstGalleryPhoto } from '../../../../common/article/media';
import { decodeEntities, siteIndex, wordpressClient, type PortalMedia, type PortalPost, type PostFields, type WordPressClient } from './wordpress-client';
import { siteBase } from './wordpress-http';

export const mediaSlug = (imageId: string) => `toasoan-img-${imageId.toLowerCase()}`;
/** A video's media item is named by its content hash: a retry finds it whatever happened to the reply. */
export const videoSlug = (hash: string) => `toasoan-vid-${hash.slice(0, 40)}`;
/** The slug of posts sent by earlier versions, still looked up so they are updated, not doubled. */
export const legacySlug = (articleId: string) => `toasoan-${articleId.toLowerCase()}`;
/** How many of WordPress's own `-2`, `-3`… suffixes a duplicate lookup covers. */
const SUFFIXES = 6;

export const wordpressPortal: PortalKind = {
  signsIn: true,
  siteKey: siteBase,
  probe: async (url, timeoutMs) => {
    await siteIndex(url, timeoutMs);
  },
  create: (connection) => createWordPressPortal(connection),
};

export function createWordPressPortal(connection: PortalConnection): PortalAdapter {
  const client = wordpressClient({
    url: connection.url,
    username: connection.username,
    applicationPassword: connection.password,
    ...(connection.timeoutMs ? { timeoutMs: connection.timeoutMs } : {}),
  });
  return {
    testConnection: (categories) => testConnection(client, connection, categories),
    send: (submission) => send(client, submission),
    removeDuplicates: (articleId, known, trashed) => removeDuplicates(client, articleId, known, trashed),
    listPublished: (from, to) => listPublished(client, from, to),
    postState: async (postId) => {
      const post = await client.postState(postId);
      return post ? { status: post.status, link: post.link, featuredImageUrl: post.featuredImageUrl } : null;
    },
  };
}

const DAY_MS = 86_400_000;

/** Published posts in `[from, to)`, by their GMT date, with category and author names. */
async function listPublished(client: WordPressClient, from: string, to: string): Promise<PublishedPost[]> {
  // `after`/`before` compare the site's local date: widen by a day each side, then filter on date_gmt.
  const wide = (t: string, by: number) => new Date(Date.parse(t) + by).toISOString().slice(0, 19);
  const rows = await client.listPublishedPosts(wide(from, -DAY_MS), wide(to, DAY_MS));
  const inRange = rows
    .map((row) => ({ row, date: new Date(`${row.date_gmt.replace(/Z$/, '')}Z`).toISOString() }))
    .filter(({ date }) => date >= from && date < to);
  if (inRange.length === 0) return [];
  const categories = new Map((await client.listCategories()).map((c) => [c.id, c.name]));
  const authors = await client.userNames(inRange.map(({ row }) => row.author));
  return inRange.map(({ row, date }) => ({
    id: row.id,
    title: decodeEntities(row.title.rendered),
    link: row.link,
    date,
    categories: row.categories.map((id) => categories.get(id) ?? `#${id}`),
    author: authors.get(row.author) ?? '',
  }));
}

async function testConnection(client: WordPressClient, connection: PortalConnection, categories: readonly string[]): Promise<ConnectionReport> {
  const report: ConnectionReport = uncheckedReport();
  try {
    // Without the password: an address that is not WordPress never gets it.
    report.siteName = (await siteIndex(connection.url, connection.timeoutMs)).name;
    report.reachable = true;
    const me = await client.me();
    report.signedIn = true;
    report.canCreatePosts = me.canCreatePosts;
    report.canUploadMedia = me.canUploadMedia;
    if (!me.canCreatePosts || !me.canUploadMedia) report.problem = 'PORTAL_FORBIDDEN';
    const onPortal = await client.listCategories();
    report.missingCategories = categories.filter((name) => !onPortal.some((category) => sameName(category.name, name)));
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    report.problem = error.code;
  }
  return report;
}

async function send(client: WordPressClient, submission: Submission): Promise<SentPost> {
  const { article, articleId, doc } = submission;
  if (!article.title) throw new ServiceError('BAD_REQUEST', 'the article has no title');

  // Local checks first: nothing is sent if an image is missing on disk.
  const imageIds = [...new Set([...(article.featured ? [article.featured.imageId] : []), ...article.inlineImages])];
  const files = new Map(imageIds.map((id) => [id, submission.images.read(articleId, id)] as const));
  const videoNodes = articleVideos(doc).filter((v) => v.attrs.hash);
  const videoFiles = new Map(
    videoNodes.map(({ attrs }) => {
      if (!submission.videos) throw new ServiceError('VIDEO_NOT_FOUND', `no video files given for ${attrs.hash}`);
      return [attrs.hash, submission.videos.read(articleId, attrs.hash)] as const;
    }),
  );

  // Signed in? However the site says no, the entry stops with one message.
  await client.me();

  // The category must already exist on the portal: we never invent sections.
  let categoryIds: number[] = [];
  if (article.category) {
    const match = (await client.listCategories()).find((c) => sameName(c.name, article.category));
    if (!match) {
      throw new ServiceError('PORTAL_CATEGORY_MISSING', `category "${article.category}" does not exist on the portal`, {
        subject: article.category,
      });
    }
    categoryIds = [match.id];
  }

  const tags = await client.ensureTags(article.tags);

  const captions = figureCaptions(doc);
  const media = new Map<string, PortalMedia>();
  for (const imageId of imageIds) {
    const slug = mediaSlug(imageId);
    const file = files.get(imageId)!;
    const caption = (article.featured?.imageId === imageId ? article.featured.caption : '') || captions.get(imageId) || '';
    const existing = await client.findMediaBySlug(slug);
    media.set(
      imageId,
      existing ??
        (await client.uploadMedia({
          slug,
          fileName: `${slug}.${file.extension}`,
          mimeType: file.mime,
          bytes: file.bytes,
          caption,
          altText: caption || article.title,
        })),
    );
  }

  const videos = new Map<string, PortalMedia>();
  for (const { attrs, element } of videoNodes) {
    if (videos.has(attrs.hash)) continue;
    const slug = videoSlug(attrs.hash);
    const file = videoFiles.get(attrs.hash)!;
    const fileName = `${slug}.${file.extension}`;
    const existing = await client.findMediaBySlug(slug);
    videos.set(
      attrs.hash,
      existing ??
        (await client.uploadMediaStream({
          slug,
          fileName,
          mimeType: file.mime,
          size: file.bytes,
          open: file.open,
          caption: fragmentText(element).replace(/\s+/g, ' ').trim(),
          signal: submission.signal,
          onProgress: (done, total) => submission.onUpload?.({ hash: attrs.hash, fileName, done, total }),
        })),
    );
  }

  const fields: PostFields = {
    title: article.title,
    excerpt: article.sapo,
    content:
      articleToHtml(doc, {
        imageSrc: (id) => media.get(id)?.sourceUrl ?? '',
        videoSrc: (hash) => videos.get(hash)?.sourceUrl ?? '',
        wordpress: { videoId: (hash) => videos.get(hash)?.id, imageId: (id) => media.get(id)?.id },
      }) + bylineHtml(article.byline),
    status: submission.postStatus,
    categories: categoryIds,
    tags: tags.map((t) => t.id),
    // A photo story without a featured image of its own shows its gallery's first photo.
    featuredMedia: media.get(article.featured?.imageId ?? firstGalleryPhoto(doc) ?? '')?.id ?? null,
  };

  const known = submission.known;
  const byId = known?.id != null ? await client.getPost(known.id) : null;
  // A post binned on the portal is not ours to revive: send a new one.
  let existing: PortalPost | null = byId && byId.status !== 'trash' ? byId : null;
  if (!existing) {
    // A create whose reply was lost: find it under any slug it was sent as.
    const found = await client.findPostsBySlugs(withSuffixes([...(known?.slugs ?? []), legacySlug(articleId)]));
    existing = found[0] ?? null;
  }
  let post: PortalPost;
  if (!existing) {
    const slug = readableSlug(article.title, articleId);
    submission.rememberSlug(slug);
    post = await client.createPost({ ...fields, slug });
  } else {
    // A post the portal's editors already published stays published; new
    // text replaces the old in place, and its address (slug) is theirs.
    const keepStatus = existing.status === 'publish' || existing.status === 'future' || existing.status === 'private';
    post = await client.updatePost(existing.id, keepStatus ? { ...fields, status: existing.status as PostFields['status'] } : fields);
  }
  await removeDuplicates(client, articleId, { id: post.id, slugs: [...(known?.slugs ?? []), post.slug] }, submission.trashed);
  return { id: post.id, link: post.link, status: post.status };
}

/** Every post of the article but `known.id` goes to the trash (a create that arrived after we gave up on it). */
async function removeDuplicates(
  client: WordPressClient,
  articleId: string,
  known: KnownPost,
  trashed: (postId: number) => void,
): Promise<void> {
  if (known.id === null) return;
  const posts = await client.findPostsBySlugs(withSuffixes([...known.slugs, legacySlug(articleId)]));
  for (const post of posts) {
    if (post.id === known.id) continue;
    await client.trashPost(post.id);
    trashed(post.id);
  }
}

function withSuffixes(slugs: readonly string[]): string[] {
  const all = new Set<string>();
  for (const slug of slugs) {
    if (!slug) continue;
    all.add(slug);
    for (let n = 2; n <= SUFFIXES; n++) all.add(`${slug}-${n}`);
  }
  return [...all];
}
