import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { openRuntime, type Runtime } from '../services/bootstrap';
import { startHostServer, type HostServer } from './server';

const TOKEN = 'test-token-0123456789';
let dir: string;
let runtime: Runtime;
let server: HostServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'toasoan-host-'));
  const staticDir = join(dir, 'static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Tòa Soạn</title>');
  writeFileSync(join(dir, 'secret.txt'), 'do not serve');
  runtime = openRuntime({ dataDir: join(dir, 'data'), transport: 'web', version: '9.9.9' });
  server = await startHostServer({
    handlers: runtime.handlers,
    token: TOKEN,
    staticDir,
    onEventSubscribe: (send) => runtime.onEvent(send),
    uploads: runtime.uploads,
    log: { error() {} },
  });
});

afterAll(async () => {
  await server.close();
  await runtime.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A frame from the host, as the tests read it. */
interface Frame {
  id?: number;
  ok?: boolean;
  event?: string;
  value?: unknown;
  payload?: Record<string, unknown>;
  error?: { code: string; message: string };
}

/** A client that collects every frame it receives. */
async function connect(headers: Record<string, string> = {}) {
  const ws = new WebSocket(`${server.url.replace('http', 'ws')}/ws`, { headers });
  const frames: Frame[] = [];
  const waiters: Array<() => void> = [];
  ws.on('message', (data) => {
    frames.push(JSON.parse(String(data)) as Frame);
    waiters.splice(0).forEach((w) => w());
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const next = async (predicate: (f: Frame) => boolean) => {
    for (;;) {
      const found = frames.find(predicate);
      if (found) return found;
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  const call = async (id: number, method: string, args: unknown, token: string | null = TOKEN) => {
    ws.send(JSON.stringify(token === null ? { id, method, args } : { id, token, method, args }));
    return next((f) => f.id === id);
  };
  return { ws, frames, next, call };
}

describe('browser host WebSocket transport', () => {
  it('serves a valid call', async () => {
    const client = await connect();
    const frame = await client.call(1, 'app.info', {});
    expect(frame).toMatchObject({ id: 1, ok: true, value: { version: '9.9.9', transport: 'web' } });
    client.ws.close();
  });

  it('answers bad JSON, unknown methods, bad arguments and bad tokens with typed errors and keeps serving', async () => {
    const client = await connect();
    client.ws.send('{ not json');
    expect(await client.next((f) => f.id === 0 && !f.ok)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    client.ws.send(JSON.stringify({ id: 'x', method: 5 }));
    expect(await client.next((f) => f.error?.message === 'frame is not a request')).toMatchObject({ id: 0 });
    expect(await client.call(2, 'fs.unlink', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await client.call(3, 'settings.set', { patch: { toneStyle: 'weird' } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENTS' },
    });
    expect(await client.call(4, 'app.info', {}, null)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(await client.call(5, 'app.info', {}, 'wrong-token-0123456789')).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
    expect(await client.call(6, 'settings.get', {})).toMatchObject({ ok: true });
    client.ws.close();
  });

  it('sends events only to clients that proved the token', async () => {
    const stranger = await connect();
    const member = await connect();
    await member.call(1, 'app.info', {});
    await stranger.call(1, 'app.info', {}, 'nope');
    await member.call(2, 'settings.set', { patch: { authorName: 'Ngọc Diệu' } });
    const event = await member.next((f) => f.event === 'settings.changed');
    expect(event.payload?.authorName).toBe('Ngọc Diệu');
    expect(stranger.frames.some((f) => 'event' in f)).toBe(false);
    stranger.ws.close();
    member.ws.close();
  });

  it('refuses a WebSocket opened by another site', async () => {
    await expect(connect({ origin: 'https://evil.example' })).rejects.toThrow(/403/);
  });
});

function get(path: string, host?: string): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { headers: host ? { host } : {} }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('browser host static files', () => {
  it('serves the renderer with a strict Content-Security-Policy', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.body).toContain('Tòa Soạn');
    expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(String(res.headers['content-security-policy'])).toContain("object-src 'none'");
  });

  it('does not serve files outside the renderer folder', async () => {
    expect((await get('/../secret.txt')).status).not.toBe(200);
    expect((await get('/%2e%2e/secret.txt')).status).toBe(404);
    expect((await get('/..%2fsecret.txt')).status).toBe(403);
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    expect((await get('/', 'attacker.example:80')).status).toBe(421);
  });
});

describe('browser host uploads (a Word file\'s bytes as they are)', () => {
  const docx = readFileSync(join(__dirname, '../../tests/fixtures/legacy/word-vntime.docx'));
  const post = (headers: Record<string, string>, body: BodyInit = new Blob([docx])) =>
    fetch(`${server.url}/upload`, { method: 'POST', headers: { 'content-type': 'application/octet-stream', ...headers }, body });

  it('keeps the bytes for import.file, which reads them once', async () => {
    const res = await post({ 'x-toasoan-token': TOKEN });
    expect(res.status).toBe(200);
    const { id } = (await res.json()) as { id: string };
    const client = await connect();
    const read = await client.call(1, 'import.file', { fileName: 'hoi-nghi.docx', upload: id });
    expect(read).toMatchObject({ ok: true, value: { kind: 'docx', title: 'HỘI NGHỊ TỔNG KẾT NĂM 2024' } });
    expect(await client.call(2, 'import.file', { fileName: 'hoi-nghi.docx', upload: id })).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_UPLOAD_GONE' },
    });
    expect(await client.call(3, 'import.file', { fileName: 'a.docx', upload: id, data: 'AAAA' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENTS' },
    });
    client.ws.close();
  });

  it('refuses an upload without the token, from another site, or larger than an importable file', async () => {
    expect((await post({})).status).toBe(401);
    expect((await post({ 'x-toasoan-token': 'wrong-token-0123456789' })).status).toBe(401);
    expect((await post({ 'x-toasoan-token': TOKEN, origin: 'https://evil.example' })).status).toBe(403);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${server.url}/upload`, {
        method: 'POST',
        headers: { 'x-toasoan-token': TOKEN, 'content-length': String(runtime.uploads.maxBytes + 1) },
      });
      req.on('response', (res) => {
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      req.on('error', reject);
      req.write(Buffer.alloc(1024));
    });
    expect(status).toBe(413);
  });
});
