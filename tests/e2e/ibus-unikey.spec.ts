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

  desktop.type('xin chaof banj');
  // Select "bạn" (Shift+Ctrl+Left) and type a new syllable over it.
  desktop.key('ctrl+shift+Left');
  desktop.type('ddaay ');
  await expect.poll(() => paragraphs(editor)).toEqual(['tiến Việt xin chào đây ']);
  await editor.waitSaved();
  await page.close();
});
