import { z } from 'zod';

/**
 * One method of the contract between the UI and the services: the zod schema
 * of its single argument object and of its result. Both transports (Electron
 * IPC and the browser host's WebSocket) validate with these same schemas on
 * the service side, so a renderer bug or a hostile page cannot hand a service
 * something it did not declare.
 */
export interface MethodSpec<A extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  readonly args: A;
  readonly result: R;
}

export function method<A extends z.ZodType, R extends z.ZodType>(args: A, result: R): MethodSpec<A, R> {
  return { args, result };
}

/** Base64 of a binary payload (Yjs updates, images). JSON-safe on both transports. */
export const Base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64');
