/**
 * Every SQL statement of the channels' shares and settings (migration 0050).
 * It is the outbox worker's queue for shares (`OutboxQueue`), so shares wait
 * offline, back off and retry exactly like portal submissions; each write is
 * one statement or one transaction.
 */
import type { Database } from 'better-sqlite3';
import { ChannelName, ShareContent, type ChannelShare, type ChannelSettingsView } from '../../../common/api/channels.api';
import { isErrorCode } from '../../../common/api/errors';
import type { OutboxError } from '../../db/outbox-store';
import type { OutboxQueue } from '../outbox/outbox-worker';
import type { RemotePost } from './channel-adapter';

interface ShareRow {
  id: number;
  article_id: string;
  channel: string;
  title: string;
  state: string;
  op: 'post' | 'remove';
  content: string;
  link: string | null;
  attempts: number;
  first_attempt_at: string | null;
  next_attempt_at: string | null;
  error_code: string | null;
  error_message: string | null;
  receipt: string | null;
  remote_id: string | null;
  remote_link: string | null;
  created_at: string;
  updated_at: string;
  sent_at: string | null;
}

/** A share with what only the sender needs. */
export interface QueuedShare extends ChannelShare {
  op: 'post' | 'remove';
  receipt: string | null;
  firstAttemptAt: string | null;
}

/** States in which a share has not reached its channel and may still change. */
const OPEN = `state IN ('waiting_publish', 'queued', 'failed') AND op = 'post'`;

