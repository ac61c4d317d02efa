import { z } from 'zod';
import { ServiceError, isErrorCode } from '../../../common/api/errors';
import { AuditEntry, HubAccount, HubArticle, HubErrorBody, HubUser, LoginResponse, type AccountCreate, type AccountPatch } from '../../../common/api/hub.api';
import type { ArticleStatus } from '../../../common/article/model';
import { HubStatsAnswer, type HubStatsRequest } from '../../../common/api/stats.api';

const TIMEOUT_MS = 15_000;

/**
 * The hub's HTTP JSON API, as the desktop's services call it. Answers are
 * validated; failures become ServiceErrors with the hub's code (HUB_…), or
 * HUB_UNREACHABLE when the network or the hub is down. The token is sent in
 * a header only and never appears in an error message.
 */
export class HubHttp {
  constructor(
    readonly base: string,
    private readonly token: () => string | null,
  ) {}

  private async call<T extends z.ZodType>(method: string, path: string, schema: T, body?: unknown): Promise<z.output<T>> {
    const token = this.token();
    let res: Response;
    try {
      res = await fetch(`${this.base}${path}`, {
        method,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new ServiceError('HUB_UNREACHABLE', `${method} ${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
    let json: unknown;
    try {
      json = await res.json();
    } catch {
      throw new ServiceError('HUB_BAD_RESPONSE', `${method} ${path}: answer is not JSON (HTTP ${res.status})`);
    }
    if (!res.ok) {
      const parsed = HubErrorBody.safeParse(json);
      const code = parsed.success && isErrorCode(parsed.data.error.code) ? parsed.data.error.code : 'HUB_BAD_RESPONSE';
      throw new ServiceError(code, `${method} ${path}: HTTP ${res.status} ${parsed.success ? parsed.data.error.message : ''}`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new ServiceError('HUB_BAD_RESPONSE', `${method} ${path}: unexpected answer`);
    return parsed.data;
  }

  login(login: string, password: string) {
    return this.call('POST', '/api/login', LoginResponse, { login, password });
  }

  logout() {
    return this.call('POST', '/api/logout', z.unknown());
  }

  me() {
    return this.call('GET', '/api/me', HubAccount);
  }

  articles() {
    return this.call('GET', '/api/articles', z.array(HubArticle));
  }

  setStatus(id: string, to: ArticleStatus, note: string) {
    return this.call('POST', `/api/articles/${encodeURIComponent(id)}/status`, z.unknown(), { to, note });
  }

  audit(id: string) {
    return this.call('GET', `/api/articles/${encodeURIComponent(id)}/audit`, z.array(AuditEntry));
  }

  /** The board members an article can be assigned to. */
  board() {
    return this.call('GET', '/api/board', z.array(HubUser));
  }

  stats(request: HubStatsRequest) {
    return this.call('POST', '/api/stats', HubStatsAnswer, request);
  }

  users() {
    return this.call('GET', '/api/users', z.array(HubAccount));
  }

  createUser(account: AccountCreate) {
    return this.call('POST', '/api/users', HubAccount, account);
  }

  updateUser(id: number, patch: AccountPatch) {
    return this.call('PATCH', `/api/users/${id}`, HubAccount, patch);
  }
}
