import { decodeWindows1252, fromLegacy, type LegacyEncoding } from './convert';
import { convertLegacy, type Conversion } from './detect';

/**
 * A text file's bytes → text, before any legacy conversion. A BOM decides;
 * otherwise bytes that are valid UTF-8 are UTF-8 (that is also how Word's
 * "Unicode text" of a .VnTime document looks: TCVN3 letters as UTF-8), and
 * anything else is a Windows "ANSI" file: TCVN3 and VNI files are single-byte,
 * read through Windows-1252 as Windows shows them (see tables.ts).
 */
export type ByteEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export function textOfBytes(bytes: Uint8Array): { text: string; encoding: ByteEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeUtf8(bytes.subarray(3)) ?? decodeWindows1252(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeUtf16(bytes.subarray(2), true), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeUtf16(bytes.subarray(2), false), encoding: 'utf-16be' };
  const utf8 = decodeUtf8(bytes);
  return utf8 !== null ? { text: utf8, encoding: 'utf-8' } : { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

/** A file's bytes → NFC Unicode: the byte encoding first, then the legacy one (detected unless given). */
export function convertBytes(bytes: Uint8Array, from: 'auto' | LegacyEncoding = 'auto'): Conversion & { bytes: ByteEncoding } {
  const { text, encoding } = textOfBytes(bytes);
  if (from !== 'auto') {
    const out = fromLegacy(text, from);
    return { text: out, detection: { encoding: from, confidence: 1, evidence: 0 }, converted: out !== text, bytes: encoding };
  }
  return { ...convertLegacy(text), bytes: encoding };
}

/** Strict UTF-8 (no overlongs, no surrogates); null when the bytes are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  const units: number[] = [];
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    let code: number;
    let need: number;
    let min: number;
    if (b < 0x80) { code = b; need = 0; min = 0; }
    else if (b >= 0xc2 && b < 0xe0) { code = b & 0x1f; need = 1; min = 0x80; }
    else if (b >= 0xe0 && b < 0xf0) { code = b & 0x0f; need = 2; min = 0x800; }
    else if (b >= 0xf0 && b < 0xf5) { code = b & 0x07; need = 3; min = 0x10000; }
    else return null;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return null;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
    if (code >= 0x10000) {
      code -= 0x10000;
      units.push(0xd800 + (code >> 10), 0xdc00 + (code & 0x3ff));
    } else units.push(code);
    i += need + 1;
    if (units.length >= 8192) {
      out += String.fromCharCode(...units);
      units.length = 0;
    }
  }
  return out + String.fromCharCode(...units);
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  let out = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out += String.fromCharCode(littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
  }
  return out;
}
