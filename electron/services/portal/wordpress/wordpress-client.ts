/**
 * The WordPress REST API (wp/v2) with an application password: the calls
 * the WordPress portal (wordpress-portal.ts) is built from.
 */
import { z } from 'zod';
import { ServiceError } from '../../../../common/api/errors';
import { sameName } from '../names';
import { failureOf, wpRequest, DEFAULT_UPLOAD_TIMEOUT_MS, type WordPressConnection } from './wordpress-http';
import { wpStreamUpload, type StreamUpload } from './wordpress-upload';

export interface PortalTerm {
  id: number;
  name: string;
  slug: string;
}

export interface PortalMedia {
  id: number;
  slug: string;
  sourceUrl: string;
}

export interface PortalPost {
  id: number;
  slug: string;
  status: string;
  link: string;
}

export interface MediaUpload {
  /** Deterministic per image, so a retry finds what an earlier attempt uploaded. */
  slug: string;
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
  caption: string;
  altText: string;
}

/** A big file (a video), streamed from disk; see wordpress-upload.ts. */
export interface MediaStreamUpload extends Pick<StreamUpload, 'open' | 'onProgress' | 'signal' | 'size'> {
  slug: string;
  fileName: string;
  mimeType: string;
  caption: string;
}

export interface PostFields {
  /** Sent only when the post is created: a later send never changes the portal's address of it. */
  slug?: string;
  title: string;
  excerpt: string;
  content: string;
  /** What we ask for (Settings); an update keeps a status the portal's editors moved on to. */
  status: 'pending' | 'draft' | 'publish' | 'future' | 'private';
  categories: number[];
  tags: number[];
  featuredMedia: number | null;
}

export interface SiteInfo {
  name: string;
}

export interface Me {
  canCreatePosts: boolean;
  canUploadMedia: boolean;
}

export type WordPressClient = ReturnType<typeof wordpressClient>;

const Term = z.object({ id: z.number().int().positive(), name: z.string(), slug: z.string() });
const Terms = z.array(Term);
const Media = z.object({ id: z.number().int().positive(), slug: z.string(), source_url: z.string() });
const MediaList = z.array(Media);
const Post = z.object({ id: z.number().int().positive(), slug: z.string(), status: z.string(), link: z.string() });
/** A post with its featured image's media id (0: none), for the channels. */
const PostWithFeatured = Post.extend({ featured_media: z.number().int().nonnegative().default(0) });
/** With context=edit a signed-in answer carries the raw title; an anonymous one (credentials dropped on the way) does not. */
const EditedPost = Post.extend({ title: z.object({ raw: z.string().optional() }).optional() });
const Posts = z.array(EditedPost);
/** A published post as statistics read it (context=view, only the fields asked for). */
const PublishedPostShape = z.object({
  id: z.number().int().positive(),
  date_gmt: z.string(),
  link: z.string(),
  title: z.object({ rendered: z.string() }),
  categories: z.array(z.number().int()).default([]),
  author: z.number().int().default(0),
});
const PublishedPosts = z.array(PublishedPostShape);
const Authors = z.array(z.object({ id: z.number().int(), name: z.string() }));
export type PublishedPostRow = z.output<typeof PublishedPostShape>;

const SiteIndex = z.object({ name: z.string(), namespaces: z.array(z.string()) });
const MeShape = z.object({ id: z.number().int(), capabilities: z.record(z.string(), z.boolean()).optional() });

const PAGE = 100;

/** The site's name and REST namespaces, asked without the password. */
export async function siteIndex(url: string, timeoutMs?: number): Promise<SiteInfo> {
  let index: z.output<typeof SiteIndex>;
  try {
    index = await wpRequest({ url, username: '', applicationPassword: '', timeoutMs }, 'GET', '/', SiteIndex, { auth: false });
  } catch (error) {
    const failure = failureOf(error);
    // Something answered, but not a WordPress REST API (a plain web site, a router page).
    if (error instanceof ServiceError && error.code === 'PORTAL_BAD_RESPONSE') {
      throw new ServiceError('PORTAL_NO_API', `${url} has no WordPress REST API: ${error.message}`, failure);
    }
    if (error instanceof ServiceError && failure.status === 404) {
      throw new ServiceError('PORTAL_NO_API', `${url} has no WordPress REST API: ${error.message}`, failure);
    }
    throw error;
  }
  if (!index.namespaces.includes('wp/v2')) throw new ServiceError('PORTAL_NO_API', `${url} does not offer the wp/v2 REST API`);
  return { name: decodeEntities(index.name) };
}

