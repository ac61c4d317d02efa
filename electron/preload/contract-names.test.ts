import { describe, expect, it } from 'vitest';
import { channelOf as commonChannelOf, EVENT_CHANNEL as commonEventChannel, methodNames } from '../../common/api/methods';
import { eventNames } from '../../common/api/events';

describe('the preload’s copy of the contract names', () => {
  it('uses the same channels as main and lists exactly the contract’s methods and events', async () => {
    const g = globalThis as Record<string, unknown>;
    g.__TOASOAN_METHOD_NAMES__ = methodNames;
    g.__TOASOAN_EVENT_NAMES__ = eventNames;
    const preload = await import('./contract-names');
    for (const name of methodNames) expect(preload.channelOf(name)).toBe(commonChannelOf(name));
    expect(preload.EVENT_CHANNEL).toBe(commonEventChannel);
    expect([...preload.methodNames].sort()).toEqual([...methodNames].sort());
    expect([...preload.eventNames].sort()).toEqual([...eventNames].sort());
  });
});
