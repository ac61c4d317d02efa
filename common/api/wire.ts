import { z } from 'zod';

/**
 * Frames of the browser host's WebSocket. Every request carries the per-run
 * token; a frame that is not JSON or not of this shape still gets a typed
 * answer (with id 0 when no id could be read).
 */
export const RequestFrame = z.object({
  id: z.number().int().nonnegative(),
  token: z.string().optional(),
  method: z.string().max(200),
  args: z.unknown().optional(),
});
export type RequestFrame = z.infer<typeof RequestFrame>;

export type ResponseFrame =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: { code: string; message: string } };

export interface EventFrame {
  event: string;
  payload: unknown;
}

export const ServerFrame = z.union([
  z.object({ id: z.number(), ok: z.literal(true), value: z.unknown() }),
  z.object({ id: z.number(), ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }),
  z.object({ event: z.string(), payload: z.unknown() }),
]);
