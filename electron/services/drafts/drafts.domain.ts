import type { draftsMethods } from '../../../common/api/drafts.api';
import { ServiceError } from '../../../common/api/errors';
import { canChangeStatus, serviceOnlyStatuses } from '../../../common/article/workflow';
import { decisionFor } from '../../../common/article/review-log';
import { LOCAL_ROLE } from '../../../common/article/review-rights';
import type { Domain, ServiceContext } from '../context';
import { fromBase64 } from '../../../common/api/base64';
import { DraftsHistory } from './drafts.history';
import { searchDrafts } from './drafts.search';
import { DraftsService, toSummary, type DraftsOptions } from './drafts.service';

export interface DraftsDomain extends Domain<keyof typeof draftsMethods> {
  readonly service: DraftsService;
  readonly history: DraftsHistory;
}

/** Drafts, history and search over the runtime's shared database (`ctx.db`). */
export function createDraftsDomain(
  ctx: Pick<ServiceContext, 'db' | 'emit' | 'settings'>,
  options: DraftsOptions = {},
): DraftsDomain {
  const drafts = new DraftsService(ctx, options);
  const history = new DraftsHistory(drafts);
  const handlers: DraftsDomain['handlers'] = {
    'drafts.create': ({ kind, category, byline, template }) =>
      drafts.create({ kind, category, byline: (byline ?? ctx.settings.read().authorName).normalize('NFC'), template }),
    'drafts.list': (args) => {
      drafts.flushDerived();
      drafts.refreshStale();
      const { rows, total } = drafts.store.list({
        trashed: args.view === 'trash',
        status: args.status,
        category: args.category,
        kind: args.kind,
        sort: args.sort,
        direction: args.direction ?? (args.sort === 'title' ? 'asc' : 'desc'),
        limit: args.limit,
        offset: args.offset,
      });
      return { items: rows.map(toSummary), total };
    },
    'drafts.get': ({ id }) => drafts.summary(id),
    'drafts.open': ({ id }) => drafts.open(id),
    'drafts.append': ({ id, update, origin }) => drafts.append(id, fromBase64(update), origin ?? null),
    'drafts.close': ({ id }) => {
      history.closed(id);
      return null;
    },
    'drafts.duplicate': ({ id }) => drafts.duplicate(id),
    'drafts.trash': ({ id }) => drafts.trash(id),
    'drafts.restore': ({ id }) => drafts.restore(id),
    'drafts.deleteForever': ({ id }) => {
      drafts.deleteForever(id);
      return null;
    },
    'drafts.setStatus': ({ id, status, note }) => {
      // "Đã gửi lên cổng" and "Đã đăng" come from the portal, never from a button.
      if (serviceOnlyStatuses.has(status)) {
        throw new ServiceError('INVALID_STATUS_CHANGE', `${status} is set by the portal service only`);
      }
      const kind = decisionFor(status);
      const from = drafts.summary(id).status;
      if (!kind || from === status || !canChangeStatus(from, status)) return drafts.setStatus(id, status);
      const text = (note ?? '').trim().normalize('NFC');
      if (kind === 'returned' && !text) throw new ServiceError('REVIEW_NOTE_REQUIRED', `returning ${id} needs a note`);
      const by = ctx.settings.read().authorName;
      // The reviewed state is kept as a named version: "changes since the last review" compares with it.
      const version =
        kind === 'sent' ? null : history.save(id, kind === 'approved' ? 'Duyệt bài' : `Trả lại: ${text}`.slice(0, 200));
      return drafts.setStatus(id, status, { kind, by, role: LOCAL_ROLE, at: drafts.iso(), note: text, versionId: version?.id ?? null });
    },
    'drafts.versions': ({ id }) => history.list(id),
    'drafts.saveVersion': ({ id, name }) => history.save(id, name),
    'drafts.previewVersion': ({ id, versionId }) => history.preview(id, versionId),
    'drafts.restoreVersion': ({ id, versionId }) => history.restore(id, versionId),
    'drafts.search': (args) => searchDrafts(drafts, args),
  };
  return { service: drafts, history, handlers: withStorageErrors(handlers), close: () => drafts.close() };
}

/**
 * SQLite failures become typed errors the UI can explain: a damaged file is
 * DB_CORRUPT (the next start restores a backup), anything else from the
 * storage (disk full, I/O, locked) is DB_FAILED. Service errors pass as they are.
 */
function withStorageErrors<H extends Record<string, (args: never) => unknown>>(handlers: H): H {
  const wrapped: Record<string, (args: never) => unknown> = {};
  for (const [name, handler] of Object.entries(handlers)) {
    wrapped[name] = async (args: never) => {
      try {
        return await handler(args);
      } catch (error) {
        throw storageError(name, error);
      }
    };
  }
  return wrapped as H;
}

export function storageError(name: string, error: unknown): unknown {
  if (error instanceof ServiceError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return error;
  const message = `${name}: ${error instanceof Error ? error.message : String(error)}`;
  const mapped =
    code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB'
      ? 'DB_CORRUPT'
      : code === 'SQLITE_FULL'
        ? 'DB_DISK_FULL'
        : code === 'SQLITE_READONLY'
          ? 'DB_READ_ONLY'
          : 'DB_FAILED';
  return new ServiceError(mapped, message);
}
