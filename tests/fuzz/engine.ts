/// <reference lib="dom" />
import type { Page } from '@playwright/test';
import { EditorPage, hostCall } from '../e2e/pages/editor-page';
import { addPageKit, mountBare } from './bare';
import { generateArticle, type Action, type Field, type Sequence, type Step } from './generate';
import { TextModel } from './model';
import { installYLog, yLogs } from './two-writers';

export interface FuzzOptions {
  /** Sequences per article. */
  sequences: number;
  /** Actions per sequence (about). */
  length: number;
  /** CPU throttling rate of the app's page (1: none). */
  throttle: number;
  /** The pauses before and after an undo segment's run (ms; default 700). */
  pauseMs?: number;
  /** Reload the second window after the batch and compare the saved article with the screen (default true). */
  reload?: boolean;
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

/**
 * Waits for the page to settle: pending keys taken, `selectionchange` and
 * DOM reads done (tasks queued by now run first). Not frames: the app's page
 * on the loaded, GPU-less machine draws a frame every 0.4-0.8 s (a blank page
 * every 15 ms), and nothing the checks read waits for one.
 */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => setTimeout(() => setTimeout(resolve, 30), 0)));
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
      // A real mouse click, without Playwright's wait for the element to stand still over two
      // frames (the app's page draws one every 0.4-0.8 s on the loaded machine).
      if (tool.click) await page.getByTestId(tool.click).click({ force: true });
      else await page.getByTestId('tb-block').selectOption(tool.select!, { force: true });
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

/** Plays a sequence on the app with its gaps; plain keys of steps marked `wait: false` are sent without waiting. Resolves when the page has taken every key (not settled: see `settle`). */
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
}


/**
 * FUZZ_LOG=1: the app page's keys, input, selection changes, mouse presses and the body's
 * transactions, with times, printed with a divergence (what found 30016's cause).
 */
async function installLog(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { fuzzLog?: string[] };
    if (w.fuzzLog) return;
    const log: string[] = (w.fuzzLog = []);
    const body = document.querySelector('[data-testid="editor-body"]') as HTMLElement & {
      editor: {
        view: { posAtDOM(n: Node, o: number): number; dom: HTMLElement; input: { lastFocus: number } };
        state: { selection: { anchor: number; head: number } };
        on(e: string, f: (p: { transaction: { selectionSet: boolean; docChanged: boolean; selection: { anchor: number; head: number }; meta: Record<string, unknown>; getMeta(k: string): unknown } }) => void): void;
      };
    };
    const ed = body.editor;
    const t = () => performance.now().toFixed(1);
    const dom = () => {
      const s = document.getSelection();
      if (!s?.anchorNode || !ed.view.dom.contains(s.anchorNode)) return 'dom:out';
      try {
        const node = s.focusNode!;
        const where = `${node.nodeName}${node.nodeType === 3 ? JSON.stringify(node.textContent!.slice(0, 14)) : `[${node.childNodes.length}]`}@${s.focusOffset}<${node.parentElement?.tagName}.${node.parentElement?.className}`;
        return `dom:${ed.view.posAtDOM(s.anchorNode, s.anchorOffset)}-${ed.view.posAtDOM(node, s.focusOffset)} ${where}`;
      } catch {
        return 'dom:?';
      }
    };
    const st = () => `st:${ed.state.selection.anchor}-${ed.state.selection.head} lf:${ed.view.input.lastFocus ? Math.round(Date.now() - ed.view.input.lastFocus) : '-'}`;
    for (const type of ['keydown', 'beforeinput', 'input', 'mousedown', 'click', 'focusin', 'focusout']) {
      document.addEventListener(
        type,
        (e) => log.push(`${t()} ${type} ${(e as KeyboardEvent).key ?? (e as InputEvent).inputType ?? ''} ${(e as InputEvent).data ?? ''} ${(e.target as Element)?.getAttribute?.('data-testid') ?? (e.target as Element)?.tagName} ${dom()} ${st()}`),
        true,
      );
    }
    document.addEventListener('selectionchange', () => log.push(`${t()} selectionchange ${dom()} ${st()}`));
    ed.on('transaction', ({ transaction: tr }) =>
      log.push(`${t()} tr sel:${tr.selection.anchor}-${tr.selection.head} set:${tr.selectionSet} doc:${tr.docChanged} meta:${Object.keys((tr as unknown as { meta: object }).meta).join(',')} ${dom()}`),
    );
  });
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
    } else if (where === 'body') {
      ops.push({ do: 'act', action });
    } else if (where === 'sapo' && textModel.field === 'body') {
      ops.push({ do: 'focus', at: 'start' });
    }
  }
  return ops;
}

