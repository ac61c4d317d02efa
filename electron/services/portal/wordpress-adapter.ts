import { z } from 'zod';
import { ServiceError } from '../../../common/api/errors';
import type {
  ConnectionReport,
  MediaUpload,
  PortalAdapter,
  PortalMedia,
  PortalTerm,
  PostFields,
} from './portal-adapter';
import { failureOf, wpRequest, DEFAULT_UPLOAD_TIMEOUT_MS, type WordPressConnection } from './wordpress-http';

/** The WordPress REST API (wp/v2) with an application password. */

const Term = z.object({ id: z.number().int().positive(), name: z.string(), slug: z.string() });
const Terms = z.array(Term);
const Media = z.object({ id: z.number().int().positive(), slug: z.string(), source_url: z.string() });
const MediaList = z.array(Media);
const Post = z.object({ id: z.number().int().positive(), slug: z.string(), status: z.string(), link: z.string() });
const Posts = z.array(Post);
const SiteIndex = z.object({ name: z.string(), namespaces: z.array(z.string()) });
const Me = z.object({ id: z.number().int(), capabilities: z.record(z.string(), z.boolean()) });

const PAGE = 100;

export function createWordPressAdapter(connection: WordPressConnection): PortalAdapter {
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

  return {
    async testConnection(): Promise<ConnectionReport> {
      const report: ConnectionReport = {
        reachable: false,
        signedIn: false,
        canCreatePosts: false,
        canUploadMedia: false,
        siteName: null,
        problem: null,
      };
      try {
        const index = await wpRequest(connection, 'GET', '/', SiteIndex, { auth: false });
        if (!index.namespaces.includes('wp/v2')) {
          throw new ServiceError('PORTAL_BAD_RESPONSE', 'the site does not offer the wp/v2 REST API');
        }
        report.reachable = true;
        report.siteName = decodeEntities(index.name);
        const me = await get('/wp/v2/users/me', Me, { context: 'edit' });
        report.signedIn = true;
        report.canCreatePosts = me.capabilities.edit_posts === true;
        report.canUploadMedia = me.capabilities.upload_files === true;
        if (!report.canCreatePosts || !report.canUploadMedia) report.problem = 'PORTAL_FORBIDDEN';
      } catch (error) {
        if (!(error instanceof ServiceError)) throw error;
        report.problem = error.code;
      }
      return report;
    },

    listCategories: () => listAll('/wp/v2/categories', { hide_empty: 0 }),

    async ensureTags(names) {
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

    async findMediaBySlug(slug) {
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

    async findPostBySlug(slug) {
      const found = await get('/wp/v2/posts', Posts, { slug, status: 'any', context: 'edit' });
      const post = found.find((p) => p.slug === slug);
      return post ?? null;
    },

    async getPost(id) {
      try {
        return await get(`/wp/v2/posts/${id}`, Post, { context: 'edit' });
      } catch (error) {
        const failure = failureOf(error);
        if (failure.status === 404 || failure.status === 410) return null;
        throw error;
      }
    },

    createPost: (fields) => wpRequest(connection, 'POST', '/wp/v2/posts', Post, { json: postBody(fields) }),

    updatePost: (id, fields) => wpRequest(connection, 'POST', `/wp/v2/posts/${id}`, Post, { json: postBody(fields) }),
  };
}

function postBody(fields: PostFields) {
  return {
    slug: fields.slug,
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

export function sameName(a: string, b: string): boolean {
  const fold = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
  return fold(a) === fold(b);
}

function asciiFileName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, '-');
}
