import { z } from 'zod';
import { ArticleId } from '../article/model';
import { method } from './contract';
import { errorCodes, type ErrorCode } from './errors';

/**
 * The newsroom's own channels (Facebook Page, Zalo Official Account): their
 * settings, and sharing a published article to them. A share is written to
 * the channels' outbox first and sent in the background, exactly once; the
 * UI follows it through `channels.changed`. docs/channels.md.
 */

/** The channels this build knows (electron/services/channels/adapters.ts has one line each). */
export const ChannelName = z.enum(['facebook', 'zalo']);
export type ChannelName = z.infer<typeof ChannelName>;

/**
 * Limits from each API's public documentation, checked before anything is
 * queued (and again by the service): Facebook's post message is at most
 * 63,206 characters; a Zalo OA article's title at most 150, its description
 * at most 300.
 */
export const channelLimits = {
  facebook: { message: 63_206 },
  zalo: { title: 150, description: 300, body: 10_000 },
} as const;

/** Characters as the channels count them (code points of the NFC text, not UTF-16 units). */
export function codePoints(text: string): number {
  return [...text.normalize('NFC')].length;
}

/** One channel's settings as the UI sees them: the token itself never leaves the services. */
export const ChannelSettingsView = z.object({
  channel: ChannelName,
  /** Page id (Facebook) or OA id (Zalo). */
  targetId: z.string(),
  /** The API's address; empty means the documented public one (tests point it at a loopback stand-in). */
  apiBase: z.string(),
  hasToken: z.boolean(),
  /** False in the browser host, whose secret file is local-only but not encrypted. */
  tokenEncrypted: z.boolean(),
  /** What the last connection check or send learnt of the token. */
  tokenState: z.enum(['unknown', 'ok', 'expired']),
});
export type ChannelSettingsView = z.infer<typeof ChannelSettingsView>;

export const ChannelSettingsPatch = z
  .object({
    targetId: z.string().trim().max(100),
    apiBase: z.string().trim().max(500),
    /** A new access token; `null` forgets the stored one. */
    token: z.string().max(2000).nullable(),
  })
  .partial()
  .strict();
export type ChannelSettingsPatch = z.infer<typeof ChannelSettingsPatch>;

export const ChannelReport = z.object({
  channel: ChannelName,
  ok: z.boolean(),
  /** The page's or OA's name, when the check reached it. */
  name: z.string().nullable(),
  problem: z.enum(errorCodes).nullable(),
});
export type ChannelReport = z.infer<typeof ChannelReport>;

/** What is sent to one channel, as the user edited it. */
export const ShareContent = z.object({
  /** Facebook: the post's message; Zalo: the article's body text. */
  text: z.string().max(70_000),
  /** Zalo: the article's title and description; ignored by Facebook. */
  title: z.string().max(1000).default(''),
  description: z.string().max(2000).default(''),
  /** Zalo: the cover picture's public address (the featured image on the portal). */
  coverUrl: z.string().max(1000).default(''),
});
export type ShareContent = z.infer<typeof ShareContent>;

/** chờ cổng đăng / chờ gửi / đang gửi / đã đăng / lỗi / đang gỡ / đã gỡ. */
export const ShareState = z.enum(['waiting_publish', 'queued', 'sending', 'sent', 'failed', 'removing', 'removed']);
export type ShareState = z.infer<typeof ShareState>;

export const ChannelShare = z.object({
  id: z.number().int().positive(),
  articleId: z.string(),
  channel: ChannelName,
  title: z.string(),
  state: ShareState,
  attempts: z.number().int().nonnegative(),
  content: ShareContent,
  /** The published article's address on the portal; null until the portal reports it. */
  link: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  error: z.object({ code: z.enum(errorCodes), message: z.string() }).nullable(),
  /** The post's id on the channel, recorded once it exists. */
  remoteId: z.string().nullable(),
  remoteLink: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  sentAt: z.string().nullable(),
});
export type ChannelShare = z.infer<typeof ChannelShare>;

/** The form's prefill for an article: texts from the title and sapo, and the portal link once known. */
export const ShareDraft = z.object({
  articleId: z.string(),
  link: z.string().nullable(),
  /** Whether the portal already reports the post published (sharing then goes at once). */
  published: z.boolean(),
  content: z.record(ChannelName, ShareContent),
  configured: z.array(ChannelName),
});
export type ShareDraft = z.infer<typeof ShareDraft>;

export const channelsMethods = {
  'channels.getSettings': method(z.object({}).strict(), z.array(ChannelSettingsView)),
  'channels.saveSettings': method(
    z.object({ channel: ChannelName, patch: ChannelSettingsPatch }).strict(),
    z.array(ChannelSettingsView),
  ),
  /** Checks the saved settings, or the unsaved `draft` (the token falls back to the saved one). */
  'channels.testConnection': method(
    z
      .object({
        channel: ChannelName,
        draft: z
          .object({ targetId: z.string().max(100), apiBase: z.string().max(500).optional(), token: z.string().max(2000).optional() })
          .strict()
          .optional(),
      })
      .strict(),
    ChannelReport,
  ),
  'channels.draft': method(z.object({ articleId: ArticleId }).strict(), ShareDraft),
  /**
   * Queues the article for each channel given. `now`: at once (the portal
   * link must be known); otherwise each share waits for the portal to report
   * the post published. Limits are checked first; nothing is queued if one fails.
   */
  'channels.share': method(
    z
      .object({
        articleId: ArticleId,
        shares: z.array(z.object({ channel: ChannelName, content: ShareContent }).strict()).min(1).max(2),
        now: z.boolean().default(false),
      })
      .strict(),
    z.array(ChannelShare),
  ),
  'channels.articleShares': method(z.object({ articleId: ArticleId }).strict(), z.array(ChannelShare)),
  'channels.list': method(z.object({ limit: z.number().int().min(1).max(1000).default(200) }).strict(), z.array(ChannelShare)),
  'channels.retry': method(z.object({ id: z.number().int().positive() }).strict(), ChannelShare),
  /**
   * Removes a share: one not sent yet is dropped; a sent one is deleted on
   * the channel (in the background, through the outbox).
   */
  'channels.remove': method(z.object({ id: z.number().int().positive() }).strict(), ChannelShare),
};

export const channelsEvents = {
  'channels.changed': ChannelShare,
};

/** The first problem of `content` against the channel's documented limits, or null; the form and the service both ask. */
export function shareProblem(channel: ChannelName, content: ShareContent): ErrorCode | null {
  const text = content.text.trim();
  if (channel === 'facebook') {
    if (!text) return 'CHANNEL_EMPTY';
    return codePoints(text) > channelLimits.facebook.message ? 'CHANNEL_TOO_LONG' : null;
  }
  const { title, description, coverUrl } = content;
  if (!title.trim() || !description.trim() || !text) return 'CHANNEL_EMPTY';
  const limits = channelLimits.zalo;
  if (codePoints(title.trim()) > limits.title || codePoints(description.trim()) > limits.description || codePoints(text) > limits.body) {
    return 'CHANNEL_TOO_LONG';
  }
  return coverUrl.trim() ? null : 'CHANNEL_COVER_MISSING';
}
