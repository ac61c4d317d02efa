import { deflateRawSync } from 'node:zlib';
import type { ImportedFile } from '../../../common/api/import.api';
import { readDocx } from './docx';

/**
 * The first Word file read after the services start took about twice as long
 * as the next (V8 compiles mammoth's, jszip's and xmldom's functions when they
 * first run, and tsx its modules on first use). So once the services are idle
 * after starting, a tiny .docx made here (a heading, a bold paragraph, a
 * table, a line in TCVN3, one picture) goes through the same reading,
 * and the collaborator's file is read warm. Nothing is stored: its pictures
 * are not staged.
 */
export function warmUpDocx(): Promise<ImportedFile> {
  return readDocx('warm-up.docx', tinyDocx(), async () => null);
}

const PNG_1x1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC',
  'base64',
);

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const DRAWING =
  '<w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="9525" cy="9525"/><wp:docPr id="1" name="p"/>' +
  '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
  '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="1" name="p"/><pic:cNvPicPr/></pic:nvPicPr>' +
  '<pic:blipFill><a:blip r:embed="rIdPicture"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>';

function tinyDocx(): Buffer {
  const paragraph = (text: string, props = '', runProps = '') =>
    `<w:p><w:pPr>${props}</w:pPr><w:r><w:rPr>${runProps}</w:rPr><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const cell = (text: string) => `<w:tc>${paragraph(text)}</w:tc>`;
  const body =
    paragraph('Hội nghị tổng kết', '<w:pStyle w:val="Heading1"/>') +
    paragraph('Sapo của bài viết', '', '<w:b/>') +
    paragraph('Héi nghÞ s¬ kÕt', '', '<w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/><w:i/>') +
    `<w:tbl><w:tr>${cell('Xã')}${cell('Số hộ')}</w:tr></w:tbl>` +
    `<w:p><w:r>${DRAWING}</w:r></w:p>` +
    paragraph('Ảnh: tòa soạn', '', '<w:i/>');
  return zip([
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="png" ContentType="image/png"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ],
    [
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ],
    ['word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W} ${R}><w:body>${body}</w:body></w:document>`],
    [
      'word/_rels/document.xml.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rIdPicture" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/p.png"/></Relationships>',
    ],
    ['word/media/p.png', PNG_1x1],
  ]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A ZIP of deflated entries (the format of APPNOTE.TXT, as small as it gets). */
function zip(entries: [string, string | Buffer][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const header = (central: boolean) => {
      const out = Buffer.alloc(central ? 46 : 30);
      out.writeUInt32LE(central ? 0x02014b50 : 0x04034b50, 0);
      let at = 4;
      if (central) out.writeUInt16LE(20, (at += 2) - 2); // version made by
      out.writeUInt16LE(20, at); // version needed
      out.writeUInt16LE(8, at + 4); // deflate
      out.writeUInt32LE(crc32(data), at + 10);
      out.writeUInt32LE(packed.length, at + 14);
      out.writeUInt32LE(data.length, at + 18);
      out.writeUInt16LE(nameBytes.length, at + 22);
      if (central) out.writeUInt32LE(offset, 42);
      return Buffer.concat([out, nameBytes]);
    };
    centrals.push(header(true));
    const local = Buffer.concat([header(false), packed]);
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
