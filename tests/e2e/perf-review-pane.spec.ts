/**
 * Issue 13's typing budget: a long review (200 threads) fills the pane just as
 * the reader starts typing after opening the article. The cards must arrive a
 * slice per task, never all 200 in one commit that holds the first keys.
 * Counted, not timed: a MutationObserver counts the cards added to the pane per
 * delivery (one per React commit).
 */
import * as Y from 'yjs';
import { addThread, anchorInText } from '../../common/article/review-comments';
import { test, expect } from './fixtures/test';
import { EditorPage, hostCall } from './pages/editor-page';
import { ReviewPage } from './pages/review-page';

const THREADS = 200;
/** ReviewPane's CARDS_PER_TASK. */
const CARDS_PER_TASK = 40;

function reviewedArticle(seeded: Uint8Array): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, seeded);
  const body = doc.getXmlFragment('body');
  doc.transact(() => {
    body.delete(0, body.length);
    for (let i = 0; i < THREADS; i++) {
      const p = new Y.XmlElement('paragraph');
      body.insert(i, [p]);
      const text = new Y.XmlText();
      p.insert(0, [text]);
      text.insert(0, `Đoạn ${i + 1}: hội nghị tổng kết công tác kinh tế nông thôn mới.`);
    }
  });
  const by = { authorId: 'r', author: 'Ban biên tập', role: 'reviewer' };
  (body.toArray() as Y.XmlElement[]).forEach((p, i) => {
    const text = p.get(0) as Y.XmlText;
    addThread(doc, { ...anchorInText(text, 0, 8), quote: text.toString().slice(0, 8), text: `Góp ý ${i + 1}`, by, at: new Date(0).toISOString() });
  });
  return Y.encodeStateAsUpdate(doc);
}

test('a 200-thread review fills the pane a slice of cards per task, and all of them arrive', async ({ app, host }) => {
  test.setTimeout(180_000);
  const created = await hostCall<{ id: string }>(host.url, 'drafts.create', { kind: 'bai' });
  const seeded = Buffer.from((await hostCall<{ state: string }>(host.url, 'drafts.open', { id: created.id })).state, 'base64');
  await hostCall(host.url, 'drafts.append', { id: created.id, update: Buffer.from(reviewedArticle(seeded)).toString('base64') });

  // From the page's start: the largest number of cards added to the pane in one delivery.
  await app.addInitScript(() => {
    const w = window as unknown as { __cards: { deliveries: number; max: number } };
    w.__cards = { deliveries: 0, max: 0 };
    new MutationObserver((records) => {
      let added = 0;
      for (const r of records) {
        if (!(r.target instanceof Element) || r.target.getAttribute('data-testid') !== 'review-threads') continue;
        for (const n of Array.from(r.addedNodes)) if (n instanceof Element && n.getAttribute('data-testid') === 'review-thread') added += 1;
      }
      if (added === 0) return;
      w.__cards.deliveries += 1;
      w.__cards.max = Math.max(w.__cards.max, added);
    }).observe(document, { childList: true, subtree: true });
  });
  const editor = new EditorPage(app);
  await editor.open(host.url, created.id);
  const review = new ReviewPage(app);
  await expect(review.threads).toHaveCount(THREADS, { timeout: 60_000 });
  const cards = await app.evaluate(() => (window as unknown as { __cards: { deliveries: number; max: number } }).__cards);
  expect(cards.max, JSON.stringify(cards)).toBeGreaterThan(0);
  expect(cards.max, JSON.stringify(cards)).toBeLessThanOrEqual(CARDS_PER_TASK);
  expect(cards.deliveries).toBeGreaterThanOrEqual(THREADS / CARDS_PER_TASK);

  // The passage of the last thread, clicked: its card is there and marked.
  await app.locator('.comment-mark', { hasText: 'Đoạn 200' }).click();
  await expect(review.thread('Đoạn 200')).toHaveAttribute('aria-current', 'true');
});
