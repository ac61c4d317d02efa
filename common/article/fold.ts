/**
 * Vietnamese accent folding for search: lower case, diacritics removed,
 * đ → d. `Tân Thạnh` → `tan thanh`, `Đảng ủy` → `dang uy`.
 *
 * Folding maps each UTF-16 code unit of NFC text to exactly one code unit, so
 * an offset in the folded text is the same offset in the original: search
 * finds hits in folded text and highlights them in the original.
 */
const memo = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = memo.get(ch);
  if (folded !== undefined) return folded;
  if (ch === 'đ' || ch === 'Đ') folded = 'd';
  else {
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    folded = base.length === 1 ? base : ch;
  }
  memo.set(ch, folded);
  return folded;
}

/** Folds NFC text; the result has the same length as the input. */
export function foldVietnamese(text: string): string {
  const lower = text.toLowerCase();
  // A few characters change length when lower-cased (e.g. İ): fold those one by one.
  const base = lower.length === text.length ? lower : slowLower(text);
  return base.replace(/[^\x00-\x7f]/g, foldChar);
}

function slowLower(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}

/** True when the text carries Vietnamese diacritics (or đ), i.e. folding changes more than case. */
export function hasDiacritics(text: string): boolean {
  return foldVietnamese(text) !== text.toLowerCase();
}

// Vietnamese alphabetical order; f, j, w, z (loan words) sit where Latin puts them.
const alphabet = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
// Tones in dictionary order: ngang, huyền, hỏi, ngã, sắc, nặng.
const tones: Record<string, string> = { '\u0300': '1', '\u0309': '2', '\u0303': '3', '\u0301': '4', '\u0323': '5' };

/**
 * A string whose plain code-point order is Vietnamese dictionary order:
 * letters first (a < ă < â < b … d < đ …), then tones as a tie-breaker.
 * Used for sorting titles in SQL, where no ICU collation is available.
 */
export function vietnameseSortKey(text: string): string {
  let primary = '';
  let secondary = '';
  for (const ch of text.normalize('NFC').toLowerCase()) {
    const parts = ch.normalize('NFD');
    let tone = '0';
    let letter = '';
    for (const p of parts) {
      if (tones[p]) tone = tones[p]!;
      else letter += p;
    }
    const base = letter.normalize('NFC');
    const index = alphabet.indexOf(base);
    if (index >= 0) {
      primary += String.fromCharCode(0x100 + index);
      secondary += tone;
    } else if (/\s/.test(base)) {
      primary += ' ';
    } else {
      // Digits and punctuation sort before letters, as in printed indexes
      // (typographic marks such as – or “ count as plain punctuation).
      primary += base.length === 1 && base.charCodeAt(0) < 0x100 ? base : '\u00bf';
    }
  }
  return `${primary}\u0001${secondary}`;
}
