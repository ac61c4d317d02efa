import { dispatch, type DispatchLog, type Handlers } from '../../common/api/dispatch';
import type { Result } from '../../common/api/errors';

/**
 * The Electron transport's envelope, kept free of the `electron` module so it
 * runs under plain Node in the unit tests. `ipc.ts` wires it to ipcMain.
 */
export function isTrustedSenderUrl(url: string | undefined, trustedOrigin: string): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}` === trustedOrigin;
  } catch {
    return false;
  }
}

export async function handleIpcCall(
  handlers: Handlers,
  trustedOrigin: string,
  senderUrl: string | undefined,
  method: string,
  args: unknown,
  log?: DispatchLog,
): Promise<Result<unknown>> {
  if (!isTrustedSenderUrl(senderUrl, trustedOrigin)) {
    return { ok: false, error: { code: 'FORBIDDEN_SENDER', message: `refused call from ${String(senderUrl).slice(0, 200)}` } };
  }
  return dispatch(handlers, method, args, log);
}
