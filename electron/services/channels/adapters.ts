/**
 * Every channel this build can share to. A new channel lives in its own
 * folder and adds one line here (and its name to `ChannelName` in common/api/channels.api.ts).
 */
import type { ChannelName } from '../../../common/api/channels.api';
import type { ChannelKind } from './channel-adapter';
import { facebookPage } from './facebook-page/facebook-page';
import { zaloOa } from './zalo-oa/zalo-oa';

export const channelKinds: Readonly<Record<ChannelName, ChannelKind>> = {
  facebook: facebookPage,
  zalo: zaloOa,
};
