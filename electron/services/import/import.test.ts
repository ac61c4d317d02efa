import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServiceError } from '../../../common/api/errors';
import { findImageFile } from '../images/image-files';
import { createImportDomain } from './import.domain';
import { createUploadStore } from './uploads';
import { warmUpDocx } from './warm-up';

const FIXTURES = join(__dirname, '../../../tests/fixtures/legacy');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const lines = (name: string) => readFileSync(join(FIXTURES, name), 'utf8').trim().split('\n');
let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'toasoan-import-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));
const domain = () => createImportDomain({ dataDir }, undefined, { warmUpAfterMs: null });
const importFile = (fileName: string, bytes: Buffer) =>
  Promise.resolve(domain().handlers['import.file']({ fileName, data: bytes.toString('base64') }));
const staged = () => (existsSync(join(dataDir, 'imports')) ? readdirSync(join(dataDir, 'imports')) : []);

async function refusal(fileName: string, bytes: Buffer): Promise<string> {
  try {
    await importFile(fileName, bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(ServiceError);
    return (error as ServiceError).code;
  }
  throw new Error('accepted');
}

/** A one-entry ZIP (stored sizes as given, so a test can lie about them). */
function zip(name: string, content: Buffer, declaredSize = content.length): Buffer {
  const data = deflateRawSync(content);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const dirOffset = local.length + nameBytes.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(dirOffset, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

describe('import.file: Word files', () => {
  it('reads the LibreOffice .docx with .VnTime, .VnTimeH and VNI-Times runs as NFC Unicode, with its structure', async () => {
    const result = await importFile('hoi-nghi.docx', fixture('word-vntime.docx'));
    const expected = lines('word-vntime.expected.txt');
    expect(result.kind).toBe('docx');
    expect(result.fileName).toBe('hoi-nghi.docx');
    expect(result.title).toBe(expected[0]);
    expect(result.sapo).toBe(expected[1]);
    expect(result.legacy?.encoding).toBe('tcvn3');
    const html = result.html;
    expect(html.normalize('NFC')).toBe(html);
    expect(html).toContain(`<p>${expected[2]}<sup><a href="#footnote-`);
    expect(html).toContain(`<h2>${expected[3]}</h2>`);
    expect(html).toContain(`<ul><li>${expected[4]}</li><li>${expected[5]}</li></ul>`);
    expect(html).toContain(`<p>${expected[6]}</p>`);
    expect(html).toContain(`<p>${expected[7]}</p>`);
    expect(html).toContain(`<p>${expected[8]} <a href="https://hoatien.gov.vn/"><em>Xem thêm</em></a></p>`);
    expect(html).toContain('<table><tr><td><p>Chỉ tiêu</p></td><td><p>Kết quả</p></td></tr><tr><td><p>Hộ nghèo</p></td>');
    expect(html).toContain('<img src="toasoan-picture:0" />');
    expect(result.pictures).toHaveLength(1);
    expect(result.pictures[0]).toMatchObject({ mime: 'image/png', displayCopy: false });
    expect(result.pictures[0]!.width).toBeGreaterThan(0);
    expect(staged()).toEqual([result.importId]);
    expect(html).toContain('<p><em>Quang cảnh hội nghị</em></p>');
    expect(result.notes).toEqual([`<p>${expected[9]}</p>`]);
    expect(result.skippedImages).toBe(0);
  });

  it('import.adopt moves the staged pictures into the article, once', async () => {
    const result = await importFile('hoi-nghi.docx', fixture('word-vntime.docx'));
    const adopt = domain().handlers['import.adopt'];
    const { images } = await Promise.resolve(adopt({ importId: result.importId!, articleId: 'bai-1' }));
    expect(images).toHaveLength(1);
    expect(images[0]).toMatchObject({ mime: 'image/png', width: result.pictures[0]!.width, bytes: result.pictures[0]!.bytes, hasDisplayCopy: false });
    const file = findImageFile(dataDir, 'bai-1', images[0]!.imageId, 'original')!;
    expect(readFileSync(file).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(staged()).toEqual([]);
    await expect(Promise.resolve().then(() => adopt({ importId: result.importId!, articleId: 'bai-2' }))).rejects.toMatchObject({ code: 'IMAGE_NOT_FOUND' });
  });

  it('sweeps pictures never adopted after an hour', async () => {
    const first = await importFile('a.docx', fixture('word-vntime.docx'));
    const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(join(dataDir, 'imports', first.importId!), old, old);
    const second = await importFile('b.docx', fixture('word-vntime.docx'));
    expect(staged()).toEqual([second.importId]);
  });

  it('refuses what is not a .docx with a code the UI explains, and reads nothing else', async () => {
    const docx = fixture('word-vntime.docx');
    expect(await refusal('a.docx', Buffer.from('Hello, this is not Word'))).toBe('IMPORT_NOT_WORD');
    expect(await refusal('a.docx', docx.subarray(0, Math.floor(docx.length * 0.6)))).toBe('IMPORT_DAMAGED');
    expect(await refusal('a.docx', zip('word/other.xml', Buffer.from('<x/>')))).toBe('IMPORT_NOT_WORD');
    // A CFB (OLE) container, as Word 97-2003 and encrypted .docx files are.
    const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    expect(await refusal('cu.doc', cfb)).toBe('IMPORT_OLD_WORD');
    expect(await refusal('mat-khau.docx', Buffer.concat([cfb, Buffer.from('EncryptedPackage', 'utf16le')]))).toBe('IMPORT_ENCRYPTED');
    expect(staged()).toEqual([]);
  });

  it('stops zip bombs: an honest 64 MB of zeros, and an entry that lies about its size', async () => {
    const zeros = Buffer.alloc(64 * 1024 * 1024);
    expect(await refusal('bom.docx', zip('word/document.xml', zeros))).toBe('IMPORT_ZIP_BOMB');
    expect(await refusal('bom.docx', zip('word/document.xml', zeros.subarray(0, 8 * 1024 * 1024), 1000))).toBe('IMPORT_ZIP_BOMB');
  });
});

describe('import.file: text files', () => {
  it('reads a TCVN3 .txt (written by GNU iconv) as Unicode, first line as the title', async () => {
    const expected = lines('tcvn3.expected.txt');
    const result = await importFile('hoi-nghi.txt', fixture('tcvn3.txt'));
    expect(result.kind).toBe('txt');
    expect(result.legacy?.encoding).toBe('tcvn3');
    expect(result.title).toBe(expected[0]);
    expect(result.html).toBe(expected.slice(1).map((l) => `<p>${l}</p>`).join(''));
  });
});

describe('import.file: bytes sent as they are (the browser host\'s POST /upload)', () => {
  it('reads an upload like the same bytes in base64, and only once', async () => {
    const uploads = createUploadStore({ maxBytes: 1024 * 1024 });
    const handlers = createImportDomain({ dataDir }, uploads, { warmUpAfterMs: null }).handlers;
    const id = uploads.put(fixture('word-vntime.docx'));
    const byUpload = await Promise.resolve(handlers['import.file']({ fileName: 'hoi-nghi.docx', upload: id }));
    const byBase64 = await importFile('hoi-nghi.docx', fixture('word-vntime.docx'));
    expect({ ...byUpload, importId: null }).toEqual({ ...byBase64, importId: null });
    await expect(Promise.resolve().then(() => handlers['import.file']({ fileName: 'hoi-nghi.docx', upload: id }))).rejects.toMatchObject({
      code: 'IMPORT_UPLOAD_GONE',
    });
  });

  it('the store keeps an upload a few minutes and never more than its total, dropping the oldest', () => {
    let now = 0;
    const uploads = createUploadStore({ maxBytes: 10, maxTotalBytes: 20, keepMs: 1000, now: () => now });
    const a = uploads.put(Buffer.alloc(10, 1));
    const b = uploads.put(Buffer.alloc(10, 2));
    const c = uploads.put(Buffer.alloc(10, 3));
    expect(uploads.take(a)).toBeNull();
    expect(uploads.take(b)).toEqual(Buffer.alloc(10, 2));
    expect(uploads.take(b)).toBeNull();
    now = 1001;
    expect(uploads.take(c)).toBeNull();
  });
});

describe('the warm-up after start', () => {
  it('reads its own small Word file through the whole path (title, sapo, TCVN3 run, table, picture), staging nothing', async () => {
    const read = await warmUpDocx();
    expect(read).toMatchObject({ title: 'Hội nghị tổng kết', sapo: 'Sapo của bài viết', legacy: { encoding: 'tcvn3', runs: 1 }, importId: null });
    expect(read.html).toContain('<p><em>Hội nghị sơ kết</em></p>');
    expect(read.html).toContain('<table>');
    expect(read.pictures).toEqual([{ mime: 'image/png', width: 1, height: 1, bytes: 69, displayCopy: false }]);
    expect(staged()).toEqual([]);
  });
});
