import { createHash } from 'node:crypto';

/**
 * Test videos made in memory, so no test needs ffmpeg: an MP4 container
 * (`ftyp` box, then an `mdat` box holding `bytes` of pseudo-random payload,
 * so that no two sizes or seeds hash alike) and a WebM EBML header followed by
 * payload. They are recognised as MP4/WebM by their bytes, as the app does;
 * a browser cannot play them (there is no coded frame), which is also what
 * the editor must cope with.
 */
export function makeMp4(bytes: number, seed = 1): Buffer {
  const ftyp = Buffer.from('0000001c667479706973366d0000020069736f6d69736f326d703431', 'hex');
  const header = Buffer.alloc(8);
  const mdatSize = Math.max(8, bytes - ftyp.length);
  header.writeUInt32BE(mdatSize, 0);
  header.write('mdat', 4, 'latin1');
  const payload = pseudoRandom(mdatSize - 8, seed);
  return Buffer.concat([ftyp, header, payload]);
}

export function makeWebm(bytes: number, seed = 1): Buffer {
  // EBML header: version 1, doctype "webm".
  const ebml = Buffer.from('1a45dfa3a34286810142f7810142f2810442f381084282847765626d42878104428581021853806701ffffffffffffff', 'hex');
  return Buffer.concat([ebml, pseudoRandom(Math.max(0, bytes - ebml.length), seed)]);
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Deterministic bytes (xorshift32), fast enough for 50 MB. */
function pseudoRandom(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let x = (seed * 2654435761) >>> 0 || 1;
  let i = 0;
  for (; i + 4 <= length; i += 4) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out.writeUInt32LE(x, i);
  }
  for (; i < length; i++) out[i] = i & 0xff;
  return out;
}
