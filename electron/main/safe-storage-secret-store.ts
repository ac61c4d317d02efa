import Store from 'electron-store';
import { safeStorage } from 'electron';
import type { SecretStore } from '../services/secrets/secret-store';

/**
 * Secrets encrypted by the operating system (DPAPI on Windows, the keyring on
 * Linux) through Electron's safeStorage. Only the ciphertext is written.
 */
export class SafeStorageSecretStore implements SecretStore {
  private readonly store: Store<Record<string, string>>;

  constructor(userDataDir: string) {
    this.store = new Store<Record<string, string>>({ cwd: userDataDir, name: 'secrets' });
  }

  get encrypted(): boolean {
    return safeStorage.isEncryptionAvailable();
  }

  get(key: string): string | null {
    const value = this.store.get(key);
    if (typeof value !== 'string' || !this.encrypted) return null;
    try {
      return safeStorage.decryptString(Buffer.from(value, 'base64'));
    } catch {
      return null;
    }
  }

  set(key: string, value: string): void {
    if (!this.encrypted) {
      throw new Error('the operating system offers no encryption; refusing to store a secret in plain text');
    }
    this.store.set(key, safeStorage.encryptString(value).toString('base64'));
  }

  delete(key: string): void {
    this.store.delete(key);
  }
}
