import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.1 A and AA, as the audit of issue 25 ran it. */
export const WCAG21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe-core on the page as it is now; every violation is listed with where it is.
 * `mustPass`: rules that must have run and passed (for a small document, where few rules apply).
 */
export async function expectNoAxeViolations(page: Page, where: string, mustPass?: string[]): Promise<void> {
  // The print preview's frame is sandboxed without scripts: axe cannot run inside it; its document is checked in a page of its own (a11y-axe.spec.ts).
  const result = await new AxeBuilder({ page }).withTags(WCAG21_AA).exclude('[data-testid="print-frame"]').analyze();
  const found = result.violations.map(
    (v) => `${where}: ${v.id} (${v.impact}) ${v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`).join(' | ')}`,
  );
  expect(found, `axe-core on ${where}`).toEqual([]);
  // The run must have looked at something: a blank page passes every rule.
  if (mustPass) expect(result.passes.map((rule) => rule.id), `rules axe-core checked on ${where}`).toEqual(expect.arrayContaining(mustPass));
  else expect(result.passes.length, `axe-core checked rules on ${where}`).toBeGreaterThan(10);
}
