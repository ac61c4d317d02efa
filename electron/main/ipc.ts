import { ipcMain, type WebContents } from 'electron';
import type { Handlers } from '../../common/api/dispatch';
import { channelOf, EVENT_CHANNEL, methodNames } from '../../common/api/methods';
import { handleIpcCall } from './ipc-envelope';

/**
 * One `ipcMain.handle` per contract method, nothing else. Every call checks
 * that it comes from our own page's main frame before it is dispatched.
 */
export function registerIpc(handlers: Handlers, trustedOrigin: string): () => void {
  for (const name of methodNames) {
    ipcMain.handle(channelOf(name), (event, args: unknown) =>
      handleIpcCall(handlers, trustedOrigin, event.senderFrame?.url, name, args, {
        error: (message, error) => console.error(message, error),
      }),
    );
  }
  return () => {
    for (const name of methodNames) ipcMain.removeHandler(channelOf(name));
  };
}

export function sendEvent(target: WebContents, name: string, payload: unknown): void {
  if (!target.isDestroyed()) target.send(EVENT_CHANNEL, name, payload);
}
