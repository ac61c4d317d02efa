/**
 * A STAND-IN for the Facebook Graph API v19.0, Page feed only, written from
 * the public reference (developers.facebook.com/docs/graph-api/reference/page/feed,
 * /reference/post, and "Handling Errors"). It is not Facebook: it keeps posts
 * in memory and answers the shapes the docs describe, on 127.0.0.1.
 *
 * - `GET /v19.0/{page-id}?fields=id,name`
 * - `POST /v19.0/{page-id}/feed` (form: message, link, access_token) → `{ id: "{page-id}_{n}" }`
 * - `GET /v19.0/{page-id}/feed?fields=…&since=unix` → `{ data: [...], paging: {} }`, newest first
 * - `DELETE /v19.0/{post-id}` → `{ success: true }`; a missing post → (#100)
 * - a bad or expired token → HTTP 400 `{ error: { type: "OAuthException", code: 190, error_subcode: 463 } }`
 * - rate limit → HTTP 400 `{ error: { code: 32 } }` (page-level; 4 and 613 have the same shape)
 */
import { StandinServer, type Fault, type Reply, type StandinRequest } from './standin-server';

export interface StandinPost {
  id: string;
  message: string;
  link: string;
  created_time: string;
}

const oauth = (message: string, subcode?: number): Reply => ({
  status: 400,
  json: { error: { message, type: 'OAuthException', code: 190, ...(subcode ? { error_subcode: subcode } : {}), fbtrace_id: 'StandIn' } },
});

export class FacebookStandin extends StandinServer {
  readonly posts: StandinPost[] = [];
  private counter = 0;

  constructor(
    readonly pageId = '1000001',
    readonly pageName = 'Trang thông tin điện tử huyện (stand-in)',
    public token = 'fb-page-token',
  ) {
    super();
  }

  /** The Graph API's base for the adapter's settings. */
  get apiBase(): string {
    return `${this.url}/v19.0`;
  }

  protected faultReply(fault: Exclude<Fault, 'drop'>): Reply {
    if (fault === 'expired-token') return oauth('Error validating access token: Session has expired.', 463);
    if (fault === 'rate-limit') return { status: 400, json: { error: { message: '(#32) Page request limit reached', type: 'OAuthException', code: 32 } } };
    return { status: 500, json: { error: { message: 'An unexpected error has occurred.', type: 'OAuthException', code: 2 } } };
  }

  protected handle(request: StandinRequest): Reply {
    const form = new URLSearchParams(request.method === 'POST' ? request.body : '');
    const token = request.query.get('access_token') ?? form.get('access_token');
    if (token !== this.token) return oauth('Invalid OAuth access token - Cannot parse access token');
    const parts = request.path.replace(/^\/v19\.0\//, '').split('/');
    if (!request.path.startsWith('/v19.0/')) return { status: 400, json: { error: { message: 'Unknown path components', code: 2500 } } };
    const [node, edge] = parts;
    if (request.method === 'GET' && node === this.pageId && !edge) return { status: 200, json: { id: this.pageId, name: this.pageName } };
    if (node === this.pageId && edge === 'feed') {
      if (request.method === 'POST') {
        const message = form.get('message') ?? '';
        if (!message && !form.get('link')) return { status: 400, json: { error: { message: '(#100) Missing message or link', code: 100 } } };
        const post: StandinPost = {
          id: `${this.pageId}_${++this.counter}`,
          message,
          link: form.get('link') ?? '',
          created_time: new Date().toISOString().replace(/\.\d{3}Z$/, '+0000'),
        };
        this.posts.push(post);
        return { status: 200, json: { id: post.id } };
      }
      const since = Number(request.query.get('since') ?? 0);
      const data = this.posts
        .filter((p) => Date.parse(p.created_time.replace('+0000', 'Z')) / 1000 >= since)
        .reverse()
        .map((p) => ({ id: p.id, message: p.message, created_time: p.created_time, permalink_url: `https://www.facebook.com/${p.id}` }));
      return { status: 200, json: { data, paging: {} } };
    }
    if (request.method === 'DELETE' && node && !edge) {
      const index = this.posts.findIndex((p) => p.id === node);
      if (index < 0) {
        return { status: 400, json: { error: { message: `(#100) Object with ID '${node}' does not exist`, code: 100, error_subcode: 33 } } };
      }
      this.posts.splice(index, 1);
      return { status: 200, json: { success: true } };
    }
    return { status: 400, json: { error: { message: `Unsupported ${request.method} request.`, code: 100, error_subcode: 33 } } };
  }
}
