/**
 * Issue 19: the review notifications re-read (drafts.open + decode) every
 * article changed, 1.5 s after the last save, also the article being typed
 * in. Counted, not timed: the `drafts.open` calls the window sends for the
 * open article, while its body is typed in and while another article's
 * change makes the notifications check run; then a comment by someone else
 * in the open article still gives a notice, read from the live document.
 */
import * as Y from 'yjs';
import { addThread } from '../../common/article/review-comments';
import { test, expect } from './fixtures/test';
import { EditorPage, hostCall } from './pages/editor-page';

test('typing in the body does not re-read the open article; another person’s comment on it still gives a notice', async ({ app, host }) => {
  test.setTimeout(120_000);
  // Every drafts.open the window sends, by article id, from the page's start.
  const opened: string[] = [];
  app.on('websocket', (ws) =>
    ws.on('framesent', (frame) => {
      if (typeof frame.payload !== 'string') return;
      const message = JSON.parse(frame.payload) as { method?: string; args?: { id?: string } };
      if (message.method === 'drafts.open' && message.args?.id) opened.push(message.args.id);
    }),
  );
  const { editor, articleId } = await EditorPage.openNew(app, host.url);
  await editor.body.click();
  await app.keyboard.type('Mưa lớn kéo dài');
  await editor.waitSaved();
  // Read twice so far: by the editor opening it and by the notifications'
  // first look at every article (what exists at start is not news).
  await expect.poll(() => opened.filter((id) => id === articleId).length, { timeout: 30_000 }).toBe(2);
  const before = opened.filter((id) => id === articleId).length;

  // Typing, with pauses: each pause saves (drafts.changed for the open article).
  for (const words of [' ở các tỉnh miền Trung', ', nước sông lên nhanh.', ' Nhiều xã bị cô lập.']) {
    await app.keyboard.type(words);
    await editor.waitSaved();
  }
  // Another article changes: the notifications check runs (it reads that
  // article), and before this change the typed article was read with it.
  const other = await hostCall<{ id: string }>(host.url, 'drafts.create', { kind: 'tin' });
  await expect.poll(() => opened.includes(other.id), { timeout: 30_000 }).toBe(true);
  expect(opened.filter((id) => id === articleId).length).toBe(before);

  // Someone else comments on the open article (committed by the service, as a hub would).
  const stored = Buffer.from((await hostCall<{ state: string }>(host.url, 'drafts.open', { id: articleId })).state, 'base64');
  const theirs = new Y.Doc();
  Y.applyUpdate(theirs, stored);
  const vector = Y.encodeStateVector(theirs);
  addThread(theirs, {
    start: null,
    end: null,
    quote: 'Mưa lớn',
    text: 'Ghi rõ tỉnh nào',
    by: { authorId: 'hub:9', author: 'Trần Biên Tập', role: 'editor' },
    at: new Date().toISOString(),
  });
  const update = Buffer.from(Y.encodeStateAsUpdate(theirs, vector)).toString('base64');
  await hostCall(host.url, 'drafts.append', { id: articleId, update, origin: 'another-desk' });
  await expect(app.getByTestId('nav-review-unread')).toHaveText('1', { timeout: 30_000 });
  // Read from the live document: still no drafts.open for the open article.
  expect(opened.filter((id) => id === articleId).length).toBe(before);
  await app.getByTestId('nav-review').click();
  await expect(app.getByTestId('review-notices')).toContainText('Trần Biên Tập');
});
