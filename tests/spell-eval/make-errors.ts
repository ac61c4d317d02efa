/**
 * Builds errors.tsv from base.txt: each correct base sentence gets two
 * realistic errors of different kinds, injected into one syllable with a
 * seeded random generator (so the file is reproducible), plus the classic
 * examples of issue 5. Run: npx tsx tests/spell-eval/make-errors.ts
 * The generator knows nothing about the engine's lexicon.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addTone, skeleton, stripTone, toneOfChar, type Tone } from '../../common/vietnamese/alphabet';
import { composeSyllable, isWellFormed, parseSyllable } from '../../common/vietnamese/syllable';

const here = dirname(fileURLToPath(import.meta.url));

let seed = 20250326;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
/** Restart the generator (the real-text set uses its own seed). */
export function reseed(n: number): void { seed = n; }
export { random, pick };
const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;

export type Inject = (word: string) => string | null;

const ONSET_SWAPS: Record<string, string[]> = { ch: ['tr'], tr: ['ch'], s: ['x'], x: ['s'], d: ['gi', 'r'], gi: ['d'], r: ['d', 'gi'], l: ['n'], n: ['l'] };
const CODA_SWAPS: Record<string, string> = { n: 'ng', ng: 'n', c: 't', t: 'c' };
const NEAR: Record<string, string> = { a: 'sq', s: 'ad', d: 'sf', g: 'fh', h: 'gj', k: 'jl', l: 'k', q: 'w', e: 'wr', r: 'et', t: 'ry', y: 'tu', u: 'yi', i: 'uo', o: 'ip', p: 'o', n: 'bm', m: 'n', c: 'xv', v: 'cb', b: 'vn', x: 'zc' };
const TELEX_TONE = ['', 'f', 's', 'r', 'x', 'j'];
const VNI_TONE = ['', '2', '1', '3', '4', '5'];

const valid = (w: string) => { const s = parseSyllable(w); return !!s && isWellFormed(s); };
const rebuild = (onset: string, rhyme: string, tone: Tone) => {
  const s = parseSyllable(onset + rhyme);
  return s ? composeSyllable({ ...s, tone }, 'old') : null;
};

export const injectors: Record<string, Inject> = {
  'onset': (w) => {
    const s = parseSyllable(w)!;
    const to = ONSET_SWAPS[s.onset];
    if (!to) return null;
    const out = rebuild(pick(to), s.onset === 'gi' && !/^[aăâeêioôơuưy]/.test(s.rhyme) ? 'i' + s.rhyme : s.rhyme, s.tone);
    return out && valid(out) ? out : null;
  },
  'hoi-nga': (w) => {
    const s = parseSyllable(w)!;
    if (s.tone !== 3 && s.tone !== 4) return null;
    return composeSyllable({ ...s, tone: s.tone === 3 ? 4 : 3 }, 'old');
  },
  'coda': (w) => {
    const s = parseSyllable(w)!;
    const to = CODA_SWAPS[s.coda];
    if (!to) return null;
    const out = rebuild(s.onset, s.vowels + to, s.tone);
    return out && valid(out) ? out : null;
  },
  'missing-tone': (w) => {
    const s = parseSyllable(w)!;
    return s.tone === 0 || ['c', 't', 'p', 'ch'].includes(s.coda) ? null : composeSyllable({ ...s, tone: 0 }, 'old');
  },
  'missing-marks': (w) => (skeleton(w) !== w && w.length > 2 ? skeleton(w) : null),
  'wrong-tone': (w) => {
    const s = parseSyllable(w)!;
    const stop = ['c', 't', 'p', 'ch'].includes(s.coda);
    const options = ([0, 1, 2, 3, 4, 5] as Tone[]).filter((t) => t !== s.tone && (!stop || t === 2 || t === 5) && !(s.tone + t === 7 && s.tone * t === 12));
    return options.length ? composeSyllable({ ...s, tone: pick(options) }, 'old') : null;
  },
  'keyboard': (w) => {
    const letters = [...w];
    const i = Math.floor(random() * letters.length);
    const base = stripTone(letters[i]!);
    const near = NEAR[skeleton(base)];
    if (!near || base !== skeleton(base)) return null;
    letters[i] = addTone(pick([...near]), toneOfChar(letters[i]!));
    return letters.join('');
  },
  'dropped-letter': (w) => {
    if (w.length < 4) return null;
    const s = parseSyllable(w)!;
    const bare = s.onset + s.rhyme;
    const i = 1 + Math.floor(random() * (bare.length - 1));
    const p = parseSyllable(bare.slice(0, i) + bare.slice(i + 1));
    return p && p.vowels ? composeSyllable({ ...p, tone: s.tone }, 'old') : null;
  },
  'telex': (w) => {
    const s = parseSyllable(w)!;
    if (skeleton(w) === w) return null;
    const keys = (s.onset + s.rhyme).replace(/đ/g, 'dd').replace(/â/g, 'aa').replace(/ê/g, 'ee').replace(/ô/g, 'oo')
      .replace(/ă/g, 'aw').replace(/ươ/g, 'uow').replace(/ơ/g, 'ow').replace(/ư/g, 'uw');
    return keys + TELEX_TONE[s.tone];
  },
  'vni': (w) => {
    const s = parseSyllable(w)!;
    if (skeleton(w) === w) return null;
    const keys = (s.onset + s.rhyme).replace(/đ/g, 'd9').replace(/[âêô]/g, (c) => skeleton(c) + '6')
      .replace(/ă/g, 'a8').replace(/ươ/g, 'uo7').replace(/[ơư]/g, (c) => skeleton(c) + '7');
    return keys + VNI_TONE[s.tone];
  },
  'tone-placement': (w) => {
    const s = parseSyllable(w)!;
    if (s.tone === 0 || s.vowels.length < 2) return null;
    const right = composeSyllable(s, 'old');
    const bare = [...(s.onset + s.rhyme)];
    const first = s.onset.length;
    const spots = [...s.vowels].map((_, i) => first + i);
    for (const at of spots.sort(() => random() - 0.5)) {
      const out = bare.map((c, i) => (i === at ? addTone(c, s.tone) : c)).join('');
      if (out !== right && out !== composeSyllable(s, 'new')) return out;
    }
    return null;
  },
};

