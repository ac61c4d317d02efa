/// <reference lib="dom" />
/**
 * `npm run bench:editor`: the article editor in Debian's Chromium through the
 * browser host, printed as JSON. A 20,000-word article is stored through the
 * contract, then opened in the editor; we measure
 *  - open: navigation start → the whole body rendered (performance.now());
 *  - keystroke-to-paint while typing in the middle of the body, as VS Code's
 *    input-latency probe does: mark at keydown → first animation frame
 *    after the DOM update → setTimeout(0); fast bursts and spaced keys;
 *  - paste of 5,000 words of Word HTML: dispatch → DOM updated → rAF → setTimeout(0);
 *  - renderer JS heap after opening (after a GC).
 * Each mode (unthrottled, and 4x CPU throttling as an old office PC: CDP
 * Emulation.setCPUThrottlingRate) runs --runs times (3) against a bare
 * contenteditable of the same text, in the same invocation; the JSON gives the
 * median of the runs' p95s and their ratio (issue 19). Options: --runs N,
 * --words N, --modes unthrottled,throttled, --throttle RATE, --no-extras (no
 * paste/heap/review figures), --profile DIR (CPU profile + trace breakdown),
 * --only-review (only the review comparison: `npm run bench:editor -- --only-review`,
 * with --profile DIR a typing profile of both articles).
 * Budgets: typing p95 within 1.1x bare; Enter/Backspace within 1.5x bare typing;
 * open < 1 s (< 3 s throttled); paste < 1 s; heap < 150 MB.
 * Builds the renderer first (BENCH_SKIP_BUILD=1 to measure the existing build).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { chromium, type Browser, type Page } from '@playwright/test';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import * as Y from 'yjs';
import { chromiumLaunchOptions } from '../tests/e2e/fixtures/chromium';
import { HostProcess } from '../tests/e2e/fixtures/host';
import { EditorPage, hostCall } from '../tests/e2e/pages/editor-page';
import { replaceFragment } from './over-draft';
import { addThread, anchorInText } from '../common/article/review-comments';

/** Command-line options: `npm run bench:editor -- --runs 1 --words 4000 --modes unthrottled --no-extras`. */
function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const flag = (name: string) => process.argv.includes(`--${name}`);
const WORDS = Number(option('words') ?? 20_000);
/** Runs per mode; each run opens the article afresh and types; the report gives the median of the runs' p95s. */
const RUNS = Number(option('runs') ?? 3);
/** `unthrottled`, `throttled` (4x CPU slowdown, as an old office PC), or both (default). */
const MODES = (option('modes') ?? 'unthrottled,throttled').split(',').map((m) => m.trim());
/** Skip the paste, heap and review-pane figures (only the typing/open comparison). */
const NO_EXTRAS = flag('no-extras');
/** Write a CPU profile and a Chromium trace of one typing session per mode into this folder, with a breakdown. */
const PROFILE_DIR = option('profile');
const THROTTLE_RATE = Number(option('throttle') ?? 4);
/**
 * Only the review comparison (the same article with and without 200 threads
 * and 100 suggestions), unthrottled; with --profile, a typing profile of each
 * of the two articles (review-with-*, review-without-*).
 */
const ONLY_REVIEW = flag('only-review');
/** Blocks the generator writes for WORDS words (headings of 8 words every 20 blocks, paragraphs of 20). */
const BLOCKS = (() => {
  let written = 0;
  let index = 0;
  while (written < WORDS) written += index++ % 20 === 0 ? 8 : 20;
  return index;
})();
/** The paragraph the bench types in: the middle one. */
const TYPING_PARAGRAPH = Math.floor((BLOCKS - Math.ceil(BLOCKS / 20)) / 2);
/** Its block index in the body (one heading before every 19 paragraphs). */
const TYPING_BLOCK = TYPING_PARAGRAPH + Math.floor(TYPING_PARAGRAPH / 19) + 1;
const PASTE_WORDS = 5_000;
const syllables = (
  'ủy ban nhân dân xã phường thị trấn huyện tỉnh thành phố đảng bộ chi hội nghị sơ kết tổng công tác năm ' +
  'kinh tế xây dựng nông thôn mới đường giao thông trường học trạm y tế nhà văn hóa người dân cán bộ ' +
  'đoàn viên thanh niên phụ nữ cựu chiến binh mặt trận tổ quốc an ninh quốc phòng lúa gạo cây trồng vật nuôi ' +
  'sản xuất kinh doanh doanh nghiệp đầu tư dự án vốn ngân sách thu chi kế hoạch chỉ tiêu hoàn thành vượt'
).split(' ');
let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const words = (n: number) => Array.from({ length: n }, () => syllables[Math.floor(random() * syllables.length)]!).join(' ');

