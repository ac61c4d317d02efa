import { randomUUID } from 'node:crypto';

/**
 * Files the browser host received as raw bytes (`POST /upload`), kept in
 * memory until `import.file` takes them by id. Sending a 10 MB Word file as
 * base64 inside a JSON frame cost more than reading it (encoding, a 14 MB
 * string on both sides, the contract's base64 check, the decoding), so the
 * browser host takes the bytes as they are. Each upload is taken once; one
 * never taken (the page closed meanwhile) is dropped after a few minutes, and
 * the store never holds more than `maxTotalBytes` (the oldest go first).
 */
export interface UploadStore {
  /** Keeps the bytes; their id for `import.file`'s `upload`. */
  put(bytes: Buffer): string;
  /** The bytes of an upload, once (null when unknown, taken or expired). */
  take(id: string): Buffer | null;
  readonly maxBytes: number;
}

export function createUploadStore(options: { maxBytes: number; maxTotalBytes?: number; keepMs?: number; now?: () => number }): UploadStore {
  const maxTotal = options.maxTotalBytes ?? options.maxBytes * 3;
  const keepMs = options.keepMs ?? 5 * 60 * 1000;
  const now = options.now ?? Date.now;
  const uploads = new Map<string, { bytes: Buffer; at: number }>();
  let total = 0;
  const drop = (id: string) => {
    const entry = uploads.get(id);
    if (!entry) return null;
    uploads.delete(id);
    total -= entry.bytes.length;
    return entry.bytes;
  };
  const sweep = () => {
    for (const [id, entry] of uploads) if (now() - entry.at > keepMs) drop(id);
  };
  return {
    maxBytes: options.maxBytes,
    put(bytes) {
      sweep();
      // Map keeps insertion order: the oldest first.
      for (const id of uploads.keys()) {
        if (total + bytes.length <= maxTotal) break;
        drop(id);
      }
      const id = randomUUID();
      uploads.set(id, { bytes, at: now() });
      total += bytes.length;
      return id;
    },
    take(id) {
      sweep();
      return drop(id);
    },
  };
}