function statements(db: Database) {
  const p = (sql: string) => db.prepare(sql);
  return {
    get: p('SELECT * FROM channel_shares WHERE id = ?'),
    open: p(`SELECT id FROM channel_shares WHERE article_id = ? AND channel = ? AND ${OPEN}`),
    current: p(`SELECT * FROM channel_shares WHERE article_id = ? AND channel = ? AND state <> 'removed' ORDER BY id DESC LIMIT 1`),
    insert: p(`INSERT INTO channel_shares (article_id, channel, title, state, content, link, next_attempt_at, created_at, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    replace: p(`UPDATE channel_shares SET title = ?, state = ?, content = ?, link = ?, next_attempt_at = ?, attempts = 0,
                error_code = NULL, error_message = NULL, updated_at = ? WHERE id = ?`),
    forArticle: p('SELECT * FROM channel_shares WHERE article_id = ? ORDER BY id'),
    list: p('SELECT * FROM channel_shares ORDER BY id DESC LIMIT ?'),
    waiting: p(`SELECT id FROM channel_shares WHERE article_id = ? AND state = 'waiting_publish'`),
    parked: p(`SELECT DISTINCT article_id FROM channel_shares WHERE state = 'waiting_publish' ORDER BY article_id`),
    release: p(`UPDATE channel_shares SET state = 'queued', link = ?, next_attempt_at = ?, updated_at = ? WHERE id = ?`),
    nextDue: p(`SELECT * FROM channel_shares WHERE state IN ('queued', 'failed') AND next_attempt_at IS NOT NULL
                AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT 1`),
    earliestDue: p(`SELECT MIN(next_attempt_at) AS at FROM channel_shares WHERE state IN ('queued', 'failed') AND next_attempt_at IS NOT NULL`),
    markSending: p(`UPDATE channel_shares SET state = 'sending', attempts = attempts + 1,
                    first_attempt_at = COALESCE(first_attempt_at, ?), updated_at = ? WHERE id = ?`),
    posted: p(`UPDATE channel_shares SET state = 'sent', remote_id = ?, remote_link = ?, error_code = NULL, error_message = NULL,
               next_attempt_at = NULL, sent_at = ?, updated_at = ? WHERE id = ?`),
    removed: p(`UPDATE channel_shares SET state = 'removed', error_code = NULL, error_message = NULL, next_attempt_at = NULL,
                removed_at = ?, updated_at = ? WHERE id = ?`),
    markError: p(`UPDATE channel_shares SET state = ?, error_code = ?, error_message = ?, next_attempt_at = ?, updated_at = ? WHERE id = ?`),
    retryNow: p(`UPDATE channel_shares SET state = 'queued', next_attempt_at = ?, updated_at = ? WHERE id = ?`),
    interrupted: p(`SELECT id FROM channel_shares WHERE state = 'sending'`),
    receipt: p('UPDATE channel_shares SET receipt = ? WHERE id = ?'),
    dropUnsent: p(`UPDATE channel_shares SET state = 'removed', next_attempt_at = NULL, removed_at = ?, updated_at = ? WHERE id = ? AND ${OPEN}`),
    queueRemoval: p(`UPDATE channel_shares SET op = 'remove', state = 'queued', attempts = 0, error_code = NULL, error_message = NULL,
                     next_attempt_at = ?, updated_at = ? WHERE id = ? AND (remote_id IS NOT NULL OR op = 'remove')
                     AND (state = 'sent' OR op = 'remove') AND state NOT IN ('sending', 'removed')`),
    // Not confirmed, but an attempt was made (its reply may have been lost) or a receipt recorded:
    // the removal looks the post up on the channel first.
    queueLookupRemoval: p(`UPDATE channel_shares SET op = 'remove', state = 'queued', attempts = 0, error_code = NULL, error_message = NULL,
                           next_attempt_at = ?, updated_at = ? WHERE id = ? AND op = 'post' AND state IN ('queued', 'failed')
                           AND remote_id IS NULL AND (attempts > 0 OR receipt IS NOT NULL)`),
    config: p('SELECT channel, target_id, api_base, token_state FROM channel_config WHERE channel = ?'),
    putConfig: p(`INSERT INTO channel_config (channel, target_id, api_base, token_state) VALUES (?, ?, ?, ?)
                  ON CONFLICT (channel) DO UPDATE SET target_id = excluded.target_id, api_base = excluded.api_base,
                  token_state = excluded.token_state`),
    sentByChannel: p(`SELECT channel, COUNT(*) AS n FROM channel_shares WHERE state = 'sent' AND sent_at >= ? AND sent_at < ? GROUP BY channel`),
  };
}

export interface ChannelConfig {
  targetId: string;
  apiBase: string;
  tokenState: ChannelSettingsView['tokenState'];
}

export class ShareStore implements OutboxQueue<QueuedShare, RemotePost> {
  private readonly s: ReturnType<typeof statements>;

  constructor(private readonly db: Database) {
    this.s = statements(db);
  }

  /**
   * Queues (`link` given) or parks (`link` null: waiting for the portal) a
   * share. A share of the same article to the same channel that has not gone
   * out takes the new content; one already on the channel is returned as it is.
   */
  put(articleId: string, channel: ChannelName, title: string, content: ShareContent, link: string | null, now: string): QueuedShare {
    const id = this.db.transaction(() => {
      const state = link ? 'queued' : 'waiting_publish';
      const next = link ? now : null;
      const open = this.s.open.get(articleId, channel) as { id: number } | undefined;
      if (open) {
        this.s.replace.run(title, state, JSON.stringify(content), link, next, now, open.id);
        return open.id;
      }
      const current = this.s.current.get(articleId, channel) as ShareRow | undefined;
      if (current) return current.id;
      return Number(this.s.insert.run(articleId, channel, title, state, JSON.stringify(content), link, next, now, now).lastInsertRowid);
    }).immediate();
    return this.mustGet(id);
  }

  /** The articles whose shares wait for the portal to publish them. */
  parkedArticles(): string[] {
    return (this.s.parked.all() as { article_id: string }[]).map((r) => r.article_id);
  }

  /** The portal published the article at `link`: its parked shares go out. */
  release(articleId: string, link: string, now: string): number[] {
    return this.db.transaction(() => {
      const ids = (this.s.waiting.all(articleId) as { id: number }[]).map((r) => r.id);
      for (const id of ids) this.s.release.run(link, now, now, id);
      return ids;
    }).immediate();
  }

  get(id: number): QueuedShare | null {
    const row = this.s.get.get(id) as ShareRow | undefined;
    return row ? toShare(row) : null;
  }

  mustGet(id: number): QueuedShare {
    const share = this.get(id);
    if (!share) throw new Error(`share ${id} vanished`);
    return share;
  }

  forArticle(articleId: string): QueuedShare[] {
    return (this.s.forArticle.all(articleId) as ShareRow[]).map(toShare);
  }

  list(limit: number): QueuedShare[] {
    return (this.s.list.all(limit) as ShareRow[]).map(toShare);
  }

  /** The worker needs bytes to send; a share carries its content in its row. */
  snapshot(id: number): Uint8Array | null {
    const row = this.s.get.get(id) as ShareRow | undefined;
    return row ? Buffer.from(row.content, 'utf8') : null;
  }

  nextDue(now: string): QueuedShare | null {
    const row = this.s.nextDue.get(now) as ShareRow | undefined;
    return row ? toShare(row) : null;
  }

  earliestDue(): string | null {
    return (this.s.earliestDue.get() as { at: string | null }).at;
  }

  markSending(id: number, now: string): void {
    this.s.markSending.run(now, now, id);
  }

  /** A post confirmed on the channel (its id recorded), or a removal done. */
  markSent(id: number, post: RemotePost, _verifyAt: string | null, now: string): void {
    if (this.mustGet(id).op === 'remove') this.s.removed.run(now, now, id);
    else this.s.posted.run(post.id, post.link, now, now, id);
  }

  markError(id: number, error: OutboxError, nextAttemptAt: string | null, now: string): void {
    this.s.markError.run(nextAttemptAt === null ? 'failed' : 'queued', error.code, error.message.slice(0, 2000), nextAttemptAt, now, id);
  }

  retryNow(id: number, now: string): void {
    this.s.retryNow.run(now, now, id);
  }

  requeueInterrupted(now: string): number[] {
    const ids = (this.s.interrupted.all() as { id: number }[]).map((r) => r.id);
    for (const id of ids) this.s.retryNow.run(now, now, id);
    return ids;
  }

  rememberReceipt(id: number, receipt: string): void {
    this.s.receipt.run(receipt, id);
  }

  /**
   * A share never attempted is dropped; one on the channel, or one an attempt
   * may have put there (reply lost, then stopped or waiting), gets its removal
   * queued (the latter looks the post up first). False while it is being sent.
   */
  remove(id: number, now: string): boolean {
    return this.db
      .transaction(
        () =>
          this.s.queueLookupRemoval.run(now, now, id).changes > 0 ||
          this.s.dropUnsent.run(now, now, id).changes > 0 ||
          this.s.queueRemoval.run(now, now, id).changes > 0,
      )
      .immediate();
  }

  config(channel: ChannelName): ChannelConfig {
    const row = this.s.config.get(channel) as { target_id: string; api_base: string; token_state: string } | undefined;
    const tokenState = row?.token_state === 'ok' || row?.token_state === 'expired' ? row.token_state : 'unknown';
    return { targetId: row?.target_id ?? '', apiBase: row?.api_base ?? '', tokenState };
  }

  putConfig(channel: ChannelName, config: ChannelConfig): void {
    this.s.putConfig.run(channel, config.targetId, config.apiBase, config.tokenState);
  }

  /** Shares on each channel (sent and not removed) first sent in `[from, to)`. */
  sentByChannel(from: string, to: string): Record<ChannelName, number> {
    const counts: Record<ChannelName, number> = { facebook: 0, zalo: 0 };
    for (const row of this.s.sentByChannel.all(from, to) as { channel: string; n: number }[]) {
      const channel = ChannelName.safeParse(row.channel);
      if (channel.success) counts[channel.data] = row.n;
    }
    return counts;
  }
}

function toShare(row: ShareRow): QueuedShare {
  const channel = ChannelName.parse(row.channel);
  const removing = row.op === 'remove' && (row.state === 'queued' || row.state === 'sending');
  const content = ShareContent.safeParse(safeJson(row.content));
  return {
    id: row.id,
    articleId: row.article_id,
    channel,
    title: row.title,
    state: removing ? 'removing' : (row.state as ChannelShare['state']),
    attempts: row.attempts,
    content: content.success ? content.data : { text: '', title: '', description: '', coverUrl: '' },
    link: row.link,
    nextAttemptAt: row.next_attempt_at,
    error: row.error_code ? { code: isErrorCode(row.error_code) ? row.error_code : 'INTERNAL', message: row.error_message ?? '' } : null,
    remoteId: row.remote_id,
    remoteLink: row.remote_link,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    sentAt: row.sent_at,
    op: row.op,
    receipt: row.receipt,
    firstAttemptAt: row.first_attempt_at,
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
