/// <reference lib="dom" />
/**
 * `npm run bench:import`: opening a long Word file as a new article, in
 * Debian's Chromium through the browser host, printed as JSON. The file is
 * made here with the `docx` library: 40,000 words (about 100 pages of 13 pt
 * Times), headings, tables, and 30 PNG pictures of 400×300 (noise, so they do
 * not compress away: about 10 MB of pictures). Measured:
 *  - service: `import.file` alone (zip check, mammoth, legacy detection),
 *    the bytes sent as the browser host's page does (POST /upload);
 *  - open: the file chosen with "Mở tệp Word…" → the editor showing the
 *    article: all 30 pictures stored (their figures in the editor name them;
 *    each is checked with images.info afterwards), and every picture within
 *    the screen displayed. The editor fetches a picture when its figure comes
 *    near the screen (figure-view.ts), so pictures further down are not
 *    displayed yet when the time is taken; `lastPicture` is the time from
 *    scrolling to the 30th figure to its picture displayed.
 * Budget: open < 3 s. Builds the renderer first (BENCH_SKIP_BUILD=1 to skip).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { chromiumLaunchOptions } from '../tests/e2e/fixtures/chromium';
import { HostProcess } from '../tests/e2e/fixtures/host';
import { hostCall } from '../tests/e2e/pages/editor-page';

const WORDS = 40_000;
const IMAGES = 30;
const syllables = (
  'ủy ban nhân dân xã phường thị trấn huyện tỉnh thành phố đảng bộ chi hội nghị sơ kết tổng công tác năm ' +
  'kinh tế xây dựng nông thôn mới đường giao thông trường học trạm y tế nhà văn hóa người dân cán bộ ' +
  'đoàn viên thanh niên phụ nữ cựu chiến binh mặt trận tổ quốc an ninh quốc phòng lúa gạo cây trồng vật nuôi'
).split(' ');
let seed = 11;
/** xorshift32: exact in 32-bit integers, so the pictures really are noise. */
const random = () => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 2 ** 32;
};
const words = (n: number) => Array.from({ length: n }, () => syllables[Math.floor(random() * syllables.length)]!).join(' ');

