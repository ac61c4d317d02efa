import { expect, type Locator, type Page } from '@playwright/test';
import WebSocket from 'ws';

/** Calls the host's contract directly from the test (to create articles before the UI has a list). */
export async function hostCall<T>(hostUrl: string, method: string, args: unknown): Promise<T> {
  const url = new URL(hostUrl);
  const token = new URLSearchParams(url.hash.slice(1)).get('token') ?? '';
  const ws = new WebSocket(`ws://${url.host}/ws`);
  try {
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    ws.send(JSON.stringify({ id: 1, token, method, args }));
    const frame = await new Promise<{ id?: number; ok?: boolean; value?: unknown; error?: unknown }>((resolve) => {
      ws.on('message', (data) => {
        const parsed = JSON.parse(String(data)) as { id?: number };
        if (parsed.id === 1) resolve(parsed);
      });
    });
    if (!frame.ok) throw new Error(`${method} failed: ${JSON.stringify(frame.error)}`);
    return frame.value as T;
  } finally {
    ws.close();
  }
}

/** The article editor, as a user sees it. */
export class EditorPage {
  readonly title: Locator;
  readonly sapo: Locator;
  readonly body: Locator;
  readonly saveState: Locator;
  readonly wordCount: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByTestId('editor-title');
    this.sapo = page.getByTestId('editor-sapo');
    this.body = page.getByTestId('editor-body');
    this.saveState = page.getByTestId('save-state');
    this.wordCount = page.getByTestId('word-count');
  }

  /** Creates an article through the contract and opens it in the editor. */
  static async openNew(page: Page, hostUrl: string): Promise<{ editor: EditorPage; articleId: string }> {
    const summary = await hostCall<{ id: string }>(hostUrl, 'drafts.create', { kind: 'tin' });
    const editor = new EditorPage(page);
    await editor.open(hostUrl, summary.id);
    return { editor, articleId: summary.id };
  }

  async open(hostUrl: string, articleId: string): Promise<void> {
    await this.page.goto(hostUrl);
    await this.page.evaluate(
      (id) => sessionStorage.setItem('toasoan.route', JSON.stringify({ name: 'editor', articleId: id })),
      articleId,
    );
    await this.page.reload();
    await this.body.waitFor();
  }

  tool(name: string): Locator {
    return this.page.getByTestId(`tb-${name}`);
  }

  /** A toolbar button by name ("bold", "align-center"), from the row or, if it did not fit, from "Thêm". */
  useTool(name: string): Promise<Locator> {
    return toolbarControl(this.page, `tb-${name}`);
  }

  async waitSaved(): Promise<void> {
    await this.page.waitForFunction(() => {
      const el = document.querySelector('[data-testid="save-state"]');
      return el?.getAttribute('data-state') === 'saved' && /Đã lưu lúc/.test(el.textContent ?? '');
    });
  }

  /** Body HTML without the per-load object URLs of images. */
  async bodyHtml(): Promise<string> {
    // Without blob addresses, and without the class that marks where the caret is (caret-block).
    return (await this.body.innerHTML())
      .replace(/ src="blob:[^"]*"/g, '')
      .replace(/ ?\bcaret-block\b/g, '')
      .replace(/ class=""/g, '');
  }
}

/**
 * A control of the editor's toolbar by test id: on the row, or in the "Thêm"
 * panel (opened here) when the row had no room for its group.
 */
export async function toolbarControl(page: Page, testId: string): Promise<Locator> {
  const control = page.getByTestId(testId);
  const more = page.getByTestId('tb-more');
  // The row is laid out once the window's width is known: wait for the control or for "Thêm".
  await expect(control.or(more).first()).toBeVisible();
  if (await control.isVisible()) return control;
  if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
  await expect(control).toBeVisible();
  return control;
}
