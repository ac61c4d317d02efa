import type { HubStatsAnswer, HubStatsRequest } from '../../common/api/stats.api';
import { previousPeriod, sameLastYear } from '../../common/api/stats-period';
import { baseFacts, historyFolder, type ArticleFacts } from '../services/stats/newsroom-facts';
import { computeFigures, pipelineByCategory, returnedArticles } from '../services/stats/stats-compute';
import type { HubStore } from './hub-store';
import { statsScope, type Actor } from './rights';

/**
 * The newsroom's figures for a period, counted by the hub over its own index
 * and `status_events` with the desktop's code (stats-compute), so the two
 * sources count alike. The account's role decides which articles count.
 */
export async function newsroomStats(store: HubStore, actor: Actor, request: HubStatsRequest): Promise<HubStatsAnswer> {
  const scope = statsScope(actor);
  const facts: ArticleFacts[] = [];
  for (const row of await store.statsArticles()) {
    if (scope === 'own' && row.authorId !== actor.id) continue;
    const fact = baseFacts({ ...row, shared: true });
    const fold = historyFolder(fact);
    for (const e of row.events) fold(e.from ?? '', e.to, e.at);
    facts.push(fact);
  }
  const { period, categories } = request;
  const current = computeFigures(facts, period, categories);
  return {
    current,
    previous: computeFigures(facts, previousPeriod(period), categories),
    lastYear: computeFigures(facts, sameLastYear(period), categories),
    returnedArticles: returnedArticles(facts, current),
    pipeline: [...pipelineByCategory(facts)].map(([category, counts]) => ({ category, ...counts })),
    scope,
    articles: facts.length,
  };
}
