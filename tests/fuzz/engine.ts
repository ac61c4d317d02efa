/// <reference lib="dom" />
import type { Page } from '@playwright/test';
import { EditorPage, hostCall } from '../e2e/pages/editor-page';
import { addPageKit, mountBare } from './bare';
import { generateArticle, type Action, type Field, type Sequence, type Step } from './generate';
import { TextModel } from './model';

export interface FuzzOptions {
  /** Sequences per article. */
  sequences: number;
  /** Actions per sequence (about). */
  length: number;
  /** CPU throttling rate of the app's page (1: none). */
  throttle: number;
}

export interface ArticleOutcome {
  seed: number;
  /** Sequences played and checked. */
  sequences: number;
  /** Empty when everything matched. */
  divergences: string[];
  /** Milliseconds spent opening, playing and checking the sequences, and in the checks after the run. */
  timing: { open: number; sequences: number; after: number };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The page's content per field, as the reader sees it. */
export async function screen(page: Page): Promise<Record<Field, string>> {
  return page.evaluate(() => {
    const shape = (f: string) => window.fuzzPage.shapeOf(document.querySelector(`[data-testid="editor-${f}"]`)!);
    return { title: shape('title'), sapo: shape('sapo'), body: shape('body') };
  });
}

/** Waits for the page to settle: pending keys taken, deferred focus and DOM reads done. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 30)))));
}

const SHORTCUTS: Record<string, string> = { bold: 'Control+b', h2: 'Control+Alt+2', p: 'Control+Alt+0', bullet: 'Control+Shift+8' };
const TOOLBAR: Record<string, { click?: string; select?: string }> = {
  bold: { click: 'tb-bold' },
  bullet: { click: 'tb-bullet-list' },
  h2: { select: 'h2' },
  p: { select: 'p' },
};

/** True for an action made only of plain keys and text input, which may be sent without waiting. */
function plainKeys(action: Action): boolean {
  if (action.k === 'type' || action.k === 'insert' || action.k === 'unikey') return true;
  return action.k === 'key' && !action.key.includes('+');
}

/**
 * Starts sending a plain-key action, key by key, in order, without waiting
 * for the page between keys (each key's down reaches the page before the next
 * key's). Modifier chords are never sent this way: a chord in flight would
 * put its modifier on the keys sent meanwhile.
 */
function sendKeys(page: Page, action: Action): Promise<void>[] {
  const kb = page.keyboard;
  switch (action.k) {
    case 'type':
      return [...action.text].map((ch) => kb.press(ch));
    case 'insert':
      return [kb.insertText(action.text)];
    case 'unikey':
      return [...Array.from({ length: action.back }, () => kb.press('Backspace')), kb.insertText(action.text)];
    case 'key':
      return [kb.press(action.key)];
    default:
      throw new Error(`not a plain-key action: ${JSON.stringify(action)}`);
  }
}

/** Sends one action to the page and waits until the page has taken it. */
async function perform(page: Page, action: Action): Promise<void> {
  if (plainKeys(action)) {
    await Promise.all(sendKeys(page, action));
    return;
  }
  const kb = page.keyboard;
  switch (action.k) {
    case 'key':
      return kb.press(action.key);
    case 'paste':
      await page.evaluate(([text, html]) => window.fuzzPage.pasteInto(document.activeElement!, text!, html), [action.text, action.html] as const);
      return;
    case 'format': {
      if (action.via === 'shortcut') return kb.press(SHORTCUTS[action.name]!);
      const tool = TOOLBAR[action.name]!;
      if (tool.click) await page.getByTestId(tool.click).click();
      else await page.getByTestId('tb-block').selectOption(tool.select!);
      return;
    }
    case 'field':
      await page.evaluate((name) => {
        // As the app moves between fields (ArticleEditor's moveOnEnter, focusNow).
        const el = document.querySelector(`[data-testid="editor-${name}"]`) as HTMLElement & { editor: Parameters<typeof window.fuzzPage.focusNow>[0] };
        window.fuzzPage.focusNow(el.editor, 'end');
      }, action.name);
      return;
    case 'pause':
      return sleep(action.ms);
  }
}

/** Plays a sequence on the app with its gaps; plain keys of steps marked `wait: false` are sent without waiting. */
export async function play(page: Page, sequence: Sequence): Promise<void> {
  let pending: Promise<void>[] = [];
  for (const step of sequence) {
    if (plainKeys(step.action)) {
      const sent = sendKeys(page, step.action);
      if (step.wait) await Promise.all(sent);
      else pending.push(...sent);
    } else {
      await Promise.all(pending);
      pending = [];
      await perform(page, step.action);
    }
    if (step.gap > 0) await sleep(step.gap);
  }
  await Promise.all(pending);
  await settle(page);
}

type BareOp = { do: 'act'; action: Action } | { do: 'focus'; at: 'start' | 'end' };

/** Applies a sequence to the model; returns what the bare body editor must be given. */
export function model(textModel: TextModel, sequence: Sequence): BareOp[] {
  const ops: BareOp[] = [];
  for (const { action } of sequence) {
    const where = textModel.field;
    textModel.apply(action);
    if (action.k === 'field') {
      if (action.name === 'body') ops.push({ do: 'focus', at: 'end' });
    } else if (action.k === 'pause') {
      ops.push({ do: 'act', action });
    } else if (where === 'body') {
      ops.push({ do: 'act', action });
    } else if (where === 'sapo' && textModel.field === 'body') {
      ops.push({ do: 'focus', at: 'start' });
    }
  }
  return ops;
}

/** Replays on the bare editor, one action after the other (no timing but the pauses). */
export async function replayBare(bare: Page, ops: BareOp[]): Promise<void> {
  for (const op of ops) {
    if (op.do === 'focus') {
      await bare.evaluate((at) => window.fuzzBare.focus(at), op.at);
      continue;
    }
    const a = op.action;
    if (a.k === 'paste') await bare.evaluate(([t, h]) => window.fuzzBare.paste(t!, h), [a.text, a.html] as const);
    else if (a.k === 'format' && a.via === 'toolbar') await bare.evaluate((n) => window.fuzzBare.format(n), a.name);
    else await perform(bare, a);
  }
  await settle(bare);
}

function plain(shape: string): string {
  return shape.replace(/<\/(p|h2|h3|h4)>/g, '\n').replace(/<[^>]+>/g, '');
}

export interface FuzzPages {
  app: Page;
  /** A second window on the same article. */
  second: Page;
  /** A blank page for the bare editor. */
  bare: Page;
  hostUrl: string;
}

/**
 * One article: `options.sequences` generated sequences played on the app
 * (timed, bursts unawaited, CPU throttled if asked), each checked against the
 * text model and the bare editor; then the second window, the saved article
 * and undo back to the start.
 */
export async function fuzzArticle(pages: FuzzPages, seed: number, options: FuzzOptions): Promise<ArticleOutcome> {
  const { app, second, bare, hostUrl } = pages;
  const t0 = Date.now();
  const timing = { open: 0, sequences: 0, after: 0 };
  const sequences = generateArticle(seed, options);
  const divergences: string[] = [];
  const errors: string[] = [];
  const onError = (error: Error) => errors.push((error.stack ?? String(error)).split("\n").slice(0, 8).join("\n    "));
  app.on('pageerror', onError);
  const { id } = await hostCall<{ id: string }>(hostUrl, 'drafts.create', { kind: 'tin' });
  const editor = new EditorPage(app);
  await editor.open(hostUrl, id);
  await new EditorPage(second).open(hostUrl, id);
  await mountBare(bare, 'tiptap');
  const look = await app.evaluate(() => ({
    css: Array.from(document.styleSheets)
      .flatMap((sheet) => Array.from(sheet.cssRules).map((rule) => rule.cssText))
      .join('\n'),
    width: document.querySelector('.editor-page')!.getBoundingClientRect().width,
  }));
  await bare.evaluate(([css, width]) => window.fuzzBare.style(css as string, width as number), [look.css, look.width]);
  const cdp = options.throttle > 1 ? await app.context().newCDPSession(app) : null;
  await cdp?.send('Emulation.setCPUThrottlingRate', { rate: options.throttle });
  const textModel = new TextModel();
  await editor.body.click();
  await bare.evaluate(() => window.fuzzBare.focus('start'));
  timing.open = Date.now() - t0;

  const where = (i: number, seq: Sequence) =>
    `seed ${seed}, sequence ${i} (replay: npm run fuzz:editor -- --seed ${seed} --runs ${i + 1} --per-article ${options.sequences}${options.throttle > 1 ? ` --throttle ${options.throttle}` : ''})\n  ${seq.map((s: Step) => `${JSON.stringify(s.action)}${s.wait ? '' : ' (no wait)'}${s.gap ? ` +${s.gap}ms` : ''}`).join('\n  ')}`;

  let played = 0;
  try {
    for (const [i, sequence] of sequences.entries()) {
      await play(app, sequence);
      await replayBare(bare, model(textModel, sequence));
      played++;
      const shown = await screen(app);
      const oracle = await bare.evaluate(() => window.fuzzPage.shapeOf(document.querySelector('#bare .ProseMirror') ?? document.querySelector('#bare')!));
      const problems: string[] = [];
      const expectTitle = `<p>${textModel.text.title[0]}</p>`;
      const expectSapo = `<p>${textModel.text.sapo[0]}</p>`;
      if (shown.title !== expectTitle) problems.push(`title: screen ${shown.title} model ${expectTitle}`);
      if (shown.sapo !== expectSapo) problems.push(`sapo: screen ${shown.sapo} model ${expectSapo}`);
      if (shown.body !== oracle) problems.push(`body: screen ${shown.body}\n        bare  ${oracle}`);
      if (textModel.bodyDefined) {
        const expected = textModel.text.body.join('\n') + '\n';
        if (plain(shown.body) !== expected) problems.push(`body: screen ${JSON.stringify(plain(shown.body))} model ${JSON.stringify(expected)}`);
      }
      const caret = await app.evaluate(() => {
        const el = document.querySelector('[data-testid="editor-body"]') as HTMLElement & { editor: { state: { selection: { anchor: number; head: number } } } };
        const { anchor, head } = el.editor.state.selection;
        return [anchor, head];
      });
      const bareCaret = await bare.evaluate(() => window.fuzzBare.selection());
      if (problems.length === 0 && (caret[0] !== bareCaret[0] || caret[1] !== bareCaret[1]))
        problems.push(`body selection: screen ${caret.join('→')} bare ${bareCaret.join('→')}`);
      if (errors.length) problems.push(`page errors: ${errors.join('; ')}`);
      if (problems.length) {
        divergences.push(`${where(i, sequence)}\n  ${problems.join('\n  ')}`);
        return { seed, sequences: played, divergences, timing };
      }
    }
    timing.sequences = Date.now() - t0 - timing.open;
    await cdp?.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    divergences.push(...(await afterRun(editor, second, await screen(app), `seed ${seed}`)));
    timing.after = Date.now() - t0 - timing.open - timing.sequences;
    if (errors.length) divergences.push(`seed ${seed}: page errors: ${errors.join('; ')}`);
    return { seed, sequences: played, divergences, timing };
  } finally {
    app.off('pageerror', onError);
    await cdp?.detach().catch(() => {});
  }
}

async function until(check: () => Promise<boolean>, ms = 8_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await sleep(100);
  }
  return check();
}

