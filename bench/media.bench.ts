/// <reference lib="dom" />
/**
 * `npm run bench:media` (issue 23): a big video inserted in an article and
 * sent to the tests' own WordPress, in Debian's Chromium through the browser
 * host, printed as JSON. Measured:
 *  - typing latency p95 in the article while nothing else happens (idle),
 *    while the video is copied into the data folder, and while it is uploaded
 *    to the portal (the same probe as bench:editor: keydown → next frame);
 *  - peak resident memory of each process (the services' host, Chromium's
 *    browser, its renderers, the rest) against its level before the copy;
 *  - how long the copy and the upload took, and their throughput.
 * Budget: typing p95 at most 1.2× idle; memory flat within 100 MB.
 * Options: --mb N (500), --keep (leave the temporary folders). Builds the
 * renderer first (BENCH_SKIP_BUILD=1 to skip).
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/e2e/fixtures/chromium';
import { HostProcess } from '../tests/e2e/fixtures/host';
import { EditorPage, hostCall } from '../tests/e2e/pages/editor-page';
import { connectHost, writeApprovedArticle } from '../tests/wordpress/host-client';
import { startWordPress } from '../tests/wordpress/wordpress-harness';
import { makeMp4 } from '../tests/videos';

const option = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const MB = Number(option('mb') ?? 500);
const KEEP = process.argv.includes('--keep');
const TYPED = ' phát triển kinh tế xã hội nông thôn mới';

/** A video of `mb` MB written in 16 MB pieces (the whole file never sits in this process's memory). */
async function writeVideo(path: string, mb: number): Promise<void> {
  const out = createWriteStream(path);
  const piece = 16;
  for (let done = 0, seed = 7; done < mb; done += piece, seed++) {
    const size = Math.min(piece, mb - done) * 1024 * 1024;
    // The first piece carries the MP4 header; the rest is noise, so nothing compresses away.
    const chunk = done === 0 ? makeMp4(size, seed) : makeMp4(size + 36, seed).subarray(36);
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Resident memory (MB) of a process, 0 if it is gone. */
function rssMb(pid: number): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
    return line ? Number(line[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** The process tree under `root`, with a name for each kind (browser, renderer, gpu, utility…). */
function chromiumTree(root: number): Map<number, string> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const named = new Map<number, string>();
  const walk = (pid: number) => {
    let kind = 'browser';
    try {
      const type = readFileSync(`/proc/${pid}/cmdline`, 'utf8').match(/--type=([a-z-]+)/);
      if (type) kind = type[1]!;
    } catch {
      return;
    }
    named.set(pid, pid === root ? 'browser' : kind === 'browser' ? 'other' : kind);
    for (const child of children.get(pid) ?? []) walk(child);
  };
  walk(root);
  return named;
}

/** Samples every process's memory every 100 ms; `peaks()` gives each kind's highest total. */
function memoryWatch(hostPid: number, browserPid: number) {
  const peaks = new Map<string, number>();
  const sample = () => {
    const totals = new Map<string, number>([['host (services)', rssMb(hostPid)]]);
    for (const [pid, kind] of chromiumTree(browserPid)) totals.set(`chromium ${kind}`, (totals.get(`chromium ${kind}`) ?? 0) + rssMb(pid));
    for (const [kind, mb] of totals) peaks.set(kind, Math.max(peaks.get(kind) ?? 0, mb));
    return totals;
  };
  const timer = setInterval(sample, 100);
  return {
    sample,
    reset: () => peaks.clear(),
    peaks: () => new Map(peaks),
    stop: () => clearInterval(timer),
  };
}

async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __latency: number[]; __probe?: boolean };
    w.__latency = [];
    if (w.__probe) return;
    w.__probe = true;
    window.addEventListener(
      'keydown',
      () => {
        const marked = performance.now();
        requestAnimationFrame(() => setTimeout(() => w.__latency.push(performance.now() - marked), 0));
      },
      true,
    );
  });
}
const takeSamples = (page: Page) => page.evaluate(() => (window as unknown as { __latency: number[] }).__latency.splice(0));

/** Types (30 ms between keys, then Backspaces to leave the text as it was) until `busy()` turns false; at least `minRounds`. */
async function typeWhile(page: Page, busy: () => Promise<boolean>, minRounds = 0): Promise<number[]> {
  const samples: number[] = [];
  for (let round = 0; round < minRounds || (await busy()); round++) {
    await page.keyboard.type(TYPED, { delay: 30 });
    for (let i = 0; i < TYPED.length; i++) await page.keyboard.press('Backspace', { delay: 30 });
    await page.waitForTimeout(100);
    samples.push(...(await takeSamples(page)));
    if (round > 2_000) break;
  }
  return samples;
}

function summary(values: number[]) {
  const s = [...values].sort((a, b) => a - b);
  const at = (p: number) => (s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : NaN);
  const r = (x: number) => Math.round(x * 10) / 10;
  return { n: s.length, p50: r(at(50)), p95: r(at(95)), max: r(s.at(-1) ?? NaN) };
}

