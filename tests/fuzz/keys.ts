import type { Page } from '@playwright/test';

/**
 * Sends `text` as key presses without waiting for the page between keys:
 * each key goes `gapMs` after the previous one was sent (0 after Enter), so
 * keys overlap as with fast key rollover, a macro tool or a remote desktop.
 * Resolves when the page has taken every key.
 */
export async function rollOver(page: Page, text: string, gapMs = 30): Promise<void> {
  const sent: Promise<void>[] = [];
  for (const ch of text) {
    sent.push(page.keyboard.press(ch === '\n' ? 'Enter' : ch));
    await new Promise((resolve) => setTimeout(resolve, ch === '\n' ? 0 : gapMs));
  }
  await Promise.all(sent);
}

/** The text of each textblock of an editor element, as shown. */
export function shownParagraphs(page: Page, testId: string): Promise<string[]> {
  return page
    .getByTestId(testId)
    .evaluate((el) => Array.from(el.querySelectorAll('p, h1, h2, h3, h4, h5, h6')).map((p) => p.textContent ?? ''));
}
