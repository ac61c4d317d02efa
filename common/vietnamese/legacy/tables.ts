/**
 * Character tables of the legacy Vietnamese encodings, as data.
 *
 * Every table lists the Vietnamese letters in one order (`LETTERS`): for each
 * vowel row the plain letter then sắc, huyền, hỏi, ngã, nặng; then đ. Each
 * encoding gives, in the same order, how that letter is written.
 *
 * Legacy text reaches us as Unicode characters that stand for single bytes:
 * Windows stores a run in a ".VnTime" or "VNI-Times" font (an ANSI-charset
 * font) as the Windows-1252 characters of its bytes, so byte 0xB8 arrives as
 * U+00B8 "¸". The tables below are written in those characters. A file's raw
 * bytes are first decoded as Windows-1252 (`decodeWindows1252`).
 *
 * Sources (re-typed as data here; no code copied):
 * - TCVN3 (ABC, TCVN 5712:1993 "VN3", fonts .VnTime, .VnArial …): the TCVN3
 *   table of UniKey's VnConv library (Pham Kim Long, GPL-2,
 *   https://github.com/vn-input/ibus-unikey, ukengine/data.cpp), checked
 *   code by code against GNU libiconv's TCVN-5712 table (lib/tcvn.h,
 *   Bruno Haible, LGPL), which agrees on every VN3 code. VN3 has no capital
 *   letters with tone marks: ABC's capital fonts (.VnTimeH, .VnArialH) draw
 *   the lower-case codes as capitals, so the same code serves both cases.
 *   libiconv's 0xB0–0xB4 (combining grave, hook, tilde, acute, dot below)
 *   are kept as well.
 * - VNI-Windows (fonts VNI-Times, VNI-Helve …): the VNI-WIN table of the
 *   same VnConv file: a base letter followed by one mark character, except
 *   đ, ơ, ư and the i-vowels and ỵ, which are one character each.
 * - Windows-1258 and Windows-1252: the WHATWG Encoding Standard indexes
 *   (https://encoding.spec.whatwg.org/index-windows-1258.txt and
 *   index-windows-1252.txt, the same mappings as the Unicode Consortium's
 *   MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1258.TXT); the tests check every byte
 *   against the platform's TextDecoder (ICU).
 * - VIQR: RFC 1456 (Viet-Std, 1993).
 */

/** Vowel rows: plain, sắc, huyền, hỏi, ngã, nặng. */
export const VOWEL_ROWS = [
  'aáàảãạ', 'âấầẩẫậ', 'ăắằẳẵặ', 'eéèẻẽẹ', 'êếềểễệ', 'iíìỉĩị',
  'oóòỏõọ', 'ôốồổỗộ', 'ơớờởỡợ', 'uúùủũụ', 'ưứừửữự', 'yýỳỷỹỵ',
] as const;

/** Every lower-case Vietnamese letter that is not plain ASCII … in table order. */
export const LETTERS: readonly string[] = [...VOWEL_ROWS.flatMap((row) => [...row]), 'đ'];

/**
 * TCVN3 (ABC), lower case, in `LETTERS` order. Plain a e i o u y are ASCII.
 * The seven capitals that VN3 does have (Ă Â Ê Ô Ơ Ư Đ) are in `TCVN3_CAPITALS`.
 */
export const TCVN3_LOWER = [
  'a¸µ¶·¹', '©ÊÇÈÉË', '¨¾»¼½Æ', 'eÐÌÎÏÑ', 'ªÕÒÓÔÖ', 'iÝ×ØÜÞ',
  'oãßáâä', '«èåæçé', '¬íêëìî', 'uóïñòô', '\u00adøõö÷ù', 'yýúûüþ',
].join('') + '®';

export const TCVN3_CAPITALS: Readonly<Record<string, string>> = {
  '¡': 'Ă', '¢': 'Â', '£': 'Ê', '¤': 'Ô', '¥': 'Ơ', '¦': 'Ư', '§': 'Đ',
};

/** libiconv's TCVN-5712 combining marks: grave, hook above, tilde, acute, dot below. */
export const TCVN3_COMBINING: Readonly<Record<string, string>> = {
  '°': '\u0300', '±': '\u0309', '²': '\u0303', '³': '\u0301', '´': '\u0323',
};

/**
 * VNI-Windows marks that follow a base letter, lower-case forms (the capital
 * forms are the same letters in upper case: ù → Ù). Index = tone (plain, sắc,
 * huyền, hỏi, ngã, nặng).
 */
export const VNI_TONE = ['', 'ù', 'ø', 'û', 'õ', 'ï'] as const;
/** After a, e, o: circumflex and the tone together. */
export const VNI_CIRCUMFLEX = ['â', 'á', 'à', 'å', 'ã', 'ä'] as const;
/** After a: breve and the tone together. */
export const VNI_BREVE = ['ê', 'é', 'è', 'ú', 'ü', 'ë'] as const;
/** One-character letters (lower case; capitals are their upper-case forms). */
export const VNI_SINGLE: Readonly<Record<string, string>> = {
  'ñ': 'đ', 'ô': 'ơ', 'ö': 'ư', 'í': 'í', 'ì': 'ì', 'æ': 'ỉ', 'ó': 'ĩ', 'ò': 'ị', 'î': 'ỵ',
};

/**
 * VNI-Windows spelling of each letter in `LETTERS` order (lower case), built
 * from the rules above: base + mark, or a single character.
 */
export const VNI_LOWER: readonly string[] = (() => {
  const out: string[] = [];
  const row = (base: string, marks: readonly string[]) => marks.forEach((m) => out.push(base + m));
  row('a', VNI_TONE);
  row('a', VNI_CIRCUMFLEX);
  row('a', VNI_BREVE);
  row('e', VNI_TONE);
  row('e', VNI_CIRCUMFLEX);
  out.push('i', 'í', 'ì', 'æ', 'ó', 'ò');
  row('o', VNI_TONE);
  row('o', VNI_CIRCUMFLEX);
  row('ô', VNI_TONE);
  row('u', VNI_TONE);
  row('ö', VNI_TONE);
  out.push('y', 'yù', 'yø', 'yû', 'yõ', 'î');
  out.push('ñ');
  return out;
})();

/**
 * Windows-1252, bytes 0x80–0x9F (0xA0–0xFF are U+00A0–U+00FF). The five
 * undefined bytes map to the C1 control of the same number, as in WHATWG.
 */
export const WINDOWS_1252_HIGH =
  '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Windows-1258, bytes 0x80–0xFF. */
export const WINDOWS_1258_HIGH =
  '€\u0081‚ƒ„…†‡ˆ‰\u008a‹Œ\u008d\u008e\u008f\u0090‘’“”•–—˜™\u009a›œ\u009d\u009eŸ' +
  '\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿' +
  'ÀÁÂĂÄÅÆÇÈÉÊË\u0300ÍÎÏĐÑ\u0309ÓÔƠÖ×ØÙÚÛÜƯ\u0303ß' +
  'àáâăäåæçèéêë\u0301íîïđñ\u0323óôơö÷øùúûüư₫ÿ';

/** VIQR (RFC 1456): tone marks (index = tone) and vowel marks. */
export const VIQR_TONE = ['', "'", '`', '?', '~', '.'] as const;
export const VIQR_VOWEL: Readonly<Record<string, string>> = {
  'a(': 'ă', 'a^': 'â', 'e^': 'ê', 'o^': 'ô', 'o+': 'ơ', 'u+': 'ư',
};
