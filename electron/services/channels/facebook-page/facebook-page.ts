/**
 * A Facebook Page, through the Graph API v19.0 (developers.facebook.com/docs/graph-api,
 * "Page Feed" and "Page Post" references):
 *
 * - `GET /{page-id}?fields=id,name` proves the Page access token (connection check);
 * - `POST /{page-id}/feed` with `message` and `link` creates the post → `{ id: "{page-id}_{post-id}" }`;
 * - `GET /{page-id}/feed?fields=id,message,created_time,permalink_url&since=…` lists recent posts:
 *   after a reply that never arrived, the post is looked up by its message before posting again;
 * - `DELETE /{post-id}` removes it → `{ success: true }`.
 *
 * Errors come as `{ error: { message, type, code, error_subcode } }`: code 190 is an
 * expired or revoked token; 4, 17, 32, 613 and 80001 are rate limits; 10 and 200–299
 * missing permissions; 1 and 2 temporary server trouble; 506 a duplicate of a
 * recent post (which may be ours: it is looked up).
 */
import { z } from 'zod';
import { ServiceError, type ErrorCode } from '../../../../common/api/errors';
import type { ChannelAdapter, ChannelConnection, ChannelKind, LookupRequest, RemotePost, ShareRequest } from '../channel-adapter';
import { channelRequest, redact, trimBase, type ChannelReply } from '../channel-http';

export const GRAPH_API_VERSION = 'v19.0';

const GraphError = z.object({
  error: z.object({ message: z.string().default(''), code: z.number().int(), error_subcode: z.number().int().optional() }),
});
const Page = z.object({ id: z.string(), name: z.string() });
const Created = z.object({ id: z.string().min(1) });
const Feed = z.object({
  data: z.array(
    z.object({ id: z.string(), message: z.string().optional(), created_time: z.string(), permalink_url: z.string().optional() }),
  ),
});
const Deleted = z.object({ success: z.boolean() });

const RATE_LIMIT = new Set([4, 17, 32, 613, 80001]);
const DUPLICATE = 506;

function codeFor(graphCode: number, subcode: number | undefined, status: number): ErrorCode {
  if (graphCode === 190 || graphCode === 102 || subcode === 463 || subcode === 467) return 'CHANNEL_TOKEN_EXPIRED';
  if (RATE_LIMIT.has(graphCode)) return 'CHANNEL_RATE_LIMITED';
  if (graphCode === 10 || (graphCode >= 200 && graphCode <= 299)) return 'CHANNEL_FORBIDDEN';
  if (graphCode === 1 || graphCode === 2 || status >= 500) return 'CHANNEL_SERVER_ERROR';
  return 'CHANNEL_REJECTED';
}

function read<S extends z.ZodType>(reply: ChannelReply, schema: S, what: string): z.output<S> {
  const failure = GraphError.safeParse(reply.body);
  if (failure.success) {
    const { code, error_subcode: subcode, message } = failure.data.error;
    throw new ServiceError(codeFor(code, subcode, reply.status), `Facebook ${what}: (#${code}${subcode ? `/${subcode}` : ''}) ${message}`, {
      graphCode: code,
    });
  }
  if (reply.status >= 500) throw new ServiceError('CHANNEL_SERVER_ERROR', `Facebook ${what}: HTTP ${reply.status}`);
  const parsed = schema.safeParse(reply.body);
  if (reply.status >= 400 || !parsed.success) {
    throw new ServiceError('CHANNEL_BAD_RESPONSE', `Facebook ${what}: HTTP ${reply.status}, unexpected reply`);
  }
  return parsed.data;
}

function graphCodeOf(error: unknown): number | null {
  if (!(error instanceof ServiceError)) return null;
  const code = (error.details as { graphCode?: unknown } | undefined)?.graphCode;
  return typeof code === 'number' ? code : null;
}

class FacebookPageAdapter implements ChannelAdapter {
  private readonly base: string;

  constructor(private readonly connection: ChannelConnection) {
    this.base = trimBase(connection.apiBase);
  }

  private url(path: string, query: Record<string, string> = {}): string {
    const params = new URLSearchParams({ ...query, access_token: this.connection.token });
    return `${this.base}/${path.split('/').map(encodeURIComponent).join('/')}?${params.toString()}`;
  }

  async check(): Promise<string> {
    const reply = await channelRequest(this.url(this.connection.targetId, { fields: 'id,name' }), { method: 'GET' }, this.connection.timeoutMs);
    return read(reply, Page, 'page').name;
  }

  async publish(request: ShareRequest): Promise<RemotePost> {
    if (request.mayExist) {
      const found = await this.find(request);
      if (found) return found;
    }
    const form = { message: request.content.text, link: request.link, access_token: this.connection.token };
    const target = `${this.base}/${encodeURIComponent(this.connection.targetId)}/feed`;
    try {
      const reply = await channelRequest(target, { method: 'POST', form }, this.connection.timeoutMs);
      const { id } = read(reply, Created, 'post');
      return { id, link: `https://www.facebook.com/${id}` };
    } catch (error) {
      // "Duplicate status message": an earlier attempt got through after all.
      if (graphCodeOf(error) === DUPLICATE) {
        const found = await this.find(request);
        if (found) return found;
      }
      throw error;
    }
  }

  /** The page's post with this message made since the first attempt, if any. */
  async find(request: LookupRequest): Promise<RemotePost | null> {
    const since = Math.floor(Date.parse(request.since) / 1000) - 60;
    const reply = await channelRequest(
      this.url(`${this.connection.targetId}/feed`, { fields: 'id,message,created_time,permalink_url', since: String(since), limit: '50' }),
      { method: 'GET' },
      this.connection.timeoutMs,
    );
    const wanted = request.content.text.trim();
    const post = read(reply, Feed, 'feed').data.find((p) => (p.message ?? '').trim() === wanted);
    return post ? { id: post.id, link: post.permalink_url ?? `https://www.facebook.com/${post.id}` } : null;
  }

  async remove(remoteId: string): Promise<void> {
    try {
      const reply = await channelRequest(this.url(remoteId), { method: 'DELETE' }, this.connection.timeoutMs);
      if (!read(reply, Deleted, 'delete').success) throw new ServiceError('CHANNEL_REJECTED', `Facebook delete ${redact(remoteId)}: not deleted`);
    } catch (error) {
      // (#100) "Object does not exist": gone already.
      if (graphCodeOf(error) === 100) return;
      throw error;
    }
  }
}

export const facebookPage: ChannelKind = {
  name: 'facebook',
  defaultApiBase: `https://graph.facebook.com/${GRAPH_API_VERSION}`,
  create: (connection) => new FacebookPageAdapter(connection),
};
