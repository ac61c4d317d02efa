/**
 * Issue 19: while someone types, the window reports its caret to the sync
 * service every 150 ms (hub.presence) and draws other people's carets from
 * each answer. Redrawing is a transaction, so a whole view update (plugins,
 * y-tiptap's sync, the DOM) in the middle of typing, and the answer is
 * nearly always the same people (mostly nobody). Counted, not timed: the
 * caret reports the window sends (its WebSocket frames) and the transactions
 * that redraw the carets (TipTap's transaction event, by the plugin's meta).
 */
import { test, expect } from './fixtures/test';
import { EditorPage } from './pages/editor-page';

test('typing alone in an article redraws no remote caret on the presence answers', async ({ app, host }) => {
  test.setTimeout(120_000);
  let reports = 0;
  app.on('websocket', (ws) =>
    ws.on('framesent', (frame) => {
      if (typeof frame.payload !== 'string') return;
      const message = JSON.parse(frame.payload) as { method?: string; args?: { cursor?: unknown } };
      if (message.method === 'hub.presence' && message.args?.cursor) reports += 1;
    }),
  );
  const { editor } = await EditorPage.openNew(app, host.url);
  await editor.body.click();
  await app.keyboard.type('Mưa'); // the first report's answer, before counting
  await editor.waitSaved();

  // Count the transactions that carry the remote-caret plugin's meta (PluginKey 'remoteCursors').
  await editor.body.evaluate((el) => {
    const dom = (el.matches('.ProseMirror') ? el : el.querySelector('.ProseMirror')) as HTMLElement & {
      editor: { on: (event: 'transaction', fn: (props: { transaction: { getMeta: (key: string) => unknown } }) => void) => void };
    };
    const counter = { redraws: 0 };
    (window as unknown as { __remoteCaretRedraws: typeof counter }).__remoteCaretRedraws = counter;
    dom.editor.on('transaction', ({ transaction }) => {
      if (transaction.getMeta('remoteCursors$')) counter.redraws += 1;
    });
  });
  const reportsBefore = reports;
  // About 2.4 s of typing, with the caret moving on every key: a report every 150 ms.
  await app.keyboard.type(' lớn kéo dài ở các tỉnh miền Trung, nước sông lên nhanh.', { delay: 40 });
  await editor.waitSaved();
  await expect.poll(() => reports - reportsBefore, { timeout: 10_000 }).toBeGreaterThanOrEqual(5);
  const redraws = await app.evaluate(() => (window as unknown as { __remoteCaretRedraws: { redraws: number } }).__remoteCaretRedraws.redraws);
  // Before the change every answer redrew: as many redraws as answers (>= 5); now none.
  expect(redraws).toBe(0);
  await expect(app.getByTestId('remote-caret')).toHaveCount(0);
});
