import { join } from 'node:path';
import { ServiceError } from '../../../common/api/errors';
import type { HubStatsAnswer, statsMethods, PortalComparison, StatsReport } from '../../../common/api/stats.api';
import { periodBounds, previousPeriod, quarterKey, sameLastYear, type Period } from '../../../common/api/stats-period';
import type { HubRole } from '../../../common/api/hub.api';
import type { Domain, ServiceContext } from '../context';
import { portalKinds } from '../portal/adapters';
import type { PortalKind } from '../portal/portal-adapter';
import { PortalSettings } from '../portal/portal-settings';
import { readHubConfig } from '../sync/hub-config';
import { backfilledEvents, FactsCache, type ArticleFacts } from './newsroom-facts';
import { royaltiesCsv, royaltiesXlsx } from './royalty-export';
import { Royalties } from './royalties';
import { computeCoverage, computeFigures, pipelineByCategory, returnedArticles } from './stats-compute';
import { parseHubAddress } from '../sync/hub-address';
import { TOKEN_KEY } from '../sync/hub-config';
import { HubHttp } from '../sync/hub-http';
import { ShareStore } from '../channels/share-store';

export interface StatsOptions {
  /** Whether the newsroom hub is connected now (services.ts asks the sync domain). */
  hubConnected?: () => boolean;
  /** Portal kinds (tests may pass their own). */
  kinds?: Readonly<Record<string, PortalKind>>;
  /** Per request to the portal. */
  timeoutMs?: number;
}

type Ctx = Pick<ServiceContext, 'db' | 'settings' | 'secrets' | 'emit' | 'dataDir'>;

/** Who may change what (GLOSSARY.md, "People and rights"). */
const ADMIN: readonly HubRole[] = ['admin'];
const BOARD: readonly HubRole[] = ['reviewer', 'board_head', 'admin'];
const BOARD_HEAD: readonly HubRole[] = ['board_head', 'admin'];

