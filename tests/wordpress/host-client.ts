import WebSocket from 'ws';
import * as Y from 'yjs';
import type { MethodArgs, MethodName, MethodResult } from '../../common/api/methods';
import { dispatch, type Handlers } from '../../common/api/dispatch';
import { fillArticle, type SampleArticle } from './sample-article';
import { makePng } from './sample-images';

/**
 * A Node client of the browser host's WebSocket, for end-to-end tests that
 * prepare data through the same contract the UI uses (address and token from
 * TOASOAN_HOST_URL).
 */
export interface HostClient {
  call<M extends MethodName>(method: M, args: MethodArgs<M>): Promise<MethodResult<M>>;
  close(): void;
}

/** The same client over services in this process (Vitest tests that open a runtime themselves). */
export function handlersClient(handlers: Handlers): HostClient {
  return {
    async call(method, args) {
      const result = await dispatch(handlers, method, args);
      if (!result.ok) throw Object.assign(new Error(`${method}: ${result.error.code} ${result.error.message}`), result.error);
      return result.value as never;
    },
    close() {},
  };
}

export async function connectHost(hostUrl: string): Promise<HostClient> {
  const url = new URL(hostUrl);
  const token = new URLSearchParams(url.hash.slice(1)).get('token') ?? '';
  const socket = new WebSocket(`ws://${url.host}/ws`);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  let nextId = 1;
  const pending = new Map<number, (frame: { ok: boolean; value?: unknown; error?: { code: string; message: string } }) => void>();
  socket.on('message', (data) => {
    const frame = JSON.parse(String(data)) as { id?: number; ok?: boolean; value?: unknown; error?: { code: string; message: string } };
    if (typeof frame.id === 'number' && typeof frame.ok === 'boolean') pending.get(frame.id)?.(frame as never);
  });
  return {
    call(method, args) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, (frame) => {
          pending.delete(id);
          if (frame.ok) resolve(frame.value as never);
          else reject(Object.assign(new Error(`${method}: ${frame.error?.code} ${frame.error?.message}`), { code: frame.error?.code }));
        });
        socket.send(JSON.stringify({ id, token, method, args }));
      });
    },
    close: () => socket.close(),
  };
}

/**
 * Writes an article the way the editor does: create, store two images,
 * append the Yjs update of the text, then mark it approved (drafts.setStatus).
 */
export async function writeApprovedArticle(
  client: HostClient,
  article: Omit<SampleArticle, 'images' | 'status' | 'featuredImageId'>,
): Promise<{ articleId: string; imageIds: string[] }> {
  const written = await writeArticle(client, article);
  // The board's flow: sent for review, then approved.
  await client.call('drafts.setStatus', { id: written.articleId, status: 'in_review' });
  await client.call('drafts.setStatus', { id: written.articleId, status: 'approved' });
  return written;
}

/** The same article, left as a draft (for tests that take it through review in the UI). */
export async function writeArticle(
  client: HostClient,
  article: Omit<SampleArticle, 'images' | 'status' | 'featuredImageId'>,
): Promise<{ articleId: string; imageIds: string[] }> {
  const summary = await client.call('drafts.create', { kind: 'tin', category: article.category ?? '' });
  const images = await Promise.all([
    client.call('images.put', { articleId: summary.id, original: Buffer.from(makePng(16, 9, [200, 40, 40])).toString('base64'), fileName: 'le-ra-mat.png' }),
    client.call('images.put', { articleId: summary.id, original: Buffer.from(makePng(9, 16, [40, 90, 200])).toString('base64'), fileName: 'phat-bieu.png' }),
  ]);
  const imageIds = images.map((i) => i.imageId);
  await editArticle(client, summary.id, (doc) =>
    fillArticle(doc, {
      ...article,
      images: [
        { imageId: imageIds[0]!, caption: 'Quang cảnh buổi lễ' },
        { imageId: imageIds[1]!, caption: 'Lãnh đạo phát biểu' },
      ],
    }),
  );
  return { articleId: summary.id, imageIds };
}

/** Applies `change` to the article's current document and appends the resulting update. */
export async function editArticle(client: HostClient, articleId: string, change: (doc: Y.Doc) => void): Promise<void> {
  const opened = await client.call('drafts.open', { id: articleId });
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Buffer.from(opened.state, 'base64'));
  const before = Y.encodeStateVector(doc);
  doc.transact(() => change(doc));
  const update = Y.encodeStateAsUpdate(doc, before);
  await client.call('drafts.append', { id: articleId, update: Buffer.from(update).toString('base64') });
  await client.call('drafts.close', { id: articleId });
}
