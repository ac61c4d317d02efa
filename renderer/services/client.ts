/**
 * The only way the UI reaches the services. It picks the transport: the
 * Electron preload's `window.toasoan` when present, otherwise the browser
 * host's WebSocket. No other renderer file knows which one is in use.
 */
import type { ErrorCode } from '../../common/api/errors';
import type { EventName, EventPayload } from '../../common/api/events';
import type { MethodArgs, MethodName, MethodResult } from '../../common/api/methods';
import type { Transport, WireResult } from './transport';
import { createWebSocketTransport } from './websocket-transport';

/** A failed call: `code` selects the Vietnamese message in the catalogue. */
export class ClientError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ClientError';
  }
}

interface PreloadBridge {
  invoke(method: string, args: unknown): Promise<WireResult>;
  onEvent(listener: (name: string, payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    toasoan?: PreloadBridge;
  }
}

function pickTransport(): Transport {
  const bridge = window.toasoan;
  if (bridge) {
    return {
      call: (method, args) => bridge.invoke(method, args),
      onEvent: (listener) => bridge.onEvent(listener),
      onConnection: (listener) => {
        listener(true);
        return () => {};
      },
    };
  }
  return createWebSocketTransport(window.location);
}

let transport: Transport | undefined;
function current(): Transport {
  transport ??= pickTransport();
  return transport;
}

export async function call<M extends MethodName>(method: M, args: MethodArgs<M>): Promise<MethodResult<M>> {
  const result = await current().call(method, args);
  if (result.ok) return result.value as MethodResult<M>;
  throw new ClientError(result.error.code as ErrorCode, result.error.message);
}

/** A file's bytes sent as they are, where the transport can (see Transport.upload); null otherwise. */
export function upload(bytes: Uint8Array | Blob): Promise<string | null> {
  return current().upload?.(bytes) ?? Promise.resolve(null);
}

export function onEvent<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void {
  return current().onEvent((eventName, payload) => {
    if (eventName === name) listener(payload as EventPayload<E>);
  });
}

/** True while the services can be reached (always, in the desktop app). */
export function onConnection(listener: (connected: boolean) => void): () => void {
  return current().onConnection(listener);
}
