/**
 * Every kind of portal this build can send to, by the `type` in Settings.
 * A new kind lives in its own folder and adds one line here.
 */
import { folderPortal } from './folder/folder-portal';
import type { PortalKind } from './portal-adapter';
import { wordpressPortal } from './wordpress/wordpress-portal';

export const portalKinds: Readonly<Record<string, PortalKind>> = {
  wordpress: wordpressPortal,
  folder: folderPortal,
};
