/**
 * `npm run bench:drafts`: drafts storage on this machine, printed as JSON.
 * Budgets: open a 20,000-word article < 300 ms; append p95 < 20 ms at typing
 * speed; search p95 < 50 ms over 10,000 articles. Uses the real service over
 * a real SQLite file (WAL, synchronous FULL) in a temporary folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { openDatabase } from '../electron/db/database';
import { defaultSettings } from '../common/api/settings.api';
import { createDraftsDomain } from '../electron/services/drafts/drafts.domain';
import { buildDoc, deriveArticle, derivedColumns, searchColumns } from '../electron/services/drafts/article-docs';
import { defaultCategories } from '../common/article/categories';
import { dispatch, type Handlers } from '../common/api/dispatch';
import type { MethodArgs, MethodName, MethodResult } from '../common/api/methods';
import { replaceFragment } from './over-draft';

const syllables = (
  'ủy ban nhân dân xã phường thị trấn huyện tỉnh thành phố đảng bộ chi hội nghị sơ kết tổng công tác năm ' +
  'kinh tế xây dựng nông thôn mới đường giao thông trường học trạm y tế nhà văn hóa người dân cán bộ ' +
  'đoàn viên thanh niên phụ nữ cựu chiến binh mặt trận tổ quốc an ninh quốc phòng lúa gạo cây trồng vật nuôi ' +
  'sản xuất kinh doanh doanh nghiệp đầu tư dự án vốn ngân sách thu chi kế hoạch chỉ tiêu hoàn thành vượt ' +
  'sáng chiều ngày tháng quý đồng chí chủ tịch bí thư phó trưởng phòng ban ngành đoàn thể tham dự phát biểu ' +
  'chỉ đạo triển khai thực hiện nghị quyết chương trình phong trào thi đua khen thưởng tập thể cá nhân tiêu biểu'
).split(' ');
const places = ['Tân Thạnh', 'Phú Lợi', 'Hòa Bình', 'Long Hưng', 'Mỹ Xuân', 'Bình An', 'Thới Lai', 'Đông Hòa'];

let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
function sentence(words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(random() < 0.03 ? pick(places) : pick(syllables));
  const s = out.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

/** An article over `base` (a draft's state, or nothing for one written straight to the store). */
function articleDoc(title: string, paragraphs: number, wordsPer: number, base: Uint8Array[] = []): Y.Doc {
  const doc = buildDoc(base);
  const p = (text: string) => {
    const el = new Y.XmlElement('paragraph');
    el.insert(0, [new Y.XmlText(text)]);
    return el;
  };
  replaceFragment(doc.getXmlFragment('title'), [p(title)]);
  replaceFragment(doc.getXmlFragment('sapo'), [p(sentence(30))]);
  const body: Y.XmlElement[] = [];
  for (let i = 0; i < paragraphs; i++) body.push(p(sentence(wordsPer)));
  replaceFragment(doc.getXmlFragment('body'), body);
  const meta = doc.getMap('meta');
  meta.set('byline', `${pick(['Ngọc Diệu', 'Chí Tâm', 'Minh Thư', 'Văn Hùng'])}`);
  meta.set('category', pick(defaultCategories));
  meta.set('kind', pick(['tin', 'bai', 'phong_su']));
  meta.set('status', 'draft');
  return doc;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const round = (n: number) => Math.round(n * 100) / 100;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// DRAFTS_BENCH_DIR keeps the database for inspection (the folder must not exist yet).
const loadBefore = os.loadavg().map((n) => Math.round(n * 100) / 100);
const dir = process.env.DRAFTS_BENCH_DIR ?? mkdtempSync(join(tmpdir(), 'toasoan-bench-'));
const database = openDatabase(dir, { raise: () => undefined }, { backupEveryMs: 0 });
const settings = defaultSettings();
const ctx = { db: database.db, emit: () => undefined, settings: { read: () => settings, write: () => undefined } };
const domain = createDraftsDomain(ctx as never);
// Every call goes through the contract's dispatcher (validation and defaults), as from the UI.
async function call<M extends MethodName>(method: M, args: MethodArgs<M>): Promise<MethodResult<M>> {
  const result = await dispatch(domain.handlers as Handlers, method, args);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as MethodResult<M>;
}
const b64 = (u: Uint8Array) => Buffer.from(u).toString('base64');

try {
  // 1. A 20,000-word article (≈ 60 A4 pages): 625 paragraphs of 32 words.
  const { id: longId } = await call('drafts.create', { kind: 'bai', category: '' });
  const seeded = Buffer.from((await call('drafts.open', { id: longId })).state, 'base64');
  const long = articleDoc('Báo cáo tổng kết công tác năm của Đảng ủy xã Tân Thạnh', 625, 32, [seeded]);
  const longState = Y.encodeStateAsUpdate(long);
  await call('drafts.append', { id: longId, update: b64(longState) });
  const longWords = (await call('drafts.get', { id: longId })).wordCount;

  const openTimes: number[] = [];
  for (let i = 0; i < 10; i++) {
    domain.service.evict(longId);
    const t = performance.now();
    await call('drafts.open', { id: longId });
    openTimes.push(performance.now() - t);
  }

  // 2. Typing into it: one keystroke every 50 ms (faster than people type),
  //    each one an append measured from call to commit.
  const editor = new Y.Doc();
  Y.applyUpdate(editor, Buffer.from((await call('drafts.open', { id: longId })).state, 'base64'));
  const body = editor.getXmlFragment('body');
  const target = (body.get(body.length - 1) as Y.XmlElement).get(0) as Y.XmlText;
  const appendTimes: number[] = [];
  const pending: Array<Promise<void>> = [];
  editor.on('update', (update: Uint8Array) => {
    const t = performance.now();
    pending.push(call('drafts.append', { id: longId, update: b64(update) }).then(() => void appendTimes.push(performance.now() - t)));
  });
  const keystrokes = 600;
  for (let i = 0; i < keystrokes; i++) {
    target.insert(target.length, i % 6 === 5 ? ' ' : 'ư');
    await sleep(50);
  }
  await Promise.all(pending.splice(0));
  const typingTimes = appendTimes.splice(0);

  // 3. Compaction: let the log of the long article grow to just under the
  //    threshold (one update per keystroke), then fold it into the snapshot.
  domain.service.compact(longId);
  for (let i = 0; i < 499; i++) {
    target.insert(target.length, 'a');
    await Promise.all(pending.splice(0));
  }
  const updatesBefore = domain.service.store.updateStats(longId);
  const tc = performance.now();
  domain.service.compact(longId);
  const compactMs = performance.now() - tc;
  domain.service.evict(longId);
  const tco = performance.now();
  await call('drafts.open', { id: longId });
  const openAfterCompactMs = performance.now() - tco;

  // 4. A library of 10,000 articles (300–900 words each), written straight through the store in big transactions.
  const libraryStart = performance.now();
  const store = domain.service.store;
  const now = new Date().toISOString();
  for (let batch = 0; batch < 20; batch++) {
    store.transaction(() => {
      for (let i = 0; i < 500; i++) {
        const n = batch * 500 + i;
        const doc = articleDoc(`${sentence(8).slice(0, -1)} ${pick(places)} ${n}`, 6 + Math.floor(random() * 12), 50);
        const derived = deriveArticle(doc);
        const id = `lib-${n}`;
        store.insertArticle(id, derivedColumns(derived), searchColumns(derived), now, Y.encodeStateAsUpdate(doc));
        doc.destroy();
      }
    });
  }
  const libraryMs = performance.now() - libraryStart;

  // 5. Search over it: plain and accented queries, prefixes, common and rare words.
  const queries = [
    'tan thanh', 'Tân Thạnh', 'dang uy', 'Đảng ủy', 'phu loi', 'hoa binh', 'nong thon moi', 'nông thôn',
    'doanh nghiep', 'du an', 'thi dua khen', 'chu tich', 'truong hoc', 'cuu chien binh', 'long hung',
    'my xuan', 'bao cao tong ket', 'ngan sach', 'an ninh quoc', 'thoi lai', 'tr', 'ph', 'dong hoa 77',
  ];
  const searchTimes: number[] = [];
  const searchCpu: number[] = [];
  const hitCounts: Record<string, number> = {};
  for (let r = 0; r < 10; r++) {
    for (const query of queries) {
      const cpu = process.cpuUsage();
      const t = performance.now();
      const { items } = await call('drafts.search', { query });
      searchTimes.push(performance.now() - t);
      const used = process.cpuUsage(cpu);
      searchCpu.push((used.user + used.system) / 1000);
      hitCounts[query] = items.length;
    }
  }
  const tl = performance.now();
  await call('drafts.list', { sort: 'title', limit: 200 });
  const listByTitleMs = performance.now() - tl;

  console.log(
    JSON.stringify(
      {
        machine: { cpus: os.cpus().length, node: process.version, loadAverageBefore: loadBefore, loadAverageAfter: os.loadavg().map(round) },
        longArticle: {
          words: longWords,
          stateBytes: longState.byteLength,
          openMs: { p50: round(percentile(openTimes, 50)), max: round(Math.max(...openTimes)), budget: 300 },
          openAfterCompactMs: round(openAfterCompactMs),
        },
        append: {
          keystrokes,
          intervalMs: 50,
          latencyMs: { p50: round(percentile(typingTimes, 50)), p95: round(percentile(typingTimes, 95)), max: round(Math.max(...typingTimes)), budget95: 20 },
        },
        compaction: { updates: updatesBefore.count, bytes: updatesBefore.bytes, ms: round(compactMs) },
        library: { articles: 10_000, buildMs: Math.round(libraryMs), listByTitleMs: round(listByTitleMs) },
        search: {
          queries: searchTimes.length,
          latencyMs: { p50: round(percentile(searchTimes, 50)), p95: round(percentile(searchTimes, 95)), max: round(Math.max(...searchTimes)), budget95: 50 },
          // CPU time of this process per search: what the search costs, whatever else the machine runs.
          cpuMs: { p50: round(percentile(searchCpu, 50)), p95: round(percentile(searchCpu, 95)) },
          hits: hitCounts,
        },
      },
      null,
      2,
    ),
  );
} finally {
  await domain.close();
  database.close();
  if (!process.env.DRAFTS_BENCH_DIR) rmSync(dir, { recursive: true, force: true });
}