const KINDS = [...Object.keys(injectors), 'repeat'];

function inject(sentence: string, kind: string): [string, string, string] | null {
  const words = [...sentence.matchAll(/\p{L}+/gu)].filter((m) => m.index! > 0 && m[0] === m[0].toLowerCase() && valid(m[0]));
  for (let attempt = 0; attempt < 30; attempt++) {
    const m = pick(words);
    if (!m) return null;
    const word = m[0];
    const at = m.index!;
    const wrong = kind === 'repeat' ? `${word} ${word}` : injectors[kind]!(word);
    if (!wrong || wrong === word) continue;
    const out = sentence.slice(0, at) + wrong + sentence.slice(at + word.length);
    if (out.indexOf(wrong) !== at) continue;
    return [out, wrong, word];
  }
  return null;
}

const CLASSICS = [
  ['context', 'Huyện đã cụ thể hóa chủ chương của tỉnh về phát triển du lịch.', 'chương', 'trương'],
  ['context', 'Các hộ dân đẩy mạnh sản suất hàng hóa theo hướng an toàn.', 'suất', 'xuất'],
  ['context', 'Phó Chỉ tịch UBND huyện Lê Văn Hòa dự và phát biểu tại hội nghị.', 'Chỉ', 'Chủ'],
  ['context', 'Huyện có nhiều lại hình du lịch hấp dẫn du khách.', 'lại', 'loại'],
  ['input-method', 'Đoàn viên thanh niên tích cực tham gia tuyeen truyền về an toàn giao thông.', 'tuyeen', 'tuyên'],
  ['input-method', 'Đại hội ddoàn thanh niên xã diễn ra thành công tốt đẹp.', 'ddoàn', 'đoàn'],
  ['input-method', 'Lãnh ddaoj huyện thăm hỏi gia đình chính sách.', 'ddaoj', 'đạo'],
  ['input-method', 'Nhiều nguowfi dân đã đến dự buổi lễ.', 'nguowfi', 'người'],
  ['input-method', 'Đồng bào các dân tộc vie65t Nam cùng vui Tết.', 'vie65t', 'việt'],
  ['repeat', 'Ban tổ chức đã trao tặng trang trang phục biểu diễn cho đội văn nghệ.', 'trang trang', 'trang'],
  ['tone-placement', 'Nhiều ngừơi dân đã được hỗ trợ kịp thời.', 'ngừơi', 'người'],
];

function main(): void {
  const bases = readFileSync(join(here, 'base.txt'), 'utf8').split('\n').filter((l) => l.trim());
  const rows: string[] = ['# kind\tsentence with one error\twrong text\tcorrection (generated by make-errors.ts)'];
  let k = 0;
  for (const base of bases) {
    for (let n = 0; n < 2; n++) {
      for (let tries = 0; tries < KINDS.length; tries++) {
        const kind = KINDS[k++ % KINDS.length]!;
        const made = inject(base, kind);
        if (made) { rows.push([kind, ...made].join('\t')); break; }
      }
    }
  }
  for (const c of CLASSICS) rows.push(c.join('\t'));
  // Hand-written errors that reporters actually make (see handwritten.tsv).
  for (const line of readFileSync(join(here, 'handwritten.tsv'), 'utf8').split('\n')) {
    if (line.trim() && !line.startsWith('#')) rows.push(line);
  }
  writeFileSync(join(here, 'errors.tsv'), rows.join('\n') + '\n');
  console.log(`${rows.length - 1} error sentences → errors.tsv`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
