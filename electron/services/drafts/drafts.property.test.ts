import fc from 'fast-check';
import { afterEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ServiceContext } from '../context';
import { createDraftsDomain, type DraftsDomain } from './drafts.domain';
import { DraftsHarness } from './testing/harness';

type Command =
  | { op: 'create' }
  | { op: 'edit'; article: number; kind: 'paragraph' | 'type' | 'delete' | 'meta'; text: string; at: number }
  | { op: 'compact'; article: number }
  | { op: 'trash'; article: number }
  | { op: 'restore'; article: number }
  | { op: 'version'; article: number }
  | { op: 'restoreVersion'; article: number; version: number }
  | { op: 'reopen' };

const article = fc.nat(4);
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.constant({ op: 'create' as const }),
  { weight: 5, arbitrary: fc.record({
    op: fc.constant('edit' as const),
    article,
    kind: fc.constantFrom('paragraph' as const, 'type' as const, 'type' as const, 'delete' as const, 'meta' as const, 'meta' as const),
    text: fc.string({ unit: fc.constantFrom('a', 'ă', 'Đ', 'ộ', ' ', 'x', 'ủ'), minLength: 1, maxLength: 6 }),
    at: fc.nat(100),
  }) },
  fc.record({ op: fc.constant('compact' as const), article }),
  fc.record({ op: fc.constant('trash' as const), article }),
  fc.record({ op: fc.constant('restore' as const), article }),
  { weight: 2, arbitrary: fc.record({ op: fc.constant('version' as const), article }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('restoreVersion' as const), article, version: fc.nat(10) }) },
  fc.constant({ op: 'reopen' as const }),
);

interface Model {
  id: string;
  doc: Y.Doc;
  trashed: boolean;
  versions: Array<{ id: number; content: string }>;
}

/** What must be equal: every fragment and the meta map. */
function content(doc: Y.Doc): string {
  return JSON.stringify({
    title: doc.getXmlFragment('title').toString(),
    sapo: doc.getXmlFragment('sapo').toString(),
    body: doc.getXmlFragment('body').toString(),
    meta: Object.fromEntries([...doc.getMap('meta').entries()].filter(([k]) => k !== 'status').sort()),
  });
}

function edit(doc: Y.Doc, c: Extract<Command, { op: 'edit' }>): void {
  const body = doc.getXmlFragment('body');
  const last = body.length ? (body.get(body.length - 1) as Y.XmlElement).get(0) : undefined;
  if (c.kind === 'meta') doc.getMap('meta').set('byline', c.text);
  else if (c.kind === 'paragraph' || !(last instanceof Y.XmlText)) {
    const p = new Y.XmlElement('paragraph');
    p.insert(0, [new Y.XmlText(c.text)]);
    body.insert(body.length, [p]);
  } else if (c.kind === 'type') last.insert(c.at % (last.length + 1), c.text);
  else if (last.length > 0) last.delete(c.at % last.length, Math.min(c.text.length, last.length - (c.at % last.length)));
}

let h: DraftsHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

it('random create/append/compact/trash/restore/version/restore-version sequences match an in-memory Yjs document', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(command, { minLength: 5, maxLength: 60 }), async (commands) => {
      h = new DraftsHarness();
      const models: Model[] = [];
      const serviceUpdates: Array<{ id: string; update: string }> = [];
      const ctx: Pick<ServiceContext, 'db' | 'emit' | 'settings'> = {
        db: h.runtime.ctx.db,
        settings: h.runtime.ctx.settings,
        emit: ((name: string, payload: { id: string; update: string; origin: string | null }) => {
          if (name === 'drafts.update' && payload.origin === null) serviceUpdates.push(payload);
        }) as ServiceContext['emit'],
      };
      let domain: DraftsDomain = createDraftsDomain(ctx);
      const d = () => domain.handlers;
      const syncServiceUpdates = () => {
        for (const { id, update } of serviceUpdates.splice(0)) {
          const model = models.find((m) => m.id === id)!;
          Y.applyUpdate(model.doc, Buffer.from(update, 'base64'), 'remote');
        }
      };
      try {
        for (const c of commands) {
          if (c.op === 'create') {
            const { id } = await d()['drafts.create']({ kind: 'tin', category: '' });
            const doc = new Y.Doc();
            Y.applyUpdate(doc, Buffer.from((await d()['drafts.open']({ id })).state, 'base64'));
            models.push({ id, doc, trashed: false, versions: [] });
            continue;
          }
          if (c.op === 'reopen') {
            await domain.close();
            domain = createDraftsDomain(ctx);
            continue;
          }
          const m = models[c.article % Math.max(models.length, 1)];
          if (!m) continue;
          if (c.op === 'edit' && !m.trashed) {
            const updates: Uint8Array[] = [];
            const listen = (u: Uint8Array, origin: unknown) => origin !== 'remote' && updates.push(u);
            m.doc.on('update', listen);
            edit(m.doc, c);
            m.doc.off('update', listen);
            for (const u of updates) await d()['drafts.append']({ id: m.id, update: Buffer.from(u).toString('base64'), origin: 'client' });
          } else if (c.op === 'compact') {
            domain.service.compact(m.id);
          } else if (c.op === 'trash' && !m.trashed) {
            await d()['drafts.trash']({ id: m.id });
            m.trashed = true;
          } else if (c.op === 'restore' && m.trashed) {
            await d()['drafts.restore']({ id: m.id });
            m.trashed = false;
          } else if (c.op === 'version') {
            const v = await d()['drafts.saveVersion']({ id: m.id, name: `v${m.versions.length}` });
            m.versions.push({ id: v.id, content: content(m.doc) });
          } else if (c.op === 'restoreVersion' && !m.trashed && m.versions.length) {
            const target = m.versions[c.version % m.versions.length]!;
            await d()['drafts.restoreVersion']({ id: m.id, versionId: target.id });
            syncServiceUpdates();
            expect(content(m.doc)).toBe(target.content);
          }
        }
        for (const m of models) {
          const stored = new Y.Doc();
          Y.applyUpdate(stored, Buffer.from((await d()['drafts.open']({ id: m.id })).state, 'base64'));
          expect(content(stored)).toBe(content(m.doc));
          expect((await d()['drafts.get']({ id: m.id })).trashedAt !== null).toBe(m.trashed);
        }
      } finally {
        await domain.close();
        await h.close();
        h = undefined;
      }
    }),
    { numRuns: 100 },
  );
}, 240_000);
