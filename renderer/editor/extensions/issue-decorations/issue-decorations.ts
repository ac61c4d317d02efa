import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/**
 * Underlines for problems found outside the editor (the spellchecker in a Web
 * Worker, later review notes). The producer sends ranges in document
 * positions with `setIssues`; they are mapped through every later edit, so a
 * slow worker never paints a stale range in the wrong place. Nothing here
 * knows about spelling: `kind` becomes a class, `message` a title.
 */
export interface EditorIssue {
  from: number;
  to: number;
  kind: string;
  message?: string;
}

export const issueDecorationsKey = new PluginKey<DecorationSet>('issueDecorations');

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    issueDecorations: {
      /** Replaces the issues shown in [from, to) (the whole document by default). */
      setIssues: (issues: EditorIssue[], range?: { from: number; to: number }) => ReturnType;
    };
  }
}

export function issuesIn(state: EditorState): EditorIssue[] {
  const set = issueDecorationsKey.getState(state) ?? DecorationSet.empty;
  return set.find().map((d) => ({ from: d.from, to: d.to, kind: String(d.spec.kind), message: d.spec.message }));
}

export const IssueDecorations = Extension.create({
  name: 'issueDecorations',
  addCommands() {
    return {
      setIssues:
        (issues, range) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(issueDecorationsKey, { issues, range });
          return true;
        },
    };
  },
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: issueDecorationsKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, set) {
            let next = set.map(tr.mapping, tr.doc);
            const meta = tr.getMeta(issueDecorationsKey) as { issues: EditorIssue[]; range?: { from: number; to: number } } | undefined;
            if (!meta) return next;
            const size = tr.doc.content.size;
            const from = meta.range?.from ?? 0;
            const to = meta.range?.to ?? size;
            next = next.remove(next.find(from, to));
            const decorations = meta.issues
              .filter((i) => i.from >= 0 && i.to <= size && i.from < i.to)
              .map((i) =>
                Decoration.inline(
                  i.from,
                  i.to,
                  { class: `issue issue-${i.kind}`, title: i.message ?? '' },
                  { kind: i.kind, message: i.message },
                ),
              );
            return next.add(tr.doc, decorations);
          },
        },
        props: {
          decorations: (state) => issueDecorationsKey.getState(state),
        },
      }),
    ];
  },
});