/** Replays on the bare editor, one action after the other, without timing (its undo steps follow the app's: undo-groups.ts). */
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

type BodyElement = HTMLElement & { editor: Parameters<typeof window.fuzzPage.takeUndoGroups>[0] };

/**
 * One article open in the app and in a second window, played batch after
 * batch: each batch (`play`) is what one article was, on the same article
 * emptied again, so the pages are loaded once (loading is most of the time on
 * a loaded machine).
 */
export class FuzzArticle {
  private constructor(
    private readonly pages: FuzzPages,
    readonly editor: EditorPage,
    private readonly throttle: number,
    private readonly cdp: import('@playwright/test').CDPSession | null,
    /** The app's style sheets and body width, given to every bare editor mounted (lines wrap, and Home/End move, as in the app). */
    private readonly look: { css: string; width: number },
  ) {}

  /** Mounts a new bare editor styled as the app's body; throws if its lines would not be as long as the app's. */
  private static async mountStyledBare(app: Page, bare: Page, look: { css: string; width: number }): Promise<void> {
    await mountBare(bare, 'tiptap-yjs');
    await bare.evaluate(([css, width]) => window.fuzzBare.style(css as string, width as number), [look.css, look.width]);
    // Width, font size and family of the body's text column.
    const box = (selector: string) =>
      `(() => { const el = document.querySelector('${selector}'); const style = getComputedStyle(el); ` +
      'return `${Math.round(el.getBoundingClientRect().width)} px, ${style.fontSize} ${style.fontFamily}`; })()';
    const [inApp, inBare] = [await app.evaluate(box('[data-testid="editor-body"]')), await bare.evaluate(box('#bare .ProseMirror'))];
    if (inApp !== inBare) throw new Error(`the bare editor is not laid out as the app's body: ${String(inBare)}, the app's ${String(inApp)}`);
  }

  /** Creates an article and opens it in the app and the second window; mounts the bare editor. */
  static async open(pages: FuzzPages, throttle: number): Promise<FuzzArticle> {
    const { app, second, bare, hostUrl } = pages;
    const { id } = await hostCall<{ id: string }>(hostUrl, 'drafts.create', { kind: 'tin' });
    const editor = new EditorPage(app);
    await editor.open(hostUrl, id);
    await new EditorPage(second).open(hostUrl, id);
    const look = await app.evaluate(() => ({
      css: Array.from(document.styleSheets)
        .flatMap((sheet) => Array.from(sheet.cssRules).map((rule) => rule.cssText))
        .join('\n'),
      width: document.querySelector('.editor-page')!.getBoundingClientRect().width,
    }));
    await FuzzArticle.mountStyledBare(app, bare, look);
    const cdp = throttle > 1 ? await app.context().newCDPSession(app) : null;
    return new FuzzArticle(pages, editor, throttle, cdp, look);
  }

  async close(): Promise<void> {
    await this.cdp?.detach().catch(() => {});
  }

  /**
   * Empties every field through the editors' API, forgets the undo history
   * (undo back to the start of the next batch must stop at empty fields) and
   * waits for the second window to show it; mounts a new bare editor.
   */
  private async reset(): Promise<void> {
    const { app, second, bare } = this.pages;
    await this.cdp?.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await app.evaluate(() => {
      for (const name of ['title', 'sapo', 'body']) {
        const el = document.querySelector(`[data-testid="editor-${name}"]`) as HTMLElement & {
          editor: { commands: { setContent(content: string): void }; state: { plugins: ReadonlyArray<{ key: string; getState(s: unknown): unknown }> } };
        };
        if (el.textContent !== '' || el.querySelectorAll('p, h2, h3, h4, li').length > 1) el.editor.commands.setContent('');
        const undo = el.editor.state.plugins.find((p) => p.key.startsWith('y-undo$'))?.getState(el.editor.state) as { undoManager: { clear(): void } };
        undo.undoManager.clear();
      }
    });
    const empty = { title: '<p></p>', sapo: '<p></p>', body: '<p></p>' };
    if (!(await until(async () => same(await screen(second), empty) && same(await screen(app), empty))))
      throw new Error(`the article did not empty: ${JSON.stringify(await screen(app))} / second window ${JSON.stringify(await screen(second))}`);
    // Styled again: a bare editor without the app's style sheets and width wrapped no line where the app's
    // narrow body did, and Home went elsewhere (seed 2101, sequence 12, after batch 2100).
    await FuzzArticle.mountStyledBare(app, bare, this.look);
  }

