import type { Action, Field } from './generate';

interface Pos {
  p: number;
  o: number;
}

/**
 * The text an action sequence must leave, where its effect is defined:
 * typing, Enter, Backspace, Delete, Left/Right, Home/End on short lines,
 * Shift-selections, typing over a selection, moving between fields. Any
 * other action in the body (paste, undo, lists, headings, Up/Down, word
 * moves) makes the body's model undefined from then on (`bodyDefined`
 * false); the bare editor is the oracle there. Title and sapo only get
 * defined actions.
 */
export class TextModel {
  readonly text: Record<Field, string[]> = { title: [''], sapo: [''], body: [''] };
  field: Field = 'body';
  head: Pos = { p: 0, o: 0 };
  anchor: Pos = { p: 0, o: 0 };
  bodyDefined = true;

  private get paras(): string[] {
    return this.text[this.field];
  }

  private collapsed(): boolean {
    return this.head.p === this.anchor.p && this.head.o === this.anchor.o;
  }

  private range(): [Pos, Pos] {
    const a = this.anchor;
    const h = this.head;
    return a.p < h.p || (a.p === h.p && a.o <= h.o) ? [a, h] : [h, a];
  }

  private set(pos: Pos, extend = false): void {
    this.head = { ...pos };
    if (!extend) this.anchor = { ...pos };
  }

  private deleteSelection(): void {
    if (this.collapsed()) return;
    const [from, to] = this.range();
    const paras = this.paras;
    paras.splice(from.p, to.p - from.p + 1, paras[from.p]!.slice(0, from.o) + paras[to.p]!.slice(to.o));
    this.set(from);
  }

  private insert(text: string): void {
    this.deleteSelection();
    const { p, o } = this.head;
    const para = this.paras[p]!;
    this.paras[p] = para.slice(0, o) + text + para.slice(o);
    this.set({ p, o: o + text.length });
  }

  private before(pos: Pos): Pos {
    if (pos.o > 0) return { p: pos.p, o: pos.o - 1 };
    if (pos.p > 0) return { p: pos.p - 1, o: this.paras[pos.p - 1]!.length };
    return pos;
  }

  private after(pos: Pos): Pos {
    if (pos.o < this.paras[pos.p]!.length) return { p: pos.p, o: pos.o + 1 };
    if (pos.p < this.paras.length - 1) return { p: pos.p + 1, o: 0 };
    return pos;
  }

  private undefinedHere(): void {
    if (this.field === 'body') this.bodyDefined = false;
    else throw new Error(`the generator sent an undefined action to the ${this.field}`);
  }

  private focus(field: Field, at: 'start' | 'end'): void {
    this.field = field;
    const paras = this.paras;
    this.set(at === 'start' ? { p: 0, o: 0 } : { p: paras.length - 1, o: paras[paras.length - 1]!.length });
  }

  apply(action: Action): void {
    switch (action.k) {
      case 'type':
      case 'insert':
        return this.insert(action.text);
      case 'unikey':
        for (let i = 0; i < action.back; i++) this.key('Backspace');
        return this.insert(action.text);
      case 'key':
        return this.key(action.key);
      case 'field':
        return this.focus(action.name, 'end');
      case 'format':
        // Bold changes no text; blocks change what Enter and Backspace do.
        if (action.name !== 'bold') this.undefinedHere();
        return;
      case 'paste':
        return this.undefinedHere();
      case 'pause':
        return;
    }
  }

  private key(key: string): void {
    const shortLine = () => this.paras[this.head.p]!.length < 40;
    switch (key) {
      case 'Enter':
        if (this.field === 'title') return this.focus('sapo', 'start');
        if (this.field === 'sapo') return this.focus('body', 'start');
        this.deleteSelection();
        {
          const { p, o } = this.head;
          const para = this.paras[p]!;
          this.paras.splice(p, 1, para.slice(0, o), para.slice(o));
          this.set({ p: p + 1, o: 0 });
        }
        return;
      case 'Backspace':
      case 'Delete': {
        if (!this.collapsed()) return this.deleteSelection();
        const other = key === 'Backspace' ? this.before(this.head) : this.after(this.head);
        this.anchor = other;
        return this.deleteSelection();
      }
      case 'ArrowLeft':
        return this.set(this.collapsed() ? this.before(this.head) : this.range()[0]);
      case 'ArrowRight':
        return this.set(this.collapsed() ? this.after(this.head) : this.range()[1]);
      case 'Shift+ArrowLeft':
        return this.set(this.before(this.head), true);
      case 'Shift+ArrowRight':
        return this.set(this.after(this.head), true);
      case 'Home':
      case 'Shift+Home':
        if (!shortLine()) return this.undefinedHere();
        return this.set({ p: this.head.p, o: 0 }, key.startsWith('Shift'));
      case 'End':
      case 'Shift+End':
        if (!shortLine()) return this.undefinedHere();
        return this.set({ p: this.head.p, o: this.paras[this.head.p]!.length }, key.startsWith('Shift'));
      default:
        return this.undefinedHere();
    }
  }
}