const same = (a: Record<Field, string>, b: Record<Field, string>) => a.title === b.title && a.sapo === b.sapo && a.body === b.body;

/** The checks after a run: the second window, the saved article, undo back to the start. */
async function afterRun(editor: EditorPage, second: Page, shown: Record<Field, string>, label: string): Promise<string[]> {
  const problems: string[] = [];
  const app = editor.page;
  await editor.waitSaved();
  if (!(await until(async () => same(await screen(second), shown))))
    problems.push(`${label}: the second window shows ${JSON.stringify(await screen(second))}, the first ${JSON.stringify(shown)}`);
  await second.reload();
  await second.getByTestId('editor-body').waitFor();
  if (!(await until(async () => same(await screen(second), shown))))
    problems.push(`${label}: the saved article (reloaded) is ${JSON.stringify(await screen(second))}, the screen ${JSON.stringify(shown)}`);
  // Undo back to the start: every field empty again.
  for (const field of ['body', 'title', 'sapo'] as const) {
    await app.evaluate((name) => {
      const el = document.querySelector(`[data-testid="editor-${name}"]`) as HTMLElement & { editor: { commands: { focus(at: string): void } } };
      el.editor.commands.focus('end');
    }, field);
    await settle(app);
    for (let i = 0; i < 400; i++) {
      const text = await app.evaluate((name) => document.querySelector(`[data-testid="editor-${name}"]`)!.textContent, field);
      if (text === '' && (field !== 'body' || (await app.getByTestId('tb-undo').isDisabled()))) break;
      await app.keyboard.press('Control+z');
    }
  }
  const emptied = await screen(app);
  const empty = (s: Record<Field, string>) => plain(s.title) + plain(s.sapo) + plain(s.body).replace(/\n/g, '') === '\n\n';
  if (!empty(emptied)) problems.push(`${label}: undo back to the start leaves ${JSON.stringify(emptied)}`);
  if (!(await until(async () => empty(await screen(second)))))
    problems.push(`${label}: after undo the second window shows ${JSON.stringify(await screen(second))}`);
  return problems;
}

/** Prepares the app's and the second window's pages (once per page). */
export async function preparePages(pages: Pick<FuzzPages, 'app' | 'second'>): Promise<void> {
  await addPageKit(pages.app);
  await addPageKit(pages.second);
}