/**
 * A long article in the layout y-prosemirror writes: headings every 20 paragraphs, some bold runs.
 * Written over the new draft's state (`seeded`), replacing its empty paragraphs (see over-draft.ts).
 */
function longArticleUpdate(seeded: Uint8Array, review?: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, seeded);
  const tp = new Y.XmlElement('paragraph');
  replaceFragment(doc.getXmlFragment('title'), [tp]);
  tp.insert(0, [new Y.XmlText('Báo cáo tổng kết công tác năm 2025 của huyện Tân Thạnh')]);
  const body = doc.getXmlFragment('body');
  replaceFragment(body, []);
  let written = 0;
  let index = 0;
  while (written < WORDS) {
    const heading = index % 20 === 0;
    const el = new Y.XmlElement(heading ? 'heading' : 'paragraph');
    body.insert(index, [el]);
    if (heading) el.setAttribute('level', 2 as unknown as string);
    const text = new Y.XmlText();
    el.insert(0, [text]);
    const n = heading ? 8 : 20;
    const content = `${words(n)}.`;
    text.insert(0, content);
    if (!heading && index % 3 === 0) text.format(0, 12, { bold: {} });
    written += n;
    index += 1;
  }
  review?.(doc);
  return Y.encodeStateAsUpdate(doc);
}

const THREADS = 200;
const SUGGESTIONS = 100;
/** The same article with 200 comment threads and 100 suggested changes, spread over the body, each kind once on the typing paragraph. */
function reviewedArticleUpdate(seeded: Uint8Array): Uint8Array {
  return longArticleUpdate(seeded, (doc) => {
    const blocks = doc.getXmlFragment('body').toArray() as Y.XmlElement[];
    const by = { authorId: 'bench', author: 'Ban biên tập', role: 'reviewer' };
    const step = Math.floor(blocks.length / THREADS);
    for (let i = 0; i < THREADS; i++) {
      // The paragraph where the bench types is block TYPING_BLOCK.
      const block = i === 0 ? blocks[TYPING_BLOCK]! : blocks[(i * step) % blocks.length]!;
      const text = block.get(0) as Y.XmlText;
      const from = Math.min(10, Math.max(0, text.length - 30));
      addThread(doc, { ...anchorInText(text, from, from + 20), quote: text.toString().slice(from, from + 20), text: 'Xem lại số liệu', by, at: new Date(0).toISOString() });
    }
    // 100 suggested changes (as the suggestion marks write them): deletions and insertions alternating,
    // away from the threads' passages, one on the typing paragraph.
    const suggestionStep = Math.floor(blocks.length / SUGGESTIONS);
    for (let i = 0; i < SUGGESTIONS; i++) {
      const block = i === 0 ? blocks[TYPING_BLOCK]! : blocks[(i * suggestionStep + 3) % blocks.length]!;
      const text = block.get(0) as Y.XmlText;
      const id = `s${i}|1970-01-01T00:00:00.000Z|reviewer|bench|Ban%20bi%C3%AAn%20t%E1%BA%ADp`;
      const at = Math.max(0, text.length - 12);
      if (i % 2 === 0) text.format(at, 6, { deletion: { id } });
      else text.insert(at, 'đề xuất ', { insertion: { id } });
    }
  });
}

function wordHtml(): string {
  const paragraphs: string[] = [];
  for (let written = 0; written < PASTE_WORDS; written += 20) {
    paragraphs.push(
      `<p class=MsoNormal style='text-align:justify;line-height:150%'><span lang=VI style='font-size:14.0pt;line-height:150%;font-family:"Times New Roman",serif'>${words(8)} <b style='mso-bidi-font-weight:normal'>${words(4)}</b> ${words(8)}.<o:p></o:p></span></p>`,
    );
  }
  return `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator content="Microsoft Word 15"><style>p.MsoNormal{margin:0cm}</style></head><body lang=VI><!--StartFragment-->${paragraphs.join('\n')}<!--EndFragment--></body></html>`;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
function summary(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 100) / 100;
  return { n: s.length, p50: r(percentile(s, 50)), p95: r(percentile(s, 95)), p99: r(percentile(s, 99)), max: r(s.at(-1) ?? NaN) };
}

