import { InputRule, type AnyExtension } from '@tiptap/core';

/**
 * TipTap runs every input rule on Enter too, with "\n" as the typed text ("useful for code blocks"), and the
 * rules that end in `\s` match it: a paragraph that is only "2025." or "1.", then Enter, became a numbered
 * list starting at 2025 and the text was gone; "-" or "*" a bulleted list, ">" a quote, "##" a heading
 * (fuzz seed 240202). Word does none of this, and the body has no code blocks. A rule's pattern wrapped here
 * never matches text that ends with that "\n"; typed text (the space after "1.") still triggers it.
 */
class NotOnEnter extends RegExp {
  override exec(text: string): RegExpExecArray | null {
    return text.endsWith('\n') ? null : super.exec(text);
  }
}

/** The same rule, not run on Enter. */
export function typedOnly(rule: InputRule): InputRule {
  if (!(rule.find instanceof RegExp)) return rule;
  return new InputRule({ find: new NotOnEnter(rule.find.source, rule.find.flags), handler: rule.handler, undoable: rule.undoable });
}

/** A kit (StarterKit) whose extensions' input rules run on typed text only, in the same order. */
export function withRulesOnTypedTextOnly<E extends AnyExtension>(kit: E): E {
  return kit.extend({
    addExtensions() {
      const extensions = (this.parent?.() ?? []) as AnyExtension[];
      return extensions.map((extension) =>
        extension.config.addInputRules
          ? extension.extend({
              addInputRules() {
                return ((this.parent?.() ?? []) as InputRule[]).map(typedOnly);
              },
            })
          : extension,
      );
    },
  }) as E;
}
