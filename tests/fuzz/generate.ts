/**
 * The fuzzer's seeded generator: one article's input as sequences of actions.
 * The same seed gives the same actions (timing aside, which the browser sets).
 */

export type Field = 'title' | 'sapo' | 'body';
export type Format = 'bold' | 'h2' | 'p' | 'bullet';

export type Action =
  /** ASCII, as key presses. */
  | { k: 'type'; text: string }
  /** Vietnamese, as text input (what an input method commits). */
  | { k: 'insert'; text: string }
  /** A Windows-Unikey-style correction: `back` Backspaces, then `text`, all 0 ms apart. */
  | { k: 'unikey'; back: number; text: string }
  /** One key or chord: Enter, Backspace, Delete, arrows, Home/End, Control+Arrow…, Shift+Arrow…, Control+z, Control+y. */
  | { k: 'key'; key: string }
  | { k: 'paste'; text: string; html?: string }
  | { k: 'format'; name: Format; via: 'toolbar' | 'shortcut' }
  /** Focus a field at its end (as the app does when moving the caret there). */
  | { k: 'field'; name: Field }
  | { k: 'pause'; ms: number };

/** An action and how it is sent: `wait` false sends it without waiting for the page; `gap` ms before the next. */
export interface Step {
  action: Action;
  wait: boolean;
  gap: number;
}

export type Sequence = Step[];

/** mulberry32: small, fast and good enough to drive a fuzzer. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ASCII_WORDS = ['Ban', 'bien', 'tap', 'hop', 'chieu', 'nay', 'UBND', 'huyen', 'so', '2025', 'xa', 'Tan', 'Thanh', 'tin', 'bai'];
const VI_WORDS = ['Ủy', 'ban', 'nhân', 'dân', 'huyện', 'Tân', 'Thạnh', 'tổ', 'chức', 'hội', 'nghị', 'biên', 'tập', 'tổng', 'kết', 'năm', 'người', 'được', 'ướt', 'Đức'];
const VI_LETTERS = 'ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ';
const PUNCT = ['.', ',', ' ', ' ', ' '];

/** Keys whose effect the text model defines (see model.ts). */
export const MODEL_KEYS = ['Enter', 'Backspace', 'Delete', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'Shift+ArrowLeft', 'Shift+ArrowRight', 'Shift+Home', 'Shift+End'];
// Up/Down are left out: where they land depends on the line layout, which
// the bare page only approximates.
const OTHER_KEYS = ['Control+ArrowLeft', 'Control+ArrowRight', 'Control+Shift+ArrowLeft'];

export interface GenerateOptions {
  /** Sequences per article. */
  sequences: number;
  /** Actions per sequence (about). */
  length: number;
  /** The pauses around an undo segment's run (ms; default 700). */
  pauseMs?: number;
}

