/**
 * Secrets (the portal's application password). The desktop app encrypts them
 * with Electron's safeStorage (electron/main); the browser host uses
 * `LocalPlaintextSecretStore`, a clearly named local-only fallback.
 */
export interface SecretStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  delete(key: string): void;
  /** True when values are encrypted at rest by the operating system. */
  readonly encrypted: boolean;
}