export function wordpressClient(connection: WordPressConnection) {
  const get = <S extends z.ZodType>(route: string, schema: S, query?: Record<string, string | number>) =>
    wpRequest(connection, 'GET', route, schema, { query });

  async function listAll(route: string, query: Record<string, string | number> = {}): Promise<PortalTerm[]> {
    const all: PortalTerm[] = [];
    for (let page = 1; page < 100; page++) {
      const batch = await get(route, Terms, { ...query, per_page: PAGE, page, context: 'view' });
      all.push(...batch.map(toTerm));
      if (batch.length < PAGE) break;
    }
    return all;
  }

  async function findTag(name: string): Promise<PortalTerm | null> {
    const found = await get('/wp/v2/tags', Terms, { search: name, per_page: PAGE });
    return found.map(toTerm).find((tag) => sameName(tag.name, name)) ?? null;
  }

  /** Every post, in any status but the trash, whose slug is one of `slugs`, oldest first. */
  async function findPostsBySlugs(slugs: readonly string[]): Promise<PortalPost[]> {
    if (slugs.length === 0) return [];
    const found = await get('/wp/v2/posts', Posts, { slug: slugs.join(','), status: 'any', context: 'edit', per_page: PAGE, orderby: 'id', order: 'asc' });
    if (found.length > 0 && found.every((p) => p.title?.raw === undefined)) {
      throw new ServiceError('PORTAL_AUTH_FAILED', 'the post list came back in its anonymous shape');
    }
    return found.filter((p) => slugs.includes(p.slug)).map(toPost);
  }

  return {
    /** Who the password signs in as; PORTAL_AUTH_FAILED however the site says no. */
    async me(): Promise<Me> {
      let me: z.output<typeof MeShape>;
      try {
        me = await get('/wp/v2/users/me', MeShape, { context: 'edit' });
      } catch (error) {
        const failure = failureOf(error);
        if (error instanceof ServiceError && failure.status === 404) {
          throw new ServiceError('PORTAL_NO_API', `users/me: ${error.message}`, failure);
        }
        throw error;
      }
      // An anonymous answer (a host that strips the Authorization header) has no capabilities.
      if (!me.capabilities || me.id === 0) throw new ServiceError('PORTAL_AUTH_FAILED', 'users/me answered anonymously');
      return { canCreatePosts: me.capabilities.edit_posts === true, canUploadMedia: me.capabilities.upload_files === true };
    },

    listCategories: (): Promise<PortalTerm[]> => listAll('/wp/v2/categories', { hide_empty: 0 }),

    /**
     * Published posts dated between `after` and `before` (the site's own
     * comparison, which may use its local time: callers widen the range and
     * filter on `date_gmt`), page by page.
     */
    async listPublishedPosts(after: string, before: string): Promise<PublishedPostRow[]> {
      const all: PublishedPostRow[] = [];
      for (let page = 1; page < 1000; page++) {
        let batch: PublishedPostRow[];
        try {
          batch = await get('/wp/v2/posts', PublishedPosts, {
            status: 'publish',
            after,
            before,
            per_page: PAGE,
            page,
            orderby: 'date',
            order: 'asc',
            _fields: 'id,date_gmt,link,title,categories,author',
          });
        } catch (error) {
          // Past the last page WordPress answers 400 rest_post_invalid_page_number.
          if (page > 1 && failureOf(error).wpCode === 'rest_post_invalid_page_number') break;
          throw error;
        }
        all.push(...batch);
        if (batch.length < PAGE) break;
      }
      return all;
    },

    /** Display names of the given users (the authors of posts). */
    async userNames(ids: readonly number[]): Promise<Map<number, string>> {
      const names = new Map<number, string>();
      const wanted = [...new Set(ids)].filter((id) => id > 0);
      for (let i = 0; i < wanted.length; i += PAGE) {
        const batch = await get('/wp/v2/users', Authors, { include: wanted.slice(i, i + PAGE).join(','), per_page: PAGE, _fields: 'id,name' });
        for (const user of batch) names.set(user.id, decodeEntities(user.name));
      }
      return names;
    },

    async ensureTags(names: readonly string[]): Promise<PortalTerm[]> {
      const wanted = [...new Set(names.map((n) => n.normalize('NFC').trim()).filter(Boolean))];
      const tags: PortalTerm[] = [];
      for (const name of wanted) {
        const existing = await findTag(name);
        if (existing) {
          tags.push(existing);
          continue;
        }
        try {
          tags.push(toTerm(await wpRequest(connection, 'POST', '/wp/v2/tags', Term, { json: { name } })));
        } catch (error) {
          // Created by an earlier attempt whose reply was lost, or by someone else meanwhile.
          const failure = failureOf(error);
          if (failure.wpCode !== 'term_exists') throw error;
          const termId = z.object({ term_id: z.number().int() }).safeParse(failure.wpData);
          if (!termId.success) throw error;
          tags.push(toTerm(await get(`/wp/v2/tags/${termId.data.term_id}`, Term)));
        }
      }
      return tags;
    },

    async findMediaBySlug(slug: string): Promise<PortalMedia | null> {
      const found = await get('/wp/v2/media', MediaList, { slug, context: 'edit' });
      const media = found.find((m) => m.slug === slug);
      return media ? toMedia(media) : null;
    },

    async uploadMedia(upload: MediaUpload): Promise<PortalMedia> {
      try {
        const created = await wpRequest(connection, 'POST', '/wp/v2/media', Media, {
          query: { slug: upload.slug, title: upload.slug, caption: upload.caption, alt_text: upload.altText },
          body: upload.bytes,
          headers: {
            'content-type': upload.mimeType,
            'content-disposition': `attachment; filename="${asciiFileName(upload.fileName)}"`,
          },
          timeoutMs: connection.uploadTimeoutMs ?? DEFAULT_UPLOAD_TIMEOUT_MS,
        });
        return toMedia(created);
      } catch (error) {
        throw asMediaRejection(error, upload.fileName);
      }
    },

    async uploadMediaStream(upload: MediaStreamUpload): Promise<PortalMedia> {
      const fileName = asciiFileName(upload.fileName);
      try {
        const created = await wpStreamUpload(connection, '/wp/v2/media', Media, {
          query: { slug: upload.slug, title: upload.slug, caption: upload.caption },
          fileName,
          mimeType: upload.mimeType,
          size: upload.size,
          open: upload.open,
          onProgress: upload.onProgress,
          signal: upload.signal,
          idleTimeoutMs: connection.uploadTimeoutMs ?? DEFAULT_UPLOAD_TIMEOUT_MS,
        });
        return toMedia(created);
      } catch (error) {
        throw asSizeRefusal(error, fileName, upload.size) ?? asMediaRejection(error, fileName);
      }
    },

    findPostsBySlugs,

    async findPostBySlug(slug: string): Promise<PortalPost | null> {
      return (await findPostsBySlugs([slug]))[0] ?? null;
    },

    /** Moves a post to the portal's trash (never deletes it for good). */
    async trashPost(id: number): Promise<void> {
      await wpRequest(connection, 'DELETE', `/wp/v2/posts/${id}`, Post, {});
    },

    async getPost(id: number): Promise<PortalPost | null> {
      try {
        return toPost(await get(`/wp/v2/posts/${id}`, Post, { context: 'edit' }));
      } catch (error) {
        const failure = failureOf(error);
        if (failure.status === 404 || failure.status === 410) return null;
        throw error;
      }
    },

    /** The post's status and address, and its featured image's address (null: none or unreadable); null if the post is gone. */
    async postState(id: number): Promise<(PortalPost & { featuredImageUrl: string | null }) | null> {
      let post: z.output<typeof PostWithFeatured>;
      try {
        post = await get(`/wp/v2/posts/${id}`, PostWithFeatured, { context: 'edit' });
      } catch (error) {
        const failure = failureOf(error);
        if (failure.status === 404 || failure.status === 410) return null;
        throw error;
      }
      let featuredImageUrl: string | null = null;
      if (post.featured_media > 0) {
        try {
          featuredImageUrl = (await get(`/wp/v2/media/${post.featured_media}`, Media, { context: 'edit' })).source_url;
        } catch (error) {
          // A picture deleted on the portal leaves the post as it is: no cover to offer.
          if (failureOf(error).status !== 404) throw error;
        }
      }
      return { ...toPost(post), featuredImageUrl };
    },

    createPost: async (fields: PostFields): Promise<PortalPost> =>
      toPost(await wpRequest(connection, 'POST', '/wp/v2/posts', Post, { json: postBody(fields) })),

    updatePost: async (id: number, fields: PostFields): Promise<PortalPost> =>
      toPost(await wpRequest(connection, 'POST', `/wp/v2/posts/${id}`, Post, { json: postBody({ ...fields, slug: undefined }) })),
  };
}

