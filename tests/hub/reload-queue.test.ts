import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { ClientDoc, DraftsHarness } from '../../electron/services/drafts/testing/harness';

const open: DraftsHarness[] = [];
afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
});

/**
 * The two-hub test's INVALID_UPDATE under load: the drafts service dropped
 * its in-memory document (a refused update; the sync's recovery path) and
 * reloaded it from the database in the same turn of the event loop, while
 * an edit it had already accepted still waited in the append queue. The
 * reloaded document never got that edit, though the database, the other
 * windows and the editor did: the editor's next keystroke, built on it, was
 * refused as depending on changes the article did not have.
 */
describe('an article reloaded while edits wait to be committed', () => {
  it('keeps the waiting edits: the next edit built on them is accepted', async () => {
    const h = new DraftsHarness();
    open.push(h);
    const { id } = await h.call('drafts.create', { kind: 'tin' });
    const state = (await h.call('drafts.open', { id })).state;
    const editor = new ClientDoc(state);
    editor.type('body', 'Mưa lớn');
    const [accepted] = editor.take();
    // An update built on a change the service never saw: refused, and the document is dropped.
    const stranger = new ClientDoc(state);
    stranger.type('body', 'x');
    stranger.take();
    stranger.type('body', 'y');
    const [orphan] = stranger.take();
    // Another window's edit of the title, independent of both: reloads the document.
    const other = new ClientDoc(state);
    other.type('title', 'Tin thời tiết');
    const [title] = other.take();
    // All three in one burst, as a busy service receives them.
    const results = await Promise.allSettled([
      h.call('drafts.append', { id, update: accepted! }),
      h.call('drafts.append', { id, update: orphan! }),
      h.call('drafts.append', { id, update: title! }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    // The editor saw its edit acknowledged and keeps typing after it.
    editor.type('body', ' kéo dài');
    const [next] = editor.take();
    await h.call('drafts.append', { id, update: next! });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Buffer.from((await h.call('drafts.open', { id })).state, 'base64'));
    expect(doc.getXmlFragment('body').toString()).toContain('Mưa lớn kéo dài');
  });
});
