/// <reference lib="dom" />
import type { Page } from '@playwright/test';
import { addUser, PASSWORD, removeDir, testHub } from '../hub/hub-harness';
import { HostProcess } from './fixtures/host';
import { test, expect } from './fixtures/test';
import { EditorPage, hostCall } from './pages/editor-page';
import { bodyText } from '../fuzz/two-writers';

/**
 * Issue 24: two people on two desktops (browser hosts) signed in to one hub
 * type into the same empty paragraph at once, before either sees the
 * other's letters (a keystroke takes a few hundred milliseconds through the
 * hub, so in a newsroom this is common). Each creates the paragraph's text:
 * it holds two Yjs texts side by side. Before the fix (y-tiptap-patch.ts,
 * fourth part) the editors merged or rewrote them, copying the other
 * person's letters as their own, so A's undo took back B's words.
 */

/**
 * How many Yjs texts were created in the body's first paragraph (this window's copy), deleted ones
 * included: 2 when both people created its text (upstream y-tiptap then deleted one of them).
 */
function textsCreatedInFirstParagraph(page: Page): Promise<number> {
  return page.evaluate(() => {
    interface Item { right: Item | null; content: { type?: { toDelta?: unknown } } }
    const body = document.querySelector('[data-testid="editor-body"]') as HTMLElement & {
      editor: { state: Record<string, { type: { toArray(): { _start: Item | null }[] } } | undefined> };
    };
    let count = 0;
    for (let item = body.editor.state['y-sync$']!.type.toArray()[0]!._start; item !== null; item = item.right)
      if (typeof item.content.type?.toDelta === 'function') count++;
    return count;
  });
}

async function undoAll(page: Page): Promise<void> {
  await page.getByTestId('editor-body').focus();
  for (let i = 0; i < 100 && !(await page.getByTestId('tb-undo').isDisabled()); i++) await page.keyboard.press('Control+z');
}

test("two desktops type into one paragraph at once through the hub: each person's undo takes back only their own words", async ({ app, host, browser }) => {
  test.setTimeout(300_000); // two hosts and a hub on a shared machine
  const hub = await testHub();
  const other = new HostProcess();
  try {
    await addUser(hub, 'lan', 'editor');
    await addUser(hub, 'hoa', 'editor');
    await other.start();
    await hostCall(host.url, 'hub.login', { url: hub.url, login: 'lan', password: PASSWORD });
    await hostCall(other.url, 'hub.login', { url: hub.url, login: 'hoa', password: PASSWORD });

    const a = app;
    const { editor: editorA, articleId } = await EditorPage.openNew(a, host.url);
    await editorA.title.click();
    await a.keyboard.type('Hai người viết');
    await editorA.waitSaved();
    await expect.poll(() => hostCall(other.url, 'drafts.get', { id: articleId }).then(() => true, () => false), { timeout: 60_000 }).toBe(true);
    const b = await browser.newPage();
    const editorB = new EditorPage(b);
    await editorB.open(other.url, articleId);
    await editorA.body.click();
    await editorB.body.click();

    // Both at once, into the same empty paragraph.
    await Promise.all([a.keyboard.insertText('Khánh '), b.keyboard.insertText('cầu mới ')]);
    await expect.poll(() => bodyText(b), { timeout: 30_000 }).toContain('Khánh ');
    await expect.poll(() => bodyText(a), { timeout: 30_000 }).toContain('cầu mới ');
    // The case this test is about: the paragraph holds each person's text.
    expect(await textsCreatedInFirstParagraph(a)).toBe(2);

    // Each goes on where their caret is, once the other's words have arrived.
    await a.keyboard.insertText('thành ');
    await b.keyboard.insertText('hôm nay ');
    // Both the same, each person's words in one piece (whose come first depends on the Yjs client ids).
    const orders = ['Khánh thành cầu mới hôm nay ', 'cầu mới hôm nay Khánh thành '];
    const converged = async () => {
      const [textA, textB] = [await bodyText(a), await bodyText(b)];
      return textA === textB && orders.includes(textA) ? 'ok' : `A ${JSON.stringify(textA)}, B ${JSON.stringify(textB)}`;
    };
    await expect.poll(converged, { timeout: 30_000 }).toBe('ok');

    // A's undo takes back A's words only, on both desktops.
    await undoAll(a);
    await expect.poll(() => bodyText(b), { timeout: 30_000 }).toBe('cầu mới hôm nay ');
    await expect.poll(() => bodyText(a), { timeout: 30_000 }).toBe('cầu mới hôm nay ');
    // B's undo takes back the rest.
    await undoAll(b);
    await expect.poll(() => bodyText(a), { timeout: 30_000 }).toBe('');
    await expect.poll(() => bodyText(b), { timeout: 30_000 }).toBe('');
    await b.close();
  } finally {
    await other.dispose();
    await hub.close();
    removeDir(hub.dir);
  }
});
