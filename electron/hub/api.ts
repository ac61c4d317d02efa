import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { AccountCreate, AccountPatch, LoginRequest, StatusChangeRequest, type HubArticle } from '../../common/api/hub.api';
import { decisionFor } from '../../common/article/review-log';
import { DUMMY_HASH_PROMISE, hashPassword, LoginThrottle, newToken, tokenHash, verifyPassword } from './auth';
import type { HubDocuments } from './documents';
import { HubError } from './hub-error';
import { toAccount, type HubStore, type UserRow } from './hub-store';
import { accessTo, isBoard, mayChangeStatus, mayManageAccounts } from './rights';
import { HubStatsRequest } from '../../common/api/stats.api';
import { newsroomStats } from './stats';

const MAX_BODY = 64 * 1024;

export interface ApiOptions {
  store: HubStore;
  documents: HubDocuments;
  sessionTtlMs: number;
  throttle?: LoginThrottle;
}

/**
 * The hub's small HTTP JSON API, on the same port as the documents:
 * accounts and sessions, the article index, status changes. Every answer is
 * JSON; errors are `{ error: { code, message } }` with a fitting status.
 */
export function createApi(options: ApiOptions) {
  const { store, documents } = options;
  const throttle = options.throttle ?? new LoginThrottle();

  async function authenticated(req: IncomingMessage): Promise<UserRow> {
    const header = req.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    const user = token ? await store.sessionUser(tokenHash(token)) : null;
    if (!user) throw new HubError(401, 'HUB_SESSION_INVALID', 'no live session for this token');
    return user;
  }

  function admin(user: UserRow): void {
    if (!mayManageAccounts(user)) throw new HubError(403, 'HUB_FORBIDDEN', `${user.role} may not manage accounts`);
  }

  const routes: Array<[string, RegExp, (req: IncomingMessage, params: string[]) => Promise<unknown>]> = [
    ['GET', /^\/api\/health$/, async () => ({ ok: true })],
    [
      'POST',
      /^\/api\/login$/,
      async (req) => {
        const body = parse(LoginRequest, await readJson(req));
        const keys = [`name:${body.login.toLowerCase()}`, `ip:${req.socket.remoteAddress ?? ''}`];
        const wait = throttle.retryAfter(keys);
        if (wait > 0) throw new HubError(429, 'HUB_THROTTLED', `too many failed logins; retry in ${Math.ceil(wait / 1000)} s`);
        const user = await store.userByName(body.login);
        const ok = await verifyPassword(body.password, user?.passwordHash ?? (await DUMMY_HASH_PROMISE));
        if (!user || !ok) {
          throttle.fail(keys);
          throw new HubError(401, 'HUB_LOGIN_FAILED', 'wrong name or password');
        }
        if (user.disabled) throw new HubError(403, 'HUB_ACCOUNT_DISABLED', `account ${user.id} is disabled`);
        throttle.succeed(keys);
        const token = newToken();
        const expiresAt = await store.createSession(user.id, tokenHash(token), options.sessionTtlMs);
        return { token, expiresAt, user: toAccount(user) };
      },
    ],
    [
      'POST',
      /^\/api\/logout$/,
      async (req) => {
        const header = req.headers.authorization ?? '';
        if (header.startsWith('Bearer ')) await store.revokeSession(tokenHash(header.slice(7).trim()));
        return { ok: true };
      },
    ],
    ['GET', /^\/api\/me$/, async (req) => toAccount(await authenticated(req))],
    [
      'GET',
      /^\/api\/users$/,
      async (req) => {
        admin(await authenticated(req));
        return (await store.listUsers()).map(toAccount);
      },
    ],
    [
      'GET',
      /^\/api\/board$/,
      async (req) => {
        // The board members an article can be assigned to ("Giao cho…"), for the board itself.
        const user = await authenticated(req);
        if (!isBoard(user)) throw new HubError(403, 'HUB_FORBIDDEN', `${user.role} may not list the board`);
        return (await store.listUsers()).filter((u) => !u.disabled && isBoard(u)).map((u) => ({ id: u.id, name: u.displayName, role: u.role }));
      },
    ],
    [
      'POST',
      /^\/api\/users$/,
      async (req) => {
        admin(await authenticated(req));
        const body = parse(AccountCreate, await readJson(req));
        const user = await store.createUser({
          name: body.login,
          displayName: body.name ?? body.login,
          role: body.role,
          passwordHash: await hashPassword(body.password),
        });
        return toAccount(user);
      },
    ],
    [
      'PATCH',
      /^\/api\/users\/(\d+)$/,
      async (req, [id]) => {
        const actor = await authenticated(req);
        admin(actor);
        const patch = parse(AccountPatch, await readJson(req));
        const target = Number(id);
        if (target === actor.id && (patch.disabled === true || (patch.role && patch.role !== 'admin'))) {
          throw new HubError(409, 'HUB_SELF_LOCKOUT', 'an admin may not disable or demote themselves');
        }
        const user = await store.updateUser(target, {
          role: patch.role,
          disabled: patch.disabled,
          displayName: patch.name,
          passwordHash: patch.password === undefined ? undefined : await hashPassword(patch.password),
        });
        // A disabled account or a reset password ends every session at once; a new role applies at the next connection.
        if (patch.disabled || patch.password !== undefined || patch.role !== undefined) {
          await store.revokeUserSessions(target);
          documents.disconnectUser(target);
        }
        return toAccount(user);
      },
    ],
    [
      'GET',
      /^\/api\/articles$/,
      async (req) => {
        const user = await authenticated(req);
        const out: HubArticle[] = [];
        for (const a of await store.articles()) {
          const access = accessTo(user, a);
          if (access) out.push({ ...a, access });
        }
        return out;
      },
    ],
    [
      'POST',
      /^\/api\/articles\/([A-Za-z0-9_-]{1,100})\/status$/,
      async (req, [id]) => {
        const user = await authenticated(req);
        const body = parse(StatusChangeRequest, await readJson(req));
        const article = await store.article(id!);
        if (!article || accessTo(user, article) === null) throw new HubError(404, 'HUB_ARTICLE_NOT_FOUND', `no article ${id} for this account`);
        if (article.status === body.to) return { status: article.status };
        if (!mayChangeStatus(user, article, body.to)) {
          throw new HubError(403, 'HUB_FORBIDDEN', `${user.role} may not move ${id} from ${article.status} to ${body.to}`);
        }
        const note = body.note.trim().normalize('NFC');
        const kind = decisionFor(body.to);
        if (kind === 'returned' && !note) throw new HubError(400, 'HUB_BAD_REQUEST', `returning ${id} needs a note`);
        if (!(await store.changeStatus(id!, article.status, body.to, user.id, body.note))) {
          throw new HubError(409, 'HUB_CONFLICT', `article ${id} changed status meanwhile`);
        }
        // The decision goes into the document as the hub saw it (who, the note, the reviewed text), for every desktop.
        const decision = kind && { kind, by: user.displayName, role: user.role, at: new Date().toISOString(), note, versionId: null };
        await documents.writeStatus(id!, body.to, decision || null);
        return { status: body.to };
      },
    ],
    [
      'POST',
      /^\/api\/stats$/,
      async (req) => {
        const user = await authenticated(req);
        return newsroomStats(store, user, parse(HubStatsRequest, await readJson(req)));
      },
    ],
    [
      'GET',
      /^\/api\/articles\/([A-Za-z0-9_-]{1,100})\/audit$/,
      async (req, [id]) => {
        const user = await authenticated(req);
        const article = await store.article(id!);
        if (!article || accessTo(user, article) === null) throw new HubError(404, 'HUB_ARTICLE_NOT_FOUND', `no article ${id} for this account`);
        return store.audit(id!);
      },
    ],
  ];

  return async function handle(req: IncomingMessage, res: ServerResponse, log: (m: string, e?: unknown) => void): Promise<void> {
    const path = (req.url ?? '/').split('?')[0]!;
    try {
      for (const [verb, pattern, handler] of routes) {
        const match = pattern.exec(path);
        if (!match) continue;
        if (req.method !== verb) continue;
        send(res, 200, await handler(req, match.slice(1)));
        return;
      }
      throw new HubError(404, 'HUB_NOT_FOUND', `no route ${req.method} ${path}`);
    } catch (error) {
      if (error instanceof HubError) {
        const headers = error.status === 429 ? { 'retry-after': '1' } : undefined;
        send(res, error.status, { error: { code: error.code, message: error.message } }, headers);
      } else {
        // The request body may hold a password: log the route only.
        log(`${req.method} ${path} failed`, error);
        send(res, 500, { error: { code: 'HUB_INTERNAL', message: 'internal error' } });
      }
    }
  };
}

function parse<T extends z.ZodType>(schema: T, body: unknown): z.output<T> {
  const result = schema.safeParse(body);
  if (!result.success) {
    // Issue paths only: the values may be passwords.
    const where = result.error.issues.map((i) => i.path.join('.') || '(root)').join(', ');
    throw new HubError(400, 'HUB_BAD_REQUEST', `invalid request body at ${where}`);
  }
  return result.data;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new HubError(413, 'HUB_BAD_REQUEST', 'request body too large');
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  } catch {
    throw new HubError(400, 'HUB_BAD_REQUEST', 'request body is not JSON');
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers?: Record<string, string>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(text);
}
