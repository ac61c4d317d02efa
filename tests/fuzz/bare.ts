import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { BareKind } from './bare-page';

const bundles = new Map<string, Promise<string>>();

/** A page-side entry of tests/fuzz as one script (built once per process, without esbuild's keepNames helpers). */
function bundle(entry: 'bare-page.ts' | 'page-kit.ts'): Promise<string> {
  let built = bundles.get(entry);
  if (!built) {
    built = build({
      entryPoints: [fileURLToPath(new URL(`./${entry}`, import.meta.url))],
      bundle: true,
      write: false,
      format: 'iife',
      target: 'chrome120',
      logLevel: 'silent',
      loader: { '.css': 'empty' },
    }).then((result) => result.outputFiles[0]!.text);
    bundles.set(entry, built);
  }
  return built;
}

/** Gives every document `page` loads from now on `window.fuzzPage` (page-functions.ts). */
export async function addPageKit(page: Page): Promise<void> {
  await page.addInitScript({ content: await bundle('page-kit.ts') });
}

/** Loads a bare editor into `page` (a blank page of its own) and focuses it. */
export async function mountBare(page: Page, kind: BareKind): Promise<void> {
  if (!(await page.evaluate(() => 'fuzzBare' in window))) {
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ content: await bundle('bare-page.ts') });
  }
  await page.evaluate((k) => window.fuzzBare.mount(k), kind);
}
