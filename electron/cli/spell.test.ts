import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main, parseArgs } from './spell';

const dir = mkdtempSync(join(tmpdir(), 'spell-cli-'));

function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => { out += String(s); return true; });
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => { err += String(s); return true; });
  return main(args).then((code) => ({ code, out, err }));
}

afterEach(() => vi.restoreAllMocks());

describe('spell CLI', () => {
  it('prints a JSON array with UTF-16 offsets into the file text (BOM removed, NFD kept)', async () => {
    const text = 'Huyện chỉ đạo đẩy mạnh sản suất.\nPhó Chỉ tịch xã phát biểu.\n'.normalize('NFD');
    const file = join(dir, 'nfd.txt');
    writeFileSync(file, '\uFEFF' + text, 'utf8');
    const { code, out } = await run(['--json', file]);
    expect(code).toBe(0);
    const issues = JSON.parse(out) as { start: number; end: number; text: string; kind: string }[];
    const context = issues.filter((i) => i.kind === 'context');
    expect(context.map((i) => i.text.normalize('NFC'))).toEqual(['suất', 'Chỉ']);
    for (const i of issues) expect(text.slice(i.start, i.end)).toBe(i.text);
  });

  it('prints a readable report and exits 0 when the file is clean', async () => {
    const file = join(dir, 'clean.txt');
    writeFileSync(file, 'UBND huyện tổ chức hội nghị tổng kết.\n');
    const { code, out } = await run([file]);
    expect(code).toBe(0);
    expect(out).toContain('Không tìm thấy lỗi');
  });

  it('reports line and column in the readable report', async () => {
    const file = join(dir, 'report.txt');
    writeFileSync(file, 'Dòng đầu đúng.\nChủ chương của huyện.\n');
    const { out } = await run([file]);
    expect(out).toContain(':2:5');
    expect(out).toContain('trương');
  });

  it('exits non-zero with a Vietnamese message when the file cannot be read', async () => {
    const { code, err } = await run(['--json', join(dir, 'missing.txt')]);
    expect(code).not.toBe(0);
    expect(err).toContain('Không đọc được tệp');
  });

  it('rejects unknown options', () => {
    expect(parseArgs(['--bogus', 'x.txt'])).toContain('Không hiểu tuỳ chọn');
    expect(parseArgs(['--json', 'x.txt'])).toEqual({ json: true, file: 'x.txt' });
  });

  it('learns from a corpus folder before checking', async () => {
    const corpus = join(dir, 'corpus');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(corpus, { recursive: true });
    writeFileSync(join(corpus, 'a.txt'), 'Bốn người thợ liệm làm việc cả đêm. Một thợ liệm khác nói với chúng tôi.');
    const file = join(dir, 'liem.txt');
    writeFileSync(file, 'Một thợ liệm khác nói.\n');
    // Without the corpus, the model reads "liệm" as the commoner "niệm".
    const before = await run(['--json', file]);
    expect(JSON.parse(before.out).map((i: { text: string }) => i.text)).toEqual(['liệm']);
    const { code, out } = await run(['--json', '--learn', corpus, file]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual([]);
  });
});
