/**
 * Error codes the UI can translate. A service throws `ServiceError` with one of
 * these; the transports turn it into `{ ok: false, error: { code, message } }`.
 * `message` is for logs (English, technical); the UI shows the Vietnamese text
 * from its catalogue for `code`.
 */
export const errorCodes = [
  // transport and contract
  'BAD_REQUEST',
  'UNKNOWN_METHOD',
  'INVALID_ARGUMENTS',
  'INVALID_RESULT',
  'UNAUTHORIZED',
  'FORBIDDEN_SENDER',
  'INTERNAL',
  'DISCONNECTED',
  'TIMEOUT',
  // settings
  'SETTINGS_WRITE_FAILED',
  // storage
  'DB_CORRUPT',
  'DB_FAILED',
  'DB_DISK_FULL',
  'DB_READ_ONLY',
  // drafts and history
  'DRAFT_NOT_FOUND',
  'DRAFT_IN_TRASH',
  'DRAFT_NOT_IN_TRASH',
  'INVALID_UPDATE',
  'VERSION_NOT_FOUND',
  'VERSION_DAMAGED',
  'INVALID_STATUS_CHANGE',
  'REVIEW_NOTE_REQUIRED',
  // images
  'IMAGE_NOT_FOUND',
  'IMAGE_UNREADABLE',
  'IMAGE_TOO_LARGE',
  'IMAGE_DOWNLOAD_FAILED',
  'IMAGE_ADDRESS_REFUSED',
  // videos
  'VIDEO_NOT_FOUND',
  'VIDEO_UNREADABLE',
  'VIDEO_TOO_LARGE',
  // files
  'FILE_UNREADABLE',
  'EXPORT_FAILED',
  // opening Word and text files
  'IMPORT_TOO_LARGE',
  'IMPORT_NOT_WORD',
  'IMPORT_OLD_WORD',
  'IMPORT_ENCRYPTED',
  'IMPORT_DAMAGED',
  'IMPORT_ZIP_BOMB',
  'IMPORT_UPLOAD_GONE',
  // portal and outbox
  'PORTAL_NOT_CONFIGURED',
  'PORTAL_UNREACHABLE',
  'PORTAL_TIMEOUT',
  'PORTAL_AUTH_FAILED',
  'PORTAL_FORBIDDEN',
  'PORTAL_SERVER_ERROR',
  'PORTAL_BAD_RESPONSE',
  'PORTAL_NO_API',
  'PORTAL_NOT_CHECKED',
  'PORTAL_PLAIN_HTTP',
  'PORTAL_CATEGORY_MISSING',
  'PORTAL_MEDIA_REJECTED',
  'PORTAL_MEDIA_TOO_LARGE',
  'PORTAL_CANCELLED',
  'PORTAL_NOT_APPROVED',
  'PORTAL_IMAGES_PENDING',
  'OUTBOX_NOT_FOUND',
  'OUTBOX_SENDING',
  // newsroom hub (the desktop's link to it, and the hub's own answers)
  'HUB_NOT_CONFIGURED',
  'HUB_UNREACHABLE',
  'HUB_OFFLINE',
  'HUB_LOGIN_FAILED',
  'HUB_THROTTLED',
  'HUB_ACCOUNT_DISABLED',
  'HUB_SESSION_INVALID',
  'HUB_FORBIDDEN',
  'HUB_CONFLICT',
  'HUB_ACCOUNT_EXISTS',
  'HUB_ACCOUNT_NOT_FOUND',
  'HUB_ARTICLE_NOT_FOUND',
  'HUB_SELF_LOCKOUT',
  'HUB_BAD_RESPONSE',
  // statistics and royalties
  'STATS_FORBIDDEN',
  'ROYALTY_NOTE_REQUIRED',
  'ROYALTY_OUT_OF_RANGE',
  'ROYALTY_NOT_CLOSABLE',
  'ROYALTY_PERIOD_CLOSED',
  // the newsroom's channels (Facebook Page, Zalo OA)
  'CHANNEL_NOT_CONFIGURED',
  'CHANNEL_UNREACHABLE',
  'CHANNEL_TIMEOUT',
  'CHANNEL_TOKEN_EXPIRED',
  'CHANNEL_RATE_LIMITED',
  'CHANNEL_FORBIDDEN',
  'CHANNEL_REJECTED',
  'CHANNEL_SERVER_ERROR',
  'CHANNEL_BAD_RESPONSE',
  'CHANNEL_TOO_LONG',
  'CHANNEL_EMPTY',
  'CHANNEL_COVER_MISSING',
  'CHANNEL_NOT_PUBLISHED',
  'SHARE_NOT_FOUND',
  'SHARE_SENDING',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
}

export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value);
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };
