/**
 * A STAND-IN for the Zalo Official Account Open API v2.0 articles, written
 * from the public documentation (developers.zalo.me, "Quản lý bài viết") and
 * Zalo's SDK examples. It is not Zalo: articles live in memory, on 127.0.0.1.
 *
 * - `GET /v2.0/oa/getoa` → `{ error: 0, data: { oa_id, name } }`
 * - `POST /v2.0/article/create` → `{ error: 0, data: { token } }` (title ≤ 150, description ≤ 300, cover required)
 * - `POST /v2.0/article/verify` `{ token }` → `{ error: 0, data: { id } }`
 * - `GET /v2.0/article/getslice?offset&limit&type=normal` → `{ error: 0, data: { medias, total } }`
 * - `POST /v2.0/article/remove` `{ id }` → `{ error: 0 }`
 * - every error is HTTP 200 with a negative `error`: -216 invalid/expired token, -32 rate limit, -201 bad parameter.
 */
import { StandinServer, type Fault, type Reply, type StandinRequest } from './standin-server';

export interface StandinArticle {
  id: string;
  token: string;
  title: string;
  description: string;
  coverUrl: string;
  body: { type: string; content: string }[];
  create_date: number;
}

const fail = (error: number, message: string): Reply => ({ status: 200, json: { error, message } });

export class ZaloStandin extends StandinServer {
  readonly articles: StandinArticle[] = [];
  private counter = 0;

  constructor(
    readonly oaId = '2000002',
    readonly oaName = 'UBND huyện (stand-in)',
    public token = 'zalo-oa-token',
  ) {
    super();
  }

  get apiBase(): string {
    return this.url;
  }

  protected faultReply(fault: Exclude<Fault, 'drop'>): Reply {
    if (fault === 'expired-token') return fail(-216, 'Access token is invalid');
    if (fault === 'rate-limit') return fail(-32, 'Exceeded the number of requests per minute');
    return { status: 502, json: {} };
  }

  protected handle(request: StandinRequest): Reply {
    if (request.headers['access_token'] !== this.token) return fail(-216, 'Access token is invalid');
    const route = `${request.method} ${request.path}`;
    let body: Record<string, unknown> = {};
    if (request.method === 'POST') {
      try {
        body = JSON.parse(request.body) as Record<string, unknown>;
      } catch {
        return fail(-201, 'Parameters are invalid');
      }
    }
    if (route === 'GET /v2.0/oa/getoa') return { status: 200, json: { error: 0, message: 'Success', data: { oa_id: this.oaId, name: this.oaName } } };
    if (route === 'POST /v2.0/article/create') {
      const title = String(body.title ?? '');
      const description = String(body.description ?? '');
      const cover = body.cover as { photo_url?: string } | undefined;
      if (!title || [...title].length > 150) return fail(-201, 'title is invalid');
      if (!description || [...description].length > 300) return fail(-201, 'description is invalid');
      if (!cover?.photo_url) return fail(-201, 'cover is invalid');
      const n = ++this.counter;
      this.articles.push({
        id: `a${n}`,
        token: `t${n}`,
        title,
        description,
        coverUrl: cover.photo_url,
        body: (body.body as StandinArticle['body']) ?? [],
        create_date: Date.now(),
      });
      return { status: 200, json: { error: 0, message: 'Success', data: { token: `t${n}` } } };
    }
    if (route === 'POST /v2.0/article/verify') {
      const article = this.articles.find((a) => a.token === body.token);
      return article ? { status: 200, json: { error: 0, message: 'Success', data: { id: article.id } } } : fail(-201, 'token is invalid');
    }
    if (route === 'GET /v2.0/article/getslice') {
      const limit = Number(request.query.get('limit') ?? 10);
      const medias = [...this.articles].reverse().slice(0, limit).map((a) => ({ id: a.id, title: a.title, create_date: a.create_date, type: 'normal' }));
      return { status: 200, json: { error: 0, message: 'Success', data: { medias, total: this.articles.length } } };
    }
    if (route === 'POST /v2.0/article/remove') {
      const index = this.articles.findIndex((a) => a.id === body.id);
      if (index < 0) return fail(-201, 'article id is invalid');
      this.articles.splice(index, 1);
      return { status: 200, json: { error: 0, message: 'Success' } };
    }
    return fail(-201, `unknown ${route}`);
  }
}