function toPost(post: z.output<typeof Post>): PortalPost {
  return { id: post.id, slug: post.slug, status: post.status, link: post.link };
}

function postBody(fields: PostFields) {
  return {
    ...(fields.slug !== undefined ? { slug: fields.slug } : {}),
    title: fields.title,
    excerpt: fields.excerpt,
    content: fields.content,
    status: fields.status,
    categories: fields.categories,
    tags: fields.tags,
    featured_media: fields.featuredMedia ?? 0,
  };
}

/** WordPress refuses a file with 400 (bad type), 413 (too large) or 500 with an upload error code. */
function asMediaRejection(error: unknown, fileName: string): unknown {
  if (!(error instanceof ServiceError)) return error;
  const failure = failureOf(error);
  const refused =
    failure.status === 400 ||
    failure.status === 413 ||
    failure.status === 415 ||
    (failure.status === 500 && typeof failure.wpCode === 'string' && failure.wpCode.startsWith('rest_upload'));
  if (!refused) return error;
  return new ServiceError('PORTAL_MEDIA_REJECTED', `${fileName}: ${error.message}`, failure);
}

/**
 * However PHP or the web server says "too big": 413 (the web server's body
 * limit), a form WordPress did not get (PHP drops a body over post_max_size), or PHP's
 * own upload error for upload_max_filesize. The subject names the file, its
 * size and the limit the portal named, for the portal's administrator.
 */
