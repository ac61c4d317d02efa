import type { ErrorCode } from '../../../common/api/errors';

/**
 * What the newsroom needs from a portal, whatever CMS runs it. WordPress is
 * the first adapter (wordpress-adapter.ts). Every method throws
 * `ServiceError` with a PORTAL_* code; none retries on its own — retrying is
 * the outbox's job, and every write here is safe to repeat because callers
 * look things up by a deterministic slug first.
 */
export interface ConnectionReport {
  reachable: boolean;
  signedIn: boolean;
  canCreatePosts: boolean;
  canUploadMedia: boolean;
  /** The portal's name, when reachable. */
  siteName: string | null;
  /** Why the first failing step failed (a PORTAL_* code), null when all is well. */
  problem: ErrorCode | null;
}

export interface PortalTerm {
  id: number;
  name: string;
  slug: string;
}

export interface PortalMedia {
  id: number;
  slug: string;
  sourceUrl: string;
}

export interface PortalPost {
  id: number;
  slug: string;
  status: string;
  link: string;
}

export interface MediaUpload {
  /** Deterministic per image, so a retry finds what an earlier attempt uploaded. */
  slug: string;
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
  caption: string;
  altText: string;
}

export interface PostFields {
  slug: string;
  title: string;
  excerpt: string;
  content: string;
  /** What we ask for (Settings); an update keeps a status the portal's editors moved on to. */
  status: 'pending' | 'draft' | 'publish' | 'future' | 'private';
  categories: number[];
  tags: number[];
  featuredMedia: number | null;
}

export interface PortalAdapter {
  testConnection(): Promise<ConnectionReport>;
  listCategories(): Promise<PortalTerm[]>;
  /** Returns the tags with these names, creating the missing ones. */
  ensureTags(names: readonly string[]): Promise<PortalTerm[]>;
  findMediaBySlug(slug: string): Promise<PortalMedia | null>;
  uploadMedia(upload: MediaUpload): Promise<PortalMedia>;
  /** Looks in every status (draft, pending, published, private, future). */
  findPostBySlug(slug: string): Promise<PortalPost | null>;
  getPost(id: number): Promise<PortalPost | null>;
  createPost(fields: PostFields): Promise<PortalPost>;
  updatePost(id: number, fields: PostFields): Promise<PortalPost>;
}