  /**
   * One batch: `options.sequences` generated sequences played on the app
   * (timed, bursts unawaited, CPU throttled if asked), each checked against
   * the text model and the bare editor; then the second window, the saved
   * article (reloaded, if `options.reload`) and undo back to the start.
   */
  async play(seed: number, options: FuzzOptions, first = false): Promise<ArticleOutcome> {
    const { app, second, bare } = this.pages;
    const editor = this.editor;
    const t0 = Date.now();
    const timing = { open: 0, sequences: 0, after: 0 };
    const sequences = generateArticle(seed, options);
    const divergences: string[] = [];
    const errors: string[] = [];
    const onError = (error: Error) => errors.push((error.stack ?? String(error)).split('\n').slice(0, 8).join('\n    '));
    app.on('pageerror', onError);
    if (!first) await this.reset();
    const textModel = new TextModel();
    await editor.body.click();
    if (process.env.FUZZ_LOG) await installLog(app);
    if (process.env.FUZZ_LOG) await installYLog(second, 'second');
    await bare.evaluate(() => window.fuzzBare.focus('start'));
    const bodyUndo = () => app.evaluate(() => window.fuzzPage.takeUndoGroups((document.querySelector('[data-testid="editor-body"]') as BodyElement).editor));
    await bodyUndo(); // starts noting the app's undo steps
    await this.cdp?.send('Emulation.setCPUThrottlingRate', { rate: this.throttle });
    timing.open = Date.now() - t0;

    const where = (i: number, seq: Sequence) =>
      `seed ${seed}, sequence ${i} (replay: npm run fuzz:editor -- --seed ${seed} --runs ${i + 1} --per-article ${options.sequences} --length ${options.length}${options.pauseMs !== undefined ? ` --pause ${options.pauseMs}` : ''}${this.throttle > 1 ? ` --throttle ${this.throttle}` : ''})\n  ${seq.map((s: Step) => `${JSON.stringify(s.action)}${s.wait ? '' : ' (no wait)'}${s.gap ? ` +${s.gap}ms` : ''}`).join('\n  ')}`;

    let before = await screen(app);
    /**
     * Sequence i is checked while sequence i + 1 plays on the app: the app's
     * screen, selection and undo steps are read right after i, the bare
     * editor replays i meanwhile (it needs the app's undo steps of i, so it
     * cannot run alongside i itself).
     */
    type Check = { i: number; report: string | null };
    const check = async (i: number, sequence: Sequence): Promise<() => Promise<Check>> => {
      // Settled, then everything read at once (one round trip): the screen, the body's selection, the undo steps.
      const { shown, caret, steps } = await app.evaluate(async () => {
        await new Promise((resolve) => setTimeout(() => setTimeout(resolve, 30), 0)); // as settle()
        const shape = (f: string) => window.fuzzPage.shapeOf(document.querySelector(`[data-testid="editor-${f}"]`)!);
        const body = document.querySelector('[data-testid="editor-body"]') as HTMLElement & {
          editor: Parameters<typeof window.fuzzPage.takeUndoGroups>[0] & { state: { selection: { anchor: number; head: number } } };
        };
        const { anchor, head } = body.editor.state.selection;
        return {
          shown: { title: shape('title'), sapo: shape('sapo'), body: shape('body') },
          caret: [anchor, head],
          steps: window.fuzzPage.takeUndoGroups(body.editor),
        };
      });
      const ops = model(textModel, sequence);
      const problems: string[] = [];
      const expectTitle = `<p>${textModel.text.title[0]}</p>`;
      const expectSapo = `<p>${textModel.text.sapo[0]}</p>`;
      if (shown.title !== expectTitle) problems.push(`title: screen ${shown.title} model ${expectTitle}`);
      if (shown.sapo !== expectSapo) problems.push(`sapo: screen ${shown.sapo} model ${expectSapo}`);
      if (textModel.bodyDefined) {
        const expected = textModel.text.body.join('\n') + '\n';
        if (plain(shown.body) !== expected) problems.push(`body: screen ${JSON.stringify(plain(shown.body))} model ${JSON.stringify(expected)}`);
      }
      // The body's selection counts only while the caret is in the body: a key's selection not yet read
      // (selectionchange is asynchronous) when the caret moves to another field is never used (the
      // body is entered again at its start or end).
      const inBody = textModel.field === 'body';
      const shownBefore = before;
      before = shown;
      if (errors.length) problems.push(`page errors: ${errors.join('; ')}`);
      let bareGroups: string[] = [];
      const report = () => {
        const groups = steps.map((s) => (s.added ? 'new' : 'join')).join(' ');
        return (
          `${where(i, sequence)}\n  before: ${shownBefore.body}\n  app's undo steps: ${groups || '(no change)'}\n` +
          `  bare's undo steps (by the app's step): ${bareGroups.join(', ') || '(no change)'}\n  ${problems.join('\n  ')}`
        );
      };
      // The bare editor's part, started once the previous sequence's is done.
      return async () => {
        await bare.evaluate((s) => window.fuzzBare.follow(s), steps);
        await replayBare(bare, ops);
        bareGroups = await bare.evaluate(() => window.fuzzBare.follow([]));
        const bareShape = await bare.evaluate(() => window.fuzzPage.shapeOf(document.querySelector('#bare .ProseMirror') ?? document.querySelector('#bare')!));
        if (shown.body !== bareShape) problems.push(`body: screen ${shown.body}\n        bare  ${bareShape}`);
        const bareCaret = await bare.evaluate(() => window.fuzzBare.selection());
        if (problems.length === 0 && inBody && (caret[0] !== bareCaret[0] || caret[1] !== bareCaret[1]))
          problems.push(`body selection: screen ${caret.join('→')} bare ${bareCaret.join('→')}`);
        return { i, report: problems.length ? report() : null };
      };
    };

    try {
      // Sequence i's screen, selection and undo steps are read right after it; its bare editor
      // replays it while sequence i + 1 plays on the app (the bare editor needs the app's undo
      // steps of i, so it cannot run alongside i itself).
      let checking: Promise<Check> = Promise.resolve({ i: -1, report: null });
      for (const [i, sequence] of sequences.entries()) {
        if (process.env.FUZZ_LOG) await app.evaluate((n) => (window as unknown as { fuzzLog: string[] }).fuzzLog.push(`--- sequence ${n}`), i);
        const playing = play(app, sequence);
        await Promise.all([playing, checking.catch(() => null)]);
        const previous = await checking;
        if (previous.report) {
          if (process.env.FUZZ_LOG) {
            const log = await app.evaluate(() => (window as unknown as { fuzzLog: string[] }).fuzzLog);
            const from = log.lastIndexOf(`--- sequence ${previous.i}`);
            console.log(log.slice(from, log.indexOf(`--- sequence ${previous.i + 1}`, from) + 1 || undefined).join('\n'));
          }
          divergences.push(previous.report);
          return { seed, sequences: previous.i + 1, divergences, timing };
        }
        // The app's part of the check (its screen) is read before the next sequence plays.
        const bareCheck = await check(i, sequence);
        checking = bareCheck();
      }
      const last = await checking;
      if (last.report) {
        divergences.push(last.report);
        return { seed, sequences: last.i + 1, divergences, timing };
      }
      timing.sequences = Date.now() - t0 - timing.open;
      await this.cdp?.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      divergences.push(...(await afterRun(editor, second, await screen(app), `seed ${seed}`, options.reload ?? true)));
      timing.after = Date.now() - t0 - timing.open - timing.sequences;
      if (errors.length) divergences.push(`seed ${seed}: page errors: ${errors.join('; ')}`);
      return { seed, sequences: sequences.length, divergences, timing };
    } finally {
      app.off('pageerror', onError);
    }
  }
}

