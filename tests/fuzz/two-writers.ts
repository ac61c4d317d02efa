/// <reference lib="dom" />
import type { Page } from '@playwright/test';
import { EditorPage, hostCall } from '../e2e/pages/editor-page';
import { rng } from './generate';

/**
 * Two writers (two windows) typing into the same paragraph of one article
 * at once, with random gaps and bursts sent without waiting. After the run:
 * - both windows converge, and the saved article (reloaded) is the same;
 * - every run of text one writer typed is still in one piece, never
 *   interleaved with the other's;
 * - each writer's undo takes back only their own typing.
 */
export interface TwoWriterOptions {
  /** Runs of text per writer. */
  runs: number;
  /** CPU throttling rate of both pages (1: none). */
  throttle: number;
}

export interface TwoWriterOutcome {
  seed: number;
  problems: string[];
}

interface Run {
  /** ASCII, as key presses; it names the run (writer and number). */
  keys: string;
  /** Vietnamese, as text input. */
  text: string;
  /** Gap after each key (0: sent without waiting). */
  gap: number;
  /** Before the run: End, or Enter (a new paragraph), or nothing. */
  before: 'End' | 'Enter' | null;
}

const SYLLABLES = ['xã', 'huyện', 'Thạnh', 'nghị', 'được', 'tổ', 'chức', 'dân', 'Ủy', 'biên'];

/** The runs of one writer: `tag` ("qa" or "zb") makes every run's text unique. */
export function writerRuns(seed: number, tag: string, count: number): Run[] {
  const r = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const x = r();
    return {
      keys: `${tag}${i}`,
      text: `${pick(SYLLABLES)} `,
      gap: r() < 0.4 ? 0 : Math.floor(r() * 150),
      before: x < 0.15 ? 'Enter' : x < 0.3 ? 'End' : null,
    } satisfies Run;
  });
}

const runText = (run: Run) => run.keys + run.text;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function play(page: Page, runs: Run[]): Promise<void> {
  const kb = page.keyboard;
  for (const run of runs) {
    if (run.before) await kb.press(run.before);
    const pending: Promise<void>[] = [];
    for (const ch of run.keys) {
      const sent = kb.press(ch);
      if (run.gap > 0) {
        await sent;
        await sleep(run.gap);
      } else pending.push(sent);
    }
    pending.push(kb.insertText(run.text));
    await Promise.all(pending);
    if (run.gap > 0) await sleep(run.gap);
  }
}

/** The body as plain text, paragraphs joined with newlines (without the other writer's caret label, shown through the hub). */
function bodyText(page: Page): Promise<string> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-testid="editor-body"] > *'))
      .map((p) => {
        const copy = p.cloneNode(true) as Element;
        copy.querySelectorAll('[data-testid="remote-caret"]').forEach((caret) => caret.remove());
        return copy.textContent ?? '';
      })
      .join('\n'),
  );
}

async function until(check: () => Promise<boolean>, ms = 15_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await sleep(100);
  }
  return check();
}

async function focusBodyEnd(page: Page): Promise<void> {
  await page.evaluate(() => {
    const el = document.querySelector('[data-testid="editor-body"]') as HTMLElement & { editor: Parameters<typeof window.fuzzPage.focusNow>[0] };
    window.fuzzPage.focusNow(el.editor, 'end');
  });
}

/** Presses Ctrl+Z in `page` until its undo button is disabled. */
async function undoAll(page: Page): Promise<void> {
  await focusBodyEnd(page);
  for (let i = 0; i < 400 && !(await page.getByTestId('tb-undo').isDisabled()); i++) await page.keyboard.press('Control+z');
}

/** Which runs are missing from `text` or broken up in it. */
function brokenRuns(text: string, runs: Run[]): string[] {
  return runs.map(runText).filter((t) => text.split(t).length !== 2);
}

/**
 * `hostUrl` serves both windows; or, with `hostUrlB`, window B is on a
 * second desktop (browser host) and the article reaches it through the hub
 * both hosts are signed in to.
 */
