import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { decisions, lastReviewed, pendingReturn, reviewLog } from '../../../common/article/review-log';
import { readReviewed } from '../../../common/article/review-snapshot';
import { ClientDoc, DraftsHarness } from './testing/harness';

let h: DraftsHarness;
afterEach(async () => h?.close());

async function openDoc(id: string): Promise<Y.Doc> {
  const { state } = await h.call('drafts.open', { id });
  return new ClientDoc(state).doc;
}

describe('review decisions', () => {
  it('returning needs a note; each decision is logged with who, when and the note, and the reviewed state is a version', async () => {
    h = new DraftsHarness();
    await h.call('settings.set', { patch: { authorName: 'Lê Văn Duyệt' } });
    const { id } = await h.call('drafts.create', { kind: 'tin' });
    await h.call('drafts.setStatus', { id, status: 'in_review' });
    await expect(h.call('drafts.setStatus', { id, status: 'returned', note: '   ' })).rejects.toMatchObject({
      code: 'REVIEW_NOTE_REQUIRED',
    });
    expect((await h.call('drafts.get', { id })).status).toBe('in_review');

    await h.call('drafts.setStatus', { id, status: 'returned', note: 'Bổ sung số liệu năm 2025.' });
    let doc = await openDoc(id);
    expect(pendingReturn(doc)).toMatchObject({ kind: 'returned', by: 'Lê Văn Duyệt', note: 'Bổ sung số liệu năm 2025.' });
    const returnedVersion = pendingReturn(doc)!.versionId!;
    const versions = await h.call('drafts.versions', { id });
    expect(versions.find((v) => v.id === returnedVersion)).toMatchObject({ kind: 'named', author: 'Lê Văn Duyệt' });
    expect(versions.find((v) => v.id === returnedVersion)!.name).toContain('Trả lại');

    await h.call('drafts.setStatus', { id, status: 'in_review' });
    doc = await openDoc(id);
    expect(pendingReturn(doc)).toBeNull();
    expect(lastReviewed(doc)?.versionId).toBe(returnedVersion);

    await h.call('drafts.setStatus', { id, status: 'approved' });
    doc = await openDoc(id);
    expect(decisions(doc).map((d) => d.kind)).toEqual(['sent', 'returned', 'sent', 'approved']);
    expect(decisions(doc).every((d) => d.at.length > 0 && d.by === 'Lê Văn Duyệt')).toBe(true);
    expect(lastReviewed(doc)!.versionId).not.toBe(returnedVersion);
    // The approved text is kept in the article itself, for a computer without this version.
    expect(readReviewed(doc)).toMatchObject({ kind: 'approved', by: 'Lê Văn Duyệt', at: lastReviewed(doc)!.at, body: '' });
  });

  it('refuses a client update that writes the review log', async () => {
    h = new DraftsHarness();
    const { id } = await h.call('drafts.create', { kind: 'tin' });
    const { state } = await h.call('drafts.open', { id });
    const client = new ClientDoc(state);
    reviewLog(client.doc).push([{ kind: 'approved', by: 'x', role: 'admin', at: '', note: '', versionId: null }]);
    const update = Buffer.from(client.pending.at(-1)!).toString('base64');
    await expect(h.call('drafts.append', { id, update })).rejects.toMatchObject({ code: 'INVALID_UPDATE' });
    expect(decisions(await openDoc(id))).toEqual([]);
  });
});
