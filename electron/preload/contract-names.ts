/**
 * The contract's method and event names, injected by build/build-electron.ts
 * from common/api at build time. The preload needs only the names, and
 * bundling every zod schema into it would triple its size.
 */
declare const __TOASOAN_METHOD_NAMES__: readonly string[];
declare const __TOASOAN_EVENT_NAMES__: readonly string[];

export const methodNames: ReadonlySet<string> = new Set(__TOASOAN_METHOD_NAMES__);
export const eventNames: ReadonlySet<string> = new Set(__TOASOAN_EVENT_NAMES__);

/** Must match common/api/methods.ts channelOf(). */
export const channelOf = (name: string) => `toasoan:${name}`;
export const EVENT_CHANNEL = 'toasoan:event';