export async function fuzzTwoWriters(
  pages: { a: Page; b: Page; hostUrl: string; hostUrlB?: string },
  seed: number,
  options: TwoWriterOptions,
): Promise<TwoWriterOutcome> {
  const { a, b, hostUrl } = pages;
  const hostUrlB = pages.hostUrlB ?? hostUrl;
  const problems: string[] = [];
  const errors: string[] = [];
  const onError = (error: Error) => errors.push((error.stack ?? String(error)).split("\n").slice(0, 8).join("\n    "));
  a.on('pageerror', onError);
  b.on('pageerror', onError);
  const runsA = writerRuns(seed, 'qa', options.runs);
  const runsB = writerRuns(seed + 7919, 'zb', options.runs);
  const label = `two writers${hostUrlB !== hostUrl ? ' through the hub' : ''}, seed ${seed} (replay: npm run fuzz:editor -- --writers 2${hostUrlB !== hostUrl ? ' --hub' : ''} --seed ${seed} --runs 1 --length ${options.runs}${options.throttle > 1 ? ` --throttle ${options.throttle}` : ''})`;
  const cdps = options.throttle > 1 ? await Promise.all([a, b].map((p) => p.context().newCDPSession(p))) : [];
  try {
    const { id } = await hostCall<{ id: string }>(hostUrl, 'drafts.create', { kind: 'tin' });
    const editorA = new EditorPage(a);
    const editorB = new EditorPage(b);
    await editorA.open(hostUrl, id);
    if (hostUrlB !== hostUrl) {
      // Through the hub: an article with a title, saved, reaches B's desktop once A's has sent it.
      await editorA.title.click();
      await a.keyboard.type(`Hai nguoi viet ${seed}`);
      await editorA.waitSaved();
      const arrived = () => hostCall(hostUrlB, 'drafts.get', { id }).then(() => true, () => false);
      if (!(await until(arrived, 60_000))) throw new Error(`${label}: the article did not reach the second desktop through the hub`);
    }
    await editorB.open(hostUrlB, id);
    // Both carets at the end of the same, empty paragraph: where interleaving would show first.
    await focusBodyEnd(a);
    await focusBodyEnd(b);
    for (const cdp of cdps) await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.throttle });
    await Promise.all([play(a, runsA), play(b, runsB)]);
    for (const cdp of cdps) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

    if (!(await until(async () => (await bodyText(a)) === (await bodyText(b))))) {
      problems.push(`the windows do not converge:\n    A ${JSON.stringify(await bodyText(a))}\n    B ${JSON.stringify(await bodyText(b))}`);
      return { seed, problems };
    }
    const both = await bodyText(a);
    for (const t of brokenRuns(both, [...runsA, ...runsB])) problems.push(`run ${JSON.stringify(t)} is not in one piece in ${JSON.stringify(both)}`);
    await editorA.waitSaved();
    await editorB.waitSaved();
    // The saved article, in a window opened now (on each desktop).
    for (const url of new Set([hostUrl, hostUrlB])) {
      const fresh = await a.context().newPage();
      try {
        await new EditorPage(fresh).open(url, id);
        if (!(await until(async () => (await bodyText(fresh)) === both)))
          problems.push(`the saved article (a new window on ${url === hostUrl ? 'A' : 'B'}'s desktop) is ${JSON.stringify(await bodyText(fresh))}, the screen ${JSON.stringify(both)}`);
      } finally {
        await fresh.close();
      }
    }

    // A's undo takes back A's runs only ("qa…"); B's stay, each in one piece.
    await undoAll(a);
    await until(async () => (await bodyText(a)) === (await bodyText(b)));
    const afterA = await bodyText(b);
    if (afterA.includes('qa')) problems.push(`after A's undo, some of A's text is still there: ${JSON.stringify(afterA)}`);
    for (const t of brokenRuns(afterA, runsB)) problems.push(`after A's undo, B's run ${JSON.stringify(t)} is not in one piece in ${JSON.stringify(afterA)}`);
    // Then B's undo takes back the rest.
    await undoAll(b);
    if (!(await until(async () => (await bodyText(a)).trim() === '' && (await bodyText(b)).trim() === '')))
      problems.push(`after both undo, A shows ${JSON.stringify(await bodyText(a))} and B ${JSON.stringify(await bodyText(b))}`);
    if (errors.length) problems.push(`page errors: ${errors.join('; ')}`);
    return { seed, problems: problems.map((p) => `${label}: ${p}`) };
  } finally {
    a.off('pageerror', onError);
    b.off('pageerror', onError);
    for (const cdp of cdps) await cdp.detach().catch(() => {});
  }
}
