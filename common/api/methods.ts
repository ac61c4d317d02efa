import type { z } from 'zod';
import type { MethodSpec } from './contract';
import { appMethods } from './app.api';
import { settingsMethods } from './settings.api';
import { draftsMethods } from './drafts.api';
import { imagesMethods } from './images.api';
import { portalMethods } from './portal.api';
import { hubMethods } from './hub.api';
import { importMethods } from './import.api';
import { statsMethods } from './stats.api';
import { mediaMethods } from './media.api';
import { channelsMethods } from './channels.api';
import { spellLearnMethods } from './spell-learn.api';

/**
 * The whole contract: every method the UI may call. The preload's exposed
 * surface, the IPC channels and the WebSocket dispatcher are all built from
 * this table, so nothing outside it can be called.
 */
export const methods = {
  ...appMethods,
  ...settingsMethods,
  ...draftsMethods,
  ...imagesMethods,
  ...portalMethods,
  ...hubMethods,
  ...importMethods,
  ...statsMethods,
  ...mediaMethods,
  ...channelsMethods,
  ...spellLearnMethods,
} satisfies Record<string, MethodSpec>;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
/** What a caller passes (input side: defaults may be omitted). */
export type MethodArgs<M extends MethodName> = z.input<Methods[M]['args']>;
/** What a handler receives after validation. */
export type ParsedArgs<M extends MethodName> = z.output<Methods[M]['args']>;
export type MethodResult<M extends MethodName> = z.output<Methods[M]['result']>;

export const methodNames = Object.keys(methods) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(methods, name);
}

/** IPC channel for a method: one allow-listed channel each. */
export function channelOf(name: MethodName): string {
  return `toasoan:${name}`;
}
export const EVENT_CHANNEL = 'toasoan:event';
