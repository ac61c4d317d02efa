import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { BareKind } from './bare-page';

let bundle: Promise<string> | null = null;

/** The bare editors of bare-page.ts as one script (built once per process). */
function bareScript(): Promise<string> {
  bundle ??= build({
    entryPoints: [fileURLToPath(new URL('./bare-page.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    logLevel: 'silent',
    loader: { '.css': 'empty' },
  }).then((result) => result.outputFiles[0]!.text);
  return bundle;
}

/** Loads a bare editor into `page` (a blank page of its own) and focuses it. */
export async function mountBare(page: Page, kind: BareKind): Promise<void> {
  if (!(await page.evaluate(() => 'fuzzBare' in window))) {
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ content: await bareScript() });
  }
  await page.evaluate((k) => window.fuzzBare.mount(k), kind);
}
