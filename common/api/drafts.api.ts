import { z } from 'zod';
import { ArticleId, ArticleKind, ArticleStatus } from '../article/model';
import { TemplateContent } from '../article/templates';
import { Base64, method } from './contract';

/**
 * Drafts, history and search. An article is a Yjs document (see
 * common/article/layout.ts); the service stores its updates in SQLite and
 * derives everything a list shows (title, word count, …) from the document
 * itself, never from what a client claims.
 */

export const VersionId = z.number().int().positive();

/** What lists, search results and events show of an article. Times are ISO 8601. */
export const ArticleSummary = z.object({
  id: ArticleId,
  title: z.string(),
  sapo: z.string(),
  byline: z.string(),
  category: z.string(),
  kind: ArticleKind,
  status: ArticleStatus,
  /** Words in sapo and body (the headline is not counted). */
  wordCount: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Set while the article is in the trash. */
  trashedAt: z.string().nullable(),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

export const ListSort = z.enum(['updated', 'created', 'title']);
export type ListSort = z.infer<typeof ListSort>;

export const ListArgs = z
  .object({
    /** `active`: not in the trash; `trash`: only the trash. */
    view: z.enum(['active', 'trash']).default('active'),
    status: ArticleStatus.optional(),
    category: z.string().max(200).optional(),
    kind: ArticleKind.optional(),
    /** `title` sorts with Vietnamese collation (a < ă < â < b …, then tones). */
    sort: ListSort.default('updated'),
    /** Default: newest first for dates, A→Z for titles. */
    direction: z.enum(['asc', 'desc']).optional(),
    limit: z.number().int().min(1).max(1000).default(200),
    offset: z.number().int().min(0).default(0),
  })
  .strict();

export const ArticleList = z.object({ items: z.array(ArticleSummary), total: z.number().int().nonnegative() });

/**
 * The merged Yjs state of an article (Y.encodeStateAsUpdate), base64. Apply it
 * to a fresh Y.Doc; later changes from any client arrive as `drafts.update`.
 */
export const OpenedArticle = z.object({ summary: ArticleSummary, state: Base64 });

export const VersionKind = z.enum(['auto', 'close', 'named', 'before_restore', 'restore']);
export type VersionKind = z.infer<typeof VersionKind>;

/** One entry of "Lịch sử phiên bản". */
export const Version = z.object({
  id: VersionId,
  articleId: ArticleId,
  kind: VersionKind,
  /** The name given with "Lưu phiên bản"; for a restore, the restored version's label. */
  name: z.string(),
  author: z.string(),
  title: z.string(),
  wordCount: z.number().int().nonnegative(),
  createdAt: z.string(),
  /** For kind `restore`: which version was brought back. */
  restoredFrom: VersionId.nullable(),
});
export type Version = z.infer<typeof Version>;

/** Plain text of an article (title, sapo, byline; body blocks separated by "\n"). */
export const ArticleText = z.object({ title: z.string(), sapo: z.string(), byline: z.string(), body: z.string() });
export type ArticleText = z.infer<typeof ArticleText>;

export const VersionPreview = z.object({ version: Version, state: Base64, text: ArticleText });

/** A snippet is a list of parts; `hit` parts are the matched words, to be highlighted. */
export const SnippetPart = z.object({ text: z.string(), hit: z.boolean() });
export type SnippetPart = z.infer<typeof SnippetPart>;

export const SearchHit = z.object({
  summary: ArticleSummary,
  /** Where the best hit is: in the title, sapo, byline or body. */
  field: z.enum(['title', 'sapo', 'byline', 'body']),
  snippet: z.array(SnippetPart),
});
export type SearchHit = z.infer<typeof SearchHit>;

const ById = z.object({ id: ArticleId }).strict();

export const draftsMethods = {
  /**
   * A new draft (status `draft`, byline from Settings.authorName unless given),
   * empty or filled from a template in the same transaction that creates it.
   */
  'drafts.create': method(
    z
      .object({
        kind: ArticleKind.default('tin'),
        category: z.string().max(200).default(''),
        byline: z.string().max(200).optional(),
        template: TemplateContent.optional(),
      })
      .strict(),
    ArticleSummary,
  ),
  'drafts.list': method(ListArgs, ArticleList),
  'drafts.get': method(ById, ArticleSummary),
  /** Works for articles in the trash too (read-only views); check `summary.trashedAt`. */
  'drafts.open': method(ById, OpenedArticle),
  /**
   * Appends one Yjs update. Resolves only after it is committed to disk.
   * `origin` is echoed in the `drafts.update` event so a client may recognise
   * its own updates (applying them again is harmless). Rejects with
   * INVALID_UPDATE, storing nothing, when the bytes are not a Yjs update that
   * fits this article (or try to change `meta.status`: use drafts.setStatus);
   * DRAFT_IN_TRASH when the article is in the trash.
   */
  'drafts.append': method(
    z.object({ id: ArticleId, update: Base64, origin: z.string().max(100).optional() }).strict(),
    z.object({ savedAt: z.string() }),
  ),
  /** The editor closed the article: records an automatic version if anything changed. */
  'drafts.close': method(ById, z.null()),
  'drafts.duplicate': method(ById, ArticleSummary),
  'drafts.trash': method(ById, ArticleSummary),
  'drafts.restore': method(ById, ArticleSummary),
  /** Only for an article already in the trash (DRAFT_NOT_IN_TRASH otherwise). */
  'drafts.deleteForever': method(ById, z.null()),
  /**
   * Approving, returning and sending for review are logged in the article's
   * `review` data (who, when, the note) with the status; returning needs a
   * note (REVIEW_NOTE_REQUIRED), and the reviewed state is kept as a version.
   */
  'drafts.setStatus': method(
    z
      .object({
        id: ArticleId,
        status: ArticleStatus,
        note: z.string().max(5000).optional(),
        /** Approving: the royalty coefficient (hệ số nhuận bút) the board gives, checked against the kind's range first. */
        coefficient: z.number().nonnegative().max(1000).optional(),
      })
      .strict(),
    ArticleSummary,
  ),
  /** Newest first. */
  'drafts.versions': method(ById, z.array(Version)),
  /** "Lưu phiên bản": a named version of the current state. */
  'drafts.saveVersion': method(
    z.object({ id: ArticleId, name: z.string().trim().min(1).max(200) }).strict(),
    Version,
  ),
  'drafts.previewVersion': method(z.object({ id: ArticleId, versionId: VersionId }).strict(), VersionPreview),
  /**
   * Brings the article back to a version's content as a new change (so open
   * editors receive it as a `drafts.update`). The state before the restore is
   * kept as a `before_restore` version, so a restore can itself be undone.
   */
  'drafts.restoreVersion': method(
    z.object({ id: ArticleId, versionId: VersionId }).strict(),
    z.object({ summary: ArticleSummary, version: Version }),
  ),
  /**
   * Full-text search over title, sapo, byline and body; accent- and
   * case-insensitive (`tan thanh` finds `Tân Thạnh`); a query typed with
   * accents ranks exact accented matches first. The last word matches as a prefix.
   */
  'drafts.search': method(
    z
      .object({
        query: z.string().max(500),
        view: z.enum(['active', 'trash']).default('active'),
        limit: z.number().int().min(1).max(200).default(50),
        /** The list's filters narrow the search too. */
        status: ArticleStatus.optional(),
        category: z.string().max(200).optional(),
        kind: ArticleKind.optional(),
      })
      .strict(),
    z.object({ items: z.array(SearchHit) }),
  ),
};

export const draftsEvents = {
  /** An article's summary changed (edit, status, trash, restore); `summary: null` when deleted for good. */
  'drafts.changed': z.object({ id: ArticleId, summary: ArticleSummary.nullable() }),
  /** A committed Yjs update of an article, from any client or from the service itself (restore, status). */
  'drafts.update': z.object({ id: ArticleId, update: Base64, origin: z.string().nullable() }),
};
