import { z } from 'zod';
import { Notice } from './app.api';
import { Settings } from './settings.api';
import { draftsEvents } from './drafts.api';
import { imagesEvents } from './images.api';
import { portalEvents } from './portal.api';
import { hubEvents } from './hub.api';
import { mediaEvents } from './media.api';
import { channelsEvents } from './channels.api';
import { spellLearnEvents } from './spell-learn.api';

/** Events pushed from services to the UI, name → payload schema. */
export const events = {
  'app.notice': Notice,
  'settings.changed': Settings,
  ...draftsEvents,
  ...imagesEvents,
  ...portalEvents,
  ...hubEvents,
  ...mediaEvents,
  ...channelsEvents,
  ...spellLearnEvents,
} satisfies Record<string, z.ZodType>;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
export const eventNames = Object.keys(events) as EventName[];

export function isEventName(name: string): name is EventName {
  return Object.prototype.hasOwnProperty.call(events, name);
}
