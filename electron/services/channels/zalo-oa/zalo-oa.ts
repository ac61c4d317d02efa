/**
 * A Zalo Official Account, through the OA Open API v2.0 articles
 * (developers.zalo.me/docs/official-account, "Quản lý bài viết"; the same
 * calls as Zalo's own Java SDK examples). The access token goes in the
 * `access_token` header:
 *
 * - `GET /v2.0/oa/getoa` proves the token and names the OA (connection check);
 * - `POST /v2.0/article/create` with `type: "normal"`, title, description,
 *   cover `{ cover_type: "photo", photo_url, status: "show" }` and body
 *   paragraphs → `{ error: 0, data: { token } }`; creation is asynchronous;
 * - `POST /v2.0/article/verify` with that token → `{ error: 0, data: { id } }`;
 *   the token is recorded before it is verified, so a retry verifies it
 *   rather than creating the article again;
 * - `GET /v2.0/article/getslice?offset=0&limit=…&type=normal` lists recent
 *   articles: a retry whose create reply was lost finds the article by title;
 * - `POST /v2.0/article/remove` with `{ id }` deletes it.
 *
 * Every reply is `{ error, message, data }` with `error` 0 on success. The
 * codes mapped (Zalo's published OA error table): -216 invalid token, -220
 * expired or revoked token, -124 invalid/expired token (v3 wording) →
 * CHANNEL_TOKEN_EXPIRED; -32 too many requests per minute → CHANNEL_RATE_LIMITED;
 * -224 / -230 permission → CHANNEL_FORBIDDEN; any other negative code → CHANNEL_REJECTED.
 */
import { z } from 'zod';
import { ServiceError, type ErrorCode } from '../../../../common/api/errors';
import type { ChannelAdapter, ChannelConnection, ChannelKind, LookupRequest, RemotePost, ShareRequest } from '../channel-adapter';
import { channelRequest, trimBase, type ChannelReply } from '../channel-http';

export const ZALO_API_VERSION = 'v2.0';

const Envelope = z.object({ error: z.number().int(), message: z.string().default(''), data: z.unknown().optional() });
const Oa = z.object({ oa_id: z.union([z.string(), z.number()]).transform(String), name: z.string() });
const CreateToken = z.object({ token: z.string().min(1) });
const Verified = z.object({ id: z.string().min(1) });
const Slice = z.object({ medias: z.array(z.object({ id: z.string(), title: z.string(), create_date: z.number().optional() })) });

const TOKEN = new Set([-216, -220, -124]);
const RATE_LIMIT = new Set([-32]);
const PERMISSION = new Set([-224, -230]);

function codeFor(zaloCode: number, status: number): ErrorCode {
  if (TOKEN.has(zaloCode)) return 'CHANNEL_TOKEN_EXPIRED';
  if (RATE_LIMIT.has(zaloCode)) return 'CHANNEL_RATE_LIMITED';
  if (PERMISSION.has(zaloCode)) return 'CHANNEL_FORBIDDEN';
  if (status >= 500) return 'CHANNEL_SERVER_ERROR';
  return 'CHANNEL_REJECTED';
}

function read<S extends z.ZodType>(reply: ChannelReply, schema: S, what: string): z.output<S> {
  const envelope = Envelope.safeParse(reply.body);
  if (!envelope.success) {
    if (reply.status >= 500) throw new ServiceError('CHANNEL_SERVER_ERROR', `Zalo ${what}: HTTP ${reply.status}`);
    throw new ServiceError('CHANNEL_BAD_RESPONSE', `Zalo ${what}: HTTP ${reply.status}, unexpected reply`);
  }
  const { error, message, data } = envelope.data;
  if (error !== 0) throw new ServiceError(codeFor(error, reply.status), `Zalo ${what}: (${error}) ${message}`, { zaloCode: error });
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new ServiceError('CHANNEL_BAD_RESPONSE', `Zalo ${what}: unexpected data`);
  return parsed.data;
}

class ZaloOaAdapter implements ChannelAdapter {
  private readonly base: string;

  constructor(private readonly connection: ChannelConnection) {
    this.base = trimBase(connection.apiBase);
  }

  private async call<S extends z.ZodType>(method: 'GET' | 'POST', path: string, schema: S, what: string, json?: unknown): Promise<z.output<S>> {
    const reply = await channelRequest(
      `${this.base}/${ZALO_API_VERSION}/${path}`,
      { method, headers: { access_token: this.connection.token }, ...(json !== undefined ? { json } : {}) },
      this.connection.timeoutMs,
    );
    return read(reply, schema, what);
  }

  async check(): Promise<string> {
    const oa = await this.call('GET', 'oa/getoa', Oa, 'OA');
    if (this.connection.targetId && oa.oa_id !== this.connection.targetId) {
      throw new ServiceError('CHANNEL_FORBIDDEN', `Zalo: the token belongs to OA ${oa.oa_id}, not ${this.connection.targetId}`);
    }
    return oa.name;
  }

  async publish(request: ShareRequest): Promise<RemotePost> {
    if (request.receipt) return this.verify(request.receipt);
    if (request.mayExist) {
      const found = await this.findByTitle(request.content.title.trim());
      if (found) return found;
    }
    const { content, link } = request;
    const paragraphs = content.text
      .split(/\n\s*\n|\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    const { token } = await this.call('POST', 'article/create', CreateToken, 'create', {
      type: 'normal',
      title: content.title.trim(),
      description: content.description.trim(),
      cover: { cover_type: 'photo', photo_url: content.coverUrl.trim(), status: 'show' },
      body: [...paragraphs.map((p) => ({ type: 'text', content: p })), { type: 'text', content: link }],
      status: 'show',
      comment: 'show',
    });
    request.remember(token);
    return this.verify(token);
  }

  private async verify(token: string): Promise<RemotePost> {
    const { id } = await this.call('POST', 'article/verify', Verified, 'verify', { token });
    return { id, link: null };
  }

  /**
   * The recorded creation token names the article if Zalo made it (verify);
   * a token Zalo does not know (-201) or no token falls back to the title.
   */
  async find(request: LookupRequest): Promise<RemotePost | null> {
    if (request.receipt) {
      try {
        return await this.verify(request.receipt);
      } catch (error) {
        if (!(error instanceof ServiceError) || error.code !== 'CHANNEL_REJECTED') throw error;
      }
    }
    return this.findByTitle(request.content.title.trim());
  }

  private async findByTitle(title: string): Promise<RemotePost | null> {
    const reply = await channelRequest(
      `${this.base}/${ZALO_API_VERSION}/article/getslice?offset=0&limit=20&type=normal`,
      { method: 'GET', headers: { access_token: this.connection.token } },
      this.connection.timeoutMs,
    );
    const found = read(reply, Slice, 'list').medias.find((m) => m.title.trim() === title);
    return found ? { id: found.id, link: null } : null;
  }

  async remove(remoteId: string): Promise<void> {
    await this.call('POST', 'article/remove', z.unknown(), 'remove', { id: remoteId });
  }
}

export const zaloOa: ChannelKind = {
  name: 'zalo',
  defaultApiBase: 'https://openapi.zalo.me',
  create: (connection) => new ZaloOaAdapter(connection),
};
