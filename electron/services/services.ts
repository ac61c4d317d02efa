import type { Handlers } from '../../common/api/dispatch';
import type { ServiceContext } from './context';
import { decisionFor } from '../../common/article/review-log';
import { serviceOnlyStatuses } from '../../common/article/workflow';
import { ServiceError } from '../../common/api/errors';
import { createAppDomain } from './app/app.handlers';
import { createDraftsDomain } from './drafts/drafts.domain';
import type { DraftsService } from './drafts/drafts.service';
import { createImagesDomain } from './images/images.domain';
import { articlePortOf } from './drafts/article-port';
import { createPortalDomain, type OutboxTiming } from './portal/portal.domain';
import type { DownloadOptions } from './images/images.download';
import { createSyncDomain, type SyncDomain, type SyncOptions } from './sync/sync.domain';
import { createImportDomain } from './import/import.domain';
import { createUploadStore, type UploadStore } from './import/uploads';
import { MAX_IMPORT_BYTES } from '../../common/api/import.api';
import { createStatsDomain } from './stats/stats.domain';
import { createMediaDomain } from './media/media.domain';
import { createChannelsDomain, type ChannelsDomain } from './channels/channels.domain';
import { createSpellLearnDomain } from './spell-learn/spell-learn.domain';

export interface Services {
  handlers: Handlers;
  /** The newsroom hub's sync (tests and benchmarks drive it directly). */
  sync: SyncDomain;
  /** The drafts service itself (tests drive what the sync does with it). */
  drafts: DraftsService;
  /** Files the browser host received as raw bytes, for `import.file` (the desktop app sends them through IPC). */
  uploads: UploadStore;
  close(): Promise<void>;
}

export interface ServicesOptions {
  /** The browser host shortens the outbox's backoff for the end-to-end tests. */
  outbox?: OutboxTiming;
  /** Timing of the newsroom hub's sync (tests shorten it). */
  sync?: SyncOptions;
  /** images.download's guard; `allowAddress` is for tests that serve images from loopback. */
  imageDownload?: DownloadOptions;
  /** The channels' outbox backoff (the browser host shortens it for the end-to-end tests). */
  channels?: { baseDelayMs?: number | undefined; maxDelayMs?: number | undefined; publishWatchMs?: number | undefined };
}

/** Builds every service over one context; both transports serve the result. */
export function createServices(ctx: ServiceContext, options: ServicesOptions = {}): Services {
  // The sync service sees every drafts event (local edits go to the newsroom hub).
  let sync: SyncDomain | null = null;
  const drafts = createDraftsDomain({
    ...ctx,
    emit: (name, payload) => {
      ctx.emit(name, payload);
      sync?.onEvent(name, payload);
    },
  });
  sync = createSyncDomain(ctx, drafts.service, options.sync);
  const hub = sync;
  // An article shared with the hub changes status only if the hub agrees.
  const setStatusLocally = drafts.handlers['drafts.setStatus'];
  const stats = createStatsDomain(ctx, { hubConnected: () => hub.engine()?.connected ?? false });
  drafts.handlers['drafts.setStatus'] = async (args) => {
    if (serviceOnlyStatuses.has(args.status)) throw new ServiceError('INVALID_STATUS_CHANGE', `${args.status} is set by the portal service only`);
    const kind = decisionFor(args.status);
    if (kind === 'returned' && !(args.note ?? '').trim()) throw new ServiceError('REVIEW_NOTE_REQUIRED', `returning ${args.id} needs a note`);
    // The coefficient given with an approval is checked before anything changes, stored once the approval is.
    const coefficient = args.status === 'approved' ? args.coefficient : undefined;
    if (coefficient !== undefined) stats.coefficients.check(args.id, coefficient);
    const onHub = hub.setStatusOnHub(args.id, args.status, args.note);
    let summary;
    if (!onHub) {
      summary = await setStatusLocally(args);
    } else {
      await onHub;
      // The hub wrote the status and the decision (who, the note, the reviewed text) into the article; they arrive
      // through the sync and are waited for, never written here too. Written here, they would be this computer's
      // own change, which the hub refuses (the article is no longer writable for its decider): it would stay here
      // only, and could outrank the hub's later status changes on this computer (a concurrent Yjs write).
      // Should the sync be slow, the list and the editor take the status when it lands (drafts.changed).
      await hub.statusArrived(args.id, args.status);
      summary = drafts.service.summary(args.id);
    }
    if (coefficient !== undefined && (onHub || summary.status === 'approved')) stats.coefficients.set(args.id, coefficient, '');
    return summary;
  };
  let channels: ChannelsDomain | null = null;
  const spellLearn = createSpellLearnDomain(ctx, { drafts: drafts.service });
  const portal = createPortalDomain(ctx, {
    ...options.outbox,
    articles: articlePortOf(drafts.service),
    onSubmitted: async (articleId, post) => {
      // Published on the portal: the shares waiting for it go out.
      if (post.status) channels?.onPortalPost(articleId, { link: post.link, status: post.status });
      // The workflow reads the document's status, never the list's copy.
      if (drafts.service.statusOf(articleId) !== 'approved') return;
      // Shared with the hub, the hub records it, and the status arrives through the sync (see drafts.setStatus
      // above); out of reach, the hub is asked again until it has it. An article of this computer only: here.
      if (!(await hub.recordSubmitted(articleId))) await drafts.service.setStatus(articleId, 'submitted');
      // The spellchecker learns the newsroom's words from what it publishes (in the background).
      void spellLearn.learnArticle(articleId);
    },
  });
  channels = createChannelsDomain(ctx, {
    ...options.channels,
    articles: articlePortOf(drafts.service),
    portalPost: (articleId) => portal.postOf(articleId),
    refreshPortalPosts: (articleIds) => portal.refreshPosts(articleIds),
  });
  const uploads = createUploadStore({ maxBytes: MAX_IMPORT_BYTES });
  const domains = [
    createAppDomain(ctx),
    drafts,
    createImagesDomain(ctx, { download: options.imageDownload }),
    portal,
    sync,
    createImportDomain(ctx, uploads),
    stats,
    createMediaDomain(ctx, uploads, (articleId) => portal.cancelSend(articleId)),
    channels,
    spellLearn,
  ];
  const handlers = Object.assign({}, ...domains.map((d) => d.handlers)) as Handlers;
  return {
    handlers,
    sync: hub,
    drafts: drafts.service,
    uploads,
    async close() {
      // Reverse order: later domains may depend on earlier ones.
      for (const domain of [...domains].reverse()) await domain.close();
    },
  };
}
