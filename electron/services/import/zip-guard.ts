import { inflateRawSync } from 'node:zlib';
import { ServiceError } from '../../../common/api/errors';

/** Limits of what a .docx may unpack to. Tests lower them; production keeps these values. */
export const zipLimits = { maxEntries: 10_000, maxTotalBytes: 512 * 1024 * 1024, maxRatio: 200 };

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Checks a .docx before anything parses it: it must be a complete ZIP whose
 * entries really unpack (each one inflated here, with a ceiling, so a zip
 * bomb stops at the limit rather than filling the memory) and that holds
 * word/document.xml. An OLE compound file is either an encrypted Office
 * document (it holds "EncryptedPackage") or an old Word 97–2003 .doc.
 */
export function checkDocx(bytes: Buffer): void {
  if (CFB_MAGIC.every((b, i) => bytes[i] === b)) {
    if (bytes.includes(Buffer.from('EncryptedPackage', 'utf16le'))) {
      throw new ServiceError('IMPORT_ENCRYPTED', 'an encrypted (password-protected) Office file');
    }
    throw new ServiceError('IMPORT_OLD_WORD', 'an OLE compound file (Word 97-2003 .doc), not a .docx');
  }
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== 0x04034b50) {
    throw new ServiceError('IMPORT_NOT_WORD', 'not a ZIP file, so not a .docx');
  }
  const entries = centralDirectory(bytes);
  if (!entries.some((e) => e.name === 'word/document.xml')) {
    throw new ServiceError('IMPORT_NOT_WORD', 'a ZIP without word/document.xml');
  }
  let total = 0;
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const size = inflatedSize(bytes, entry, zipLimits.maxTotalBytes - total);
    total += size;
  }
}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  offset: number;
}

function damaged(why: string): ServiceError {
  return new ServiceError('IMPORT_DAMAGED', `damaged or truncated .docx: ${why}`);
}

function centralDirectory(bytes: Buffer): Entry[] {
  // The end-of-central-directory record is in the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged('no end of central directory (the file was cut short?)');
  const count = bytes.readUInt16LE(eocd + 10);
  const dirSize = bytes.readUInt32LE(eocd + 12);
  let at = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || at === 0xffffffff) throw damaged('ZIP64 is not used by Word documents');
  if (count > zipLimits.maxEntries) throw new ServiceError('IMPORT_ZIP_BOMB', `${count} entries`);
  if (at + dirSize > eocd) throw damaged('central directory outside the file');
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) throw damaged(`central directory entry ${i}`);
    const nameLength = bytes.readUInt16LE(at + 28);
    const entry: Entry = {
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      offset: bytes.readUInt32LE(at + 42),
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
    };
    if (bytes.readUInt16LE(at + 8) & 1) throw new ServiceError('IMPORT_ENCRYPTED', `entry ${entry.name} is encrypted`);
    entries.push(entry);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

/** Inflates one entry (never past `room` bytes) and returns its real size. */
function inflatedSize(bytes: Buffer, entry: Entry, room: number): number {
  const local = entry.offset;
  if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50) throw damaged(`local header of ${entry.name}`);
  const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw damaged(`${entry.name} runs past the end of the file`);
  const limit = Math.min(room, Math.max(entry.size, 1), zipLimits.maxRatio * Math.max(entry.compressedSize, 1024));
  if (entry.size > limit) {
    throw new ServiceError('IMPORT_ZIP_BOMB', `${entry.name} claims ${entry.size} bytes from ${entry.compressedSize}`);
  }
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw damaged(`${entry.name}: stored sizes differ`);
    return entry.size;
  }
  if (entry.method !== 8) throw damaged(`${entry.name} uses compression method ${entry.method}`);
  let out: Buffer;
  try {
    out = inflateRawSync(bytes.subarray(start, end), { maxOutputLength: limit + 1 });
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new ServiceError('IMPORT_ZIP_BOMB', `${entry.name} unpacks to more than ${limit} bytes`);
    }
    throw damaged(`${entry.name} does not inflate (${String(error)})`);
  }
  if (out.length !== entry.size) {
    if (out.length > entry.size) throw new ServiceError('IMPORT_ZIP_BOMB', `${entry.name} unpacks past its declared size`);
    throw damaged(`${entry.name} unpacks to ${out.length} bytes, not ${entry.size}`);
  }
  return out.length;
}
