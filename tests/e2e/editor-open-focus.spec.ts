/// <reference lib="dom" />
import { test, expect } from './fixtures/test';
import { EditorPage, hostCall } from './pages/editor-page';

/**
 * Issue 24 (two writers, runs of text "missing" from the body): a new
 * article puts the caret in the title when it opens. With TipTap's focus
 * command that focus came on the next animation frame, and the browser
 * host's windows got their frames about a second late while two of them
 * were busy (measured in the fuzzer's log: 968 and 969 ms from a
 * requestAnimationFrame to its callback). A writer who had clicked into the
 * body and started typing meanwhile had the caret taken to the title, and
 * the rest of their typing went there (and, after Enter, into the sapo).
 * Here the window's frames are made that late on purpose (every animation
 * frame callback waits LATE_FRAME_MS first), so the case does not depend on
 * the machine's load.
 */
const LATE_FRAME_MS = 1500;

test('a new article: typing started in the body before the next frame stays in the body', async ({ app, host }) => {
  await app.addInitScript((late) => {
    const frame = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) => window.setTimeout(() => frame(callback), late);
  }, LATE_FRAME_MS);
  const { id } = await hostCall<{ id: string }>(host.url, 'drafts.create', { kind: 'tin' });
  const editor = new EditorPage(app);
  await editor.open(host.url, id);
  // The person clicks into the body as soon as it shows, and types.
  await editor.body.click();
  await app.keyboard.type('Một hai ');
  // A frame asked for now runs after every frame asked for before it (the opening focus's, if any).
  await app.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
  await app.keyboard.type('ba bốn');
  await expect(editor.body).toBeFocused();
  await expect(editor.body).toHaveText('Một hai ba bốn');
  await expect(app.getByTestId('editor-title')).toHaveText('');
});