/**
 * The probe, as VS Code's inputLatency does it: mark when the keydown listener
 * runs (capture phase on window, so before any of the editor's listeners), then the first animation frame after the DOM update, then a
 * setTimeout(0) so the frame's own work is included. One sample per keydown.
 * `__fromEvent` also records the same end against the event's timeStamp (when
 * the browser created the input event), which adds the time the key waited in
 * the renderer's queue before any script could see it.
 */
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __latency: number[]; __fromEvent: number[]; __probe?: boolean };
    w.__latency = [];
    w.__fromEvent = [];
    if (w.__probe) return;
    w.__probe = true;
    window.addEventListener(
      'keydown',
      (event) => {
        const marked = performance.now();
        const created = event.timeStamp;
        requestAnimationFrame(() =>
          setTimeout(() => {
            const end = performance.now();
            w.__latency.push(end - marked);
            w.__fromEvent.push(end - created);
          }, 0),
        );
      },
      true,
    );
  });
}
/** Samples since the last call: from the keydown mark, and from the event's timeStamp. */
interface Samples {
  marked: number[];
  fromEvent: number[];
}
async function takeSamples(page: Page, into: Samples): Promise<void> {
  await page.waitForTimeout(200);
  const [marked, fromEvent] = await page.evaluate(() => {
    const w = window as unknown as { __latency: number[]; __fromEvent: number[] };
    return [w.__latency.splice(0), w.__fromEvent.splice(0)];
  });
  into.marked.push(...marked!);
  into.fromEvent.push(...fromEvent!);
}
const samples = (): Samples => ({ marked: [], fromEvent: [] });

/**
 * Typing as people do it, measured with the probe. `fast` is 30 ms between
 * keys (about 400 words a minute, beyond any typist: Unikey's rewrites arrive
 * like this); `spaced` is 120 ms (a steady typist); `flood` sends keys back to
 * back (0 ms), faster than frames can be drawn, so it measures how Chromium
 * queues injected input more than the editor, and is reported without a budget.
 */
const TYPED = ' phát triển kinh tế xã hội nông thôn mới bền vững';
async function typingSamples(page: Page, rounds: { fast: number; spaced: number; flood: number }) {
  await installProbe(page);
  const result = { fast: samples(), spaced: samples(), flood: samples() };
  for (const [mode, delay] of [['fast', 30], ['spaced', 120], ['flood', 0]] as const) {
    for (let round = 0; round < rounds[mode]; round++) {
      await page.keyboard.type(TYPED, { delay });
      await takeSamples(page, result[mode]);
    }
  }
  return result;
}

