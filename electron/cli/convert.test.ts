import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from './convert';

const FIXTURES = join(__dirname, '../../tests/fixtures/legacy');
const dir = mkdtempSync(join(tmpdir(), 'convert-cli-'));
const expected = readFileSync(join(FIXTURES, 'tcvn3.expected.txt'), 'utf8');

function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => { out += String(s); return true; });
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => { err += String(s); return true; });
  return main(args).then((code) => ({ code, out, err }));
}

afterEach(() => vi.restoreAllMocks());

describe('convert CLI', () => {
  it('prints a TCVN3 file (written by GNU iconv, CRLF) as NFC Unicode', async () => {
    const { code, out } = await run([join(FIXTURES, 'tcvn3.txt')]);
    expect(code).toBe(0);
    expect(out.replace(/\r\n/g, '\n')).toBe(expected);
    expect(out.normalize('NFC')).toBe(out);
  });

  it('--detect prints only the encoding and its confidence', async () => {
    const { code, out } = await run(['--detect', join(FIXTURES, 'tcvn3.txt')]);
    expect(code).toBe(0);
    expect(out).toMatch(/^tcvn3 (0\.9\d|1\.00)\n$/);
  });

  it('reads a Windows-1258 file written by GNU iconv (tone marks as combining bytes)', async () => {
    const file = join(dir, 'cp1258.txt');
    writeFileSync(file, execFileSync('iconv', ['-f', 'UTF-8', '-t', 'CP1258'], { input: expected }));
    expect((await run(['--from', 'cp1258', file])).out).toBe(expected);
    const detected = await run(['--detect', file]);
    expect(detected.out).toMatch(/^cp1258 /);
    expect((await run([file])).out).toBe(expected);
  });

  it('leaves a UTF-8 Unicode file as it is and says so', async () => {
    const file = join(dir, 'unicode.txt');
    writeFileSync(file, '\uFEFF' + expected);
    expect((await run([file])).out).toBe(expected);
    expect((await run(['--detect', file])).out).toBe('unicode 1.00\n');
  });

  it('converts with the encoding it is given, whatever detection would say', async () => {
    const file = join(dir, 'vni.txt');
    writeFileSync(file, Buffer.from('Hoäi nghò ñaïi bieåu', 'latin1'));
    expect((await run(['--from', 'vni', file])).out).toBe('Hội nghị đại biểu');
  });

  it('exits 64 on bad arguments and 2 when the file cannot be read, with Vietnamese messages', async () => {
    const bad = await run(['--from', 'koi8', 'x.txt']);
    expect(bad.code).toBe(64);
    expect(bad.err).toContain('Bảng mã nguồn phải là');
    const missing = await run([join(dir, 'nope.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('Không đọc được tệp');
  });
});
