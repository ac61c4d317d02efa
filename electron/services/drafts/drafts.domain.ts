import type { draftsMethods } from '../../../common/api/drafts.api';
import type { Domain, ServiceContext } from '../context';
import { fromBase64 } from './article-docs';
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
  return {
    service: drafts,
    history,
    handlers: {
      'drafts.create': ({ kind, category, byline }) =>
        drafts.create({ kind, category, byline: (byline ?? ctx.settings.read().authorName).normalize('NFC') }),
      'drafts.list': (args) => {
        drafts.flushDerived();
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
      'drafts.setStatus': ({ id, status }) => drafts.setStatus(id, status),
      'drafts.versions': ({ id }) => history.list(id),
      'drafts.saveVersion': ({ id, name }) => history.save(id, name),
      'drafts.previewVersion': ({ id, versionId }) => history.preview(id, versionId),
      'drafts.restoreVersion': ({ id, versionId }) => history.restore(id, versionId),
      'drafts.search': (args) => searchDrafts(drafts, args),
    },
    close: () => drafts.close(),
  };
}
