/**
 * `npm run -s convert -- [--from auto|tcvn3|vni|viqr|cp1258] [--detect] FILE`
 *
 * Reads a text file's bytes (UTF-8, UTF-16 with a BOM, or a Windows "ANSI"
 * file as TCVN3 and VNI files are) and prints it as NFC Unicode, converting
 * from the legacy encoding it detects or the one given. `--detect` prints only
 * the encoding found and how sure (e.g. `tcvn3 0.98`). Exit 0; 2 with a
 * Vietnamese message when the file cannot be read; 64 on bad arguments.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { LEGACY_ENCODINGS, convertBytes, type LegacyEncoding } from '../../common/vietnamese/legacy/index';

interface Args { from: 'auto' | LegacyEncoding; detect: boolean; file: string }

const USAGE = 'Cách dùng: npm run -s convert -- [--from auto|tcvn3|vni|viqr|cp1258] [--detect] TỆP';

export function parseArgs(argv: string[]): Args | string {
  let from: Args['from'] = 'auto';
  let detect = false;
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--detect') detect = true;
    else if (a === '--from' || a.startsWith('--from=')) {
      const value = a === '--from' ? argv[++i] : a.slice('--from='.length);
      if (value === 'auto' || LEGACY_ENCODINGS.includes(value as LegacyEncoding)) from = value as Args['from'];
      else return `Bảng mã nguồn phải là auto, tcvn3, vni, viqr hoặc cp1258${value ? ` (không phải “${value}”)` : ''}.`;
    } else if (a.startsWith('--')) return `Không hiểu tuỳ chọn ${a}.`;
    else if (file) return USAGE;
    else file = a;
  }
  return file ? { from, detect, file } : USAGE;
}

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(args + '\n');
    return 64;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(args.file);
  } catch {
    process.stderr.write(`Không đọc được tệp “${args.file}”.\n`);
    return 2;
  }
  const result = convertBytes(bytes, args.from);
  if (args.detect) process.stdout.write(`${result.detection.encoding} ${result.detection.confidence.toFixed(2)}\n`);
  else process.stdout.write(result.text);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