/** One article: opens it, plays one batch (see FuzzArticle.play). */
export async function fuzzArticle(pages: FuzzPages, seed: number, options: FuzzOptions): Promise<ArticleOutcome> {
  const t0 = Date.now();
  const article = await FuzzArticle.open(pages, options.throttle);
  const open = Date.now() - t0;
  try {
    const outcome = await article.play(seed, options, true);
    outcome.timing.open += open;
    return outcome;
  } finally {
    await article.close();
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
async function afterRun(editor: EditorPage, second: Page, shown: Record<Field, string>, label: string, reload: boolean): Promise<string[]> {
  const problems: string[] = [];
  const app = editor.page;
  await editor.waitSaved();
  if (!(await until(async () => same(await screen(second), shown)))) {
    problems.push(`${label}: the second window shows ${JSON.stringify(await screen(second))}, the first ${JSON.stringify(shown)}`);
    // FUZZ_LOG=1: the second window's Yjs transactions (does its ProseMirror text follow its Yjs text?) and both
    // windows' body items (do their Yjs documents differ?), before the reload below replaces the second window.
    if (process.env.FUZZ_LOG) {
      const items = (p: Page) =>
        p.evaluate(() => {
          const ed = (document.querySelector('[data-testid="editor-body"]') as unknown as { editor: { state: { plugins: Array<{ key: string; getState(s: unknown): unknown }> } } }).editor;
          const sync = ed.state.plugins.find((q) => q.key.startsWith('y-sync$'))!;
          return window.fuzzPage.yItemsListing((sync.getState(ed.state) as { type: Parameters<typeof window.fuzzPage.yItemsListing>[0] }).type);
        });
      console.log(`${label}: the second window's Yjs log\n${(await yLogs(second)).join('\n')}`);
      console.log(`${label}: the body's Yjs items, first window\n${await items(app)}\nsecond window\n${await items(second)}`);
    }
  }
  if (reload) {
    await second.reload();
    await second.getByTestId('editor-body').waitFor();
    if (!(await until(async () => same(await screen(second), shown))))
      problems.push(`${label}: the saved article (reloaded) is ${JSON.stringify(await screen(second))}, the screen ${JSON.stringify(shown)}`);
  }
  // Undo back to the start: every field empty again. Ctrl+Z is pressed as many times as the field has
  // undo steps, without waiting between presses (one press takes one step or more; a press past the
  // start changes nothing), until none is left.
  let presses = 0;
  const stepsLeft = (name: Field) =>
    app.evaluate((n) => {
      const el = document.querySelector(`[data-testid="editor-${n}"]`) as HTMLElement & { editor: { state: { plugins: Array<{ key: string; getState(s: unknown): unknown }> } } };
      const state = el.editor.state.plugins.find((p) => p.key.startsWith('y-undo$'))!.getState(el.editor.state) as { undoManager: { undoStack: unknown[] } };
      return state.undoManager.undoStack.length;
    }, name);
  for (const field of ['body', 'title', 'sapo'] as const) {
    await app.evaluate((name) => {
      const el = document.querySelector(`[data-testid="editor-${name}"]`) as HTMLElement & { editor: { commands: { focus(at: string): void } } };
      el.editor.commands.focus('end');
    }, field);
    await settle(app);
    for (let round = 0; round < 50; round++) {
      const left = await stepsLeft(field);
      if (left === 0) break;
      await Promise.all(Array.from({ length: left }, () => app.keyboard.press('Control+z')));
      presses += left;
      await settle(app);
    }
  }
  const emptied = await screen(app);
  const empty = (s: Record<Field, string>) => plain(s.title) + plain(s.sapo) + plain(s.body).replace(/\n/g, '') === '\n\n';
  if (!empty(emptied)) {
    const left = await stepsLeft('body');
    problems.push(`${label}: undo back to the start (${presses} Ctrl+Z, ${left} body undo steps left) leaves ${JSON.stringify(emptied)}`);
  }
  if (!(await until(async () => empty(await screen(second)))))
    problems.push(`${label}: after undo the second window shows ${JSON.stringify(await screen(second))}`);
  return problems;
}

/** Prepares the app's and the second window's pages (once per page). */
export async function preparePages(pages: Pick<FuzzPages, 'app' | 'second'>): Promise<void> {
  await addPageKit(pages.app);
  await addPageKit(pages.second);
}
