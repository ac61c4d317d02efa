import { z } from 'zod';
import { ArticleId } from '../article/model';
import { method } from './contract';
import { errorCodes } from './errors';
import { PostStatus } from './settings.api';

/**
 * Submission to the portal ("Gửi lên cổng") and the outbox ("Hộp thư đi").
 * A submission is written to the outbox first and sent in the background, so
 * `portal.submit` answers at once and the outbox reports what happens next
 * through `outbox.changed`.
 */

/** The portal connection as the UI sees it: the password itself never leaves the services. */
export const PortalSettingsView = z.object({
  url: z.string(),
  username: z.string(),
  postStatus: PostStatus,
  hasPassword: z.boolean(),
  /** False in the browser host, whose password file is local-only but not encrypted. */
  passwordEncrypted: z.boolean(),
});
export type PortalSettingsView = z.infer<typeof PortalSettingsView>;

export const PortalSettingsPatch = z
  .object({
    url: z.string().trim().max(500),
    username: z.string().trim().max(200),
    postStatus: PostStatus,
    /** A new application password; `null` forgets the stored one. */
    password: z.string().max(200).nullable(),
  })
  .partial()
  .strict();
export type PortalSettingsPatch = z.infer<typeof PortalSettingsPatch>;

export const ConnectionReport = z.object({
  reachable: z.boolean(),
  signedIn: z.boolean(),
  canCreatePosts: z.boolean(),
  canUploadMedia: z.boolean(),
  siteName: z.string().nullable(),
  /** Code of the first step that failed; null when everything works. */
  problem: z.enum(errorCodes).nullable(),
  /** The newsroom's categories (Settings) that the portal does not have; articles in them cannot be sent. */
  missingCategories: z.array(z.string()).default([]),
});
export type ConnectionReport = z.infer<typeof ConnectionReport>;

/** chờ gửi / đang gửi / đã gửi / lỗi. */
export const OutboxState = z.enum(['queued', 'sending', 'sent', 'failed']);
export type OutboxState = z.infer<typeof OutboxState>;

export const OutboxEntry = z.object({
  id: z.number().int().positive(),
  articleId: z.string(),
  title: z.string(),
  state: OutboxState,
  attempts: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** When the next automatic attempt is due; null when it waits for the user. */
  nextAttemptAt: z.string().nullable(),
  /** Why the last attempt failed (kept while a queued entry waits to retry). */
  error: z.object({ code: z.enum(errorCodes), message: z.string() }).nullable(),
  postId: z.number().int().nullable(),
  link: z.string().nullable(),
  sentAt: z.string().nullable(),
});
export type OutboxEntry = z.infer<typeof OutboxEntry>;

export const ArticlePortalStatus = z.object({
  articleId: z.string(),
  /** The post on the portal, once a submission went through. */
  post: z
    .object({ id: z.number().int(), link: z.string(), status: z.string(), submittedAt: z.string() })
    .nullable(),
  /** The article's latest outbox entry, if any. */
  latest: OutboxEntry.nullable(),
});
export type ArticlePortalStatus = z.infer<typeof ArticlePortalStatus>;

export const portalMethods = {
  'portal.getSettings': method(z.object({}).strict(), PortalSettingsView),
  'portal.saveSettings': method(z.object({ patch: PortalSettingsPatch }).strict(), PortalSettingsView),
  /** Tests the saved connection, or the one in `draft` (unsaved form values; password falls back to the saved one). */
  'portal.testConnection': method(
    z
      .object({
        draft: z
          .object({ url: z.string().max(500), username: z.string().max(200), password: z.string().max(200).optional() })
          .strict()
          .optional(),
      })
      .strict(),
    ConnectionReport,
  ),
  /** Puts the article, as it is now, in the outbox; sending happens in the background. */
  'portal.submit': method(z.object({ articleId: ArticleId }).strict(), OutboxEntry),
  'portal.articleStatus': method(z.object({ articleId: ArticleId }).strict(), ArticlePortalStatus),
  'outbox.list': method(z.object({ limit: z.number().int().min(1).max(1000).default(200) }).strict(), z.array(OutboxEntry)),
  /** Sends a waiting or failed entry now. */
  'outbox.retry': method(z.object({ id: z.number().int().positive() }).strict(), OutboxEntry),
};

export const portalEvents = {
  'outbox.changed': OutboxEntry,
};
