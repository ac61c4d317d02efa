// @vitest-environment happy-dom
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { articleToDocx } from './export-docx';
import { longArticle } from './testing/long-article';

// The exported file as LibreOffice lays it out: converted to PDF, read back
// with pdftotext, page 1 drawn to a PNG under test-results for a person to
// look at. Needs soffice (libreoffice-writer-nogui) and poppler-utils (.ci/run).
const run = promisify(execFile);
const OUT = resolve('test-results/desk-export');
const work = mkdtempSync(join(tmpdir(), 'toasoan-docx-pdf-'));

afterAll(() => { if (!process.env.KEEP_DOCX_PDF) rmSync(work, { recursive: true, force: true }); });

/** The .docx through LibreOffice, with its own profile (no shared ~/.config, no first-start dialogs). */
async function toPdf(docx: string): Promise<string> {
  const profile = pathToFileURL(join(work, 'profile')).href;
  await run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', work, docx], {
    timeout: 240_000,
    env: { ...process.env, HOME: work },
  });
  const pdf = docx.replace(/\.docx$/, '.pdf');
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no ${pdf}`);
  return pdf;
}

async function pdfText(pdf: string, page?: number): Promise<string> {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return (await run('pdftotext', ['-layout', ...range, pdf, '-'])).stdout;
}

describe('the Word export printed through LibreOffice', () => {
  it('gives several A4 pages with the stamp on each, page numbers from page 2, and page 1 as a picture', async () => {
    const blob = await articleToDocx(longArticle(3600), async () => null, {
      stamp: { status: 'in_review', updatedAt: '2026-12-01T12:00:00Z', version: 3 },
      layout: { lineNumbers: true, notesMargin: true },
    });
    const docx = join(work, 'bai-dai.docx');
    writeFileSync(docx, new Uint8Array(await blob.arrayBuffer()));
    const pdf = await toPdf(docx);

    const info = (await run('pdfinfo', [pdf])).stdout;
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(1);
    // A4: 595 × 842 points.
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);

    const first = await pdfText(pdf, 1);
    const second = await pdfText(pdf, 2);
    const stamp = 'BẢN THẢO – Chờ duyệt – 01/12/2026 – Phiên bản 3';
    expect(first).toContain(stamp);
    expect(second).toContain(stamp);
    expect(first).toContain('Tân Thạnh tổng kết năm 2025');
    // The page number sits on the first line of page 2 (the header), alone and centred; page 1 has none.
    const headerLine = (text: string) => text.split('\n').find((l) => l.trim() !== '')!.trim();
    expect(headerLine(second)).toBe('2');
    expect(headerLine(first)).not.toMatch(/^\d+$/);
    // Line numbers in the margin: a line of page 1 begins with its number.
    expect(first).toMatch(/^\s*1\s+\S/m);
    expect(await pdfText(pdf)).toContain('Từ khóa: nông thôn mới, Tân Thạnh, tổng kết');

    mkdirSync(OUT, { recursive: true });
    await run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '2', pdf, join(OUT, 'docx-page')], { timeout: 60_000 });
    const png = join(OUT, 'docx-page-1.png');
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    console.log(`[desk-export] page 1 of the exported .docx: ${png} (${pages} pages)`);
  }, 300_000);
});
