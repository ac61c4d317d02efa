import { describe, expect, it } from 'vitest';
import { cleanupAfterEach } from './cleanup';
import type { HubStatus } from '../../common/api/hub.api';
import type { StatsReport } from '../../common/api/stats.api';
import { trackedDesktop } from './desktop-harness';
import { addUser, api, login, removeDir, testHub, until } from './hub-harness';

const cleanup = cleanupAfterEach();
const desktop = () => trackedDesktop(cleanup);
// This year in Vietnam's time: every article of the test is written now.
const YEAR = { kind: 'year', year: new Date(Date.now() + 7 * 3_600_000).getUTCFullYear() } as const;

describe('newsroom-wide statistics from the hub', () => {
  it('counts the whole newsroom for the board, one’s own articles for a cộng tác viên, and falls back to the desktop offline', async () => {
    const hub = await testHub();
    cleanup(() => removeDir(hub.dir));
    cleanup(() => hub.close());
    await addUser(hub, 'lan', 'contributor');
    await addUser(hub, 'tu', 'contributor');
    await addUser(hub, 'minh', 'reviewer');
    await addUser(hub, 'quan', 'admin');
    const lan = desktop();
    const tu = desktop();
    const minh = desktop();
    await lan.login(hub.url, 'lan');
    await tu.login(hub.url, 'tu');
    await minh.login(hub.url, 'minh');

    // Lan writes one article and sends it for review; the reviewer approves it. Tú keeps a draft, which the board's desktop never receives.
    const reviewed = await lan.create();
    await lan.type(reviewed, 'Khởi công cầu Ấp 3');
    const draft = await tu.create();
    await tu.type(draft, 'Bản nháp của Tú');
    await until('both articles on the hub', async () => (await hub.store.articles()).length === 2);
    await lan.call('drafts.setStatus', { id: reviewed, status: 'in_review' });
    await until('reviewer has it', async () => minh.has(reviewed) && (await minh.call<{ status: string }>('drafts.get', { id: reviewed })).status === 'in_review');
    await minh.call('drafts.setStatus', { id: reviewed, status: 'approved' });
    expect(minh.has(draft)).toBe(false);

    // The hub recorded the creations and each change in status_events.
    const events = await hub.store.db.selectFrom('status_events').select(['article_id', 'from_status', 'to_status']).orderBy('id').execute();
    expect(events.filter((e) => e.article_id === reviewed).map((e) => [e.from_status, e.to_status])).toEqual([
      [null, 'draft'],
      ['draft', 'in_review'],
      ['in_review', 'approved'],
    ]);

    const board = await minh.call<StatsReport>('stats.report', { period: YEAR });
    expect(board.hub).toMatchObject({ source: 'hub', scope: 'all', problem: null });
    expect(board.current).toMatchObject({ created: 2, sentForReview: 1, approved: 1, firstDecisions: 1, approvedFirstReview: 1 });
    expect(board.current.byStatus.filter((s) => s.count > 0)).toEqual([
      { status: 'draft', count: 1 },
      { status: 'approved', count: 1 },
    ]);
    // The same figures counted on the reviewer's desktop alone: it holds only Lan's article.
    await hub.close();
    await until('reviewer sees the hub gone', async () => !(await minh.call<HubStatus>('hub.status')).connected);
    const offline = await minh.call<StatsReport>('stats.report', { period: YEAR });
    expect(offline.hub).toMatchObject({ source: 'local', problem: 'HUB_UNREACHABLE' });
    expect(offline.current).toMatchObject({ created: 1, approved: 1 });
  });

  it('enforces rights at the hub: a cộng tác viên gets only their own figures, whatever the desktop asks', async () => {
    const hub = await testHub();
    cleanup(() => removeDir(hub.dir));
    cleanup(() => hub.close());
    const lanId = await addUser(hub, 'lan', 'contributor');
    const tuId = await addUser(hub, 'tu', 'contributor');
    await addUser(hub, 'quan', 'admin');
    await hub.store.createArticle('bai-lan-1', lanId, 'draft', 'Một');
    await hub.store.createArticle('bai-lan-2', lanId, 'draft', 'Hai');
    await hub.store.createArticle('bai-tu-1', tuId, 'draft', 'Ba');
    await hub.store.touchArticle('bai-tu-1', { title: 'Ba', byline: 'Trần Tú', category: 'Y tế', kind: 'bai' });
    expect(await hub.store.changeStatus('bai-tu-1', 'draft', 'in_review', tuId, '')).toBe(true);
    const ask = async (who: string) =>
      (await api(hub, 'POST', '/api/stats', { period: YEAR, categories: ['Y tế', 'Giáo dục'] }, await login(hub, who))).json as {
        scope: string;
        articles: number;
        current: StatsReport['current'];
      };
    const lan = await ask('lan');
    expect([lan.scope, lan.articles, lan.current.created, lan.current.sentForReview]).toEqual(['own', 2, 2, 0]);
    expect(lan.current.byAuthor.map((a) => a.name)).toEqual(['LAN']);
    const admin = await ask('quan');
    expect([admin.scope, admin.articles, admin.current.created, admin.current.sentForReview]).toEqual(['all', 3, 3, 1]);
    expect(admin.current.byCategory.find((c) => c.name === 'Y tế')).toMatchObject({ created: 1, deleted: false });
    expect(admin.current.byKind.find((k) => k.name === 'bai')!.created).toBe(1);
    expect(admin.current.byAuthor.map((a) => a.name).sort()).toEqual(['LAN', 'Trần Tú']);
    // Without a session: refused.
    expect((await api(hub, 'POST', '/api/stats', { period: YEAR, categories: [] })).status).toBe(401);
  });
});
