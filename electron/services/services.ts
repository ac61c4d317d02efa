import type { Handlers } from '../../common/api/dispatch';
import type { ServiceContext } from './context';
import { createAppDomain } from './app/app.handlers';
import { createDraftsDomain } from './drafts/drafts.domain';
import { createImagesDomain } from './images/images.domain';
import type { DownloadOptions } from './images/images.download';
import { createPortalDomain } from './portal/portal.domain';

export interface Services {
  handlers: Handlers;
  close(): Promise<void>;
}

/** Builds every service over one context; both transports serve the result. */
export interface ServicesOptions {
  /** images.download's guard; `allowAddress` is for tests that serve images from loopback. */
  imageDownload?: DownloadOptions;
}

export function createServices(ctx: ServiceContext, options: ServicesOptions = {}): Services {
  const drafts = createDraftsDomain(ctx);
  const portal = createPortalDomain(ctx, {
    onSubmitted: async (articleId) => {
      // The workflow reads the document's status, never the list's copy.
      if (drafts.service.statusOf(articleId) === 'approved') await drafts.service.setStatus(articleId, 'submitted');
    },
  });
  const domains = [createAppDomain(ctx), drafts, createImagesDomain(ctx, { download: options.imageDownload }), portal];
  const handlers = Object.assign({}, ...domains.map((d) => d.handlers)) as Handlers;
  return {
    handlers,
    async close() {
      // Reverse order: later domains may depend on earlier ones.
      for (const domain of [...domains].reverse()) await domain.close();
    },
  };
}