function noisePng(width: number, height: number): Buffer {
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = table[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (kind: string, data: Buffer) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(kind, 4, 'ascii');
    data.copy(out, 8);
    out.writeUInt32BE(crc(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let i = 0; i < raw.length; i++) raw[i] = i % (width * 3 + 1) === 0 ? 0 : Math.floor(random() * 256);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

async function longDocx(): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: 'Báo cáo tổng kết công tác năm 2025', bold: true })] }),
    new Paragraph({ children: [new TextRun({ text: `Sapo: ${words(40)}.`, bold: true })] }),
  ];
  const paragraphs = WORDS / 100;
  const imageEvery = Math.floor(paragraphs / IMAGES);
  for (let i = 0; i < paragraphs; i++) {
    if (i % 20 === 0) children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(`Phần ${i / 20 + 1}: ${words(6)}`)] }));
    children.push(new Paragraph({ children: [new TextRun({ text: words(20), bold: true }), new TextRun(` ${words(80)}.`)] }));
    if (i % 50 === 25) {
      children.push(
        new Table({
          rows: [0, 1, 2, 3].map((r) => new TableRow({ children: [0, 1, 2].map((c) => new TableCell({ children: [new Paragraph(`${words(3)} ${r}.${c}`)] })) })),
        }),
      );
    }
    if (i % imageEvery === imageEvery - 1 && Math.floor(i / imageEvery) < IMAGES) {
      children.push(new Paragraph({ children: [new ImageRun({ type: 'png', data: noisePng(400, 300), transformation: { width: 400, height: 300 } })] }));
      children.push(new Paragraph({ children: [new TextRun({ text: `Ảnh ${Math.floor(i / imageEvery) + 1}: ${words(6)}`, italics: true })] }));
    }
  }
  return Buffer.from(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

/**
 * The page's marks of one open, as the time each step took (ms since the
 * previous mark): the file's bytes, import.file, article created and HTML
 * cleaned, pictures stored, body written to the Y.Doc, saved, then the
 * editor opening the article and showing it with its pictures. A string, so
 * that no helper of the bundler leaks into the page.
 */
const MARKS_BREAKDOWN = `(() => {
  const steps = [
    ['toasoan:import-chosen', 'chosen'],
    ['toasoan:import-start', 'fileBytes'],
    ['toasoan:import-read', 'importFile'],
    ['toasoan:import-cleaned', 'createAndClean'],
    ['toasoan:import-pictures', 'pictures'],
    ['toasoan:import-written', 'writeBody'],
    ['toasoan:import-saved', 'save'],
    ['toasoan:article-open', 'toEditor'],
    ['toasoan:article-loaded', 'loadArticle'],
    ['toasoan:bench-shown', 'showWithPictures'],
  ];
  const out = {};
  let previous;
  for (const [mark, step] of steps) {
    const time = performance.getEntriesByName(mark, 'mark').at(-1)?.startTime;
    if (time === undefined) continue;
    if (previous !== undefined) out[step] = Math.round(time - previous);
    previous = time;
  }
  return out;
})()`;

/**
 * Shown: the article's body with a figure for each of the pictures, and each
 * picture within the screen displayed (decoded). Run in the page.
 */
function shown(count: number): boolean {
  const frames = Array.from(document.querySelectorAll<HTMLElement>('[data-testid="editor-body"] .editor-figure-frame'));
  if (frames.filter((f) => f.dataset.imageId).length < count) return false;
  const inView = frames.filter((f) => {
    const box = f.getBoundingClientRect();
    return box.bottom > 0 && box.top < innerHeight;
  });
  const all = inView.every((f) => {
    const img = f.querySelector('img');
    return Boolean(img && img.src.startsWith('blob:') && img.complete && img.naturalWidth > 0);
  });
  if (all) performance.mark('toasoan:bench-shown');
  return all;
}
function lastShown(): boolean {
  const frames = document.querySelectorAll('[data-testid="editor-body"] .editor-figure-frame');
  const img = frames[frames.length - 1]?.querySelector('img');
  return Boolean(img && img.src.startsWith('blob:') && img.complete && img.naturalWidth > 0);
}

/** The file's bytes to the browser host's upload endpoint, as the page sends them; their id. */
async function upload(hostUrl: string, bytes: Buffer): Promise<string> {
  const url = new URL(hostUrl);
  const token = new URLSearchParams(url.hash.slice(1)).get('token') ?? '';
  const response = await fetch(`${url.origin}/upload`, { method: 'POST', headers: { 'x-toasoan-token': token }, body: new Blob([new Uint8Array(bytes)]) });
  if (!response.ok) throw new Error(`upload: HTTP ${response.status}`);
  return ((await response.json()) as { id: string }).id;
}

async function main() {
  if (!process.env.BENCH_SKIP_BUILD) {
    execFileSync('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'error'], { stdio: 'inherit' });
  }
  if (!existsSync('dist/renderer/index.html')) throw new Error('dist/renderer is missing: the renderer build failed');
  const docx = await longDocx();
  const file = join(mkdtempSync(join(tmpdir(), 'toasoan-bench-import-')), 'bao-cao-100-trang.docx');
  writeFileSync(file, docx);

  // BENCH_PROFILE=DIR: CPU profiles of the services (node --cpu-prof) and of the page (CDP) for the first open.
  const profileDir = process.env.BENCH_PROFILE;
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const host = new HostProcess(profileDir ? { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] } : {});
  await host.start();
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const service: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      await hostCall(host.url, 'import.file', { fileName: 'bao-cao.docx', upload: await upload(host.url, docx) });
      service.push(performance.now() - started);
    }
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const opens: number[] = [];
    const steps: Record<string, number>[] = [];
    const lastPicture: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.goto(host.url);
      // The app remembers the open article per tab: back to the list for the next file.
      await page.evaluate(() => sessionStorage.removeItem('toasoan.route'));
      await page.reload();
      await page.getByTestId('drafts-screen').waitFor();
      const cdp = profileDir && i === 0 ? await page.context().newCDPSession(page) : null;
      if (cdp) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
        await cdp.send('Profiler.start');
      }
      const started = performance.now();
      await page.getByTestId('open-file-input').setInputFiles(file);
      await page.waitForFunction(shown, IMAGES, { polling: 50, timeout: 120_000 });
      opens.push(performance.now() - started);
      if (cdp) {
        const { profile } = await cdp.send('Profiler.stop');
        writeFileSync(join(profileDir!, 'renderer.cpuprofile'), JSON.stringify(profile));
        await cdp.detach();
      }
      steps.push(await page.evaluate<Record<string, number>>(MARKS_BREAKDOWN));
      // Stored: every figure names an image the services have (adopted before the article opened).
      const articleId = await page.evaluate(() => (JSON.parse(sessionStorage.getItem('toasoan.route') ?? '{}') as { articleId?: string }).articleId ?? '');
      const imageIds = await page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('[data-testid="editor-body"] .editor-figure-frame'), (f) => f.dataset.imageId ?? ''),
      );
      const infos = await Promise.all(imageIds.map((imageId) => hostCall<{ bytes: number }>(host.url, 'images.info', { articleId, imageId })));
      if (infos.length !== IMAGES || infos.some((info) => !(info.bytes > 0))) throw new Error(`${infos.length} pictures stored, not ${IMAGES}`);
      // Scrolled down to the last picture: the time until it shows.
      const scrolled = performance.now();
      await page.locator('[data-testid="editor-body"] .editor-figure-frame').last().scrollIntoViewIfNeeded();
      await page.waitForFunction(lastShown, null, { polling: 20, timeout: 60_000 });
      lastPicture.push(performance.now() - scrolled);
    }
    const paragraphsShown = await page.evaluate(() => document.querySelectorAll('[data-testid="editor-body"] > p').length);
    const best = (xs: number[]) => Math.round(Math.min(...xs));
    const median = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!);
    console.log(
      JSON.stringify(
        {
          file: { bytes: docx.length, words: WORDS, images: IMAGES, paragraphsShown },
          serviceMs: { best: best(service), median: median(service) },
          openMs: { best: best(opens), median: median(opens), budget: 3000 },
          lastPictureMs: { best: best(lastPicture), median: median(lastPicture) },
          // Where the time of the median open went, from the page's marks (ms from the previous mark).
          openSteps: steps[opens.indexOf([...opens].sort((a, b) => a - b)[1]!)],
          machine: { cpus: cpus().length, load1: Number(loadavg()[0]!.toFixed(2)) },
        },
        null,
        2,
      ),
    );
  } finally {
    await browser.close();
    await host.stop();
    rmSync(dirname(file), { recursive: true, force: true });
  }
}

await main();