/** One article's sequences, from `seed`. The caret starts in the body. */
export function generateArticle(seed: number, options: GenerateOptions): Sequence[] {
  const r = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const chance = (p: number) => r() < p;
  let field: Field = 'body';

  const gap = (): { wait: boolean; gap: number } => {
    const x = r();
    if (x < 0.35) return { wait: false, gap: 0 }; // a burst: sent without waiting
    if (x < 0.7) return { wait: true, gap: Math.floor(r() * 20) };
    return { wait: chance(0.8), gap: Math.floor(r() * 151) };
  };

  const text = (): Action => {
    const x = r();
    if (x < 0.4) return { k: 'type', text: pick(ASCII_WORDS) + pick(PUNCT) };
    if (x < 0.8) return { k: 'insert', text: pick(VI_WORDS) + (chance(0.6) ? ' ' : '') };
    const back = 1 + Math.floor(r() * 3);
    let repl = '';
    for (let i = 0; i < back + (chance(0.5) ? 1 : 0); i++) repl += chance(0.5) ? pick([...VI_LETTERS]) : pick([...'aeiouynghtc']);
    return { k: 'unikey', back, text: repl };
  };

  const undoSegment = (): Step[] => {
    // A pause, one run, a pause, then undo (and maybe redo). Where the app's
    // undo steps end is its own clock's (500 ms without a change): the bare
    // oracle follows the app's steps (undo-groups.ts), so any pause is right;
    // a pause longer than 500 ms usually makes the run a step of its own.
    const pause: Step = { action: { k: 'pause', ms: options.pauseMs ?? 700 }, wait: true, gap: 0 };
    const steps: Step[] = [pause];
    const n = 1 + Math.floor(r() * 4);
    for (let i = 0; i < n; i++) steps.push({ action: chance(0.8) ? text() : { k: 'key', key: pick(['Enter', 'Backspace']) }, ...gap() });
    steps.push(pause);
    steps.push({ action: { k: 'key', key: 'Control+z' }, wait: true, gap: 0 });
    if (chance(0.5)) steps.push({ action: { k: 'key', key: 'Control+y' }, wait: true, gap: 0 });
    // Where each history puts the caret after undo is not compared: start again from a known place.
    steps.push({ action: { k: 'field', name: 'body' }, wait: true, gap: 0 });
    return steps;
  };

  const step = (): Step[] => {
    const x = r();
    if (field !== 'body') {
      // Title and sapo: one line, no marks; the text model is the oracle.
      if (x < 0.65) return [{ action: text(), ...gap() }];
      if (x < 0.9) return [{ action: { k: 'key', key: pick(['Backspace', 'Delete', 'ArrowLeft', 'ArrowRight', 'Shift+ArrowLeft', 'Shift+ArrowRight']) }, ...gap() }];
      if (x < 0.95) {
        field = field === 'title' ? 'sapo' : 'body';
        return [{ action: { k: 'key', key: 'Enter' }, ...gap() }];
      }
      field = 'body';
      return [{ action: { k: 'field', name: 'body' }, wait: true, gap: 0 }];
    }
    if (x < 0.5) return [{ action: text(), ...gap() }];
    if (x < 0.72) return [{ action: { k: 'key', key: pick(MODEL_KEYS) }, ...gap() }];
    if (x < 0.77) return [{ action: { k: 'key', key: pick(OTHER_KEYS) }, ...gap() }];
    if (x < 0.82) {
      const via = chance(0.5) ? 'toolbar' : 'shortcut';
      return [{ action: { k: 'format', name: pick(['bold', 'bold', 'h2', 'p', 'bullet'] as const), via }, wait: true, gap: Math.floor(r() * 40) }];
    }
    if (x < 0.86) {
      const words = Array.from({ length: 1 + Math.floor(r() * 4) }, () => pick(VI_WORDS)).join(' ');
      if (chance(0.5)) return [{ action: { k: 'paste', text: chance(0.3) ? `${words}\n${pick(VI_WORDS)}` : words }, wait: true, gap: 0 }];
      return [{ action: { k: 'paste', text: words, html: wordHtml(words) }, wait: true, gap: 0 }];
    }
    if (x < 0.9) {
      field = chance(0.5) ? 'title' : 'sapo';
      return [{ action: { k: 'field', name: field }, wait: true, gap: 0 }];
    }
    if (x < 0.93) return undoSegment();
    return [{ action: { k: 'key', key: 'Enter' }, wait: false, gap: 0 }, { action: text(), ...gap() }];
  };

  const sequences: Sequence[] = [];
  for (let s = 0; s < options.sequences; s++) {
    const sequence: Sequence = [];
    while (sequence.length < options.length) sequence.push(...step());
    sequences.push(sequence);
  }
  return sequences;
}

/** What Word puts on the clipboard for a paragraph (trimmed). */
export function wordHtml(text: string): string {
  return (
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">' +
    '<head><meta name=Generator content="Microsoft Word 15"><style>p.MsoNormal{margin:0cm;}</style></head><body lang=VI>' +
    '<!--StartFragment--><p class=MsoNormal><span lang=VI style=\'font-size:13.0pt;font-family:"Times New Roman",serif;mso-fareast-language:VI\'>' +
    `${text}<o:p></o:p></span></p><!--EndFragment--></body></html>`
  );
}

export function describe(action: Action): string {
  return JSON.stringify(action);
}
