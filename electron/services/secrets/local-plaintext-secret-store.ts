import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from '../fs-atomic';
import type { SecretStore } from './secret-store';

const SecretsFile = z.record(z.string(), z.string());

/**
 * Browser-host and test fallback: secrets in a file readable only by the
 * user (mode 0600), NOT encrypted. The name says so on purpose; the desktop
 * app never uses it.
 */
export class LocalPlaintextSecretStore implements SecretStore {
  readonly encrypted = false;
  private values: Record<string, string>;

  constructor(private readonly path: string) {
    this.values = {};
    if (existsSync(path)) {
      const parsed = SecretsFile.safeParse(safeJson(readFileSync(path, 'utf8')));
      if (parsed.success) this.values = parsed.data;
    }
  }

  get(key: string): string | null {
    return this.values[key] ?? null;
  }

  set(key: string, value: string): void {
    this.values = { ...this.values, [key]: value };
    writeFileAtomic(this.path, JSON.stringify(this.values));
  }

  delete(key: string): void {
    const { [key]: _removed, ...rest } = this.values;
    this.values = rest;
    writeFileAtomic(this.path, JSON.stringify(this.values));
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