function asSizeRefusal(error: unknown, fileName: string, size: number): ServiceError | null {
  if (!(error instanceof ServiceError)) return null;
  const failure = failureOf(error);
  const text = error.message;
  const limit = /upload_max_filesize|post_max_size|MAX_FILE_SIZE|client_max_body_size/i.exec(text)?.[0];
  const tooBig =
    failure.status === 413 ||
    // Our upload is multipart: WordPress looking for a raw body means PHP dropped the form (post_max_size).
    (failure.status === 400 && (failure.wpCode === 'rest_upload_no_data' || failure.wpCode === 'rest_upload_no_content_disposition')) ||
    (failure.status === 500 && limit !== undefined);
  if (!tooBig) return null;
  const named = limit ?? (failure.status === 413 ? 'client_max_body_size / LimitRequestBody' : 'post_max_size');
  return new ServiceError('PORTAL_MEDIA_TOO_LARGE', `${fileName} (${size} bytes): ${text}`, {
    ...failure,
    subject: `${fileName} — ${megabytes(size)} — ${named}`,
  });
}

/** "50 MB", "1,5 MB" (Vietnamese decimal comma). */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${(mb >= 10 ? Math.round(mb).toString() : mb.toFixed(1)).replace('.', ',')} MB`;
}

function toTerm(term: z.output<typeof Term>): PortalTerm {
  return { id: term.id, name: decodeEntities(term.name), slug: term.slug };
}

function toMedia(media: z.output<typeof Media>): PortalMedia {
  return { id: media.id, slug: media.slug, sourceUrl: media.source_url };
}

/** Term names come back HTML-escaped (`A &amp; B`). */
export function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&#039;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function asciiFileName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, '-');
}