/** Statistics, coverage targets and royalties over the desktop's database; the portal's count through its adapter. */
export function createStatsDomain(
  ctx: Ctx,
  options: StatsOptions = {},
): Domain<keyof typeof statsMethods> & {
  /** The coefficient given with an approval (services.ts): checked first, stored once the article is approved. */
  coefficients: { check(articleId: string, coefficient: number): void; set(articleId: string, coefficient: number, note: string): void };
} {
  const royalties = new Royalties(ctx.db);
  const cache = new FactsCache(ctx.db);
  const portal = new PortalSettings(ctx, options.kinds ?? portalKinds, options.timeoutMs);

  /** The person signed in to the hub; on a desktop without one, its single user may do everything. */
  function user(): { name: string; role: HubRole | null } {
    const config = readHubConfig(join(ctx.dataDir, 'hub.json'));
    return { name: config.user?.name ?? ctx.settings.read().authorName, role: config.user?.role ?? null };
  }

  function allow(roles: readonly HubRole[], what: string): string {
    const { name, role } = user();
    if (role !== null && !roles.includes(role)) throw new ServiceError('STATS_FORBIDDEN', `${role} may not ${what}`);
    return name;
  }

  const categories = () => ctx.settings.read().categories;

  function targets(year: number, quarter: number) {
    return ctx.db
      .prepare('SELECT category, target FROM coverage_targets WHERE quarter = ? ORDER BY category')
      .all(quarterKey(year, quarter)) as Array<{ category: string; target: number }>;
  }

  /** The whole newsroom's figures from the hub, when this desktop is signed in to one and connected. */
  async function fromHub(period: Period, cats: readonly string[]): Promise<{ answer: HubStatsAnswer | null; problem: string | null }> {
    const config = readHubConfig(join(ctx.dataDir, 'hub.json'));
    const address = parseHubAddress(config.url);
    const token = () => ctx.secrets.get(TOKEN_KEY);
    if (!config.user || !address || !token()) return { answer: null, problem: null };
    if (!(options.hubConnected?.() ?? false)) return { answer: null, problem: 'HUB_UNREACHABLE' };
    try {
      return { answer: await new HubHttp(address.http, token).stats({ period, categories: [...cats] }), problem: null };
    } catch (error) {
      if (error instanceof ServiceError) return { answer: null, problem: error.code };
      throw error;
    }
  }

  async function report(period: Period): Promise<StatsReport> {
    const started = performance.now();
    const cats = categories();
    const { name, role } = user();
    const hub = await fromHub(period, cats);
    const quarterTargets = period.kind === 'quarter' ? targets(period.year, period.quarter) : [];
    const base = {
      backfilledEvents: backfilledEvents(ctx.db),
      connected: options.hubConnected?.() ?? false,
      user: role ? name : null,
    };
    if (hub.answer) {
      const a = hub.answer;
      const pipeline = new Map(a.pipeline.map(({ category, ...counts }) => [category, counts]));
      return {
        current: a.current,
        previous: a.previous,
        lastYear: a.lastYear,
        coverage: quarterTargets.length ? computeCoverage(pipeline, a.current, quarterTargets, cats) : [],
        returnedArticles: a.returnedArticles,
        hub: { connected: base.connected, user: base.user, source: 'hub', scope: a.scope, problem: null },
        backfilledEvents: 0,
        elapsedMs: Math.round((performance.now() - started) * 10) / 10,
      };
    }
    const facts = cache.get();
    const current = computeFigures(facts, period, cats);
    return {
      current,
      previous: computeFigures(facts, previousPeriod(period), cats),
      lastYear: computeFigures(facts, sameLastYear(period), cats),
      coverage: quarterTargets.length ? computeCoverage(pipelineByCategory(facts), current, quarterTargets, cats) : [],
      returnedArticles: returnedArticles(facts, current),
      hub: { connected: base.connected, user: base.user, source: 'local', scope: null, problem: hub.problem },
      backfilledEvents: base.backfilledEvents,
      elapsedMs: Math.round((performance.now() - started) * 10) / 10,
    };
  }

  function sheet(period: Period, facts: readonly ArticleFacts[] = cache.get()) {
    return royalties.sheet(facts, period);
  }

  async function portalComparison(period: Period): Promise<PortalComparison> {
    const empty: PortalComparison = { available: false, problem: null, published: 0, byCategory: [], byAuthor: [], onlyOnPortal: [], onlyInApp: [] };
    let chosen;
    try {
      chosen = portal.choose();
    } catch (error) {
      if (error instanceof ServiceError) return { ...empty, problem: error.code };
      throw error;
    }
    const adapter = chosen.kind.create(chosen.connection);
    if (!adapter.listPublished) return empty;
    const { from, to } = periodBounds(period);
    let posts;
    try {
      await portal.ensureChecked(chosen);
      posts = await adapter.listPublished(from, to);
    } catch (error) {
      if (error instanceof ServiceError) return { ...empty, problem: error.code };
      throw error;
    }
    const known = ctx.db.prepare('SELECT article_id, post_id FROM portal_posts WHERE portal_url = ?').raw().all(chosen.siteKey) as Array<[string, number]>;
    const articleOfPost = new Map(known.map(([articleId, postId]) => [postId, articleId]));
    const postOfArticle = new Map(known.map(([articleId, postId]) => [articleId, postId]));
    const publishedIds = new Set(posts.map((p) => p.id));
    const count = (names: string[]) => {
      const map = new Map<string, number>();
      for (const n of names) map.set(n, (map.get(n) ?? 0) + 1);
      return [...map].map(([name, n]) => ({ name, count: n })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'vi'));
    };
    const onlyInApp = cache.get()
      .filter((a) => a.publishedAt !== null && a.publishedAt >= from && a.publishedAt < to)
      .filter((a) => !publishedIds.has(postOfArticle.get(a.id) ?? -1))
      .map((a) => ({ articleId: a.id, title: a.title, postId: postOfArticle.get(a.id) ?? null }));
    return {
      available: true,
      problem: null,
      published: posts.length,
      byCategory: count(posts.flatMap((p) => (p.categories.length ? p.categories : ['']))),
      byAuthor: count(posts.map((p) => p.author)),
      onlyOnPortal: posts.filter((p) => !articleOfPost.has(p.id)).map((p) => ({ postId: p.id, title: p.title, link: p.link, date: p.date, categories: p.categories, author: p.author })),
      onlyInApp,
    };
  }

  function article(articleId: string): ArticleFacts {
    const found = cache.get().find((a) => a.id === articleId);
    if (!found) throw new ServiceError('DRAFT_NOT_FOUND', `no article ${articleId}`);
    return found;
  }

  function setCoefficient(articleId: string, coefficient: number, note: string): void {
    const by = allow(BOARD, 'set a royalty coefficient');
    royalties.setCoefficient(article(articleId), coefficient, note, by);
  }

  return {
    coefficients: {
      check(articleId, coefficient) {
        allow(BOARD, 'set a royalty coefficient');
        royalties.checkCoefficient(article(articleId), coefficient);
      },
      set: setCoefficient,
    },
    handlers: {
      'stats.channelShares': ({ year }) => {
        const shares = new ShareStore(ctx.db);
        return [1, 2, 3, 4].map((quarter) => {
          const { from, to } = periodBounds({ kind: 'quarter', year, quarter });
          return { quarter, ...shares.sentByChannel(from, to) };
        });
      },
      'stats.report': ({ period }) => report(period),
      'stats.portal': ({ period }) => portalComparison(period),
      'stats.targets': ({ year, quarter }) => targets(year, quarter),
      'stats.setTargets': ({ year, quarter, targets: list }) => {
        allow(ADMIN, 'set coverage targets');
        const key = quarterKey(year, quarter);
        ctx.db.transaction(() => {
          ctx.db.prepare('DELETE FROM coverage_targets WHERE quarter = ?').run(key);
          const put = ctx.db.prepare('INSERT OR REPLACE INTO coverage_targets (category, quarter, target) VALUES (?, ?, ?)');
          for (const t of list) if (t.target > 0) put.run(t.category.normalize('NFC'), key, t.target);
        })();
        return targets(year, quarter);
      },
      'stats.rates': ({ at }) => royalties.rates(at),
      'stats.setRates': ({ validFrom, ...rates }) => {
        const by = allow(ADMIN, 'set royalty rates');
        return royalties.setRates(rates, validFrom, by);
      },
      'stats.royaltySheet': ({ period }) => sheet(period),
      'stats.setCoefficient': ({ articleId, coefficient, note }) => {
        setCoefficient(articleId, coefficient, note);
        return null;
      },
      'stats.closePeriod': ({ period }) => {
        const by = allow(BOARD_HEAD, 'close a royalty period');
        royalties.close(cache.get(), period, by);
        return sheet(period);
      },
      'stats.royaltyAudit': ({ period }) => {
        const ids = new Set(sheet(period).authors.flatMap((a) => a.lines.map((l) => l.articleId)));
        return royalties.audit(ids);
      },
      'stats.exportRoyalties': async ({ period, format }) => {
        const current = sheet(period);
        return format === 'xlsx' ? royaltiesXlsx(current) : royaltiesCsv(current);
      },
    },
    close() {},
  };
}
