/**
 * An error the hub answers with: an HTTP status and a code the desktop turns
 * into a Vietnamese message. The message is for logs and never holds a
 * password or token.
 */
export class HubError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HubError';
  }
}
