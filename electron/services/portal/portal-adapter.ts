/**
 * The seam between the newsroom and a portal, whatever runs it. Each kind of
 * portal (WordPress, a shared folder, …) is a `PortalKind` in adapters.ts; the
 * domain picks one by the `type` in Settings and knows nothing else about it.
 * Every method throws `ServiceError` with a PORTAL_* code and never retries
 * on its own: retrying is the outbox's job, so every send must be safe to
 * repeat (an adapter finds what an earlier attempt left before it creates).
 */
import type * as Y from 'yjs';
import type { ConnectionReport } from '../../../common/api/portal.api';
import type { Settings } from '../../../common/api/settings.api';
import type { ImageFiles } from '../images/image-files';
import type { VideoFiles } from '../media/video-files';
import type { ArticleForPortal } from './submission';

export interface PortalConnection {
  /** What the newsroom typed as "Địa chỉ cổng": a site address, a folder, … */
  url: string;
  username: string;
  /** Empty for kinds that do not sign in. */
  password: string;
  /** Per request, for kinds that talk to a server. */
  timeoutMs?: number;
}

/** What the domain remembers of the post an article became on this portal. */
export interface KnownPost {
  /** Null until a create was confirmed. */
  id: number | null;
  /** Every address name (slug) the article was ever sent under here, oldest first. */
  slugs: string[];
}

export interface SentPost {
  id: number;
  link: string;
  status: string;
}

export interface Submission {
  articleId: string;
  /** The article as it was when the user clicked. */
  doc: Y.Doc;
  article: ArticleForPortal;
  postStatus: Settings['portal']['postStatus'];
  known: KnownPost | null;
  images: ImageFiles;
  /** The article's video files (kinds that cannot carry videos ignore them). */
  videos?: VideoFiles;
  /** Bytes of a video sent so far, as it streams to the portal. */
  onUpload?(progress: { hash: string; fileName: string; done: number; total: number }): void;
  /** Cancels a send in progress (PORTAL_CANCELLED). */
  signal?: AbortSignal;
  /** Called before a post is created under `slug`, so a retry can find it. */
  rememberSlug(slug: string): void;
  /** Called for each extra copy of the article moved to the portal's trash. */
  trashed(postId: number): void;
}

/** A post the portal published, as statistics read it. */
export interface PublishedPost {
  id: number;
  title: string;
  link: string;
  /** When it was published, UTC ISO. */
  date: string;
  categories: string[];
  author: string;
}

/** A post as the portal has it now (see `PortalAdapter.postState`). */
export interface PostState {
  /** The portal's word, e.g. WordPress's `publish`, `pending`, `draft`, `future`, `trash`. */
  status: string;
  link: string;
  /** The public address of the post's featured image, or null. */
  featuredImageUrl: string | null;
}

export interface PortalAdapter {
  /** Each step of the connection, and which of the newsroom's `categories` the portal lacks. */
  testConnection(categories: readonly string[]): Promise<ConnectionReport>;
  send(submission: Submission): Promise<SentPost>;
  /**
   * Moves extra copies of a sent article (a create that arrived late) to the
   * portal's trash; kinds that cannot make copies leave it out.
   */
  removeDuplicates?(articleId: string, known: KnownPost, trashed: (postId: number) => void): Promise<void>;
  /**
   * The posts published on the portal in `[from, to)` (UTC ISO instants), with
   * their category and author names, for statistics; kinds that cannot list leave it out.
   */
  listPublished?(from: string, to: string): Promise<PublishedPost[]>;
  /**
   * The post's state on the portal now (its editors may have published it
   * since it was sent), or null when it is gone; kinds that cannot tell leave it out.
   */
  postState?(postId: number): Promise<PostState | null>;
}

export interface PortalKind {
  /** Whether it needs a user name and an application password. */
  signsIn: boolean;
  /** The key under which posts on this portal are remembered (a normalised address). */
  siteKey(url: string): string;
  /**
   * Proves, without the password, that `url` is this kind of portal; the
   * password goes only to an address that passed once. Throws PORTAL_*.
   */
  probe?(url: string, timeoutMs?: number): Promise<void>;
  create(connection: PortalConnection): PortalAdapter;
}

/** A report with nothing checked yet, for adapters to fill in step by step. */
export function uncheckedReport(): ConnectionReport {
  return {
    reachable: false,
    signedIn: false,
    canCreatePosts: false,
    canUploadMedia: false,
    siteName: null,
    problem: null,
    missingCategories: [],
  };
}
