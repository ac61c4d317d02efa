import * as Y from 'yjs';
import type { Version, VersionKind } from '../../../common/api/drafts.api';
import { ServiceError } from '../../../common/api/errors';
import { deriveArticle } from '../../../common/article/derive';
import { isIntact } from '../../db/checksum';
import type { VersionRow } from '../../db/drafts-store';
import { toBase64 } from '../../../common/api/base64';
import { buildDoc, replaceContent } from './article-docs';
import type { DraftsService, LiveArticle } from './drafts.service';

/** At most one automatic version per this much editing time. */
export const AUTO_VERSION_EVERY_MS = 5 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/**
 * "Lịch sử phiên bản": full states of an article, taken automatically while
 * someone edits and when the article is closed, on demand ("Lưu phiên bản"),
 * and around every restore.
 */
export class DraftsHistory {
  constructor(private readonly drafts: DraftsService) {
    drafts.afterCommit = (live) => this.maybeAutoVersion(live);
  }

  private author(): string {
    return this.drafts.ctx.settings.read().authorName;
  }

  private record(live: LiveArticle, kind: VersionKind, name: string, restoredFrom: number | null = null): Version {
    const derived = deriveArticle(live.doc);
    const createdAt = this.drafts.iso();
    const id = this.drafts.store.insertVersion({
      articleId: live.id,
      kind,
      name,
      author: this.author(),
      title: derived.title,
      wordCount: derived.wordCount,
      createdAt,
      restoredFrom,
      state: Y.encodeStateAsUpdate(live.doc),
    });
    live.editedSinceVersion = false;
    live.lastVersionAt = this.drafts.now();
    if (kind === 'auto' || kind === 'close') this.thin(live.id);
    return toVersion(this.drafts.store.getVersion(live.id, id)!);
  }

  private maybeAutoVersion(live: LiveArticle): void {
    if (this.drafts.now() - live.lastVersionAt < AUTO_VERSION_EVERY_MS) return;
    try {
      this.record(live, 'auto', '');
    } catch (error) {
      // The edit itself is committed; only this checkpoint is missing.
      console.error(`drafts: automatic version of ${live.id} failed`, error);
    }
  }

  /** The editor closed the article: keep its state if it changed since the last version. */
  closed(id: string): void {
    this.drafts.row(id);
    const live = this.drafts.article(id);
    if (live.editedSinceVersion) this.record(live, 'close', '');
  }

  list(id: string): Version[] {
    this.drafts.row(id);
    return this.drafts.store.versions(id).map(toVersion);
  }

  save(id: string, name: string): Version {
    this.drafts.row(id);
    return this.record(this.drafts.article(id), 'named', name.normalize('NFC'));
  }

  preview(id: string, versionId: number) {
    const { row, state } = this.load(id, versionId);
    const doc = buildDoc([state]);
    const d = deriveArticle(doc);
    doc.destroy();
    return {
      version: toVersion(row),
      state: toBase64(state),
      text: { title: d.title, sapo: d.sapo, byline: d.byline, body: d.body },
    };
  }

  async restore(id: string, versionId: number) {
    if (this.drafts.row(id).trashed_at) throw new ServiceError('DRAFT_IN_TRASH', `article ${id} is in the trash`);
    const { row, state } = this.load(id, versionId);
    const live = this.drafts.article(id);
    this.record(live, 'before_restore', '');
    const source = buildDoc([state]);
    try {
      await this.drafts.change(id, (doc) => replaceContent(doc, source));
    } finally {
      source.destroy();
    }
    const version = this.record(this.drafts.article(id), 'restore', row.name, row.id);
    const summary = this.drafts.summary(id);
    this.drafts.ctx.emit('drafts.changed', { id, summary });
    return { summary, version };
  }

  private load(id: string, versionId: number): { row: VersionRow; state: Uint8Array } {
    this.drafts.row(id);
    const row = this.drafts.store.getVersion(id, versionId);
    const stored = this.drafts.store.versionState(id, versionId);
    if (!row || !stored) throw new ServiceError('VERSION_NOT_FOUND', `article ${id} has no version ${versionId}`);
    if (!isIntact(stored.state, stored.crc)) {
      throw new ServiceError('VERSION_DAMAGED', `version ${versionId} of article ${id} fails its checksum`);
    }
    return { row, state: stored.state };
  }

  private thin(id: string): void {
    const doomed = versionsToThin(this.drafts.store.versions(id), this.drafts.now());
    if (doomed.length === 0) return;
    this.drafts.store.transaction(() => doomed.forEach((v) => this.drafts.store.deleteVersion(v)));
  }
}

/**
 * Old automatic versions thin out: all are kept for a day, then the newest
 * of each hour up to a week, then the newest of each day. Named versions and
 * those around a restore are never thinned.
 */
export function versionsToThin(rows: readonly Pick<VersionRow, 'id' | 'kind' | 'created_at'>[], now: number): number[] {
  const seen = new Set<string>();
  const doomed: number[] = [];
  const newestFirst = [...rows].sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id);
  for (const row of newestFirst) {
    if (row.kind !== 'auto' && row.kind !== 'close') continue;
    const at = Date.parse(row.created_at);
    const age = now - at;
    if (age < DAY) continue;
    const bucket = age < 7 * DAY ? `h${Math.floor(at / HOUR)}` : `d${Math.floor(at / DAY)}`;
    if (seen.has(bucket)) doomed.push(row.id);
    else seen.add(bucket);
  }
  return doomed;
}

export function toVersion(row: VersionRow): Version {
  return {
    id: row.id,
    articleId: row.article_id,
    kind: row.kind as VersionKind,
    name: row.name,
    author: row.author,
    title: row.title,
    wordCount: row.word_count,
    createdAt: row.created_at,
    restoredFrom: row.restored_from,
  };
}
