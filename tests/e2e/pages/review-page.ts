import { expect, type Locator, type Page } from '@playwright/test';
import { hostCall } from './editor-page';

/** The review pane beside the article, and the selection it comments on. */
export class ReviewPage {
  readonly pane: Locator;
  readonly threads: Locator;

  constructor(readonly page: Page) {
    this.pane = page.getByTestId('review-pane');
    this.threads = page.getByTestId('review-thread');
  }

  /** Selects the first occurrence of `text` in the body (or the title, the sapo), as a mouse drag would. */
  async select(text: string, field: 'body' | 'title' | 'sapo' = 'body'): Promise<void> {
    // Spelling marks redrawn in between may reset a fresh selection: set it until it holds.
    await expect
      .poll(async () => {
        await this.trySelect(text, field);
        await this.page.waitForTimeout(100);
        return this.page.evaluate(() => window.getSelection()?.toString());
      })
      .toBe(text);
  }

  private async trySelect(text: string, field: string): Promise<void> {
    const found = await this.page.evaluate(([wanted, testId]) => {
      // Highlights and spelling marks split the text into several nodes.
      const body = document.querySelector(`[data-testid="editor-${testId}"]`)!;
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      const all = nodes.map((n) => n.data).join('');
      const start = all.indexOf(wanted);
      if (start < 0) return false;
      const locate = (offset: number, isEnd: boolean): [Text, number] => {
        let seen = 0;
        for (const n of nodes) {
          if (offset < seen + n.data.length || (isEnd && offset === seen + n.data.length)) return [n, offset - seen];
          seen += n.data.length;
        }
        return [nodes.at(-1)!, nodes.at(-1)!.data.length];
      };
      const [a, ao] = locate(start, false);
      const [b, bo] = locate(start + wanted.length, true);
      (body as HTMLElement).focus();
      window.getSelection()!.setBaseAndExtent(a, ao, b, bo);
      return true;
    }, [text, field] as const);
    expect(found, `"${text}" in the ${field}`).toBe(true);
  }

  /** Selects `passage` and comments on it with Ctrl+Alt+M. */
  async comment(passage: string, text: string): Promise<void> {
    await this.select(passage);
    await this.page.keyboard.press('Control+Alt+m');
    const box = this.page.getByTestId('new-thread-text');
    await box.fill(text);
    await this.page.getByTestId('new-thread').getByRole('button', { name: 'Gửi' }).click();
  }

  thread(quote: string): Locator {
    return this.threads.filter({ has: this.page.getByTestId('thread-quote').filter({ hasText: quote }) });
  }

  highlights(): Promise<string[]> {
    return this.page.getByTestId('editor-body').locator('.comment-mark').allTextContents();
  }
}

/** Who the local user is (Settings name): the review shows it on each comment. */
export async function actAs(hostUrl: string, name: string): Promise<void> {
  await hostCall(hostUrl, 'settings.set', { patch: { authorName: name } });
}
