/**
 * The seam between the newsroom and one of its channels (a Facebook Page, a
 * Zalo Official Account, …). Each channel lives in its own folder and adds
 * one line to adapters.ts. Like the portal's adapters, every method throws
 * `ServiceError` with a CHANNEL_* code and never retries on its own: the
 * outbox retries, so `publish` must be safe to repeat — after an attempt
 * whose reply was lost, it looks the post up before creating another.
 */
import type { ChannelName, ShareContent } from '../../../common/api/channels.api';

export interface ChannelConnection {
  /** Page id or OA id. */
  targetId: string;
  token: string;
  /** The API's address (the documented public one unless a test points it at loopback). */
  apiBase: string;
  timeoutMs?: number;
}

export interface ShareRequest {
  content: ShareContent;
  /** The published article's address on the portal. */
  link: string;
  /** When the first attempt began (UTC ISO): a lost post cannot be older. */
  since: string;
  /** Whether an earlier attempt may have reached the channel (its reply never arrived). */
  mayExist: boolean;
  /** A receipt an earlier attempt recorded (Zalo's creation token), or null. */
  receipt: string | null;
  /** Records a receipt before the post is confirmed, so a retry can find the post through it. */
  remember(receipt: string): void;
}

/** What identifies a share's post on its channel when its id was never recorded. */
export type LookupRequest = Pick<ShareRequest, 'content' | 'since' | 'receipt'>;

export interface RemotePost {
  id: string;
  link: string | null;
}

export interface ChannelAdapter {
  /** Reaches the page/OA with the token; resolves to its name. */
  check(): Promise<string>;
  publish(request: ShareRequest): Promise<RemotePost>;
  /**
   * The post an earlier attempt may have made (its reply lost), found the way
   * a retry finds it (Facebook: the message since the first attempt; Zalo: the
   * recorded creation token, else the title), or null when the channel has none.
   */
  find(request: LookupRequest): Promise<RemotePost | null>;
  /** Deletes (or hides, where the API cannot delete) a post. A post already gone counts as removed. */
  remove(remoteId: string): Promise<void>;
}

export interface ChannelKind {
  name: ChannelName;
  /** The documented API address this adapter follows, with its version. */
  defaultApiBase: string;
  create(connection: ChannelConnection): ChannelAdapter;
}
