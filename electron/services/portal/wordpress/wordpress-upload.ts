/**
 * Streams a big file (a video) to the WordPress media library as a
 * multipart/form-data upload, the way the block editor sends one: PHP writes
 * such a file to a temporary file as it arrives, and here the file is read
 * from disk in small chunks as the socket takes them, so neither side holds
 * it in memory. Progress is reported by bytes handed to the socket.
 */
import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Readable } from 'node:stream';
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { ServiceError } from '../../../../common/api/errors';
import { networkFailure, parseJson, restUrl, statusFailure, type HttpFailure, type WordPressConnection } from './wordpress-http';

export interface StreamUpload {
  query: Record<string, string | number>;
  fileName: string;
  mimeType: string;
  size: number;
  open(): Readable;
  onProgress?(sent: number, total: number): void;
  signal?: AbortSignal;
  /** Without any byte moving either way for this long, the upload is given up. */
  idleTimeoutMs: number;
}

export async function wpStreamUpload<S extends z.ZodType>(
  connection: WordPressConnection,
  route: string,
  schema: S,
  upload: StreamUpload,
): Promise<z.output<S>> {
  const target = new URL(restUrl(connection.url, route, upload.query));
  const boundary = `----toasoan${randomBytes(12).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${upload.fileName}"\r\n` +
      `Content-Type: ${upload.mimeType}\r\n\r\n`,
    'utf8',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8');
  const what = `POST ${route} (${upload.size} bytes)`;
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;

  const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
    let settled = false;
    let file: Readable | null = null;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      file?.destroy();
      req.destroy();
      reject(error);
    };
    const req: ClientRequest = send(target, {
      method: 'POST',
      headers: {
        accept: 'application/json',
        authorization: 'Basic ' + Buffer.from(`${connection.username}:${connection.applicationPassword}`, 'utf8').toString('base64'),
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': String(head.length + upload.size + tail.length),
      },
    });
    req.setTimeout(upload.idleTimeoutMs, () =>
      fail(new ServiceError('PORTAL_TIMEOUT', `${what}: nothing moved for ${upload.idleTimeoutMs} ms`)),
    );
    const onAbort = () => fail(new ServiceError('PORTAL_CANCELLED', `${what}: cancelled`));
    if (upload.signal?.aborted) return onAbort();
    upload.signal?.addEventListener('abort', onAbort, { once: true });
    req.on('error', (error) => fail(networkFailure(error, what, upload.idleTimeoutMs)));
    req.on('response', (response: IncomingMessage) => {
      // The server may answer (a refusal) before it has read the whole file: stop sending.
      file?.unpipe(req);
      file?.destroy();
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', (error) => fail(networkFailure(error, what, upload.idleTimeoutMs)));
      response.on('end', () => {
        upload.signal?.removeEventListener('abort', onAbort);
        if (settled) return;
        settled = true;
        resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') });
      });
    });
    req.write(head);
    file = upload.open();
    let sent = 0;
    file.on('data', (chunk: Buffer | string) => {
      sent += chunk.length;
      upload.onProgress?.(sent, upload.size);
    });
    file.on('error', (error) => fail(new ServiceError('VIDEO_UNREADABLE', `${what}: ${String(error)}`)));
    file.on('end', () => {
      if (sent !== upload.size) return fail(new ServiceError('VIDEO_UNREADABLE', `${what}: the file changed size (${sent})`));
      req.end(tail);
    });
    file.pipe(req, { end: false });
  });

  const parsed = parseJson(text);
  if (status < 200 || status >= 300) throw statusFailure(status, parsed, text, what);
  const checked = schema.safeParse(parsed);
  if (!checked.success) {
    throw new ServiceError('PORTAL_BAD_RESPONSE', `${what}: unexpected JSON shape`, { status } satisfies HttpFailure);
  }
  return checked.data;
}