async function main() {
  if (!process.env.BENCH_SKIP_BUILD) {
    execFileSync('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'error'], { stdio: 'inherit' });
  }
  if (!existsSync('dist/renderer/index.html')) throw new Error('dist/renderer is missing: the renderer build failed');
  const scratch = mkdtempSync(join(tmpdir(), 'toasoan-bench-media-'));
  const videoPath = join(scratch, 'le-hoi-dua-thuyen.mp4');
  await writeVideo(videoPath, MB);
  const limit = `${MB + 64}M`;
  const wp = await startWordPress({ php: { uploadMaxFilesize: limit, postMaxSize: limit } });
  const host = new HostProcess();
  await host.start();
  const browser = await chromium.launch(chromiumLaunchOptions());
  const memory = memoryWatch(host.pid!, findBrowserPid());
  try {
    await hostCall(host.url, 'portal.saveSettings', { patch: { url: wp.url, username: wp.adminUser, password: wp.appPassword } });
    const client = await connectHost(host.url);
    const { articleId } = await writeApprovedArticle(client, {
      title: 'Lễ hội đua thuyền truyền thống',
      sapo: 'Sáng 1/12, phường tổ chức lễ hội đua thuyền.',
      paragraphs: Array.from({ length: 40 }, (_, i) => `Đoạn ${i + 1}: hàng nghìn người dân hai bên bờ sông cổ vũ các đội đua thuyền.`),
      category: 'Văn hóa - Xã hội',
    });
    client.close();
    const page = await browser.newPage();
    const editor = new EditorPage(page);
    await editor.open(host.url, articleId);
    await editor.body.locator('p').nth(20).click();
    await page.keyboard.press('End');
    await installProbe(page);

    // Idle: the same typing, nothing else going on.
    await typeWhile(page, async () => false, 2); // warm-up
    await takeSamples(page);
    const idle = await typeWhile(page, async () => false, 12);
    await page.waitForTimeout(500);
    const before = memory.sample();
    memory.reset();

    // The copy into the data folder, typing all along.
    await editor.body.locator('p').nth(39).click();
    await page.keyboard.press('End');
    const copyStarted = Date.now();
    await page.getByTestId('video-input').setInputFiles(videoPath);
    const node = editor.body.getByTestId('editor-video');
    await editor.body.locator('p').nth(20).click();
    await page.keyboard.press('End');
    let copyEnded = 0;
    const copied = page
      .waitForFunction(() => document.querySelector('[data-testid="editor-video"]')?.getAttribute('data-video-hash'), null, { timeout: 1_800_000, polling: 50 })
      .then(() => (copyEnded = Date.now()));
    const copying = await typeWhile(page, async () => copyEnded === 0);
    await copied;
    await node.waitFor({ state: 'attached' });
    const copySeconds = (copyEnded - copyStarted) / 1000;
    const copyPeaks = memory.peaks();
    memory.reset();
    await page.waitForFunction(() => document.querySelector('[data-testid="save-state"]')?.getAttribute('data-state') === 'saved', null, { timeout: 60_000 });

    // The upload to the portal, typing all along (what is sent is the article as it was at the click).
    const uploadStarted = Date.now();
    await page.getByTestId('portal-submit-button').click();
    const status = page.getByTestId('portal-submit-status');
    await editor.body.locator('p').nth(20).click();
    await page.keyboard.press('End');
    let uploadEnded = 0;
    const uploaded = page
      .waitForFunction(() => /^(sent|failed)$/.test(document.querySelector('[data-testid="portal-submit-status"]')?.getAttribute('data-state') ?? ''), null, {
        timeout: 1_800_000,
        polling: 50,
      })
      .then(() => (uploadEnded = Date.now()));
    const uploading = await typeWhile(page, async () => uploadEnded === 0);
    await uploaded;
    const state = await status.getAttribute('data-state');
    const uploadSeconds = (uploadEnded - uploadStarted) / 1000;
    const uploadPeaks = memory.peaks();
    memory.stop();

    const idleP95 = summary(idle).p95;
    const growth = (peaks: Map<string, number>) =>
      Object.fromEntries([...peaks].map(([kind, mb]) => [kind, { before: Math.round(before.get(kind) ?? 0), peak: Math.round(mb), growth: Math.round(mb - (before.get(kind) ?? 0)) }]));
    const result = {
      bench: 'media',
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', loadAverage1m: Math.round(loadavg()[0]! * 10) / 10 },
      video: { mb: MB },
      typing: {
        idle: summary(idle),
        whileCopying: { ...summary(copying), ratioToIdle: Math.round((summary(copying).p95 / idleP95) * 100) / 100 },
        whileUploading: { ...summary(uploading), ratioToIdle: Math.round((summary(uploading).p95 / idleP95) * 100) / 100 },
        budget: 'p95 at most 1.2× idle',
      },
      copy: { seconds: Math.round(copySeconds * 10) / 10, mbPerSecond: Math.round((MB / copySeconds) * 10) / 10 },
      upload: { state, seconds: Math.round(uploadSeconds * 10) / 10, mbPerSecond: Math.round((MB / uploadSeconds) * 10) / 10 },
      memoryMb: { whileCopying: growth(copyPeaks), whileUploading: growth(uploadPeaks), budget: 'growth within 100 MB per process' },
    };
    console.log(JSON.stringify(result, null, 2));
  } finally {
    memory.stop();
    await browser.close();
    await host.dispose();
    await wp.stop();
    if (!KEEP) rmSync(scratch, { recursive: true, force: true });
  }
}

/** Playwright does not expose the launched browser's pid: the newest chrome process whose parent is this process. */
function findBrowserPid(): number {
  let found = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid && /chrom/i.test(readFileSync(`/proc/${entry}/cmdline`, 'utf8'))) found = Math.max(found, Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  if (!found) throw new Error('the Chromium process was not found');
  return found;
}

await main();
