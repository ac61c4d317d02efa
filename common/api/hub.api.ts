import { z } from 'zod';
import { ArticleStatus } from '../article/model';
import { method } from './contract';

/**
 * The newsroom hub ("Kết nối tòa soạn"): accounts, roles and the sync of
 * shared articles. Two layers share these schemas:
 *  - the hub's own HTTP JSON API (electron/hub), which the desktop's sync
 *    service calls, and
 *  - the contract methods `hub.*`, which the UI calls on the desktop's services.
 * Rights are decided by the hub; the UI only hides what a role may not use.
 */

/** Role codes (GLOSSARY.md, "People and rights"). */
export const HubRole = z.enum(['contributor', 'editor', 'reviewer', 'board_head', 'admin']);
export type HubRole = z.infer<typeof HubRole>;

/** Vietnamese role codes accepted by the hub's command line (`--role quan_tri`). */
export const roleAliases: Readonly<Record<string, HubRole>> = {
  cong_tac_vien: 'contributor',
  bien_tap_vien: 'editor',
  ban_bien_tap: 'reviewer',
  truong_ban_bien_tap: 'board_head',
  truong_ban: 'board_head',
  quan_tri: 'admin',
};

export const HubArticleId = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/, 'not a safe article id');

const LoginName = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[\p{L}\p{N}._@-]+$/u, 'letters, digits, . _ @ - only');
const Password = z.string().min(8).max(200);
const DisplayName = z.string().trim().min(1).max(200);

/** The person signed in, as the UI and the review pane see them (`name`: the name people read). Stable shape. */
export const HubUser = z.object({
  id: z.number().int().positive(),
  name: z.string(),
  role: HubRole,
});
export type HubUser = z.infer<typeof HubUser>;

/** An account as the admin screen sees it. */
export const HubAccount = HubUser.extend({
  /** What the person types to sign in. */
  login: z.string(),
  disabled: z.boolean(),
  createdAt: z.string(),
});
export type HubAccount = z.infer<typeof HubAccount>;

// ---- the hub's HTTP API (request and response bodies)

export const LoginRequest = z.object({ login: LoginName, password: z.string().min(1).max(200) }).strict();
export const LoginResponse = z.object({ token: z.string(), expiresAt: z.string(), user: HubAccount });
export type LoginResponse = z.infer<typeof LoginResponse>;

export const AccountCreate = z
  .object({ login: LoginName, name: DisplayName.optional(), role: HubRole, password: Password })
  .strict();
export type AccountCreate = z.infer<typeof AccountCreate>;

export const AccountPatch = z
  .object({ role: HubRole, disabled: z.boolean(), password: Password, name: DisplayName })
  .partial()
  .strict();
export type AccountPatch = z.infer<typeof AccountPatch>;

/** What this person may do with an article's document on the hub. */
export const HubAccess = z.enum(['write', 'read']);
export type HubAccess = z.infer<typeof HubAccess>;

export const HubArticle = z.object({
  id: HubArticleId,
  authorId: z.number().int(),
  authorName: z.string(),
  status: ArticleStatus,
  title: z.string(),
  updatedAt: z.string(),
  access: HubAccess,
});
export type HubArticle = z.infer<typeof HubArticle>;

export const StatusChangeRequest = z.object({ to: ArticleStatus, note: z.string().max(5000).default('') }).strict();

export const AuditEntry = z.object({
  id: z.number().int(),
  articleId: z.string(),
  userId: z.number().int(),
  userName: z.string(),
  at: z.string(),
  from: ArticleStatus,
  to: ArticleStatus,
  note: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** Error bodies of the hub's HTTP API. */
export const HubErrorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

// ---- the desktop's contract

/** đã đồng bộ / chờ gửi / ngoại tuyến, plus an article the hub no longer lets this person see. */
export const SyncState = z.enum(['synced', 'pending', 'offline', 'revoked']);
export type SyncState = z.infer<typeof SyncState>;

export const HubStatus = z.object({
  connected: z.boolean(),
  user: HubUser.nullable(),
  /** The hub's address, '' when none is configured. */
  url: z.string(),
  /** The hub address is plain ws:// (or http://) to another machine: passwords and articles cross the network unencrypted. */
  insecure: z.boolean(),
});
export type HubStatus = z.infer<typeof HubStatus>;

export const ArticleSyncInfo = z.object({
  id: z.string(),
  authorName: z.string(),
  /** Written by someone else and received from the hub. */
  shared: z.boolean(),
  state: SyncState,
  access: HubAccess.nullable(),
});
export type ArticleSyncInfo = z.infer<typeof ArticleSyncInfo>;

/** A cursor as two Yjs relative positions (Y.encodeRelativePosition, base64): they follow the text through edits. */
export const PresenceCursor = z.object({ anchor: z.string().max(2000), head: z.string().max(2000) });
export type PresenceCursor = z.infer<typeof PresenceCursor>;

/** Someone else who has the article open right now, on any desktop. */
export const PresencePeer = z.object({ clientId: z.number().int(), user: HubUser, cursor: PresenceCursor.nullable() });
export type PresencePeer = z.infer<typeof PresencePeer>;
export const ArticlePresence = z.object({ id: HubArticleId, people: z.array(PresencePeer) });

const Url = z.string().trim().min(1).max(500);
const NoArgs = z.object({}).strict();

export const hubMethods = {
  'hub.status': method(NoArgs, HubStatus),
  'hub.login': method(z.object({ url: Url, login: LoginName, password: z.string().min(1).max(200) }).strict(), HubStatus),
  'hub.logout': method(NoArgs, HubStatus),
  'hub.articles': method(NoArgs, z.array(ArticleSyncInfo)),
  'hub.setStatus': method(z.object({ id: HubArticleId, to: ArticleStatus, note: z.string().max(5000).default('') }).strict(), z.null()),
  'hub.audit': method(z.object({ id: HubArticleId }).strict(), z.array(AuditEntry)),
  /** Tells the others this article is open here (with the cursor), or no longer; answers who else has it open. */
  'hub.presence': method(
    z.object({ id: HubArticleId, open: z.boolean(), cursor: PresenceCursor.nullable().default(null) }).strict(),
    z.array(PresencePeer),
  ),
  /** The board members (reviewers and the board head) an article can be assigned to. */
  'hub.board': method(NoArgs, z.array(HubUser)),
  'hub.users.list': method(NoArgs, z.array(HubAccount)),
  'hub.users.create': method(AccountCreate, HubAccount),
  'hub.users.update': method(z.object({ id: z.number().int().positive(), patch: AccountPatch }).strict(), HubAccount),
};

export const hubEvents = {
  'hub.changed': HubStatus,
  'hub.articles.changed': z.array(ArticleSyncInfo),
  'hub.presence.changed': ArticlePresence,
};
