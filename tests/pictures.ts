import jpegJs from 'jpeg-js';

/**
 * Test pictures made in memory, so that no test needs an image program on the
 * machine: a real baseline JPEG (jpeg-js, pure JavaScript), and GIF and WebP
 * files of one colour, written here byte by byte. All three are complete
 * images that a browser decodes, not just headers. PNGs: tests/wordpress/sample-images.ts.
 */
type Rgb = readonly [number, number, number];

/** A JPEG of the given size with a left-to-right gradient between two colours. */
export function makeJpeg(width: number, height: number, from: Rgb = [255, 0, 0], to: Rgb = [0, 0, 255]): Buffer {
  const row = Buffer.alloc(width * 4);
  for (let x = 0; x < width; x++) {
    const t = width > 1 ? x / (width - 1) : 0;
    for (let c = 0; c < 3; c++) row[x * 4 + c] = Math.round(from[c]! + (to[c]! - from[c]!) * t);
    row[x * 4 + 3] = 255;
  }
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) row.copy(data, y * row.length);
  return jpegJs.encode({ data, width, height }, 85).data;
}

/** Collects bits least-significant first, the order of both GIF's LZW codes and WebP's VP8L stream. */
class BitWriter {
  private readonly bytes: number[] = [];
  private current = 0;
  private used = 0;

  write(value: number, bits: number): void {
    for (let i = 0; i < bits; i++) {
      this.current |= ((value >>> i) & 1) << this.used;
      if (++this.used === 8) this.flush();
    }
  }

  finish(): Buffer {
    if (this.used) this.flush();
    return Buffer.from(this.bytes);
  }

  private flush(): void {
    this.bytes.push(this.current);
    this.current = 0;
    this.used = 0;
  }
}

/** A GIF89a of one colour. LZW with a clear code every two pixels keeps every code 3 bits wide. */
export function makeGif(width: number, height: number, rgb: Rgb = [255, 255, 255]): Buffer {
  const CLEAR = 4;
  const END = 5;
  const codes = new BitWriter();
  for (let left = width * height; left > 0; left -= 2) {
    codes.write(CLEAR, 3);
    codes.write(0, 3);
    if (left > 1) codes.write(0, 3);
  }
  codes.write(END, 3);
  const lzw = codes.finish();
  const blocks: Buffer[] = [];
  for (let at = 0; at < lzw.length; at += 255) {
    const part = lzw.subarray(at, at + 255);
    blocks.push(Buffer.from([part.length]), part);
  }
  const size = Buffer.alloc(4);
  size.writeUInt16LE(width, 0);
  size.writeUInt16LE(height, 2);
  return Buffer.concat([
    Buffer.from('GIF89a', 'ascii'),
    size,
    Buffer.from([0x80, 0, 0]), // a global colour table of two entries
    Buffer.from([...rgb, 0, 0, 0]),
    Buffer.from([0x2c, 0, 0, 0, 0]),
    size,
    Buffer.from([0, 2]), // no local table; LZW minimum code size 2
    ...blocks,
    Buffer.from([0, 0x3b]),
  ]);
}

/**
 * A lossless WebP (VP8L) of one colour: no transform and five prefix codes of
 * one symbol each, so that every pixel takes zero bits.
 */
export function makeWebp(width: number, height: number, rgb: Rgb = [255, 255, 255]): Buffer {
  const bits = new BitWriter();
  bits.write(0x2f, 8); // VP8L signature
  bits.write(width - 1, 14);
  bits.write(height - 1, 14);
  bits.write(0, 1); // no alpha
  bits.write(0, 3); // version 0
  bits.write(0, 1); // no transform
  bits.write(0, 1); // no colour cache
  bits.write(0, 1); // one prefix code group for the whole image
  const [red, green, blue] = rgb;
  for (const symbol of [green, red, blue, 255, 0]) {
    bits.write(1, 1); // simple code
    bits.write(0, 1); // one symbol
    bits.write(1, 1); // of 8 bits
    bits.write(symbol, 8);
  }
  let stream = bits.finish();
  const chunkSize = stream.length;
  if (chunkSize % 2) stream = Buffer.concat([stream, Buffer.from([0])]);
  const header = Buffer.alloc(20);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(12 + stream.length, 4);
  header.write('WEBPVP8L', 8, 'ascii');
  header.writeUInt32LE(chunkSize, 16);
  return Buffer.concat([header, stream]);
}