/** Opens an article (best of 3 fresh loads) and types in its middle (fast and spaced). */
async function openAndType(page: Page, hostUrl: string, id: string) {
  const editor = new EditorPage(page);
  await editor.open(hostUrl, id);
  await page.addInitScript(() => {
    // Long tasks since the page loaded: those after the body rendered delay the first keys.
    const w = window as unknown as { __long?: Array<[number, number]> };
    if (w.__long) return;
    const long: Array<[number, number]> = (w.__long = []);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) long.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  const opens: number[] = [];
  for (let i = 0; i < 3; i++) {
    await page.reload();
    await page.waitForFunction((min) => document.querySelectorAll('[data-testid="editor-body"] > *').length >= min, Math.floor(BLOCKS * 0.9), {
      polling: 'raf',
      timeout: 30_000,
    });
    opens.push(await page.evaluate(() => performance.now()));
  }
  const middle = page.locator('[data-testid="editor-body"] > p').nth(TYPING_PARAGRAPH);
  await middle.scrollIntoViewIfNeeded();
  await middle.click();
  await page.keyboard.press('End');
  const { fast, spaced } = await typingSamples(page, { fast: 4, spaced: 2, flood: 0 });
  const opened = opens.at(-1)!;
  const after = (await page.evaluate(() => (window as unknown as { __long?: Array<[number, number]> }).__long ?? [])).filter(([start]) => start >= opened);
  const longTasksAfterOpen = { count: after.length, totalMs: Math.round(after.reduce((s, [, d]) => s + d, 0)), maxMs: Math.round(Math.max(0, ...after.map(([, d]) => d))) };
  const highlights = await page.locator('.comment-mark').count();
  const suggestions = await page.locator('[data-testid="editor-body"] .suggestion').count();
  return { open: Math.min(...opens), typing: [...fast.marked, ...spaced.marked], highlights, suggestions, longTasksAfterOpen };
}

/** The two articles of the review comparison: the same text without and with the threads and suggestions. */
async function reviewArticles(hostUrl: string) {
  const savedSeed = seed;
  // The same text in both (the generator restarts from the same seed).
  const create = async (make: (seeded: Uint8Array) => Uint8Array) => {
    seed = savedSeed;
    const a = await hostCall<{ id: string }>(hostUrl, 'drafts.create', { kind: 'bai' });
    const seeded = Buffer.from((await hostCall<{ state: string }>(hostUrl, 'drafts.open', { id: a.id })).state, 'base64');
    await hostCall(hostUrl, 'drafts.append', { id: a.id, update: Buffer.from(make(seeded)).toString('base64') });
    return a.id;
  };
  const plainId = await create((seeded) => longArticleUpdate(seeded));
  const reviewedId = await create(reviewedArticleUpdate);
  return { plainId, reviewedId };
}

async function reviewComparison(browser: import('@playwright/test').Browser, hostUrl: string) {
  const { plainId, reviewedId } = await reviewArticles(hostUrl);
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  const plain = { opens: [] as number[], typing: [] as number[], longTasksAfterOpen: [] as unknown[] };
  const reviewed = { opens: [] as number[], typing: [] as number[], highlightsInDom: 0, suggestionsInDom: 0, longTasksAfterOpen: [] as unknown[] };
  for (let round = 0; round < 2; round++) {
    const p = await openAndType(page, hostUrl, plainId);
    plain.opens.push(p.open);
    plain.typing.push(...p.typing);
    plain.longTasksAfterOpen.push(p.longTasksAfterOpen);
    const r = await openAndType(page, hostUrl, reviewedId);
    reviewed.opens.push(r.open);
    reviewed.typing.push(...r.typing);
    reviewed.longTasksAfterOpen.push(r.longTasksAfterOpen);
    reviewed.highlightsInDom = r.highlights;
    reviewed.suggestionsInDom = r.suggestions;
  }
  await page.close();
  const plainTyping = summary(plain.typing);
  const reviewedTyping = summary(reviewed.typing);
  const plainOpen = Math.round(Math.min(...plain.opens));
  const reviewedOpen = Math.round(Math.min(...reviewed.opens));
  return {
    threads: THREADS,
    suggestions: SUGGESTIONS,
    suggestionsInDom: reviewed.suggestionsInDom,
    highlightsInDom: reviewed.highlightsInDom,
    openMs: { without: plainOpen, with: reviewedOpen },
    openExtraMs: reviewedOpen - plainOpen,
    typingMs: { without: plainTyping, with: reviewedTyping },
    typingP95Ratio: Math.round((reviewedTyping.p95 / plainTyping.p95) * 100) / 100,
    /** Long tasks (over 50 ms) from the body's first render to the end of typing, per round: they delay the first keys. */
    longTasksAfterOpen: { without: plain.longTasksAfterOpen, with: reviewed.longTasksAfterOpen },
  };
}

/** Slows this page's CPU like an old office PC (Chrome DevTools' CPU throttling); 1 = none. */
async function throttle(page: Page, rate: number): Promise<void> {
  if (rate <= 1) return;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

const TYPING_ROUNDS = { fast: 6, spaced: 3, flood: 0 };

/** Reloads the open article `times` times; the best open and its breakdown (marks written by the app). */
async function measureOpen(page: Page, times: number) {
  let best = Infinity;
  let breakdown: Record<string, number> = {};
  const all: number[] = [];
  for (let i = 0; i < times; i++) {
    await page.reload();
    await page.waitForFunction((min) => document.querySelectorAll('[data-testid="editor-body"] > *').length >= min, Math.floor(BLOCKS * 0.9), {
      polling: 'raf',
      timeout: 120_000,
    });
    const rendered = await page.evaluate(() => performance.now());
    all.push(Math.round(rendered));
    if (rendered < best) {
      best = rendered;
      // No helper functions inside evaluate: tsx would wrap them in a __name() the page lacks.
      const [start, received, loaded] = await page.evaluate(() =>
        ['toasoan:article-open', 'toasoan:article-received', 'toasoan:article-loaded'].map((name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN),
      );
      breakdown = {
        appStartedMs: Math.round(start!),
        serviceAnswerMs: Math.round(received! - start!),
        yDocLoadMs: Math.round(loaded! - received!),
        editorRenderMs: Math.round(rendered - loaded!),
      };
    }
  }
  return { best: Math.round(best), all, breakdown };
}

async function clickTypingParagraph(page: Page): Promise<void> {
  const middle = page.locator('[data-testid="editor-body"] > p').nth(TYPING_PARAGRAPH);
  await middle.scrollIntoViewIfNeeded();
  await middle.click();
  await page.keyboard.press('End');
}

/** One editor run: open (warm once, then the best of 2 fresh loads), type in the middle, Enter/Backspace. */
async function editorRun(browser: Browser, hostUrl: string, articleId: string, rate: number) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  try {
    await throttle(page, rate);
    const editor = new EditorPage(page);
    await editor.open(hostUrl, articleId);
    const open = await measureOpen(page, 2);
    await clickTypingParagraph(page);
    const { fast, spaced } = await typingSamples(page, TYPING_ROUNDS);
    const enter = samples();
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Enter');
      await page.waitForTimeout(80 * rate);
      await page.keyboard.press('Backspace');
      await page.waitForTimeout(80 * rate);
    }
    await takeSamples(page, enter);
    await editor.waitSaved();
    return { open, typing: summary([...fast.marked, ...spaced.marked]), fast: summary(fast.marked), spaced: summary(spaced.marked), enterBackspace: summary(enter.marked) };
  } finally {
    await page.close();
  }
}

/** The same typing, same probe, same text size in a bare contenteditable: what this machine gives without any editor. */
async function bareRun(browser: Browser, rate: number) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  try {
    await throttle(page, rate);
    const paragraphs = Array.from({ length: Math.round(WORDS / 20) }, () => `<p>${words(20)}.</p>`).join('');
    await page.setContent(`<div contenteditable="true" style="font: 18px serif; max-width: 740px; margin: auto">${paragraphs}</div>`);
    const middle = page.locator('p').nth(TYPING_PARAGRAPH);
    await middle.scrollIntoViewIfNeeded();
    await middle.click();
    await page.keyboard.press('End');
    const { fast, spaced } = await typingSamples(page, TYPING_ROUNDS);
    return { typing: summary([...fast.marked, ...spaced.marked]) };
  } finally {
    await page.close();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const round2 = (x: number) => Math.round(x * 100) / 100;

/** RUNS editor runs and RUNS bare runs, alternating, at one throttling rate: medians of the p95s and their ratios. */
async function measureMode(browser: Browser, hostUrl: string, articleId: string, rate: number) {
  const editorRuns: Awaited<ReturnType<typeof editorRun>>[] = [];
  const bareRuns: Awaited<ReturnType<typeof bareRun>>[] = [];
  for (let run = 0; run < RUNS; run++) {
    seed = 11 + run; // the bare text differs a little between runs, as a new article would
    bareRuns.push(await bareRun(browser, rate));
    editorRuns.push(await editorRun(browser, hostUrl, articleId, rate));
    console.error(`bench:editor ${rate}x run ${run + 1}/${RUNS}: editor p95 ${editorRuns.at(-1)!.typing.p95} ms, bare p95 ${bareRuns.at(-1)!.typing.p95} ms`);
  }
  const editorP95 = round2(median(editorRuns.map((r) => r.typing.p95)));
  const bareP95 = round2(median(bareRuns.map((r) => r.typing.p95)));
  const enterP95 = round2(median(editorRuns.map((r) => r.enterBackspace.p95)));
  const open = Math.round(median(editorRuns.map((r) => r.open.best)));
  return {
    cpuThrottlingRate: rate,
    runs: RUNS,
    typingP95Ms: { editor: editorP95, bare: bareP95, ratio: round2(editorP95 / bareP95) },
    enterBackspaceP95Ms: { editor: enterP95, ratioToBareTyping: round2(enterP95 / bareP95) },
    openMs: open,
    budgets: {
      typingWithin1_1xBare: editorP95 <= 1.1 * bareP95,
      enterBackspaceWithin1_5xBareTyping: enterP95 <= 1.5 * bareP95,
      openUnder: rate > 1 ? { limitMs: 3000, ok: open < 3000 } : { limitMs: 1000, ok: open < 1000 },
    },
    perRun: editorRuns.map((r, i) => ({
      editorTypingP95: r.typing.p95,
      bareTypingP95: bareRuns[i]!.typing.p95,
      editorTyping: r.typing,
      enterBackspace: r.enterBackspace,
      open: r.open,
    })),
  };
}

/** Paste, heap and the review-pane comparison: unthrottled, once. */
async function extras(browser: Browser, hostUrl: string, articleId: string) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  const editor = new EditorPage(page);
  await editor.open(hostUrl, articleId);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const counted = await page.evaluate(() =>
    Array.from(document.querySelector('[data-testid="editor-body"]')?.children ?? [], (block) => block.textContent).join(' ').split(/\s+/).filter(Boolean).length,
  );
  await clickTypingParagraph(page);
  // Paste 5,000 words of Word HTML at the cursor.
  const html = wordHtml();
  const pastes: number[] = [];
  for (let i = 0; i < 3; i++) {
    pastes.push(
      await page.getByTestId('editor-body').evaluate(
        (el, data) =>
          new Promise<number>((resolve) => {
            const transfer = new DataTransfer();
            transfer.setData('text/html', data);
            const start = performance.now();
            el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
          }),
        html,
      ),
    );
  }
  await editor.waitSaved();
  const jsHeap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
  await page.close();
  const review = await reviewComparison(browser, hostUrl);
  const paste = Math.round(Math.max(...pastes));
  const heapMb = Math.round((Math.max(heap.usedSize, jsHeap) / 1024 / 1024) * 10) / 10;
  return {
    wordsOnScreen: counted,
    paste5000WordsMs: { worst: paste, all: pastes.map(Math.round) },
    heapAfterOpenMb: heapMb,
    /** The same article with and without 200 comment threads and 100 suggestions, same run, alternating. */
    review,
    budgets: {
      pasteUnder1s: paste < 1000,
      heapUnder150Mb: heapMb < 150,
      reviewOpenWithin100Ms: review.openExtraMs <= 100,
      reviewTypingP95Within10Percent: review.typingP95Ratio <= 1.1,
    },
  };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a piece of the bundle came from (by its source map), as the breakdown names it. */
function category(source: string, functionName: string): string {
  if (!source) return functionName === '(garbage collector)' ? 'GC' : functionName === '(program)' ? 'browser (program)' : functionName === '(idle)' ? 'idle' : 'other native';
  const rules: Array<[RegExp, string]> = [
    [/prosemirror-view/, 'ProseMirror view (DOM update, decorations)'],
    [/prosemirror-(model|state|transform|keymap|commands|history|inputrules|schema-list|tables|dropcursor|gapcursor)/, 'ProseMirror model/state/transform'],
    [/y-prosemirror|y-tiptap/, 'y-prosemirror (y-tiptap)'],
    [/node_modules\/(yjs|lib0|y-protocols)\//, 'Yjs'],
    [/node_modules\/@tiptap\//, 'TipTap core and extensions'],
    [/react-dom|node_modules\/react\/|scheduler/, 'React'],
    [/prosemirror-suggest-changes/, 'suggest-changes library'],
    [/renderer\/editor\/extensions\/spellcheck/, 'plugins: spellcheck'],
    [/renderer\/editor\/extensions\/(comments|suggestions)/, 'plugins: review (comments, suggestions)'],
    [/renderer\/editor\//, 'plugins: other editor extensions'],
    [/renderer\/features\/editor\/(counts|Toolbar|FindBar|live-value|WordTargetBar|LengthCounter)/, 'app: toolbar, counts, find bar'],
    [/renderer\/features\/editor\/(article-session|save-queue|pending-store|save-state)/, 'app: saving (Y.Doc updates to the service)'],
    [/renderer\//, 'app: other UI'],
    [/common\/vietnamese|spell.*worker/, 'spellcheck engine (worker)'],
  ];
  return rules.find(([re]) => re.test(source))?.[1] ?? 'other JS';
}

/** Self time per category and per function, from a CPU profile of the bundle (mapped through its source maps). */
function breakdownProfile(profile: CpuProfile, keystrokes: number) {
  const maps = new Map<string, TraceMap | null>();
  const mapFor = (url: string) => {
    if (!maps.has(url)) {
      const file = join('dist/renderer/assets', basename(new URL(url, 'http://x/').pathname));
      maps.set(url, url && existsSync(`${file}.map`) ? new TraceMap(readFileSync(`${file}.map`, 'utf8')) : null);
    }
    return maps.get(url) ?? null;
  };
  const nodeInfo = new Map<number, { category: string; fn: string }>();
  for (const node of profile.nodes) {
    const { url, lineNumber, columnNumber, functionName } = node.callFrame;
    const map = url ? mapFor(url) : null;
    const original = map && lineNumber >= 0 ? originalPositionFor(map, { line: lineNumber + 1, column: Math.max(0, columnNumber) }) : null;
    const source = original?.source ?? (url ? url : '');
    const where = original?.source ? `${original.source.replace(/^.*node_modules\//, '')}:${original.line}` : url;
    nodeInfo.set(node.id, { category: category(source, functionName), fn: `${original?.name ?? functionName ?? '(anonymous)'} ${where}`.trim() });
  }
  const byCategory = new Map<string, number>();
  const byFunction = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const info = nodeInfo.get(id)!;
    byCategory.set(info.category, (byCategory.get(info.category) ?? 0) + ms);
    byFunction.set(info.fn, (byFunction.get(info.fn) ?? 0) + ms);
  });
  const perKey = (ms: number) => Math.round((ms / keystrokes) * 1000) / 1000;
  return {
    selfMsPerKeystrokeByCategory: Object.fromEntries([...byCategory].filter(([c]) => c !== 'idle').sort((a, b) => b[1] - a[1]).map(([c, ms]) => [c, perKey(ms)])),
    topFunctionsSelfMsPerKeystroke: Object.fromEntries([...byFunction].filter(([f]) => !f.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, 20).map(([f, ms]) => [f, perKey(ms)])),
  };
}

/** Renderer main-thread time per keystroke from a Chromium trace: style, layout, paint and the rest. */
function breakdownTrace(path: string, keystrokes: number) {
  const events = (JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: Array<{ name: string; ph: string; dur?: number; pid: number; tid: number }> }).traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && (e as unknown as { args: { name: string } }).args.name === 'CrRendererMain');
  const groups: Record<string, string[]> = {
    'style (UpdateLayoutTree)': ['UpdateLayoutTree', 'RecalculateStyles'],
    layout: ['Layout'],
    'paint (PrePaint, Paint, Layerize)': ['PrePaint', 'Paint', 'Layerize', 'UpdateLayer', 'PaintImage'],
    'commit/composite': ['Commit', 'CompositeLayers'],
    'scripts (FunctionCall, EventDispatch)': ['FunctionCall', 'EventDispatch', 'TimerFire', 'FireAnimationFrame'],
    'whole tasks (RunTask)': ['RunTask'],
  };
  const result: Record<string, number> = {};
  for (const [group, names] of Object.entries(groups)) {
    const ms = events
      .filter((e) => e.ph === 'X' && names.includes(e.name) && (!main || (e.pid === main.pid && e.tid === main.tid)))
      .reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
    result[group] = Math.round((ms / keystrokes) * 1000) / 1000;
  }
  // Chromium's frame work that grows with the number of blocks (issue 19): count and ms per keystroke.
  const frame: Record<string, { count: number; ms: number }> = {};
  for (const name of ['IntersectionObserverController::computeIntersections', 'HitTest', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayoutTree', 'Layout']) {
    const hits = events.filter((e) => e.ph === 'X' && e.name === name && (!main || (e.pid === main.pid && e.tid === main.tid)));
    const ms = hits.reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
    frame[name] = { count: Math.round((hits.length / keystrokes) * 100) / 100, ms: Math.round((ms / keystrokes) * 1000) / 1000 };
  }
  return { ...result, frameEventsPerKeystroke: frame };
}

/**
 * `--profile DIR`: one typing session (letters, then Enter/Backspace) with the
 * V8 CPU profiler and a Chromium trace running; writes both and returns the
 * per-keystroke breakdown (self time by library, and style/layout/paint).
 */
async function profileTyping(browser: Browser, hostUrl: string, articleId: string, rate: number, dir: string, name: string) {
  mkdirSync(dir, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  try {
    await throttle(page, rate);
    const editor = new EditorPage(page);
    await editor.open(hostUrl, articleId);
    await page.waitForFunction((min) => document.querySelectorAll('[data-testid="editor-body"] > *').length >= min, Math.floor(BLOCKS * 0.9), { timeout: 120_000 });
    await clickTypingParagraph(page);
    await page.keyboard.type(TYPED, { delay: 30 }); // warm the JIT
    await page.waitForTimeout(500);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const out: Record<string, unknown> = {};
    for (const [segment, act, keystrokes] of [
      ['typing', async () => { for (let i = 0; i < 4; i++) await page.keyboard.type(TYPED, { delay: 30 }); for (let i = 0; i < 2; i++) await page.keyboard.type(TYPED, { delay: 120 }); }, TYPED.length * 6],
      ['enterBackspace', async () => { for (let i = 0; i < 15; i++) { await page.keyboard.press('Enter'); await page.waitForTimeout(80); await page.keyboard.press('Backspace'); await page.waitForTimeout(80); } }, 30],
    ] as const) {
      const tracePath = join(dir, `${name}-${segment}.trace.json`);
      await browser.startTracing(page, { path: tracePath, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel', 'blink'] });
      await cdp.send('Profiler.start');
      await act();
      await page.waitForTimeout(300);
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      await browser.stopTracing();
      writeFileSync(join(dir, `${name}-${segment}.cpuprofile`), JSON.stringify(profile));
      out[segment] = { keystrokes, ...breakdownProfile(profile, keystrokes), mainThreadMsPerKeystroke: breakdownTrace(tracePath, keystrokes) };
    }
    await editor.waitSaved();
    return out;
  } finally {
    await page.close();
  }
}

/** `--profile DIR`: a CPU profile of one opening (reload until the body is rendered, then 1 s more), with the app's open marks. */
async function profileOpen(browser: Browser, hostUrl: string, articleId: string, dir: string, name: string) {
  mkdirSync(dir, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  try {
    const editor = new EditorPage(page);
    await editor.open(hostUrl, articleId);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.reload();
    await page.waitForFunction((min) => document.querySelectorAll('[data-testid="editor-body"] > *').length >= min, Math.floor(BLOCKS * 0.9), {
      polling: 'raf',
      timeout: 60_000,
    });
    const open = await page.evaluate(() => performance.now());
    const [start, received, loaded] = await page.evaluate(() =>
      ['toasoan:article-open', 'toasoan:article-received', 'toasoan:article-loaded'].map((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? NaN),
    );
    await page.waitForTimeout(1000);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    writeFileSync(join(dir, `${name}-open.cpuprofile`), JSON.stringify(profile));
    const marks = {
      appStartedMs: Math.round(start!),
      serviceAnswerMs: Math.round(received! - start!),
      yDocLoadMs: Math.round(loaded! - received!),
      editorRenderMs: Math.round(open - loaded!),
    };
    return { openMs: Math.round(open), marks, ...breakdownProfile(profile, 1) };
  } finally {
    await page.close();
  }
}

async function main() {
  // Always measure the current code: a stale build would measure something else.
  if (!process.env.BENCH_SKIP_BUILD) {
    execFileSync('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'error'], { stdio: 'inherit' });
  }
  if (!existsSync('dist/renderer/index.html')) throw new Error('dist/renderer is missing: the renderer build failed');
  const host = new HostProcess();
  await host.start();
  const browser = await chromium.launch({
    ...chromiumLaunchOptions(),
    args: [...(chromiumLaunchOptions().args ?? []), '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  try {
    if (ONLY_REVIEW) {
      const machine = { cpus: cpus().length, loadAverage1m: Math.round(loadavg()[0]! * 10) / 10 };
      if (PROFILE_DIR) {
        const { plainId, reviewedId } = await reviewArticles(host.url);
        const profiles = {
          openWithout: await profileOpen(browser, host.url, plainId, PROFILE_DIR, 'review-without'),
          openWith: await profileOpen(browser, host.url, reviewedId, PROFILE_DIR, 'review-with'),
          without: await profileTyping(browser, host.url, plainId, 1, PROFILE_DIR, 'review-without'),
          with: await profileTyping(browser, host.url, reviewedId, 1, PROFILE_DIR, 'review-with'),
        };
        console.log(JSON.stringify({ bench: 'editor', machine, profiles }, null, 2));
      } else {
        const review = await reviewComparison(browser, host.url);
        console.log(JSON.stringify({ bench: 'editor', machine, review, machineAfter: { loadAverage1m: Math.round(loadavg()[0]! * 10) / 10 } }, null, 2));
      }
      return;
    }
    const article = await hostCall<{ id: string }>(host.url, 'drafts.create', { kind: 'bai' });
    const seeded = Buffer.from((await hostCall<{ state: string }>(host.url, 'drafts.open', { id: article.id })).state, 'base64');
    await hostCall(host.url, 'drafts.append', { id: article.id, update: Buffer.from(longArticleUpdate(seeded)).toString('base64') });
    const rates: Record<string, number> = { unthrottled: 1, throttled: THROTTLE_RATE };
    const modes: Record<string, Awaited<ReturnType<typeof measureMode>>> = {};
    const profiles: Record<string, unknown> = {};
    for (const mode of MODES) {
      const rate = rates[mode];
      if (rate === undefined) throw new Error(`--modes: unknown mode ${mode} (unthrottled, throttled)`);
      const name = rate > 1 ? `throttled${rate}x` : 'unthrottled';
      // The opening (profiled, until 1 s after the body renders), then the typing.
      if (PROFILE_DIR && rate === 1) profiles[`${name}Open`] = await profileOpen(browser, host.url, article.id, PROFILE_DIR, name);
      if (PROFILE_DIR) profiles[name] = await profileTyping(browser, host.url, article.id, rate, PROFILE_DIR, name);
      else modes[name] = await measureMode(browser, host.url, article.id, rate);
    }
    const result = {
      bench: 'editor',
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', loadAverage1m: Math.round(loadavg()[0]! * 10) / 10 },
      article: { wordsGenerated: WORDS, blocks: BLOCKS, typingParagraph: TYPING_PARAGRAPH },
      /** Per mode: the median of RUNS p95s, editor and bare contenteditable (same invocation), and their ratio. */
      modes,
      ...(PROFILE_DIR ? { profiles } : {}),
      ...(NO_EXTRAS || PROFILE_DIR ? {} : { extras: await extras(browser, host.url, article.id) }),
    };
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await browser.close();
    await host.dispose();
  }
}

await main();
