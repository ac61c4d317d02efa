/**
 * The portal's settings: which kind of portal, its address, the user and the
 * application password (kept in the secret store, never shown again), and
 * the two guards on that password:
 *
 * - it goes only to an address that proved, without it, to be the kind of
 *   portal chosen (`checkedUrl`; the connection check or the first send
 *   proves it);
 * - it goes to a plain `http://` address other than this computer only after
 *   the user ticked the warning for that address (`plainHttpAcceptedFor`).
 */
import { ServiceError } from '../../../common/api/errors';
import { isPlainHttpRemote, type PortalSettingsPatch, type PortalSettingsView } from '../../../common/api/portal.api';
import { Settings } from '../../../common/api/settings.api';
import type { ServiceContext } from '../context';
import type { PortalConnection, PortalKind } from './portal-adapter';

/** Key of the application password in the secret store (safeStorage in the desktop app). */
export const PORTAL_PASSWORD_KEY = 'portal.applicationPassword';

/** Unsaved form values ("Kiểm tra kết nối" before "Lưu"); the password falls back to the saved one. */
export interface ConnectionDraft {
  type?: string | undefined;
  url: string;
  username: string;
  password?: string | undefined;
  acceptPlainHttp?: boolean | undefined;
}

export interface ChosenPortal {
  kind: PortalKind;
  connection: PortalConnection;
  /** Where posts on this portal are remembered (a normalised address). */
  siteKey: string;
}

export class PortalSettings {
  constructor(
    private readonly ctx: Pick<ServiceContext, 'settings' | 'secrets' | 'emit'>,
    private readonly kinds: Readonly<Record<string, PortalKind>>,
    private readonly timeoutMs?: number,
  ) {}

  kindOf(type: string): PortalKind {
    const kind = this.kinds[type];
    if (!kind) throw new ServiceError('BAD_REQUEST', `unknown portal type ${type}`);
    return kind;
  }

  view(): PortalSettingsView {
    const { portal } = this.ctx.settings.read();
    const kind = this.kinds[portal.type];
    const key = kind && portal.url ? kind.siteKey(portal.url) : '';
    return {
      type: portal.type,
      types: Object.keys(this.kinds),
      signsIn: kind?.signsIn ?? true,
      url: portal.url,
      username: portal.username,
      postStatus: portal.postStatus,
      hasPassword: Boolean(this.ctx.secrets.get(PORTAL_PASSWORD_KEY)),
      passwordEncrypted: this.ctx.secrets.encrypted,
      checked: key !== '' && portal.checkedUrl === key,
      plainHttp: Boolean(kind?.signsIn) && isPlainHttpRemote(portal.url),
      plainHttpAccepted: key !== '' && portal.plainHttpAcceptedFor === key,
    };
  }

  save(patch: PortalSettingsPatch): void {
    const { password, acceptPlainHttp, ...fields } = patch;
    if (fields.type !== undefined) this.kindOf(fields.type);
    const current = this.ctx.settings.read();
    const portal = {
      ...current.portal,
      ...(fields.type !== undefined ? { type: fields.type } : {}),
      ...(fields.url !== undefined ? { url: fields.url.normalize('NFC') } : {}),
      ...(fields.username !== undefined ? { username: fields.username.normalize('NFC') } : {}),
      ...(fields.postStatus !== undefined ? { postStatus: fields.postStatus } : {}),
    };
    const key = this.kinds[portal.type]?.siteKey(portal.url) ?? '';
    if (acceptPlainHttp === true) portal.plainHttpAcceptedFor = key;
    else if (acceptPlainHttp === false && portal.plainHttpAcceptedFor === key) portal.plainHttpAcceptedFor = '';
    const next = Settings.parse({ ...current, portal });
    this.ctx.settings.write(next);
    if (password === null) this.ctx.secrets.delete(PORTAL_PASSWORD_KEY);
    else if (password !== undefined && password.trim() !== '') this.ctx.secrets.set(PORTAL_PASSWORD_KEY, password.trim());
    this.ctx.emit('settings.changed', next);
  }

  /**
   * The portal to talk to: the saved one, or the unsaved `draft`. Throws
   * PORTAL_NOT_CONFIGURED when something is missing and PORTAL_PLAIN_HTTP
   * when the password would go unencrypted without the user's consent.
   */
  choose(draft?: ConnectionDraft): ChosenPortal {
    const { portal } = this.ctx.settings.read();
    const kind = this.kindOf(draft?.type ?? portal.type);
    const url = (draft?.url ?? portal.url).trim();
    const username = kind.signsIn ? (draft?.username ?? portal.username).trim() : '';
    const password = kind.signsIn ? draft?.password || this.ctx.secrets.get(PORTAL_PASSWORD_KEY) || '' : '';
    if (!url || (kind.signsIn && (!username || !password))) {
      throw new ServiceError('PORTAL_NOT_CONFIGURED', 'portal address, user name or application password is missing');
    }
    const siteKey = kind.siteKey(url);
    if (kind.signsIn && isPlainHttpRemote(url)) {
      const accepted = draft?.acceptPlainHttp ?? portal.plainHttpAcceptedFor === siteKey;
      if (!accepted) throw new ServiceError('PORTAL_PLAIN_HTTP', `${url} is plain http: the password would travel unencrypted`);
    }
    return { kind, siteKey, connection: { url, username, password, ...(this.timeoutMs ? { timeoutMs: this.timeoutMs } : {}) } };
  }

  /** PORTAL_NOT_CONFIGURED unless the saved settings name a portal to send to (address, and sign-in where the kind needs it). */
  requireConfigured(): void {
    try {
      this.choose();
    } catch (error) {
      // Plain http waits in the outbox for the user's consent in Settings (saving it sends the entry); the rest refuses.
      if (!(error instanceof ServiceError && error.code === 'PORTAL_PLAIN_HTTP')) throw error;
    }
  }

  /** Remembers that `siteKey` proved to be the chosen kind of portal. */
  markChecked(siteKey: string): void {
    const current = this.ctx.settings.read();
    if (current.portal.checkedUrl === siteKey) return;
    this.ctx.settings.write(Settings.parse({ ...current, portal: { ...current.portal, checkedUrl: siteKey } }));
  }

  /** Before the password goes to an address for the first time: prove, without it, what the address is. */
  async ensureChecked(chosen: ChosenPortal): Promise<void> {
    if (!chosen.kind.probe || this.ctx.settings.read().portal.checkedUrl === chosen.siteKey) return;
    await chosen.kind.probe(chosen.connection.url, chosen.connection.timeoutMs);
    this.markChecked(chosen.siteKey);
  }
}
