import type { Database } from 'better-sqlite3';
import { crc32 } from 'node:zlib';

/**
 * Checksums of stored Yjs data (updates, snapshots, versions).
 *
 * SQLite checks its own pages, not what is inside a BLOB: one flipped bit in
 * a stored update passes `PRAGMA integrity_check` and then either breaks the
 * article's decoding or silently changes a word. Every BLOB that holds part of
 * a document is therefore stored with the CRC-32 of its bytes and checked when
 * it is loaded. The hub stores the same updates and uses the same functions.
 *
 *   const crc = checksum(update);                 // store it next to the bytes
 *   if (!isIntact(bytes, crc)) …                  // on load
 *   const { intact, damagedAt } = intactPrefix(rows); // a log, in order
 */

/** CRC-32 (IEEE, as zlib and PNG) of the bytes, as an unsigned 32-bit integer. */
export function checksum(bytes: Uint8Array): number {
  return crc32(bytes) >>> 0;
}

/**
 * Whether stored bytes still match their checksum. `null`/`undefined` means
 * the row predates checksums and cannot be checked: it is taken as intact.
 */
export function isIntact(bytes: Uint8Array, stored: number | null | undefined): boolean {
  if (stored === null || stored === undefined) return true;
  return checksum(bytes) === stored >>> 0;
}

export interface ChecksummedRow {
  data: Uint8Array;
  crc: number | null;
}

/**
 * The longest run of intact rows from the start of a log. `damagedAt` is the
 * index of the first damaged row (null when every row is intact): rows from
 * there on may build on the damaged one and are not trusted.
 */
export function intactPrefix<R extends ChecksummedRow>(rows: readonly R[]): { intact: R[]; damagedAt: number | null } {
  const index = rows.findIndex((row) => !isIntact(row.data, row.crc));
  return index < 0 ? { intact: [...rows], damagedAt: null } : { intact: rows.slice(0, index), damagedAt: index };
}

/** Registers `toasoan_crc32(blob)` on a connection, for SQL that fills or checks checksums in bulk. */
export function registerChecksumFunction(db: Database): void {
  db.function('toasoan_crc32', { deterministic: true }, (value: unknown) =>
    value instanceof Uint8Array ? checksum(value) : null,
  );
}
