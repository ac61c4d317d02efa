import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { decodeWindows1252, decodeWindows1258, fromCp1258, fromTcvn3, fromViqr, fromVni, windows1252Byte } from './convert';
import { LETTERS, TCVN3_CAPITALS, TCVN3_LOWER, VIQR_TONE, VNI_LOWER, WINDOWS_1258_HIGH } from './tables';

const upper = (s: string) => s.toUpperCase();
const bytesOf = (text: string) => Uint8Array.from([...text].map(windows1252Byte));

function hasIconv(): boolean {
  try {
    execFileSync('iconv', ['-f', 'TCVN5712-1', '-t', 'UTF-8'], { input: 'a' });
    return true;
  } catch {
    return false;
  }
}

describe('Windows-1252 and Windows-1258 tables', () => {
  const all = Uint8Array.from({ length: 256 }, (_, i) => i);

  it('decode every byte as the platform (ICU) does', () => {
    // Node's TextDecoder reads "windows-1252" as Latin-1, so 0x80–0x9F are checked against GNU iconv.
    expect(decodeWindows1252(all.slice(0xa0))).toBe(new TextDecoder('latin1').decode(all.slice(0xa0)));
    if (hasIconv()) {
      const defined = [...all.slice(0x80, 0xa0)].filter((b) => ![0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(b));
      const viaIconv = execFileSync('iconv', ['-f', 'CP1252', '-t', 'UTF-8'], { input: Buffer.from(defined) }).toString('utf8');
      expect(decodeWindows1252(Uint8Array.from(defined))).toBe(viaIconv);
    }
    for (let b = 0x80; b < 0x100; b++) {
      const one = Uint8Array.of(b);
      expect(WINDOWS_1258_HIGH[b - 0x80], `0x${b.toString(16)}`).toBe(new TextDecoder('windows-1258').decode(one));
    }
  });

  it('gives back the byte of every Windows-1252 character', () => {
    const text = decodeWindows1252(all);
    expect([...text].map(windows1252Byte)).toEqual([...all]);
  });
});

describe('TCVN3 (ABC): every letter of the table, both cases', () => {
  it('decodes each lower-case code to its letter and, in a capital font, to the capital', () => {
    const codes = [...TCVN3_LOWER];
    expect(codes).toHaveLength(LETTERS.length);
    codes.forEach((code, i) => {
      expect(fromTcvn3(code), `code ${code}`).toBe(LETTERS[i]);
      expect(fromTcvn3(code, { capitals: true }), `code ${code} in .VnTimeH`).toBe(upper(LETTERS[i]!));
    });
    for (const [code, letter] of Object.entries(TCVN3_CAPITALS)) expect(fromTcvn3(code)).toBe(letter);
  });

  it('reads an all-capital word written in .VnTime as capitals', () => {
    expect(fromTcvn3('HéI NGHÞ §¹I BIÓU')).toBe('HỘI NGHỊ ĐẠI BIỂU');
    expect(fromTcvn3('Héi nghÞ')).toBe('Hội nghị');
  });

  it.skipIf(!hasIconv())('agrees with GNU iconv (TCVN5712-1) on every code', () => {
    const codes = [...TCVN3_LOWER, ...Object.keys(TCVN3_CAPITALS)].join('');
    const viaIconv = execFileSync('iconv', ['-f', 'TCVN5712-1', '-t', 'UTF-8'], { input: Buffer.from(bytesOf(codes)) })
      .toString('utf8')
      .normalize('NFC');
    expect(fromTcvn3(decodeWindows1252(bytesOf(codes)))).toBe(viaIconv);
    // libiconv's combining tone marks, after a base letter.
    const combining = 'a\u00b0a\u00b1a\u00b2a\u00b3a\u00b4';
    const iconvCombining = execFileSync('iconv', ['-f', 'TCVN5712-1', '-t', 'UTF-8'], { input: Buffer.from(bytesOf(combining)) })
      .toString('utf8')
      .normalize('NFC');
    expect(fromTcvn3(combining)).toBe(iconvCombining);
    expect(iconvCombining).toBe('àảãáạ');
  });
});

describe('VNI-Windows: every letter of the table, both cases', () => {
  it('decodes each spelling, in lower case, in capitals and with a lower-case mark after a capital', () => {
    expect(VNI_LOWER).toHaveLength(LETTERS.length);
    VNI_LOWER.forEach((spelling, i) => {
      const letter = LETTERS[i]!;
      expect(fromVni(spelling), spelling).toBe(letter);
      expect(fromVni(upper(spelling)), upper(spelling)).toBe(upper(letter));
      const [base, mark] = [...spelling];
      if (mark !== undefined) expect(fromVni(upper(base!) + mark)).toBe(upper(letter));
    });
  });

  it('decodes whole words', () => {
    expect(fromVni('Hoäi nghò ñaïi bieåu Ñaûng boä tænh Ñaék Laék')).toBe('Hội nghị đại biểu Đảng bộ tỉnh Đắk Lắk');
    expect(fromVni('NGÖÔØI DAÂN')).toBe('NGƯỜI DÂN');
  });
});

describe('VIQR: every letter, both cases', () => {
  const viqrOf = (letter: string): string => {
    const nfd = letter.normalize('NFD');
    const base = nfd[0]!;
    const marks = nfd.slice(1);
    let out = base;
    if (base.toLowerCase() === 'đ' || letter.toLowerCase() === 'đ') return letter === 'đ' ? 'dd' : 'DD';
    if (marks.includes('\u0306')) out += '(';
    if (marks.includes('\u0302')) out += '^';
    if (marks.includes('\u031b')) out += '+';
    const tones = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
    const tone = tones.findIndex((m, i) => i > 0 && marks.includes(m));
    return out + (tone > 0 ? VIQR_TONE[tone] : '');
  };

  it('decodes each letter followed by a consonant, in both cases', () => {
    for (const letter of LETTERS) {
      expect(fromViqr(`${viqrOf(letter)}n`), viqrOf(letter)).toBe(`${letter}n`);
      expect(fromViqr(`${viqrOf(upper(letter))}N`), viqrOf(upper(letter))).toBe(`${upper(letter)}N`);
    }
  });

  it('tells a sentence-final full stop from the dot-below tone, and honours the escape', () => {
    expect(fromViqr('Ha` No^.i. Ta^.p the^? o+? dda^y.')).toBe('Hà Nội. Tập thể ở đây.');
    expect(fromViqr('ma\\.')).toBe('ma.');
  });
});

describe('Windows-1258: every letter, both cases', () => {
  /** The bytes Windows writes for a letter: base (precomposed where 1258 has it) + tone byte. */
  const cp1258Bytes = (letter: string): number[] => {
    const table = [...WINDOWS_1258_HIGH];
    const byteOf = (c: string) => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : 0x80 + table.indexOf(c));
    if (table.includes(letter)) return [byteOf(letter)];
    const nfd = letter.normalize('NFD');
    const tone = [...nfd].find((c) => '\u0300\u0301\u0303\u0309\u0323'.includes(c)) ?? '';
    const base = nfd.replace(tone, '').normalize('NFC');
    expect(table.includes(base) || base.charCodeAt(0) < 0x80, `base ${base}`).toBe(true);
    return tone ? [byteOf(base), byteOf(tone)] : [byteOf(base)];
  };

  it('decodes each letter from bytes (as ICU does) and from text misread as Windows-1252', () => {
    for (const letter of LETTERS.flatMap((l) => [l, upper(l)])) {
      const bytes = Uint8Array.from(cp1258Bytes(letter));
      expect(new TextDecoder('windows-1258').decode(bytes).normalize('NFC')).toBe(letter);
      expect(decodeWindows1258(bytes), letter).toBe(letter);
      expect(fromCp1258(decodeWindows1252(bytes)), letter).toBe(letter);
    }
  });
});
