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

/**
 * http:// to anything but this computer: the password would cross the
 * network readable. The settings screen warns, and the service refuses to
 * send it there until the user ticked the warning.
 */
export function isPlainHttpRemote(url: string): boolean {
  // No URL class here (common/ runs anywhere): the host is what follows http:// and any user@.
  const match = /^\s*http:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^/:?#]*)/i.exec(url);
  if (!match) return false;
  const host = (match[1] ?? '').toLowerCase().replace(/\.$/, '');
  return !(host === 'localhost' || host.endsWith('.localhost') || host === '127.0.0.1' || host === '[::1]');
}

/** The portal connection as the UI sees it: the password itself never leaves the services. */
export const PortalSettingsView = z.object({
  /** The adapter in use, and those this build offers (electron/services/portal/adapters.ts). */
  type: z.string(),
  types: z.array(z.string()),
  /** Whether the adapter signs in (user name and application password) or, like a shared folder, does not. */
  signsIn: z.boolean(),
  url: z.string(),
  username: z.string(),
  postStatus: PostStatus,
  hasPassword: z.boolean(),
  /** False in the browser host, whose password file is local-only but not encrypted. */
  passwordEncrypted: z.boolean(),
  /** The connection check passed for the saved address: only then does the password go there. */
  checked: z.boolean(),
  /** The saved address is plain http:// and not this computer: the password would cross the network unencrypted. */
  plainHttp: z.boolean(),
  /** The user ticked the warning about `plainHttp` for this address. */
  plainHttpAccepted: z.boolean(),
});
export type PortalSettingsView = z.infer<typeof PortalSettingsView>;

/** Whether the saved settings name a portal to send to (the service checks the same before queueing). */
export function portalConfigured(view: PortalSettingsView): boolean {
  return view.types.includes(view.type) && view.url.trim() !== '' && (!view.signsIn || (view.username.trim() !== '' && view.hasPassword));
}

export const PortalSettingsPatch = z
  .object({
    type: z.string().max(50),
    url: z.string().trim().max(500),
    username: z.string().trim().max(200),
    postStatus: PostStatus,
    /** A new application password; `null` forgets the stored one. */
    password: z.string().max(200).nullable(),
    /** Ticked warning: send the password to this plain-http address anyway. */
    acceptPlainHttp: z.boolean(),
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

/** A line of an outbox entry's history. */
export const OutboxNote = z.object({
  at: z.string(),
  kind: z.enum(['duplicate-trashed']),
  /** For duplicate-trashed: the id of the post moved to the trash. */
  postId: z.number().int().nullable(),
});
export type OutboxNote = z.infer<typeof OutboxNote>;

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
  /**
   * Why the last attempt failed (kept while a queued entry waits to retry);
   * `subject` names what it is about (a category, a file) for the message.
   */
  error: z.object({ code: z.enum(errorCodes), message: z.string(), subject: z.string().optional() }).nullable(),
  /** What the sender did besides sending, oldest first (a duplicate post moved to the portal's trash). */
  notes: z.array(OutboxNote).default([]),
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
          .object({
            type: z.string().max(50).optional(),
            url: z.string().max(500),
            username: z.string().max(200),
            password: z.string().max(200).optional(),
            acceptPlainHttp: z.boolean().optional(),
          })
          .strict()
          .optional(),
      })
      .strict(),
    ConnectionReport,
  ),
  /**
   * Puts the article, as it is now, in the outbox; sending happens in the
   * background. PORTAL_NOT_CONFIGURED, with nothing queued, while no portal is set up.
   */
  'portal.submit': method(z.object({ articleId: ArticleId }).strict(), OutboxEntry),
  'portal.articleStatus': method(z.object({ articleId: ArticleId }).strict(), ArticlePortalStatus),
  'outbox.list': method(z.object({ limit: z.number().int().min(1).max(1000).default(200) }).strict(), z.array(OutboxEntry)),
  /** Sends a waiting or failed entry now. */
  'outbox.retry': method(z.object({ id: z.number().int().positive() }).strict(), OutboxEntry),
  /**
   * Takes an entry out of the outbox (a waiting one is then never sent; a sent
   * one's post stays on the portal). OUTBOX_SENDING while it is being sent,
   * OUTBOX_NOT_FOUND when it is gone.
   */
  'outbox.remove': method(z.object({ id: z.number().int().positive() }).strict(), z.null()),
};

export const portalEvents = {
  'outbox.changed': OutboxEntry,
  'outbox.removed': z.object({ id: z.number().int().positive() }),
};
