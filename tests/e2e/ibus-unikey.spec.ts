import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from './fixtures/chromium';
import { IbusDesktop, ibusAvailable } from './fixtures/ibus';
import { expect, test } from './fixtures/test';
import { EditorPage } from './pages/editor-page';

/**
 * The real Vietnamese input method, not a simulation of it: ibus-unikey
 * (Telex) on an X server, keys sent through X, the editor in a visible
 * Chromium that talks to ibus through GTK. Unikey composes in a preedit, so
 * the editor sees composition events, as on a user's Linux desktop.
 */
const available = ibusAvailable();
// CI installs ibus, ibus-unikey, ibus-gtk3, Xvfb and xdotool (.ci/run): there a missing piece is a failure.
test.skip(!available && !process.env.CI, 'needs Xvfb, ibus, ibus-unikey, ibus-gtk3 and xdotool (installed by .ci/run)');

let desktop: IbusDesktop;
let browser: Browser;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  desktop = new IbusDesktop();
  await desktop.start();
  const options = chromiumLaunchOptions();
  browser = await chromium.launch({
    ...options,
    headless: false,
    args: [...(options.args ?? []), '--ozone-platform=x11'],
    env: { ...process.env, ...desktop.env } as Record<string, string>,
  });
});

test.afterAll(async () => {
  await browser?.close();
  desktop?.stop();
});

async function openEditor(hostUrl: string): Promise<{ page: Page; editor: EditorPage; articleId: string }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const { editor, articleId } = await EditorPage.openNew(page, hostUrl);
  desktop.focusBrowser();
  return { page, editor, articleId };
}

const paragraphs = (editor: EditorPage) => editor.body.locator('p').allInnerTexts();

/**
 * Starts noting, in the page, the body's key, composition and input events,
 * `selectionchange` and the editor's transactions, each with the page's and
 * the editor's selection: printed when a check fails, to tell the order the
 * input method and the page took things in (docs/input-fuzzer.md, "In npm
 * test": how the selection-replace check failed once in CI).
 */
async function recordInput(page: Page): Promise<() => Promise<string>> {
  await page.evaluate(() => {
    const log: string[] = [];
    (window as unknown as { inputLog: string[] }).inputLog = log;
    const t0 = performance.now();
    const editor = (document.querySelector('[data-testid="editor-body"]') as HTMLElement & {
      editor: { state: { selection: { from: number; to: number }; doc: { textContent: string } }; view: { composing: boolean }; on(event: string, f: (p: { transaction: { docChanged: boolean; selectionSet: boolean } }) => void): void };
    }).editor;
    const where = () => {
      const s = document.getSelection();
      const { from, to } = editor.state.selection;
      return `page ${s?.anchorOffset}-${s?.focusOffset} in ${JSON.stringify(s?.anchorNode?.textContent ?? '')}, editor ${from}-${to}${editor.view.composing ? ', composing' : ''}`;
    };
    const note = (what: string) => log.push(`${Math.round(performance.now() - t0)} ms ${what} | ${where()}`);
    for (const type of ['keydown', 'keyup', 'compositionstart', 'compositionupdate', 'compositionend', 'beforeinput']) {
      document.addEventListener(
        type,
        (e) => {
          const ev = e as KeyboardEvent & InputEvent & CompositionEvent;
          note(`${type}${ev.key !== undefined ? ` ${ev.key} (${ev.keyCode})` : ''}${ev.data != null ? ` ${JSON.stringify(ev.data)}` : ''}${ev.inputType ? ` ${ev.inputType}` : ''}${ev.isComposing ? ' isComposing' : ''}`);
        },
        true,
      );
    }
    document.addEventListener('selectionchange', () => note('selectionchange'));
    editor.on('transaction', ({ transaction }) =>
      note(`transaction${transaction.docChanged ? ' doc' : ''}${transaction.selectionSet ? ' selection' : ''} ${JSON.stringify(editor.state.doc.textContent)}`),
    );
  });
  return async () => (await page.evaluate(() => (window as unknown as { inputLog: string[] }).inputLog)).join('\n');
}

test('Telex through ibus-unikey: title and body, composition across Enter, saved as shown', async ({ host }) => {
  test.setTimeout(180_000);
  const { page, editor, articleId } = await openEditor(host.url);
  await editor.title.click();
  desktop.type('Tieeu ddeef ');
  await expect(editor.title).toHaveText('Tiêu đề');

  await editor.body.click();
  // No space before Enter: Unikey still holds "nghị" in its preedit when Enter comes.
  desktop.type('Hooji nghij');
  desktop.key('Return');
  desktop.type('ddaij bieeru ');
  await expect.poll(() => paragraphs(editor)).toEqual(['Hội nghị', 'đại biểu ']);

  await editor.waitSaved();
  await editor.open(host.url, articleId);
  await expect(editor.title).toHaveText('Tiêu đề');
  await expect.poll(() => paragraphs(editor)).toEqual(['Hội nghị', 'đại biểu ']);
  await page.close();
});

test('ibus-unikey: Backspace inside a composed syllable, and a selection replaced by a composed syllable', async ({ host }) => {
  test.setTimeout(180_000);
  const { page, editor } = await openEditor(host.url);
  await editor.body.click();
  desktop.type('tieesng');
  desktop.key('BackSpace');
  desktop.type(' Vieejt ');
  await expect.poll(() => paragraphs(editor)).toEqual(['tiến Việt ']);

  const inputLog = await recordInput(page);
  desktop.type('xin chaof banj');
  // Select "bạn" (Shift+Ctrl+Left) and type a new syllable over it.
  desktop.key('ctrl+shift+Left');
  // The syllable once the page shows the selection (the editor need not have read it yet: that case
  // is the app's). Typed 40 ms after the chord, ibus and Chromium at times gave the page the new
  // syllable's composition before the ArrowLeft (seen under 6x CPU throttling: keydown Control,
  // Shift, compositionstart, then ArrowLeft while composing), and the syllable went in after "bạn":
  // the failure of the CI run.
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe('bạn');
  desktop.type('ddaay ');
  try {
    await expect.poll(() => paragraphs(editor)).toEqual(['tiến Việt xin chào đây ']);
  } catch (error) {
    console.log(`the body's input events:\n${await inputLog()}`);
    throw error;
  }
  await editor.waitSaved();
  await page.close();
});
