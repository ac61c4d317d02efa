import type { Handlers } from '../../common/api/dispatch';
import type { ServiceContext } from './context';
import { createAppDomain } from './app/app.handlers';
import { createDraftsDomain } from './drafts/drafts.domain';
import { createImagesDomain } from './images/images.domain';
import { articlePortOf } from './drafts/article-port';
import { createPortalDomain, type OutboxTiming } from './portal/portal.domain';

export interface Services {
  handlers: Handlers;
  close(): Promise<void>;
}

/** Builds every service over one context; both transports serve the result. */
export interface ServicesOptions {
  /** The browser host shortens the outbox's backoff for the end-to-end tests. */
  outbox?: OutboxTiming;
}

export function createServices(ctx: ServiceContext, options: ServicesOptions = {}): Services {
  const drafts = createDraftsDomain(ctx);
  const portal = createPortalDomain(ctx, {
    ...options.outbox,
    articles: articlePortOf(drafts.service),
    onSubmitted: async (articleId) => {
      const { status } = await drafts.service.summary(articleId);
      if (status === 'approved') await drafts.service.setStatus(articleId, 'submitted');
    },
  });
  const domains = [createAppDomain(ctx), drafts, createImagesDomain(ctx), portal];
  const handlers = Object.assign({}, ...domains.map((d) => d.handlers)) as Handlers;
  return {
    handlers,
    async close() {
      // Reverse order: later domains may depend on earlier ones.
      for (const domain of [...domains].reverse()) await domain.close();
    },
  };
}
